import type { Position } from "geojson";
import { describe, expect, it } from "vitest";
import { syntheticStory } from "../../../scripts/synthetic_story";
import { utc } from "../../../src/story/dates";
import { parseStory } from "../../../src/story/load";
import type { StoryInput } from "../../../src/story/schema";
import { changeAt, movingAt, snapshotAt } from "../../../src/time/snapshot";
import { type IndexedChange, indexStory } from "../../../src/time/story_index";
import { nth } from "../story/tiny_story";
import { eventInput, indexEvents, movementInput } from "./stories";

const HOUR = 3_600_000;
const BAKU: Position = [49.8671, 40.4093];
const AKTAU: Position = [51.1983, 43.6532];

/** A deal in March, a freeze "im Dezember", the crash; a flight and a longer trip; one org, one relation. */
function storyEdit(input: StoryInput) {
  input.movements = [
    movementInput("flight", "2024-12-25"),
    movementInput("trip", "2024-12-20", "2024-12-23"),
    movementInput("year-long", "2024-01", "2024-12"),
  ];
  input.organizations = [
    {
      id: "org",
      name: { de: "Organisation", en: "Organization" },
      short: { de: "ORG", en: "ORG" },
      memberships: [
        {
          country: "AZE",
          changes: [{ status: "member" }, { date: "2024-12", status: "frozen" }],
        },
        {
          country: "ARM",
          changes: [
            { date: "2024-06", status: "member" },
            { date: "2025-01-15", status: "left" },
          ],
        },
      ],
    },
  ];
  input.relations = [
    {
      id: "aze-rus",
      countries: ["AZE", "RUS"],
      between: ["baku", "grozny"],
      changes: [{ status: "partners" }, { date: "2024-12-25", status: "strained" }],
    },
  ];
}

const index = indexEvents(
  [eventInput("deal", "2024-03-10"), eventInput("freeze", "2024-12"), eventInput("crash", "2024-12-25")],
  storyEdit,
);

const statusOf = (t: number, country: string) =>
  snapshotAt(index, t).memberships.find((m) => m.item.country === country);
const movingIds = (t: number) => movingAt(index, t).map((m) => m.movement.movement.id);

