import { describe, expect, it } from "vitest";
import { DOT_RADIUS_PX, distanceToDot, distanceToLines, distanceToSegment } from "../../../src/map/hit_distance";

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
