import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join, relative, sep } from "node:path";
import { type LoadResult, parseStory } from "../src/story/load";

/**
 * Reading a story folder from disk for the command-line tools: story.json plus every *.txt
 * article beside it, parsed with the app's own loader so the tools and the app agree.
 */

export const STORIES_DIR = "data/stories";

export type FolderResult = { ok: true; file: string; result: LoadResult } | { ok: false; message: string };

/** `dir` is a story folder or its story.json; problems name the file relative to the cwd. */
export function readStoryFolder(dir: string): FolderResult {
  const folder = basename(dir) === "story.json" ? join(dir, "..") : dir;
  const file = join(folder, "story.json");
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    return { ok: false, message: `${displayPath(folder)}: no such story folder` };
  }
  if (!existsSync(file))
    return { ok: false, message: `${displayPath(file)}: missing (a story folder needs a story.json)` };
  const articles = new Map<string, string>();
  for (const name of readdirSync(folder).sort()) {
    if (name.endsWith(".txt")) articles.set(name, readFileSync(join(folder, name), "utf8"));
  }
  return {
    ok: true,
    file: displayPath(file),
    result: parseStory(readFileSync(file, "utf8"), displayPath(file), articles),
  };
}

/** Every folder in data/stories (relative to the cwd), sorted. */
export function storyFolders(root = STORIES_DIR): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .filter((name) => statSync(join(root, name)).isDirectory())
    .sort()
    .map((name) => join(root, name));
}

/** Relative to the cwd with forward slashes, as editors and CI logs show paths. */
export function displayPath(path: string): string {
  return relative(process.cwd(), path).split(sep).join("/") || ".";
}
