import { describe, expect, it } from "vitest";
import { syntheticStory } from "../../../scripts/synthetic_story";
import { createMovementWindow, SETTLED_CHUNK } from "../../../src/map/movement_window";
import { MOVEMENT_STAGE, movementStage } from "../../../src/map/stages";
import { parseStory } from "../../../src/story/load";
import { movingAt } from "../../../src/time/snapshot";
import { indexStory } from "../../../src/time/story_index";

const { story, articles } = syntheticStory(6000, 6000);
const parsed = parseStory(JSON.stringify(story), "story.json", articles);
if (!parsed.ok) throw new Error("the synthetic story does not parse");
const index = indexStory(parsed.story);
const window = createMovementWindow(index);
const [first, last] = index.span;

/** Movement id → stage drawn at t: the settled chunks shown (as done) and the active source. */
function drawnAt(t: number, strong = new Set<number>()) {
  const frame = window.at(t, movingAt(index, t), strong);
  const drawn = new Map<string, number>();
  for (let c = 0; c < frame.settled; c++)
    for (const f of window.chunk(c).routes) drawn.set(String(f.properties?.id), Number(f.properties?.stage));
  for (const f of frame.active().routes.features) drawn.set(String(f.properties?.id), Number(f.properties?.stage));
  return { frame, drawn };
}

describe("createMovementWindow(index).at(t, moving, strong)", () => {
  it("at(…) draws every started movement once, in the stage movementStage gives, settled chunks included", () => {
    expect(window.chunks).toBe(Math.floor(index.movements.length / SETTLED_CHUNK));
    for (const t of [first - 1, first + (last - first) * 0.3, (first + last) / 2, last]) {
      const want = new Map<string, number>();
      for (const m of index.movements) {
        const stage = movementStage(m.start, m.end, t);
        if (stage !== MOVEMENT_STAGE.future) want.set(m.movement.id, stage);
      }
      expect(drawnAt(t).drawn).toEqual(want);
    }
  });

  it("at(…) keeps the active source small late in a long story: the rest are settled chunks", () => {
    const { frame } = drawnAt(last);
    expect(frame.settled).toBe(window.chunks);
    const movements = new Set(frame.active().routes.features.map((f) => f.properties?.id));
    expect(movements.size).toBeLessThan(SETTLED_CHUNK + 50);
  });

  it("at(…) draws the strong movements again on top, marked strong", () => {
    const t = last;
    const strong = new Set([0, 1, 2]);
    const routes = window.at(t, movingAt(index, t), strong).active().routes.features;
    const top = routes.slice(-10).filter((f) => f.properties?.strong === true);
    expect(new Set(top.map((f) => f.properties?.id))).toEqual(
      new Set([0, 1, 2].map((i) => index.movements[i]?.movement.id)),
    );
  });

  it("at(…) gives the same key for the same frame and another when a movement ends", () => {
    const m = index.movements[100];
    if (!m) throw new Error("too few movements");
    const before = window.at(m.end - 1, movingAt(index, m.end - 1), new Set()).key;
    expect(window.at(m.end - 1, movingAt(index, m.end - 1), new Set()).key).toBe(before);
    expect(window.at(m.end, movingAt(index, m.end), new Set()).key).not.toBe(before);
  });
});
