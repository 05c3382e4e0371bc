import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { CHECKED_STORIES, checkedStories, checkStoryFolder, storyFolders } from "../../../scripts/vite_checked_stories";
import { parseStory } from "../../../src/story/load";

const ROOT = resolve(import.meta.dirname, "../../..");

/** Runs the plugin's resolveId + load hooks as Vite would, outside a build. */
function loadModule(id: string): string {
  const plugin = checkedStories(ROOT);
  const context = {
    addWatchFile: () => {},
    warn: () => {},
    error: (m: string) => {
      throw new Error(m);
    },
  };
  const resolved = (plugin.resolveId as (id: string) => string)(id);
  return (plugin.load as unknown as (this: typeof context, id: string) => string).call(context, resolved);
}

describe("checkedStories()", () => {
  it("storyFolders(dir) lists the slugs of data/stories that have a story.json", () => {
    expect(storyFolders(join(ROOT, "data/stories"))).toContain("caucasus");
  });

  it("the catalog module imports one lazy chunk per story", () => {
    const code = loadModule(CHECKED_STORIES);
    expect(code).toContain('"caucasus": () => import("virtual:checked-stories/caucasus")');
  });

  it("a story's module holds what parseStory returns for the folder, as JSON", () => {
    const code = loadModule(`${CHECKED_STORIES}/caucasus`);
    const json = /^export default JSON\.parse\((".*")\);\n$/s.exec(code)?.[1];
    const { result } = checkStoryFolder(join(ROOT, "data/stories/caucasus"), "caucasus");
    expect(result.ok).toBe(true);
    expect(JSON.parse(JSON.parse(json as string))).toEqual(JSON.parse(JSON.stringify(result)));
  });

  it("checkStoryFolder(folder, slug) reports a broken story's problems instead of failing the build", () => {
    const folder = mkdtempSync(join(tmpdir(), "checked-"));
    try {
      writeFileSync(join(folder, "story.json"), '{"version": 1,');
      const { result } = checkStoryFolder(folder, "broken");
      expect(result).toEqual(parseStory('{"version": 1,', "data/stories/broken/story.json"));
      expect(result.ok).toBe(false);
    } finally {
      rmSync(folder, { recursive: true });
    }
  });
});
