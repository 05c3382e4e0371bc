import checkedStories from "virtual:checked-stories";
import { importAgain } from "../boot/import_again";
import type { LoadResult } from "./load";
import { notFound } from "./not_found";

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
  // Loaded only for a story added to a built copy: the first load of a bundled story needs none of it.
  const { fetchServedStory } = await importAgain(() => import("./served_story"));
  return fetchServedStory(slug, base);
}
