import { readFileSync } from "node:fs";
import { join } from "node:path";
import { loadStory } from "../../../src/story/load";
import type { Story } from "../../../src/story/schema";
import { indexStory, type StoryIndex } from "../../../src/time/story_index";

/** The flagship story as shipped (data/stories/caucasus/story.json), for tests of its key moments. */
export function caucasusStory(): Story {
  const file = join(import.meta.dirname, "../../../data/stories/caucasus/story.json");
  return loadStory(readFileSync(file, "utf8"), file);
}

export function caucasusIndex(): StoryIndex {
  return indexStory(caucasusStory());
}
