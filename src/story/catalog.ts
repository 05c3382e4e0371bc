import { type LoadResult, parseStory } from "./load";

/**
 * The stories that ship with this build: every `data/stories/<slug>/story.json`, found at build
 * time, so a newsroom adds a story by adding a folder. Each story and its article texts load
 * lazily, as text, so a broken file becomes a readable error instead of a failed build.
 */
const storyFiles = import.meta.glob<string>("../../data/stories/*/story.json", { query: "?raw", import: "default" });
const articleFiles = import.meta.glob<string>("../../data/stories/*/*.txt", { query: "?raw", import: "default" });

export const DEFAULT_STORY = "caucasus";

function slugOf(path: string): string {
  return path.split("/").at(-2) ?? "";
}

export function storySlugs(): string[] {
  return Object.keys(storyFiles).map(slugOf).sort();
}

export async function fetchStory(slug: string): Promise<LoadResult> {
  const file = `data/stories/${slug}/story.json`;
  const read = storyFiles[`../../${file}`];
  if (!read) return { ok: false, problems: [{ file, path: "", message: `there is no story "${slug}"` }] };
  const text = await read();
  const prefix = `../../data/stories/${slug}/`;
  const texts = Object.entries(articleFiles).filter(([path]) => path.startsWith(prefix));
  const articles = new Map(
    await Promise.all(texts.map(async ([path, load]) => [path.slice(prefix.length), await load()] as const)),
  );
  return parseStory(text, file, articles);
}
