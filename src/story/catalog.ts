import checkedStories from "virtual:checked-stories";
import { fileLimitProblems, sizeLimitProblems } from "./limits";
import type { LoadResult } from "./load";

/**
 * Where stories come from. Those in `data/stories/<slug>/` are found and checked at build time
 * (scripts/vite_checked_stories.ts runs the app's loader on them), so a newsroom adds a story by
 * adding a folder and the reader's browser loads the checked result without validating it again.
 * A built copy also loads `stories/<slug>/story.json` next to its index.html, so a story can be
 * added to an already built app without rebuilding; those are read as text and checked here, in
 * full, with the loader (and zod) loaded only then. Either way a broken file becomes a readable
 * error (with file, JSON path and problem) instead of a failed build or a blank page.
 */
/** The story opened without `?story=`; a classroom file (mode "single") opens its own. */
export const DEFAULT_STORY: string = import.meta.env.VITE_STORY ?? "caucasus";
const SLUG = /^[a-z0-9][a-z0-9-]{0,79}$/;

export function storySlugs(): string[] {
  return Object.keys(checkedStories).sort();
}

export async function fetchStory(slug: string, base: string = document.baseURI): Promise<LoadResult> {
  if (!SLUG.test(slug)) return notFound(`data/stories/${slug}/story.json`, slug);
  const bundled = Object.hasOwn(checkedStories, slug) ? checkedStories[slug] : undefined;
  if (bundled) return bundled();
  return fetchServedStory(slug, base);
}

/**
 * A story served beside a built copy: `stories/<slug>/story.json` and the texts it names. The
 * story's own size and counts are checked against LIMITS before any article is fetched: a story
 * past them is refused at once instead of after thousands of requests.
 */
async function fetchServedStory(slug: string, base: string): Promise<LoadResult> {
  const file = `stories/${slug}/story.json`;
  const folder = new URL(`stories/${slug}/`, base);
  const text = await fetchText(new URL("story.json", folder));
  if (text === undefined) return notFound(file, slug);
  const tooLarge = fileLimitProblems(text, file);
  if (tooLarge.length > 0) return { ok: false, problems: tooLarge };
  const json = parseLeniently(text);
  const tooMany = sizeLimitProblems(json, file);
  if (tooMany.length > 0) return { ok: false, problems: tooMany };
  const articles = new Map<string, string>();
  for (const name of articleNames(json)) {
    const body = await fetchText(new URL(name, folder));
    if (body !== undefined) articles.set(name, body);
  }
  const { parseStory } = await import("./load");
  return parseStory(text, file, articles);
}

/** The JSON of a story text (a byte order mark allowed), or undefined: the loader reports why. */
function parseLeniently(text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    return undefined;
  }
}

/** The article file names a story's JSON names, read leniently: the loader validates properly. */
function articleNames(json: unknown): string[] {
  const sources = (json as { sources?: unknown } | null | undefined)?.sources;
  const names = (Array.isArray(sources) ? sources : []).map((s) => (s as { file?: unknown } | null)?.file);
  return [...new Set(names.filter((n): n is string => typeof n === "string" && /^[\w.-]+\.txt$/.test(n)))];
}

async function fetchText(url: URL): Promise<string | undefined> {
  try {
    const response = await fetch(url);
    return response.ok ? await response.text() : undefined;
  } catch {
    return undefined;
  }
}

function notFound(file: string, slug: string): LoadResult {
  return { ok: false, problems: [{ file, path: "", message: `there is no story "${slug}"` }] };
}
