import { describe, expect, it } from "vitest";
import { revealShift } from "../../../src/map/reveal_shift";

// A 390 × 700 px phone map; the open legend is a band across its top, the zoom buttons bottom right.
const map = { left: 0, top: 0, right: 390, bottom: 700 };
const band = { left: 8, top: 40, right: 382, bottom: 320 };
const zoom = { left: 350, top: 600, right: 382, bottom: 690 };

describe("revealShift(points, map, overlays, margin)", () => {
  it("revealShift of a point already clear of the overlays is [0, 0]: the reader's camera stays", () => {
    expect(revealShift([[200, 500]], map, [band, zoom], 36)).toEqual([0, 0]);
  });

  it("revealShift of a point under the legend band moves it just below the band, by the margin", () => {
    // Below the band (down 356 - 300 = 56) is nearer than left or right of it.
    expect(revealShift([[200, 300]], map, [band, zoom], 36)).toEqual([0, 56]);
  });

  it("revealShift of a point under the band near its side moves it sideways when that is shorter", () => {
    const legend = { left: 200, top: 0, right: 390, bottom: 500 };
    // Left of the legend: 164 - 210 = -46, against 536 - 250 = 286 down.
    expect(revealShift([[210, 250]], map, [legend], 36)).toEqual([-46, 0]);
  });

  it("revealShift of a point off screen brings it to the margin inside the edge", () => {
    expect(revealShift([[-100, 500]], map, [band], 36)).toEqual([136, 0]);
  });

  it("revealShift of a route's two ends moves both together, clear of the band and the buttons", () => {
    const shift = revealShift(
      [
        [100, 250],
        [300, 400],
      ],
      map,
      [band, zoom],
      36,
    );
    expect(shift).toEqual([0, 106]);
  });

  it("revealShift is undefined when the points span more than any clear part: the caller zooms out", () => {
    expect(
      revealShift(
        [
          [10, 10],
          [380, 690],
        ],
        map,
        [band],
        36,
      ),
    ).toBeUndefined();
  });

  it("revealShift of no points is [0, 0]", () => {
    expect(revealShift([], map, [band], 36)).toEqual([0, 0]);
  });
});
