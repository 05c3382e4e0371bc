import { beforeAll, describe, expect, it } from "vitest";
import { ICON_PX, PLATE_ICON } from "../../../src/map/icons";
import { plateIcon, REACH_PX } from "../../../src/map/plate_icon";

beforeAll(() => {
  // Node has no ImageData: the plate only writes its alpha channel.
  (globalThis as { ImageData?: unknown }).ImageData ??= class {
    data: Uint8ClampedArray;
    constructor(
      readonly width: number,
      readonly height: number,
    ) {
      this.data = new Uint8ClampedArray(width * height * 4);
    }
  };
});

describe("plateIcon()", () => {
  const alpha = (x: number, y: number) => plateIcon().image.data[(y * ICON_PX + x) * 4 + 3] ?? -1;
  it("plateIcon is an SDF as MapLibre reads one: full inside, 0.75 at the edge, empty past the halo", () => {
    const middle = ICON_PX / 2;
    expect(alpha(middle, middle)).toBe(255);
    // The edge lies 6 texels in (PLATE_MARGIN): the texel just inside it is about 0.75 + 1/16.
    expect(alpha(6, middle) / 255).toBeCloseTo(0.75 + 0.5 / 8, 2);
    expect(alpha(5, middle) / 255).toBeCloseTo(0.75 - 0.5 / 8, 2);
    expect(alpha(0, middle)).toBe(Math.round(255 * (0.75 - 5.5 / 8)));
    // The corner is rounded: its outermost texel lies past the halo's reach.
    expect(alpha(0, 0)).toBe(0);
  });
  it("plateIcon stretches only its middle and lays the word REACH_PX inside the plate's ends", () => {
    const { name, options } = plateIcon();
    expect(name).toBe(PLATE_ICON);
    const [x0, x1] = options?.stretchX[0] ?? [0, 0];
    const [left, top, right, bottom] = options?.content ?? [0, 0, 0, 0];
    // The edge lies 6 texels in (PLATE_MARGIN), 2 texels a px.
    expect([left, right]).toEqual([6 + 2 * REACH_PX, ICON_PX - 6 - 2 * REACH_PX]);
    expect(top).toBeLessThan(x0);
    expect(bottom).toBeGreaterThan(x1);
    expect(options?.pixelRatio).toBe(2);
  });
});
