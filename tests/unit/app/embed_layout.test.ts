import { describe, expect, it } from "vitest";
import { naturalMapHeight } from "../../../src/app/embed_layout";

describe("naturalMapHeight(width)", () => {
  it("naturalMapHeight(width) is 56 % of the width, within 260–520 px", () => {
    expect(naturalMapHeight(720)).toBe(403);
    expect(naturalMapHeight(320)).toBe(260);
    expect(naturalMapHeight(2000)).toBe(520);
  });

  it("naturalMapHeight(width) depends on the width alone and never shrinks as it grows", () => {
    let previous = 0;
    for (let width = 0; width <= 1600; width += 7) {
      const height = naturalMapHeight(width);
      expect(height).toBeGreaterThanOrEqual(previous);
      expect(naturalMapHeight(width)).toBe(height);
      previous = height;
    }
  });
});
