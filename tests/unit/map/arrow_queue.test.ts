import { describe, expect, it } from "vitest";
import { queueBehind } from "../../../src/map/arrow_queue";
import { arrivedOffset } from "../../../src/map/head_offsets";
import { ARROW_HALF_WIDTH_PX, ARROW_LENGTH_PX, ARROW_NOTCH_PX, ARROW_TIP_PX, HEAD_SIZE } from "../../../src/map/icons";

const LENGTH = ARROW_LENGTH_PX * HEAD_SIZE.strong;
const HALF_WIDTH = ARROW_HALF_WIDTH_PX * HEAD_SIZE.strong;
/** A strong arrived head's tip distance from its place, px, queued `behind` (0…1) of a step: as drawn (arrivedOffset). */
const tipAt = (behind: number) => (arrivedOffset(HEAD_SIZE.strong, behind)[1] - ARROW_TIP_PX) * HEAD_SIZE.strong;
type P = [number, number];

/** The head with its tip `tip` px from the place on the ray at `angle` degrees, grown by `grow` px: a triangle (px). */
function head(angle: number, tip: number, grow = 0): P[] {
  const a = (angle * Math.PI) / 180;
  const at = (r: number, side: number): P => [
    r * Math.cos(a) - side * Math.sin(a),
    r * Math.sin(a) + side * Math.cos(a),
  ];
  const back = tip + LENGTH + grow;
  return [at(tip - grow, 0), at(back, HALF_WIDTH + grow), at(back, -HALF_WIDTH - grow)];
}

function inside([x, y]: P, t: P[]): boolean {
  const side = (a: P, b: P) => (b[0] - a[0]) * (y - a[1]) - (b[1] - a[1]) * (x - a[0]);
  const [a, b, c] = t as [P, P, P];
  const s = [side(a, b), side(b, c), side(c, a)];
  return s.every((v) => v >= 0) || s.every((v) => v <= 0);
}

/** Whether two triangles share a point of a fine grid. */
function overlap(p: P[], q: P[]): boolean {
  const xs = [...p, ...q].map(([x]) => x);
  const ys = [...p, ...q].map(([, y]) => y);
  for (let x = Math.min(...xs); x <= Math.max(...xs); x += 0.25)
    for (let y = Math.min(...ys); y <= Math.max(...ys); y += 0.25)
      if (inside([x, y], p) && inside([x, y], q)) return true;
  return false;
}

describe("queueBehind(turn)", () => {
  it("queueBehind(turn) lets a later head lie clear of one at the ring at every turn, at least 2 px apart", () => {
    for (let turn = 0; turn <= 180; turn += 1) {
      const tip = tipAt(queueBehind(turn));
      expect(overlap(head(0, tipAt(0), 1), head(turn, tip, 1)), `turn ${turn}°`).toBe(false);
    }
  });

  it("queueBehind(turn) does not queue heads far enough apart and queues fully those running together", () => {
    expect(queueBehind(90)).toBe(0);
    expect(queueBehind(45)).toBe(0);
    expect(queueBehind(0)).toBe(1);
    expect(queueBehind(15)).toBe(1);
    // Between, the closer the directions, the further back.
    expect(queueBehind(25)).toBeGreaterThan(queueBehind(35));
  });
});

describe("drawIcons arrow geometry", () => {
  it("ARROW_NOTCH_PX keeps the tip the arrow's sharpest corner, sharper than its wings by at least 5°", () => {
    // Wings sharper than the tip (38° against 51°) read as an arrow pointing backwards (a review).
    const tip = 2 * Math.atan(ARROW_HALF_WIDTH_PX / ARROW_LENGTH_PX);
    const toTip: P = [-ARROW_HALF_WIDTH_PX, -ARROW_LENGTH_PX];
    const toNotch: P = [-ARROW_HALF_WIDTH_PX, -(ARROW_LENGTH_PX - ARROW_NOTCH_PX)];
    const wing = Math.acos(
      (toTip[0] * toNotch[0] + toTip[1] * toNotch[1]) / (Math.hypot(...toTip) * Math.hypot(...toNotch)),
    );
    expect((wing - tip) * (180 / Math.PI)).toBeGreaterThanOrEqual(5);
    // A notch still: the back is not a flat triangle's.
    expect(ARROW_NOTCH_PX).toBeLessThan(ARROW_LENGTH_PX);
  });
});
