import { describe, expect, it } from "vitest";
import { syntheticStory } from "../../../scripts/synthetic_story";
import { createMovementWindow, SETTLED_CHUNK } from "../../../src/map/movement_window";
import { MOVEMENT_STAGE, movementStage, RECENT_FOR } from "../../../src/map/stages";
import { parseStory } from "../../../src/story/load";
import { movingAt } from "../../../src/time/snapshot";
import { indexStory } from "../../../src/time/story_index";
import { nth, parseTiny } from "../story/tiny_story";

// Dense: 6 000 events in 1990–2030, about 120 movements end in any four years. Chunks of 40
// movements, so that several chunks are drawn whole, some expired, at most times.
const { story, articles } = syntheticStory(6000, 6000, "dense");
const parsed = parseStory(JSON.stringify(story), "story.json", articles);
if (!parsed.ok) throw new Error("the synthetic story does not parse");
const index = indexStory(parsed.story);
const CHUNK = 40;
const window = createMovementWindow(index, CHUNK);
const [first, last] = index.span;

/** Movement id → stage drawn at t: the settled chunks shown (as done) and the active source. */
function drawnAt(t: number, strong = new Set<number>(), all = false) {
  const frame = window.at(t, movingAt(index, t), strong, all);
  const drawn = new Map<string, number>();
  const strongIds = new Set<string>();
  for (let c = frame.settled.from; c < frame.settled.to; c++)
    for (const f of window.chunk(c).routes) drawn.set(String(f.properties?.id), Number(f.properties?.stage));
  for (const f of frame.active().routes.features) {
    drawn.set(String(f.properties?.id), Number(f.properties?.stage));
    if (f.properties?.strong === true) strongIds.add(String(f.properties?.id));
  }
  return { frame, drawn, strongIds };
}

/** Movement id → stage of every started movement that has not expired at t (end > t − RECENT_FOR). */
function unexpiredAt(t: number) {
  const want = new Map<string, number>();
  for (const m of index.movements) {
    const stage = movementStage(m.start, m.end, t);
    if (stage !== MOVEMENT_STAGE.future && m.end > t - RECENT_FOR) want.set(m.movement.id, stage);
  }
  return want;
}

const times = [first - 1, first + (last - first) * 0.05, first + (last - first) * 0.3, (first + last) / 2, last];

describe("createMovementWindow(index, size).at(t, moving, strong, all)", () => {
  it("at(…) draws every started movement not expired at t once, in the stage movementStage gives, settled chunks included", () => {
    expect(window.chunks).toBe(Math.floor(index.movements.length / CHUNK));
    for (const t of times) expect(drawnAt(t).drawn).toEqual(unexpiredAt(t));
  });

  it("at(…) hides the movements that ended RECENT_FOR or more before t, settled chunks included", () => {
    const t = last;
    const { frame, drawn } = drawnAt(t);
    expect(frame.settled.from).toBeGreaterThan(0);
    expect(frame.settled.to).toBeGreaterThan(frame.settled.from);
    const expired = index.movements.filter((m) => m.end <= t - RECENT_FOR);
    expect(expired.length).toBeGreaterThan(index.movements.length / 2);
    for (const m of expired) expect(drawn.has(m.movement.id)).toBe(false);
    // Each chunk drawn whole has ended by t and has no expired movement.
    for (let c = frame.settled.from; c < frame.settled.to; c++)
      for (const f of window.chunk(c).routes) {
        const m = index.movements.find((x) => x.movement.id === f.properties?.id);
        expect(m && m.end <= t && m.end > t - RECENT_FOR).toBe(true);
      }
  });

  it("at(…) keeps the active source small late in a long story: the rest are settled chunks or expired", () => {
    const { frame } = drawnAt(last);
    const movements = new Set(frame.active().routes.features.map((f) => f.properties?.id));
    expect(movements.size).toBeLessThan(2 * CHUNK + 50);
  });

  it("at(…) draws the strong movements on top, marked strong, also when they have expired", () => {
    const t = last;
    const strong = new Set([0, 1, 2]);
    expect(index.movements.slice(0, 3).every((m) => m.end <= t - RECENT_FOR)).toBe(true);
    const routes = window.at(t, movingAt(index, t), strong).active().routes.features;
    const top = routes.slice(-10).filter((f) => f.properties?.strong === true);
    expect(new Set(top.map((f) => f.properties?.id))).toEqual(
      new Set([0, 1, 2].map((i) => index.movements[i]?.movement.id)),
    );
  });

  it("at(…, all) draws every unexpired started movement strong from the active source, no chunk, and still the strong expired ones", () => {
    for (const t of times) {
      const { frame, drawn, strongIds } = drawnAt(t, new Set([0]), true);
      expect(frame.settled.to).toBe(frame.settled.from);
      const want = unexpiredAt(t);
      const m0 = index.movements[0];
      if (m0 && m0.start <= t) want.set(m0.movement.id, movementStage(m0.start, m0.end, t));
      expect(drawn).toEqual(want);
      expect(strongIds).toEqual(new Set(want.keys()));
    }
  });

  it("at(…) gives the same key for the same frame and another when a movement ends or expires", () => {
    const m = index.movements[100];
    if (!m) throw new Error("too few movements");
    const at = (t: number) => window.at(t, movingAt(index, t), new Set()).key;
    expect(at(m.end - 1)).toBe(at(m.end - 1));
    expect(at(m.end)).not.toBe(at(m.end - 1));
    const expiry = m.end + RECENT_FOR;
    expect(at(expiry)).not.toBe(at(expiry - 1));
  });

  it("createMovementWindow(index).chunk(c) holds each ✕ at its own place only, the active source also its copy beside the ring", () => {
    // 3 flights that land at the tiny story's crash, at Aktau itself: each ✕ is drawn beside the
    // crash's ring (end_snap.ts); a settled layer cannot choose by zoom, so its chunk keeps the ✕ alone.
    const flights = parseTiny((input) => {
      const flight = nth(input.movements);
      input.movements = [0, 1, 2].map((i) => ({ ...flight, id: `flight-${i}` }));
      input.events.push({ ...nth(input.events), id: "later", date: "2025-06-01" });
    });
    if (!flights.ok) throw new Error("the tiny story does not parse");
    const small = indexStory(flights.story);
    const roles = (ends: readonly { properties: Record<string, unknown> | null }[]) =>
      ends.map((f) => f.properties?.role).sort();
    const window = createMovementWindow(small, 2);
    expect(roles(window.chunk(0).ends)).toEqual(["end", "end"]);
    const landed = nth(small.movements).end;
    expect(roles(window.at(landed, [], new Set()).active().ends.features)).toEqual(["end", "end-beside"]);
  });

  it("createMovementWindow(index) cuts chunks of SETTLED_CHUNK movements by default", () => {
    expect(createMovementWindow(index).chunks).toBe(Math.floor(index.movements.length / SETTLED_CHUNK));
  });
});
