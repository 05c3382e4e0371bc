import { describe, expect, it } from "vitest";
import { sizeAt } from "../../../src/map/line_label_fallback";

describe("sizeAt(size, zoom)", () => {
  const grows = ["interpolate", ["linear"], ["zoom"], 3, 12.5, 6, 15];

  it("sizeAt(12.5, z) is the constant size at every zoom", () => {
    expect(sizeAt(12.5, 1)).toBe(12.5);
    expect(sizeAt(12.5, 9)).toBe(12.5);
  });

  it("sizeAt(interpolate by zoom, z) is linear between the stops and flat beyond them (story_layers.ts words)", () => {
    expect(sizeAt(grows, 2)).toBe(12.5);
    expect(sizeAt(grows, 4.5)).toBeCloseTo(13.75, 6);
    expect(sizeAt(grows, 5.64)).toBeCloseTo(14.7, 2);
    expect(sizeAt(grows, 8)).toBe(15);
  });

  it("sizeAt(anything else, z) is undefined: the caller keeps its own size", () => {
    expect(sizeAt(undefined, 4)).toBeUndefined();
    expect(sizeAt(["get", "size"], 4)).toBeUndefined();
    expect(sizeAt(["interpolate", ["linear"], ["get", "rank"], 1, 10, 3, 12], 4)).toBeUndefined();
  });
});
