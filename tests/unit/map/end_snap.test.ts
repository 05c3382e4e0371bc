import type { Feature } from "geojson";
import { describe, expect, it } from "vitest";
import { ALWAYS_SNAPPED, besideOffset, crossDots, crossKey, END_CLEAR_PX, snapZoom } from "../../../src/map/end_snap";
import { mercatorY } from "../../../src/map/framing";
import { CROSS_REACH_PX, CROSS_SIZE } from "../../../src/map/icons";
import { MOVEMENT_STAGE } from "../../../src/map/stages";

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

describe("crossDots(ends, zoom, s, project)", () => {
  // 10 px per degree, north up: screen positions are easy to read.
  const project = ([lon, lat]: [number, number]) => ({ x: lon * 10, y: -lat * 10 });
  const z = snapZoom(crashSite, aktau);
  const offset = besideOffset(crashSite, aktau);
  const end = (stage: number, strong = true, snap = z): Feature[] => [
    {
      type: "Feature",
      id: 5,
      geometry: { type: "Point", coordinates: crashSite },
      properties: { role: "end", snapZoom: snap, stage, strong },
    },
    {
      type: "Feature",
      id: 6,
      geometry: { type: "Point", coordinates: aktau },
      properties: { role: "end-beside", snapZoom: snap, offset, stage, strong },
    },
  ];
  const reach = CROSS_REACH_PX * CROSS_SIZE.own;

  it("crossDots(…) is the ✕ beside the ring below its snap zoom, at its offset in px", () => {
    const [dot, ...rest] = crossDots(end(MOVEMENT_STAGE.done), 5.7, 1, project);
    expect(rest).toEqual([]);
    expect(dot?.x).toBeCloseTo(aktau[0] * 10 + offset[0] * CROSS_SIZE.own, 6);
    expect(dot?.y).toBeCloseTo(-aktau[1] * 10 + offset[1] * CROSS_SIZE.own, 6);
    expect(dot?.r).toBeCloseTo(reach, 6);
  });

  it("crossDots(…) is the ✕ at its own place from the whole zoom at or above its snap zoom on, as story_layers draws it", () => {
    const [dot, ...rest] = crossDots(end(MOVEMENT_STAGE.done), Math.ceil(z) + 0.2, 1, project);
    expect(rest).toEqual([]);
    expect([dot?.x, dot?.y]).toEqual([crashSite[0] * 10, -crashSite[1] * 10]);
    // Between snapZoom and the next whole zoom the style still draws it beside the ring.
    expect(crossDots(end(MOVEMENT_STAGE.done), z + 0.01, 1, project)[0]?.x).not.toBe(crashSite[0] * 10);
  });

  it("crossDots(…) at theme scale 1.6 switches log2(1.6) zooms later, with a 1.6× offset and reach", () => {
    // Snapped from 6.5: at zoom 7 at scale 1; at scale 1.6 from 6.5 + log2(1.6) = 7.18, i.e. zoom 8.
    const ends = end(MOVEMENT_STAGE.done, true, 6.5);
    expect(crossDots(ends, 7, 1, project)[0]?.x).toBe(crashSite[0] * 10);
    expect(crossDots(ends, 8, 1.6, project)[0]?.x).toBe(crashSite[0] * 10);
    const [dot] = crossDots(ends, 7.9, 1.6, project);
    expect(dot?.x).toBeCloseTo(aktau[0] * 10 + offset[0] * CROSS_SIZE.own * 1.6, 6);
    expect(dot?.r).toBeCloseTo(reach * 1.6, 6);
  });

  it("crossDots(…) leaves out ✕ of flights not yet done, and keeps at most `limit`, strong ones first", () => {
    expect(crossDots(end(MOVEMENT_STAGE.moving), 5, 1, project)).toEqual([]);
    const weak = end(MOVEMENT_STAGE.done, false).map((f) => ({ ...f, id: Number(f.id) + 10 }));
    const dots = crossDots([...weak, ...end(MOVEMENT_STAGE.done)], 5, 1, project, 1);
    expect(dots.map((d) => d.id)).toEqual(["✕6"]);
  });
});

describe("crossKey(ends)", () => {
  const end = (id: number, stage: number, role = "end"): Feature => ({
    type: "Feature",
    id,
    geometry: { type: "Point", coordinates: aktau },
    properties: { role, stage },
  });

  it("crossKey(…) names the done movements' ✕, beside the ring or at the end", () => {
    expect(crossKey([end(1, MOVEMENT_STAGE.done), end(2, MOVEMENT_STAGE.done, "end-beside")])).toBe("1,2,");
  });

  it("crossKey(…) is the same while only moving flights' ends change: names are not laid out again", () => {
    const done = end(1, MOVEMENT_STAGE.done);
    expect(crossKey([done, end(3, MOVEMENT_STAGE.moving)])).toBe(crossKey([done, end(4, MOVEMENT_STAGE.moving)]));
    expect(crossKey([done, end(3, MOVEMENT_STAGE.done, "head")])).toBe("1,");
  });
});
