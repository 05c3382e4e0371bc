import { describe, expect, it } from "vitest";
import { syntheticStory } from "../../../scripts/synthetic_story";
import { createEventWindow } from "../../../src/map/event_window";
import { EVENT_STAGE, eventStage } from "../../../src/map/stages";
import { parseStory } from "../../../src/story/load";
import type { StoryIndex } from "../../../src/time/story_index";
import { indexStory } from "../../../src/time/story_index";
import { caucasusIndex } from "../time/caucasus";

function syntheticIndex(events: number): StoryIndex {
  const { story, articles } = syntheticStory(events, events);
  const parsed = parseStory(JSON.stringify(story), "story.json", articles);
  if (!parsed.ok) throw new Error("the synthetic story does not parse");
  return indexStory(parsed.story);
}

/** What the markers of the old way drew at t: one per event and place, with eventStage(time, t). */
function expected(index: StoryIndex, t: number) {
  const drawn = new Map<string, number[]>();
  for (const e of index.events) {
    const stage = eventStage(e.time, t);
    if (stage === EVENT_STAGE.future) continue;
    for (const place of e.places) {
      const key = `${place.lon},${place.lat}|${e.event.category}|${stage}`;
      drawn.set(key, [...(drawn.get(key) ?? []), e.index]);
    }
  }
  return drawn;
}

describe("createEventWindow(index).at(t, current)", () => {
  const index = syntheticIndex(2000);
  const window = createEventWindow(index);
  const [first, last] = index.span;

  it("at(t, current) draws every event marker eventStage(time, t) shows, old ones stacked per place and category", () => {
    for (const t of [first - 1, first, first + (last - first) / 3, (first + last) / 2, last]) {
      const got = new Map<string, number>();
      for (const f of window.at(t, undefined).collection.features) {
        const [lon, lat] = f.geometry.coordinates;
        const key = `${lon},${lat}|${f.properties?.category}|${f.properties?.stage}`;
        got.set(key, (got.get(key) ?? 0) + Number(f.properties?.count ?? 1));
        expect(eventStage(Number(f.properties?.time), t)).toBe(f.properties?.stage);
      }
      const want = new Map([...expected(index, t)].map(([key, events]) => [key, events.length]));
      expect(got).toEqual(want);
    }
  });

  it("at(t, current) gives a stack of old markers the id and time of its latest event, for a click", () => {
    const t = last;
    const stacks = window.at(t, undefined).collection.features.filter((f) => f.properties?.stage === EVENT_STAGE.old);
    expect(stacks.length).toBeGreaterThan(0);
    const drawn = expected(index, t);
    for (const f of stacks) {
      const [lon, lat] = f.geometry.coordinates;
      const key = `${lon},${lat}|${f.properties?.category}|${EVENT_STAGE.old}`;
      const latest = drawn.get(key)?.at(-1) as number;
      expect(f.properties?.id).toBe(index.events[latest]?.event.id);
    }
  });

  it("at(t, current) holds about as many features late in a long story as early: it grows with what is visible at t", () => {
    const early = window.at(first + (last - first) * 0.2, undefined).collection.features.length;
    const late = window.at(last, undefined).collection.features.length;
    expect(late).toBeLessThan(index.story.places.length * 10 + 400);
    expect(early).toBeGreaterThan(0);
  });

  it("at(t, current) marks the current event's markers, also when the event is old", () => {
    const flagship = caucasusIndex();
    const w = createEventWindow(flagship);
    const current = flagship.events[3];
    if (!current) throw new Error("the flagship has fewer than 4 events");
    const t = current.time + 5 * 365.25 * 86_400_000;
    const marked = w.at(t, current.index).collection.features.filter((f) => f.properties?.current === true);
    expect(marked).toHaveLength(current.places.length);
    expect(marked.every((f) => f.properties?.id === current.event.id)).toBe(true);
    // Drawn last: on top of the stack it belongs to.
    const features = w.at(t, current.index).collection.features;
    expect(features.slice(-current.places.length).every((f) => f.properties?.current === true)).toBe(true);
  });

  it("at(t, current) gives the same key for the same markers and another when they change", () => {
    const e = index.events[500];
    if (!e) throw new Error("too few events");
    expect(window.at(e.time, e.index).key).toBe(window.at(e.time, e.index).key);
    expect(window.at(e.time, e.index).key).not.toBe(window.at(e.time, e.index + 1).key);
  });
});
