import { describe, expect, it } from "vitest";
import { revealCenter, revealShift } from "../../../src/map/reveal_shift";

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

describe("revealCenter(points, project, center, map, overlays, margin)", () => {
  // 10 px per degree from lon 0, lat 0 at the map's top left; the map's box starts 100 px down the page.
  const project = ([lon, lat]: [number, number]) => ({ x: lon * 10, y: lat * 10 });
  const onPage = { left: 0, top: 100, right: 390, bottom: 800 };
  const bandOnPage = { left: 8, top: 140, right: 382, bottom: 420 };

  it("revealCenter of a point under the band is the centre moved against the least pan", () => {
    // The point is at page y 100 + 300 = 400, under the band to 420: down 56 to 456.
    expect(revealCenter([[20, 30]], project, { x: 195, y: 350 }, onPage, [bandOnPage], 36)).toEqual({ x: 195, y: 294 });
  });

  it("revealCenter takes a point's world copy nearest the centre (a view across the antimeridian)", () => {
    const wrapped = revealCenter([[-340, 50]], project, { x: 195, y: 350 }, onPage, [bandOnPage], 36);
    expect(wrapped).toEqual({ x: 195, y: 350 });
  });

  it("revealCenter is undefined when nothing clear holds the points at this zoom", () => {
    expect(
      revealCenter(
        [
          [1, 1],
          [38, 69],
        ],
        project,
        { x: 195, y: 350 },
        onPage,
        [bandOnPage],
        36,
      ),
    ).toBeUndefined();
  });
});