describe("snapshotAt(index, t, selectedId)", () => {
  it("snapshotAt(index, t) before the first fact: nothing happened, no current, next is the first event", () => {
    const snapshot = snapshotAt(index, utc(2024, 1, 1) - 1);
    expect(snapshot.happened).toBe(0);
    expect(snapshot.current).toBeUndefined();
    expect(snapshot.previous).toBeUndefined();
    expect(snapshot.next?.event.id).toBe("deal");
    expect(snapshot.moving).toEqual([]);
  });

  it("snapshotAt(index, t) at the first instant of a day shows that day's event", () => {
    const snapshot = snapshotAt(index, utc(2024, 3, 10));
    expect(snapshot.happened).toBe(1);
    expect(snapshot.current?.event.id).toBe("deal");
    expect(snapshot.previous).toBeUndefined();
    expect(snapshot.next?.event.id).toBe("freeze");
  });

  it("snapshotAt(index, t) shows a month-precision event from the first instant of its month", () => {
    const snapshot = snapshotAt(index, utc(2024, 12, 1));
    expect(snapshot.happened).toBe(2);
    expect(snapshot.current?.event.id).toBe("freeze");
    expect(snapshot.previous?.event.id).toBe("deal");
    expect(snapshot.next?.event.id).toBe("crash");
  });

  it("snapshotAt(index, t) one millisecond before the month does not show it yet", () => {
    const snapshot = snapshotAt(index, utc(2024, 12, 1) - 1);
    expect(snapshot.happened).toBe(1);
    expect(snapshot.current?.event.id).toBe("deal");
    expect(snapshot.next?.event.id).toBe("freeze");
  });

  it("snapshotAt(index, t) after the last event keeps it current, with no next", () => {
    const snapshot = snapshotAt(index, utc(2030));
    expect(snapshot.happened).toBe(3);
    expect(snapshot.current?.event.id).toBe("crash");
    expect(snapshot.previous?.event.id).toBe("freeze");
    expect(snapshot.next).toBeUndefined();
  });

  it("snapshotAt(index, t) inside a movement's window has it moving, part of the way along", () => {
    const start = utc(2024, 12, 25);
    const flight = snapshotAt(index, start + 6 * HOUR).moving.find((m) => m.movement.movement.id === "flight");
    expect(flight?.progress).toBeCloseTo(0.25, 12);
    const [lon = 0, lat = 0] = flight?.position ?? [];
    // Strictly between Baku and Aktau, not at either end.
    expect(lon).toBeGreaterThan(BAKU[0] as number);
    expect(lon).toBeLessThan(AKTAU[0] as number);
    expect(lat).toBeGreaterThan(BAKU[1] as number);
    expect(lat).toBeLessThan(AKTAU[1] as number);
  });

  it("snapshotAt(index, t) at a movement's start is at its first waypoint with progress 0", () => {
    const flight = snapshotAt(index, utc(2024, 12, 25)).moving.find((m) => m.movement.movement.id === "flight");
    expect(flight?.progress).toBe(0);
    expect(flight?.position[0]).toBeCloseTo(BAKU[0] as number, 9);
    expect(flight?.position[1]).toBeCloseTo(BAKU[1] as number, 9);
  });

  it("snapshotAt(index, t) moves further along as t grows", () => {
    const at = (t: number) => snapshotAt(index, t).moving.find((m) => m.movement.movement.id === "trip");
    const early = at(utc(2024, 12, 20) + HOUR);
    const later = at(utc(2024, 12, 22));
    expect(later?.progress).toBeCloseTo(0.5, 12);
    expect(early?.progress).toBeGreaterThan(0);
    expect(early?.progress).toBeLessThan(later?.progress ?? 0);
    expect(later?.position[0]).toBeGreaterThan(early?.position[0] ?? Number.POSITIVE_INFINITY);
  });

  it("snapshotAt(index, t) at or after a movement's end no longer has it moving", () => {
    const end = utc(2024, 12, 26);
    const flight = (t: number) => snapshotAt(index, t).moving.find((m) => m.movement.movement.id === "flight");
    expect(flight(end - 1)?.progress).toBeLessThan(1);
    expect(flight(end - 1)?.progress).toBeGreaterThan(0.999);
    expect(flight(end)).toBeUndefined();
    expect(flight(end + HOUR)).toBeUndefined();
    expect(snapshotAt(index, utc(2025, 1, 1)).moving).toEqual([]);
  });

  it("snapshotAt(index, t) keeps a membership whose first change has no date in force from -Infinity", () => {
    const early = statusOf(utc(1900), "AZE");
    expect(early?.status).toBe("member");
    expect(early?.since.time).toBe(Number.NEGATIVE_INFINITY);
    expect(early?.since.precision).toBeUndefined();
  });

  it("snapshotAt(index, t) gives a changed membership's status before and after the change", () => {
    const before = statusOf(utc(2024, 12, 1) - 1, "AZE");
    const after = statusOf(utc(2024, 12, 1), "AZE");
    expect(before?.status).toBe("member");
    expect(after?.status).toBe("frozen");
    expect(after?.since).toBe(nth(nth(index.memberships).changes, 1));
    expect(before?.since).toBe(nth(nth(index.memberships).changes, 0));
  });

  it("snapshotAt(index, t) leaves out a membership before its first dated change", () => {
    expect(statusOf(utc(2024, 6, 1) - 1, "ARM")).toBeUndefined();
    expect(statusOf(utc(2024, 6, 1), "ARM")?.status).toBe("member");
  });

  it("snapshotAt(index, t) after a membership ends shows it as left", () => {
    expect(statusOf(utc(2025, 1, 15) - 1, "ARM")?.status).toBe("member");
    const left = statusOf(utc(2025, 1, 15), "ARM");
    expect(left?.status).toBe("left");
    expect(left?.since.time).toBe(utc(2025, 1, 15));
    expect(left?.since.precision).toBe("day");
    expect(statusOf(utc(2030), "ARM")?.status).toBe("left");
  });

  it("snapshotAt(index, t) gives each relation's state at t", () => {
    const before = snapshotAt(index, utc(2024, 12, 25) - 1).relations;
    const after = snapshotAt(index, utc(2024, 12, 25)).relations;
    expect(before.map((r) => [r.item.relation.id, r.status])).toEqual([["aze-rus", "partners"]]);
    expect(after.map((r) => [r.item.relation.id, r.status])).toEqual([["aze-rus", "strained"]]);
    expect(nth(after).since.time).toBe(utc(2024, 12, 25));
  });

  it("snapshotAt(index, t) reports t", () => {
    expect(snapshotAt(index, 12345).t).toBe(12345);
  });
});

