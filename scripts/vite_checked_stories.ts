import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Plugin } from "vite";
import { type LoadResult, parseStory } from "../src/story/load";

/**
 * Checks the stories that ship with the build at build time, so the reader's browser need not.
 *
 * Every folder `data/stories/<slug>/` goes through the app's own loader (`parseStory`: JSON,
 * schema, cross-checks, verbatim quotes against its article texts) here, in Node. The app imports
 * `virtual:checked-stories`: `{ [slug]: () => Promise<LoadResult> }`, one lazy chunk per story
 * (named `story-<slug>`) holding the loader's result as compact JSON — the checked story with its
 * defaults filled in, or its problems, so a broken story still reaches the reader as the same
 * readable error instead of failing the build. The runtime trusts these chunks (no zod on the
 * first load); stories put into a built copy's `stories/` folder are still checked in the browser
 * (src/story/catalog.ts decides which is which).
 */
export const CHECKED_STORIES = "virtual:checked-stories";
const RESOLVED = `\0${CHECKED_STORIES}`;
const STORY_PREFIX = `${CHECKED_STORIES}/`;
/** A story's resolved id; Rollup names the chunk after its last part: story-<slug>-<hash>.js. */
const RESOLVED_STORY = "\0zeitkarte-checked/story-";
const SLUG = /^[a-z0-9][a-z0-9-]{0,79}$/;

/** The loader's verdict on `data/stories/<slug>/`, with the files it read (to watch in dev). */
export function checkStoryFolder(folder: string, slug: string): { result: LoadResult; files: string[] } {
  const storyFile = join(folder, "story.json");
  const texts = readdirSync(folder).filter((name) => name.endsWith(".txt"));
  const articles = new Map(texts.map((name) => [name, readFileSync(join(folder, name), "utf8")]));
  const result = parseStory(readFileSync(storyFile, "utf8"), `data/stories/${slug}/story.json`, articles);
  return { result, files: [storyFile, ...texts.map((name) => join(folder, name))] };
}

/** Slugs of the story folders under `dir` (folders with a story.json), sorted. */
export function storyFolders(dir: string): string[] {
  return readdirSync(dir)
    .filter((slug) => SLUG.test(slug) && statSync(join(dir, slug)).isDirectory())
    .filter((slug) => statSync(join(dir, slug, "story.json"), { throwIfNoEntry: false })?.isFile())
    .sort();
}

export function checkedStories(root: string = process.cwd()): Plugin {
  let storiesDir = resolve(root, "data/stories");
  return {
    name: "zeitkarte-checked-stories",
    configResolved(config) {
      storiesDir = resolve(config.root, "data/stories");
    },
    resolveId(id) {
      if (id === CHECKED_STORIES) return RESOLVED;
      if (id.startsWith(STORY_PREFIX)) return `${RESOLVED_STORY}${id.slice(STORY_PREFIX.length)}`;
      return undefined;
    },
    load(id) {
      if (id === RESOLVED) {
        const entries = storyFolders(storiesDir).map(
          (slug) =>
            `  ${JSON.stringify(slug)}: () => import(${JSON.stringify(`${STORY_PREFIX}${slug}`)}).then((m) => m.default),`,
        );
        return `export default {\n${entries.join("\n")}\n};\n`;
      }
      if (!id.startsWith(RESOLVED_STORY)) return undefined;
      const slug = id.slice(RESOLVED_STORY.length);
      if (!SLUG.test(slug)) this.error(`not a story slug: ${slug}`);
      const { result, files } = checkStoryFolder(join(storiesDir, slug), slug);
      for (const file of files) this.addWatchFile(file);
      if (!result.ok) {
        const first = result.problems[0];
        this.warn(`data/stories/${slug}: ${result.problems.length} problem(s), e.g. ${first?.path} ${first?.message}`);
      }
      // JSON.parse of one string literal is parsed faster than the same object as a JS literal.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(result))});\n`;
    },
  };
}
