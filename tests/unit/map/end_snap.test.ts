import { describe, expect, it } from "vitest";
import { ALWAYS_SNAPPED, besideOffset, END_CLEAR_PX, snapZoom } from "../../../src/map/end_snap";
import { mercatorY } from "../../../src/map/framing";
import { CROSS_SIZE } from "../../../src/map/icons";

/** px between two [lon, lat] points at `zoom` (Web Mercator, 512 px tiles). */
function px(a: [number, number], b: [number, number], zoom: number): number {
  const scale = 512 * 2 ** zoom;
  return Math.hypot(((b[0] - a[0]) / 360) * scale, mercatorY(b[1], scale) - mercatorY(a[1], scale));
}

// The story's AZAL 8243 crash site and Aktau (data/stories/caucasus/story.json).
const crashSite: [number, number] = [51.09, 43.86];
const aktau: [number, number] = [51.167, 43.65];

describe("snapZoom(end, place)", () => {
  it("snapZoom(end, place) is the zoom at which the ✕ lies END_CLEAR_PX from the ring's middle", () => {
    const z = snapZoom(crashSite, aktau);
    expect(px(crashSite, aktau, z)).toBeCloseTo(END_CLEAR_PX, 6);
    // At the zooms that frame the story (about 4.5–6) the two are one spot: the ✕ goes beside the ring.
    expect(z).toBeGreaterThan(6);
    expect(z).toBeLessThan(7);
  });

  it("snapZoom(end, place) keeps an end at its event's very place beside the ring, and a far one never", () => {
    expect(snapZoom(aktau, aktau)).toBe(ALWAYS_SNAPPED);
    expect(snapZoom([13.4, 52.5], aktau)).toBe(0);
  });

  it("snapZoom(end, place) measures across the antimeridian the short way round", () => {
    expect(snapZoom([179.9, 65], [-179.9, 65])).toBeCloseTo(snapZoom([0.1, 65], [-0.1, 65]), 6);
  });

  it("besideOffset(end, place, before) draws the ✕ END_CLEAR_PX out from the ring towards the end: where its own place lies at snapZoom", () => {
    const [x, y] = besideOffset(crashSite, aktau);
    expect(Math.hypot(x, y) * CROSS_SIZE.own).toBeCloseTo(END_CLEAR_PX, 0);
    // The same direction as the crash site from Aktau on screen (y down).
    const z = snapZoom(crashSite, aktau);
    const scale = 512 * 2 ** z;
    const dx = ((crashSite[0] - aktau[0]) / 360) * scale;
    const dy = mercatorY(crashSite[1], scale) - mercatorY(aktau[1], scale);
    expect(x * CROSS_SIZE.own).toBeCloseTo(dx, 0);
    expect(y * CROSS_SIZE.own).toBeCloseTo(dy, 0);
  });

  it("besideOffset(end, place, before) turns towards where the flight came from when it ends at the place itself, else up", () => {
    const [x, y] = besideOffset(aktau, aktau, [45.7, 43.3]);
    expect(x).toBeLessThan(0);
    expect(Math.abs(y)).toBeLessThan(Math.abs(x));
    expect(besideOffset(aktau, aktau)).toEqual([0, -(Math.round((END_CLEAR_PX / CROSS_SIZE.own) * 10) / 10)]);
  });
});