describe("snapshotAt(index, t, selectedId) with events that share a date", () => {
  const shared = indexEvents([
    eventInput("before", "2024-06-01"),
    eventInput("one", "2024-06-15"),
    eventInput("two", "2024-06-15"),
    eventInput("three", "2024-06-15"),
    eventInput("after", "2024-07-01"),
  ]);
  const lastOfDay = utc(2024, 6, 16) - 1;

  it("snapshotAt(index, t) without a selection shows the latest event at or before t", () => {
    expect(snapshotAt(shared, lastOfDay).current?.event.id).toBe("three");
  });

  it("snapshotAt(index, t, selectedId) picks the selected event among those sharing the latest date", () => {
    const snapshot = snapshotAt(shared, lastOfDay, "one");
    expect(snapshot.current?.event.id).toBe("one");
    expect(snapshot.previous?.event.id).toBe("before");
    expect(snapshot.next?.event.id).toBe("two");
    expect(snapshot.happened).toBe(4);
  });

  it("snapshotAt(index, t, selectedId) at the start of the shared date (as a link sets it) picks the selected one", () => {
    // A shared link carries t at day precision: `#t=2024-06-15&event=three`.
    const snapshot = snapshotAt(shared, utc(2024, 6, 15), "three");
    expect(snapshot.current?.event.id).toBe("three");
    expect(snapshot.previous?.event.id).toBe("two");
    expect(snapshot.next?.event.id).toBe("after");
  });

  it("snapshotAt(index, t, selectedId) ignores a selection on an earlier date", () => {
    expect(snapshotAt(shared, lastOfDay, "before").current?.event.id).toBe("three");
    expect(snapshotAt(shared, utc(2024, 7, 1), "one").current?.event.id).toBe("after");
  });

  it("snapshotAt(index, t, selectedId) ignores a selection that has not happened by t", () => {
    expect(snapshotAt(shared, lastOfDay, "after").current?.event.id).toBe("three");
    expect(snapshotAt(shared, utc(2024, 6, 1), "one").current?.event.id).toBe("before");
  });

  it("snapshotAt(index, t, selectedId) ignores an unknown id", () => {
    expect(snapshotAt(shared, lastOfDay, "nope").current?.event.id).toBe("three");
  });

  it("snapshotAt(index, t, selectedId) before anything happened has no current event", () => {
    expect(snapshotAt(shared, utc(2024), "one").current).toBeUndefined();
  });
});

describe("changeAt(changes, t)", () => {
  const change = (time: number, status: string): IndexedChange<string> => ({
    time,
    precision: Number.isFinite(time) ? "day" : undefined,
    status,
    label: undefined,
    event: undefined,
    statusSince: time,
  });
  const changes = [change(Number.NEGATIVE_INFINITY, "a"), change(100, "b"), change(200, "c")];

  it("changeAt([], t) is undefined", () => {
    expect(changeAt([], 0)).toBeUndefined();
  });

  it("changeAt(changes, t) before the first dated change is undefined", () => {
    expect(changeAt([change(100, "b")], 99)).toBeUndefined();
  });

  it("changeAt(changes, t) with an undated first change holds it at any early t", () => {
    expect(changeAt(changes, -1e15)?.status).toBe("a");
    expect(changeAt(changes, 99)?.status).toBe("a");
  });

  it("changeAt(changes, t) at a change's time is that change", () => {
    expect(changeAt(changes, 100)?.status).toBe("b");
    expect(changeAt(changes, 200)?.status).toBe("c");
  });

  it("changeAt(changes, t) between changes is the earlier one", () => {
    expect(changeAt(changes, 199)?.status).toBe("b");
    expect(changeAt(changes, 1e15)?.status).toBe("c");
  });
});

describe("movingAt(index, t)", () => {
  it("movingAt(index, t) lists overlapping movements in order of their start", () => {
    expect(movingIds(utc(2024, 12, 22))).toEqual(["year-long", "trip"]);
    expect(movingIds(utc(2024, 12, 25) + HOUR)).toEqual(["year-long", "flight"]);
  });

  it("movingAt(index, t) finds a long movement that started long before a short one", () => {
    expect(movingIds(utc(2024, 12, 31))).toEqual(["year-long"]);
    expect(movingIds(utc(2025, 1, 1))).toEqual([]);
  });

  it("movingAt(index, t) before any movement is empty", () => {
    expect(movingIds(utc(2024, 1, 1) - 1)).toEqual([]);
    expect(movingIds(utc(2024, 1, 1))).toEqual(["year-long"]);
  });

  it("movingAt(index, t) finds exactly the movements under way, at every t of a synthetic story", () => {
    const { story, articles } = syntheticStory(1500, 3);
    const parsed = parseStory(JSON.stringify(story), "story.json", articles);
    if (!parsed.ok) throw new Error(parsed.problems[0]?.message);
    const big = indexStory(parsed.story);
    const [first, last] = big.span;
    for (let k = 0; k <= 2000; k++) {
      const t = first + ((last - first) * k) / 2000;
      const expected = big.movements.filter((m) => t >= m.start && t < m.end).map((m) => m.movement.id);
      expect(movingAt(big, t).map((m) => m.movement.movement.id)).toEqual(expected);
    }
  });

  it("movingAt(index, t) of a story without movements is empty", () => {
    expect(movingAt(indexEvents([eventInput("x", "2024")]), utc(2024))).toEqual([]);
  });
});
