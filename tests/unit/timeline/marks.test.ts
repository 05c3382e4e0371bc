import { describe, expect, it } from "vitest";
import { mustParseDate, utc } from "../../../src/story/dates";
import {
  aggregateColumns,
  assignLanes,
  type Categorised,
  eventsInWindow,
  longestPeriod,
} from "../../../src/timeline/marks";
import { timeScale } from "../../../src/timeline/time_scale";

function event(id: string, date: string, category = "crash"): Categorised {
  const d = mustParseDate(date);
  return { id, time: d.start, until: d.end, category };
}

const EVENTS = [
  event("y2001", "2001"),
  event("m2024-11", "2024-11"),
  event("d2024-12-01", "2024-12-01"),
  event("m2024-12", "2024-12"),
  event("d2024-12-25", "2024-12-25"),
  event("d2024-12-31", "2024-12-31"),
  event("d2025-01-01", "2025-01-01"),
];
const ids = (events: readonly Categorised[]) => events.map((e) => e.id);

describe("longestPeriod(events)", () => {
  it("longestPeriod(events) is the year of a year-precision event", () => {
    expect(longestPeriod(EVENTS)).toBe(utc(2002) - utc(2001));
    expect(longestPeriod([])).toBe(0);
  });
});

describe("eventsInWindow(events, window, longest)", () => {
  const longest = longestPeriod(EVENTS);

  it("eventsInWindow(events, December 2024, longest) includes a month bar that overlaps from before", () => {
    const inside = eventsInWindow(EVENTS, [utc(2024, 12, 10), utc(2024, 12, 31)], longest);
    expect(ids(inside)).toEqual(["m2024-12", "d2024-12-25", "d2024-12-31"]);
  });

  it("eventsInWindow(events, window, longest) excludes a period that ended exactly at the window's start", () => {
    const inside = eventsInWindow(EVENTS, [utc(2024, 12, 1), utc(2024, 12, 2)], longest);
    expect(ids(inside)).toEqual(["d2024-12-01", "m2024-12"]);
  });

  it("eventsInWindow(events, window, longest) includes an event starting exactly at the window's end", () => {
    const inside = eventsInWindow(EVENTS, [utc(2024, 12, 26), utc(2025, 1, 1)], longest);
    expect(ids(inside)).toEqual(["m2024-12", "d2024-12-31", "d2025-01-01"]);
  });

  it("eventsInWindow(10 000 events, a week, longest) returns only that week's events", () => {
    const many = Array.from({ length: 10_000 }, (_, i) => ({
      id: String(i),
      time: utc(2000) + i * 3_600_000,
      until: utc(2000) + (i + 24) * 3_600_000,
      category: "c",
    }));
    const week = eventsInWindow(many, [utc(2000, 2, 1), utc(2000, 2, 8)], longestPeriod(many));
    expect(week.length).toBe(7 * 24 + 1 + 23);
  });
});

describe("aggregateColumns(events, scale, width, columnPx)", () => {
  const many = Array.from({ length: 10_000 }, (_, i) => ({
    id: `e${i}`,
    time: utc(2022) + ((i * 7919) % 1461) * 86_400_000,
    until: 0,
    category: i % 3 === 0 ? "war" : "crash",
  })).sort((a, b) => a.time - b.time);
  const x = timeScale([utc(1993), utc(2027)], [0, 100]);

  it("aggregateColumns(events, scale, 100) draws at most one mark per pixel", () => {
    const columns = aggregateColumns(many, x, 100);
    const xs = columns.map((c) => c.x);
    expect(new Set(xs).size).toBe(xs.length);
    expect(xs.every((v) => Number.isInteger(v) && v >= 0 && v < 100)).toBe(true);
    expect(columns.reduce((sum, c) => sum + c.count, 0)).toBe(10_000);
  });

  it("aggregateColumns(events, scale, 100, 4) uses 4 px columns", () => {
    const columns = aggregateColumns(many, x, 100, 4);
    expect(columns.every((c) => c.x % 4 === 0)).toBe(true);
    expect(new Set(columns.map((c) => c.x)).size).toBe(columns.length);
  });

  it("aggregateColumns(events, scale, width) colours a column by its most frequent category", () => {
    const columns = aggregateColumns(many, x, 100);
    expect(columns.every((c) => c.category === "crash")).toBe(true);
    const mixed = [
      event("a", "2024-12-01", "war"),
      event("b", "2024-12-02", "crash"),
      event("c", "2024-12-03", "crash"),
    ];
    expect(aggregateColumns(mixed, x, 100)).toEqual([{ x: 93, count: 3, category: "crash", id: "a" }]);
  });

  it("aggregateColumns(events, scale, width) keeps an event at the span's end in the last column", () => {
    const end = [{ id: "end", time: utc(2027), until: utc(2027), category: "c" }];
    expect(aggregateColumns(end, x, 100)).toEqual([{ x: 99, count: 1, category: "c", id: "end" }]);
  });

  it("aggregateColumns(events, scale, width) leaves out events outside the range", () => {
    const before = [{ id: "old", time: utc(1980), until: utc(1981), category: "c" }];
    expect(aggregateColumns(before, x, 100)).toEqual([]);
  });
});

describe("assignLanes(items, lanes, gap)", () => {
  it("assignLanes(overlapping items, 3) stacks them in the lowest free lane", () => {
    const items = [
      { x0: 0, x1: 10 },
      { x0: 5, x1: 15 },
      { x0: 8, x1: 12 },
      { x0: 20, x1: 30 },
    ];
    expect(assignLanes(items, 3)).toEqual([0, 1, 2, 0]);
  });

  it("assignLanes(more overlaps than lanes, 2) reuses the lane that frees first", () => {
    const items = [
      { x0: 0, x1: 10 },
      { x0: 1, x1: 4 },
      { x0: 2, x1: 6 },
    ];
    expect(assignLanes(items, 2)).toEqual([0, 1, 1]);
  });

  it("assignLanes(items, lanes, gap) keeps a gap between neighbours in a lane", () => {
    expect(
      assignLanes(
        [
          { x0: 0, x1: 10 },
          { x0: 11, x1: 20 },
        ],
        2,
        2,
      ),
    ).toEqual([0, 1]);
    expect(
      assignLanes(
        [
          { x0: 0, x1: 10 },
          { x0: 12, x1: 20 },
        ],
        2,
        2,
      ),
    ).toEqual([0, 0]);
  });
});
