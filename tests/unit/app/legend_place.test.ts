import { describe, expect, it } from "vitest";
import { legendBandHeight, legendPlacement } from "../../../src/app/legend_place";

// The flagship's main places (Istanbul to Peking, Jekaterinburg to Duschanbe) in Web Mercator.
const FLAGSHIP = 3.1;

describe("legendPlacement", () => {
  it("legendPlacement(width, height, aspect) lays the legend across the top of narrow maps (phone, tablet, projector)", () => {
    expect(legendPlacement(390, 422, FLAGSHIP)).toBe("band");
    expect(legendPlacement(448, 760, FLAGSHIP)).toBe("band");
    expect(legendPlacement(615, 665, FLAGSHIP)).toBe("band");
    expect(legendPlacement(320, 400, FLAGSHIP)).toBe("band");
  });

  it("legendPlacement(width, height, aspect) keeps it beside the story where the story fills the map's height (1280×800)", () => {
    expect(legendPlacement(920, 575, FLAGSHIP)).toBe("column");
    expect(legendPlacement(800, 600, 1)).toBe("column");
  });

  it("legendPlacement(width, height, aspect) keeps the column for a map not yet laid out", () => {
    expect(legendPlacement(0, 500, FLAGSHIP)).toBe("column");
    expect(legendPlacement(500, 0, FLAGSHIP)).toBe("column");
    expect(legendPlacement(500, 500, 0)).toBe("column");
  });
});

describe("legendPlacement (low maps)", () => {
  it("legendPlacement(width, height, aspect) hangs the legend below a map too low for a band (the 320×640, 480×640 and 720×640 embeds)", () => {
    expect(legendPlacement(320, 190, FLAGSHIP)).toBe("below");
    expect(legendPlacement(480, 220, FLAGSHIP)).toBe("below");
    // A column there stops above the map's buttons: three rows of the key, the last cut.
    expect(legendPlacement(720, 262, FLAGSHIP)).toBe("below");
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
