import { describe, expect, it } from "vitest";
import { legendAsBand, legendBandHeight } from "../../../src/app/legend_place";

// The flagship's main places (Istanbul to Peking, Jekaterinburg to Duschanbe) in Web Mercator.
const FLAGSHIP = 3.1;

describe("legendAsBand", () => {
  it("legendAsBand(width, height, aspect) lays the legend across the top of narrow maps (phone, tablet, projector)", () => {
    expect(legendAsBand(390, 422, FLAGSHIP)).toBe(true);
    expect(legendAsBand(448, 760, FLAGSHIP)).toBe(true);
    expect(legendAsBand(615, 665, FLAGSHIP)).toBe(true);
    expect(legendAsBand(320, 400, FLAGSHIP)).toBe(true);
    // The 320×640 embed's map, 190 px high: a short band, not a column over half of it.
    expect(legendAsBand(320, 190, FLAGSHIP)).toBe(true);
  });

  it("legendAsBand(width, height, aspect) keeps it beside the story where the story fills the map's height (1280×800)", () => {
    expect(legendAsBand(920, 575, FLAGSHIP)).toBe(false);
    expect(legendAsBand(800, 600, 1)).toBe(false);
  });

  it("legendAsBand(width, height, aspect) keeps the column for a map not yet laid out", () => {
    expect(legendAsBand(0, 500, FLAGSHIP)).toBe(false);
    expect(legendAsBand(500, 0, FLAGSHIP)).toBe(false);
    expect(legendAsBand(500, 500, 0)).toBe(false);
  });
});

describe("legendBandHeight", () => {
  it("legendBandHeight(width, height, top, aspect) leaves the story its full-width height below the band", () => {
    // Phone 390×422 map, band under the date at 36 px: the story needs (390 − 36) / 3.1 ≈ 114 px.
    const band = legendBandHeight(390, 422, 36, FLAGSHIP);
    expect(band).toBe(Math.round(0.4 * 422));
    expect(422 - 36 - band - 36 - 32).toBeGreaterThanOrEqual((390 - 36) / FLAGSHIP);
    const tablet = legendBandHeight(448, 760, 36, FLAGSHIP);
    expect(760 - 36 - tablet - 36 - 32).toBeGreaterThanOrEqual((448 - 36) / FLAGSHIP);
  });

  it("legendBandHeight(width, height, top, aspect) keeps at least a line and a half of legend on a tiny map", () => {
    expect(legendBandHeight(320, 190, 36, FLAGSHIP)).toBe(56);
  });
});
