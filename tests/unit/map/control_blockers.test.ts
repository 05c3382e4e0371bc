import { describe, expect, it } from "vitest";
import { controlBlockers, edgeBands } from "../../../src/map/control_blockers";

/** 1 px per degree: [lon, lat] = [x, -y]. */
const unproject = ({ x, y }: { x: number; y: number }): [number, number] => [x, -y];
const ICON = 48;

/** The squares as boxes, px. */
const squares = (boxes: Parameters<typeof controlBlockers>[0]) =>
  controlBlockers(boxes, unproject, ICON).features.map((f) => {
    const [lon, lat] = f.geometry.coordinates as [number, number];
    const half = (f.properties.size * ICON) / 2;
    return { left: lon - half, top: -lat - half, right: lon + half, bottom: -lat + half };
  });

describe("controlBlockers(boxes, unproject, iconPx)", () => {
  it("controlBlockers(…) tiles a 100×30 button with four 30 px squares flush with its ends", () => {
    const tiles = squares([{ left: 10, top: 20, right: 110, bottom: 50 }]);
    expect(tiles).toHaveLength(4);
    for (const t of tiles) {
      expect(t.right - t.left).toBeCloseTo(30);
      expect(t.top).toBeCloseTo(20);
      expect(t.bottom).toBeCloseTo(50);
    }
    expect(Math.min(...tiles.map((t) => t.left))).toBeCloseTo(10);
    expect(Math.max(...tiles.map((t) => t.right))).toBeCloseTo(110);
    // No gap between neighbours: every point of the box lies in a square.
    for (let x = 10; x <= 110; x += 0.5) expect(tiles.some((t) => t.left <= x && t.right >= x)).toBe(true);
  });

  it("controlBlockers(…) stacks squares down a tall box (the zoom buttons) and skips a box without area", () => {
    const tiles = squares([
      { left: 0, top: 0, right: 29, bottom: 60 },
      { left: 5, top: 5, right: 5, bottom: 40 },
    ]);
    expect(tiles).toHaveLength(3);
    expect(Math.min(...tiles.map((t) => t.top))).toBeCloseTo(0);
    expect(Math.max(...tiles.map((t) => t.bottom))).toBeCloseTo(60);
    for (const t of tiles) expect(t.left).toBeCloseTo(0);
  });
});

describe("edgeBands(width, height)", () => {
  it("edgeBands(320, 200) reaches 2 px into the map along each edge and leaves the inside free", () => {
    const bands = edgeBands(320, 200);
    const inAny = (x: number, y: number) => bands.some((b) => x > b.left && x < b.right && y > b.top && y < b.bottom);
    expect(inAny(1, 100)).toBe(true);
    expect(inAny(319, 100)).toBe(true);
    expect(inAny(160, 1)).toBe(true);
    expect(inAny(160, 199)).toBe(true);
    expect(inAny(3, 3)).toBe(false);
    expect(inAny(160, 100)).toBe(false);
    expect(inAny(317, 197)).toBe(false);
  });
});
