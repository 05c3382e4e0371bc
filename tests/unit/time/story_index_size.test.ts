import { describe, expect, it } from "vitest";
import { utc } from "../../../src/story/dates";
import { indexStory } from "../../../src/time/story_index";
import { nth, tinyStory } from "../story/tiny_story";

/** The tiny story with `count` events, one a day from 1990, built past the schema (it is valid). */
function storyWith(count: number, movements: number) {
  const story = tinyStory();
  const event = nth(story.events);
  const movement = nth(story.movements);
  const day = (i: number) => new Date(utc(1990) + i * 86_400_000).toISOString().slice(0, 10);
  story.events = Array.from({ length: count }, (_, i) => ({ ...event, id: `e-${i}`, date: day(i) }));
  story.movements = Array.from({ length: movements }, (_, i) => ({
    ...movement,
    id: `m-${i}`,
    start: day(i),
    end: day(i + 3),
    events: [],
  }));
  return story;
}

describe("indexStory(story) of large stories", () => {
  it("indexStory(story) of 130 000 events does not overflow the stack (no spread into Math.min)", () => {
    const index = indexStory(storyWith(130_000, 1_000));
    expect(index.events).toHaveLength(130_000);
    expect(index.span[0]).toBe(utc(1990));
    expect(index.span[1]).toBe(utc(1990) + 129_999 * 86_400_000);
    // Building 130 000 events takes a few seconds on a loaded machine; the budget is the bench's.
  }, 60_000);
});
