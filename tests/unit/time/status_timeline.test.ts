import { describe, expect, it } from "vitest";
import { seededRandom } from "../../../scripts/bench_stats";
import { syntheticStory } from "../../../scripts/synthetic_story";
import { parseStory } from "../../../src/story/load";
import { changeAt, type StatusAt, snapshotAt } from "../../../src/time/snapshot";
import { entriesInForce, statusTimeline } from "../../../src/time/status_timeline";
import { indexStory } from "../../../src/time/story_index";

interface Change {
  time: number;
  status: string;
}
const change = (time: number, status: string): Change => ({ time, status });

/** The change in force per item, as entriesInForce finds it (undefined where none). */
function inForce(items: { changes: Change[] }[], t: number): (Change | undefined)[] {
  const timeline = statusTimeline(items);
  return [...entriesInForce(timeline, t)].map((entry) => (entry < 0 ? undefined : timeline.changes[entry]));
}

/** Items with sorted changes: some undated (-Infinity), many sharing times across and within items. */
function randomItems(seed: number, count: number, maxChanges: number): { changes: Change[] }[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, i) => {
    const changes = Array.from({ length: Math.floor(random() * maxChanges) }, (_, c) =>
      change(random() < 0.1 ? Number.NEGATIVE_INFINITY : Math.floor(random() * 50) * 10, `s${i}.${c}`),
    );
    return { changes: changes.sort((a, b) => a.time - b.time) };
  });
}

describe("statusTimeline(items) and entriesInForce(timeline, t)", () => {
  const items = [
    { changes: [change(Number.NEGATIVE_INFINITY, "member"), change(100, "frozen"), change(200, "left")] },
    { changes: [change(150, "member"), change(150, "observer")] },
    { changes: [] },
  ];

  it("entriesInForce(timeline, t) before any dated change keeps only undated ones", () => {
    expect(inForce(items, 99)).toEqual([items[0]?.changes[0], undefined, undefined]);
  });

  it("entriesInForce(timeline, t) at a change's time is that change", () => {
    expect(inForce(items, 100)[0]?.status).toBe("frozen");
    expect(inForce(items, 200)[0]?.status).toBe("left");
  });

  it("entriesInForce(timeline, t) of two changes at the same time is the later in the item's order", () => {
    expect(inForce(items, 150)[1]?.status).toBe("observer");
  });

  it("entriesInForce(timeline, NaN) has nothing in force, like changeAt", () => {
    expect(inForce(items, Number.NaN)).toEqual([undefined, undefined, undefined]);
  });

  it("entriesInForce(statusTimeline([]), t) is empty", () => {
    expect([...entriesInForce(statusTimeline([]), 0)]).toEqual([]);
  });

  it("entriesInForce(timeline, t) agrees with changeAt per item, across keyframes", () => {
    for (const [seed, count, maxChanges] of [
      [1, 3, 40],
      [2, 20, 30],
      [3, 60, 8],
    ] as const) {
      const random = randomItems(seed, count, maxChanges);
      const timeline = statusTimeline(random);
      for (let t = -20; t <= 520; t += 5) {
        const found = [...entriesInForce(timeline, t)].map((e) => (e < 0 ? undefined : timeline.changes[e]));
        expect(found).toEqual(random.map((item) => changeAt(item.changes, t)));
      }
    }
  });

  it("snapshotAt(index, t) gives every membership and relation the change changeAt finds", () => {
    const { story, articles } = syntheticStory(2000, 5);
    const parsed = parseStory(JSON.stringify(story), "story.json", articles);
    if (!parsed.ok) throw new Error(parsed.problems[0]?.message);
    const index = indexStory(parsed.story);
    const random = seededRandom(9);
    const [first, last] = index.span;
    for (let i = 0; i < 300; i++) {
      const t = first + random() * (last - first);
      const snapshot = snapshotAt(index, t);
      const expected = <T extends { changes: { time: number }[] }>(list: readonly T[]) =>
        list.flatMap((item) => {
          const since = changeAt(item.changes, t);
          return since ? [{ item, since, statusIsSince: true }] : [];
        });
      const found = (list: readonly StatusAt<unknown, string>[]) =>
        list.map(({ item, status, since }) => ({ item, since, statusIsSince: status === since.status }));
      expect(found(snapshot.memberships)).toEqual(expected(index.memberships));
      expect(found(snapshot.relations)).toEqual(expected(index.relations));
    }
  });
});
