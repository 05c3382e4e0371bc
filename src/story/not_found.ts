import type { LoadResult } from "./load";

/**
 * The result for a story that is not there: `file` (relative to the app, e.g.
 * `stories/foo/story.json`) with the problem "there is no story …", and `missing` set so the
 * page can offer the stories it has.
 */
export function notFound(file: string, slug: string): LoadResult {
  return { ok: false, missing: true, problems: [{ file, path: "", message: `there is no story "${slug}"` }] };
}
