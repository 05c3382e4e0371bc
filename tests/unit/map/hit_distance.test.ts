import { describe, expect, it } from "vitest";
import { distanceToSegment } from "../../../src/geo/segment";
import {
  DOT_RADIUS_PX,
  distanceToDot,
  distanceToLines,
  distanceToStroke,
  offsetLine,
} from "../../../src/map/hit_distance";

describe("hit_distance", () => {
  it("distanceToSegment(p, a, b) is the perpendicular distance inside the segment, the end's beyond it", () => {
    expect(distanceToSegment({ x: 5, y: 3 }, { x: 0, y: 0 }, { x: 10, y: 0 })).toBe(3);
    expect(distanceToSegment({ x: 13, y: 4 }, { x: 0, y: 0 }, { x: 10, y: 0 })).toBe(5);
    expect(distanceToSegment({ x: 3, y: 4 }, { x: 0, y: 0 }, { x: 0, y: 0 })).toBe(5);
  });

  it("distanceToLines(p, pieces) is the nearest over every tile piece; Infinity for none", () => {
    const pieces = [
      [
        { x: 0, y: 0 },
        { x: 10, y: 0 },
      ],
      [
        { x: 0, y: 10 },
        { x: 10, y: 10 },
      ],
    ];
    expect(distanceToLines({ x: 5, y: 8 }, pieces)).toBe(2);
    expect(distanceToLines({ x: 1, y: 1 }, [[{ x: 4, y: 5 }]])).toBe(5);
    expect(distanceToLines({ x: 0, y: 0 }, [])).toBe(Number.POSITIVE_INFINITY);
  });

  it("distanceToDot(p, centre) is 0 inside the dot, else the distance to its edge", () => {
    expect(distanceToDot({ x: 2, y: 2 }, { x: 0, y: 0 })).toBe(0);
    expect(distanceToDot({ x: DOT_RADIUS_PX + 4, y: 0 }, { x: 0, y: 0 })).toBe(4);
  });
});

describe("offsetLine(points, px)", () => {
  it("offsetLine(an eastward line, 4) lies 4 px below it (right of its direction, as MapLibre's line-offset)", () => {
    const line = offsetLine(
      [
        { x: 0, y: 10 },
        { x: 100, y: 10 },
      ],
      4,
    );
    expect(line).toEqual([
      { x: 0, y: 14 },
      { x: 100, y: 14 },
    ]);
  });

  it("offsetLine(points, 0) is the line itself; a southward line moves left (west)", () => {
    const south = [
      { x: 50, y: 0 },
      { x: 50, y: 100 },
    ];
    expect(offsetLine(south, 0)).toEqual(south);
    expect(offsetLine(south, 4).map((p) => p.x)).toEqual([46, 46]);
    expect(distanceToLines({ x: 46, y: 50 }, [offsetLine(south, 4)])).toBeCloseTo(0);
  });

  it("distanceToStroke(centre, width) is 0 on a stroke and measured from its edge beside it", () => {
    expect(distanceToStroke(1.5, 4)).toBe(0);
    expect(distanceToStroke(2, 4)).toBe(0);
    expect(distanceToStroke(5, 4)).toBe(3);
    expect(distanceToStroke(0.5, 0)).toBe(0.5);
  });

  it("distanceToStroke(centre, width, gap) counts a double line's gap and both strokes as the line", () => {
    // Presenter scale 1.5: "verbündet" strong is 3.9 px strokes around a 4.5 px gap, 6.15 px each side.
    expect(distanceToStroke(0, 3.9, 4.5)).toBe(0);
    expect(distanceToStroke(6, 3.9, 4.5)).toBe(0);
    expect(distanceToStroke(8, 3.9, 4.5)).toBeCloseTo(1.85);
  });
});
