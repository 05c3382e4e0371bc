import { describe, expect, it } from "vitest";
import { lastYear, syntheticStory } from "../../../scripts/synthetic_story";
import { parseStory } from "../../../src/story/load";

describe("syntheticStory(events, seed)", () => {
  it("syntheticStory(200) passes parseStory with its articles", () => {
    const { story, articles } = syntheticStory(200);
    const result = parseStory(JSON.stringify(story), "story.json", articles);
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it("syntheticStory(200) has 200 events, 40 movements and 20 membership changes", () => {
    const { story } = syntheticStory(200);
    const changes = (story.organizations ?? []).flatMap((o) => o.memberships ?? []).flatMap((m) => m.changes);
    expect(story.events).toHaveLength(200);
    expect(story.movements).toHaveLength(40);
    expect(changes).toHaveLength(20);
  });

  it("syntheticStory(200, seed, 'dense') dates events 1990–2030 with day, month and year precision", () => {
    const dates = syntheticStory(200, 1, "dense").story.events.map((e) => e.date);
    expect(new Set(dates.map((d) => d.length))).toEqual(new Set([4, 7, 10]));
    for (const d of dates) expect(Number(d.slice(0, 4))).toSatisfy((y: number) => y >= 1990 && y <= 2030);
  });

  it("syntheticStory(events) keeps 25 events a year: the span grows with the story", () => {
    expect(lastYear(1000, "constant")).toBe(2029);
    expect(lastYear(100_000, "constant")).toBe(5989);
    expect(lastYear(100_000, "dense")).toBe(2030);
    const years = syntheticStory(2000).story.events.map((e) => Number(e.date.slice(0, 4)));
    expect(Math.min(...years)).toBe(1990);
    expect(Math.max(...years)).toBeGreaterThan(2060);
    expect(Math.max(...years)).toBeLessThanOrEqual(2069);
  });

  it("syntheticStory(events, seed) is the same story for the same seed", () => {
    expect(JSON.stringify(syntheticStory(50, 7).story)).toBe(JSON.stringify(syntheticStory(50, 7).story));
  });
});
