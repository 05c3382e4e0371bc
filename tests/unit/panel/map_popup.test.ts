import { describe, expect, it } from "vitest";
import { laterFrom, movementsAt, relationsAt } from "../../../src/panel/map_popup";
import { caucasusStory } from "../time/caucasus";

const story = caucasusStory();

describe("movementsAt(story, place)", () => {
  it("movementsAt(story, 'brussels') is the Kallas visit that starts there: a place without an event still has dates and sources", () => {
    const found = movementsAt(story, "brussels");
    expect(found.map((m) => m.id)).toEqual(["kallas-to-yerevan"]);
    expect(found[0]?.sources.length).toBeGreaterThan(0);
  });

  it("movementsAt(story, 'yerevan') lists every movement through Eriwan, by start", () => {
    const found = movementsAt(story, "yerevan").map((m) => m.id);
    expect(found).toContain("kallas-to-yerevan");
    const starts = movementsAt(story, "yerevan").map((m) => m.start);
    expect([...starts].sort()).toEqual(starts);
  });

  it("movementsAt(story, 'nowhere') is empty", () => {
    expect(movementsAt(story, "nowhere")).toEqual([]);
  });
});

describe("relationsAt(story, place)", () => {
  it("relationsAt(story, 'moscow') are the relations drawn from Moskau", () => {
    const found = relationsAt(story, "moscow");
    expect(found.length).toBeGreaterThan(0);
    for (const r of found) expect(r.between).toContain("moscow");
  });
});

describe("laterFrom(events, t)", () => {
  it("laterFrom(events, t) is the index of the first event after t, the list's length if none is", () => {
    const events = [{ time: 10 }, { time: 20 }, { time: 20 }, { time: 30 }];
    expect(laterFrom(events, 5)).toBe(0);
    // An event at t itself has happened (the current one).
    expect(laterFrom(events, 20)).toBe(3);
    expect(laterFrom(events, 30)).toBe(4);
    expect(laterFrom([], 0)).toBe(0);
  });
});
