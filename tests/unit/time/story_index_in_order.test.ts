import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkStoryFolder } from "../../../scripts/vite_checked_stories";
import { storyEventOrder } from "../../../src/story/display_order";
import { parseStory } from "../../../src/story/load";
import { indexStory, indexStoryInOrder } from "../../../src/time/story_index";

const FOLDER = join(import.meta.dirname, "../../../data/stories/caucasus");

describe("indexStoryInOrder(story, order)", () => {
  it("indexStoryInOrder(story, the loader's order) indexes the flagship as indexStory(story) does", () => {
    const file = join(FOLDER, "story.json");
    const result = parseStory(readFileSync(file, "utf8"), file);
    if (!result.ok) throw new Error("the flagship does not load");
    const ordered = indexStory(result.story);
    const given = indexStoryInOrder(result.story, result.order);
    expect(given.events.map((e) => [e.event.id, e.index, e.time])).toEqual(
      ordered.events.map((e) => [e.event.id, e.index, e.time]),
    );
    expect(given.span).toEqual(ordered.span);
    expect(given.movements.map((m) => [m.movement.id, m.start, m.end])).toEqual(
      ordered.movements.map((m) => [m.movement.id, m.start, m.end]),
    );
  });

  it("indexStoryInOrder(story, order) keeps an order the articles give against file order (the build's chunk carries it)", () => {
    // The build-time chunk (vite_checked_stories.ts) is the loader's result as JSON: its order survives the trip.
    const { result } = checkStoryFolder(FOLDER, "caucasus");
    if (!result.ok) throw new Error("the flagship does not load");
    const shipped = JSON.parse(JSON.stringify(result)) as typeof result;
    const index = indexStoryInOrder(shipped.story, shipped.order);
    expect(index.events.map((e) => e.event.id)).toEqual(indexStory(result.story).events.map((e) => e.event.id));
    expect(shipped.order.sequence).toHaveLength(result.story.events.length);
  });

  it("indexStoryInOrder(story, order of another length) throws a clear error instead of indexing wrongly", () => {
    const file = join(FOLDER, "story.json");
    const result = parseStory(readFileSync(file, "utf8"), file);
    if (!result.ok) throw new Error("the flagship does not load");
    const short = { sequence: result.order.sequence.slice(1), keys: result.order.keys.slice(1) };
    expect(() => indexStoryInOrder(result.story, short)).toThrow(/event order does not fit the story/);
  });
});

describe("parseStory(text, file).order", () => {
  it("parseStory(...).order is storyEventOrder(events), in file order and reversed (the order checks' order is handed on)", () => {
    // The flagship names 32 after/before constraints, so the tie-breaks are exercised.
    const file = join(FOLDER, "story.json");
    const flagship = JSON.parse(readFileSync(file, "utf8")) as { events: unknown[] };
    for (const story of [flagship, { ...flagship, events: [...flagship.events].reverse() }]) {
      const result = parseStory(JSON.stringify(story), file);
      if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 3)));
      expect(result.order).toEqual(storyEventOrder(result.story.events));
    }
  });
});
