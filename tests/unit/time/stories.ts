import type { StoryInput } from "../../../src/story/schema";
import { indexStory, type StoryIndex } from "../../../src/time/story_index";
import { tinyStory } from "../story/tiny_story";

/**
 * Small stories for the time tests, built on the tiny story (its places, source and article).
 * Each helper returns fresh input, so a test changes only what it names.
 */

type EventInput = StoryInput["events"][number];
type MovementInput = NonNullable<StoryInput["movements"]>[number];

const QUOTE = { article: "a", quote: "stürzte ein Flugzeug bei Aktau ab" };

export function eventInput(id: string, date: string, end?: string): EventInput {
  return {
    id,
    date,
    ...(end === undefined ? {} : { end }),
    places: ["aktau"],
    title: { de: id, en: id },
    summary: { de: id, en: id },
    category: "war",
    sources: [QUOTE],
  };
}

export function movementInput(id: string, start: string, end?: string): MovementInput {
  return {
    id,
    kind: "flight",
    label: { de: id, en: id },
    start,
    ...(end === undefined ? {} : { end }),
    waypoints: [{ place: "baku" }, { place: "aktau" }],
    sources: [QUOTE],
  };
}

/** The tiny story with only these events (no movements, organizations or relations unless added). */
export function indexEvents(events: EventInput[], edit?: (input: StoryInput) => void): StoryIndex {
  return indexStory(
    tinyStory((input) => {
      input.events = events;
      input.movements = [];
      input.organizations = [];
      input.relations = [];
      edit?.(input);
    }),
  );
}

/** The ids of the indexed events, in index order. */
export function ids(index: StoryIndex): string[] {
  return index.events.map((e) => e.event.id);
}
