import { describe, expect, it } from "vitest";
import { DIRECTIONS } from "../../../src/map/framing";
import {
  anchorKey,
  cityAnchor,
  cityAnchors,
  currentCityAnchors,
  EDGES,
  EVENT_DOT_PX,
  FAR_ANCHORS,
  isCallout,
  mainCityAnchors,
} from "../../../src/map/label_anchors";
import { labelBox } from "../../../src/map/label_layout";

describe("cityAnchors(edge, away)", () => {
  it("cityAnchors('east', '') lets a place at the east edge write its name westward only", () => {
    expect(cityAnchors("east", "").map((a) => a.anchor)).toEqual(["right", "top-right", "bottom-right"]);
  });

  it("cityAnchors('', 'south-west') writes away from the cluster first, then turns", () => {
    expect(cityAnchors("", "south-west").map((a) => a.anchor)).toEqual([
      "top-right",
      "top",
      "right",
      "top-left",
      "bottom-right",
      "left",
      "bottom",
    ]);
  });

  it("cityAnchors(edge, away) puts every name beyond the event dot drawn above the labels (Baku, Moskau, Kabul)", () => {
    // A main city's name at its usual 12.5 px, its point at 0,0; the event dot around the point.
    const size = 12.5;
    const label = { id: "baku", x: 0, y: 0, width: 30, height: 15, size, pad: 0, candidates: [] };
    const anchors = [
      ...EDGES.flatMap((edge) => cityAnchors(edge, "")),
      ...DIRECTIONS.flatMap((away) => cityAnchors("", away)),
      ...FAR_ANCHORS,
    ];
    for (const anchor of anchors) {
      const box = labelBox(label, anchor);
      const nearest = Math.hypot(Math.max(box.left, 0, -box.right), Math.max(box.top, 0, -box.bottom));
      expect(nearest, `${anchor.anchor} ${anchor.offset}`).toBeGreaterThanOrEqual(EVENT_DOT_PX);
    }
  });

  it("mainCityAnchors(edge, away, near) offers the same sides close to the dot, keyed for the style", () => {
    const wide = mainCityAnchors("", "south-west");
    const near = mainCityAnchors("", "south-west", true);
    expect(near.map((a) => a.anchor)).toEqual(wide.map((a) => a.anchor));
    for (const a of near.filter((n) => n.key?.endsWith("-near"))) expect(cityAnchor(a.key ?? "")).toEqual(a);
    expect(near.filter((n) => n.key?.endsWith("-near")).length).toBe(8);
  });

  it("mainCityAnchors('west', '') offers the inward sides first, then every other side and the far ones last", () => {
    const keys = mainCityAnchors("west", "").map((a) => a.key ?? a.anchor);
    expect(keys.slice(0, 3)).toEqual(cityAnchors("west", "").map((a) => a.anchor));
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toEqual(expect.arrayContaining(["top", "bottom", "right", "top-far", "bottom-far"]));
  });

  it("currentCityAnchors(edge, away) puts the name of the current event's city beyond its ring first (11.5 px at 9.5 px type)", () => {
    const ring = currentCityAnchors("", "").filter((a) => a.key?.endsWith("-ring"));
    expect(ring.length).toBe(8);
    for (const anchor of ring) {
      expect(cityAnchor(anchor.key ?? "")).toEqual(anchor);
      const box = labelBox({ id: "x", x: 0, y: 0, width: 40, height: 10, size: 9.5, pad: 0, candidates: [] }, anchor);
      const nearest = Math.hypot(Math.max(box.left, 0, -box.right), Math.max(box.top, 0, -box.bottom));
      expect(nearest, `${anchor.anchor}`).toBeGreaterThanOrEqual(11.5);
    }
  });

  it("currentCityAnchors(edge, away) tries a callout before any position that would lie on the ring (Teheran across its own ring on a phone)", () => {
    const keys = currentCityAnchors("", "").map(anchorKey);
    const firstOnRing = keys.findIndex((k) => !k.endsWith("-ring") && !isCallout(k));
    const lastCallout = keys.findLastIndex((k) => isCallout(k));
    expect(keys.slice(0, 8).every((k) => k.endsWith("-ring"))).toBe(true);
    expect(lastCallout).toBeGreaterThan(7);
    expect(lastCallout).toBeLessThan(firstOnRing);
  });
});
