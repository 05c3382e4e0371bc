import type { Feature } from "geojson";
import { describe, expect, it } from "vitest";
import { headDots, headKey, restingDestinations } from "../../../src/map/head_dots";
import { arrivedOffset } from "../../../src/map/head_offsets";
import { ARROW_TIP_PX, HEAD_SIZE } from "../../../src/map/icons";

const head = (properties: Record<string, unknown>): Feature => ({
  type: "Feature",
  geometry: { type: "Point", coordinates: [10, 20] },
  properties: { id: "m", strong: true, bearing: 270, queue: 0, ...properties },
});
/** A flat projection: 10 px a degree, the point (10, 20) at (100, 200). */
const project = ([lon, lat]: [number, number]) => ({ x: lon * 10, y: lat * 10 });

describe("headDots(heads, s, project)", () => {
  it("headDots(…) puts an arrived head pointing west east of its point, by its offset, with the arrow's reach", () => {
    // Pashinyan's head pointing into Istanbul from the east: "Istanbul" lay under it (a review).
    const [dot] = headDots([head({ arrived: true })], 1, project);
    const [x, y] = arrivedOffset(HEAD_SIZE.strong);
    // Bearing 270 (west): backwards (+y in the icon) is east, the icon's +x (right of its way) is north.
    expect(dot?.x).toBeCloseTo(100 + y * HEAD_SIZE.strong, 6);
    expect(dot?.y).toBeCloseTo(200 - x * HEAD_SIZE.strong, 6);
    expect(dot?.r).toBeCloseTo(ARROW_TIP_PX * HEAD_SIZE.strong, 6);
  });

  it("headDots(…) scales with the theme and leaves out heads under way and receding ones", () => {
    const [one] = headDots([head({ arrived: true })], 1, project);
    const [two] = headDots([head({ arrived: true })], 2, project);
    expect((two?.x ?? 0) - 100).toBeCloseTo(2 * ((one?.x ?? 0) - 100), 6);
    expect(two?.r).toBeCloseTo(2 * (one?.r ?? 0), 6);
    expect(headDots([head({}), head({ arrived: true, strong: false })], 1, project)).toEqual([]);
    expect(headDots([head({ leaving: true })], 1, project)).toHaveLength(1);
  });

  it("headDots(heads, s, project, limit) gives at most `limit` dots", () => {
    const many = Array.from({ length: 30 }, (_, i) => head({ id: `m${i}`, arrived: true }));
    expect(headDots(many, 1, project)).toHaveLength(24);
    expect(headDots(many, 1, project, 5)).toHaveLength(5);
  });

  it("headKey(heads) changes when a head comes to rest, and not when one under way moves", () => {
    const moving = head({});
    const moved: Feature = { ...moving, geometry: { type: "Point", coordinates: [11, 20] } };
    expect(headKey([moving])).toBe(headKey([moved]));
    expect(headKey([head({ arrived: true })])).not.toBe(headKey([moving]));
  });
});

describe("restingDestinations(heads)", () => {
  it("restingDestinations(…) gives the points of strong heads arrived at a dot (not ringed), once each; heads at the ring, under way, leaving or receding are left out", () => {
    // Pashinyan's arrow into Istanbul ran off the wall in presenter mode (a review): it is framed.
    const at = (coordinates: number[], properties: Record<string, unknown>): Feature => ({
      ...head(properties),
      geometry: { type: "Point", coordinates },
    });
    expect(
      restingDestinations([
        at([28.95, 41.01], { arrived: true, ringed: false }),
        at([28.95, 41.01], { id: "n", arrived: true, ringed: false }),
        at([44.5, 40.2], { arrived: true, ringed: true }),
        at([1, 2], { arrived: false, ringed: false }),
        at([3, 4], { leaving: true }),
        at([5, 6], { arrived: true, ringed: false, strong: false }),
        at([7, 8], { arrived: true }),
      ]),
    ).toEqual([[28.95, 41.01]]);
  });
});
