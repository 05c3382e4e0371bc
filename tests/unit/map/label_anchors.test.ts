import { describe, expect, it } from "vitest";
import { DIRECTIONS } from "../../../src/map/framing";
import {
  cityAnchor,
  cityAnchors,
  EDGES,
  EVENT_DOT_PX,
  FAR_ANCHORS,
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
    expect(near.filter((n) => n.key?.endsWith("-near")).length).toBe(cityAnchors("", "south-west").length);
  });

  it("mainCityAnchors(edge, away) clears the current event's ring on every side at the smallest type (Baku in the 480 px embed, the projector)", () => {
    // [text px, theme scale]: the 320 and 480 px embeds' overview type, the reader's, the projector's floor.
    for (const [size, scale] of [
      [8.5, 1],
      [10.5, 1],
      [12.5, 1],
      [18, 1.6],
    ] as const) {
      // The ring's square as place_labels.ts sees it (MARKER_PX.current and MARKER_SPARE_PX), around the dot at 0,0.
      const r = 11.5 * scale + 3;
      const ring = { left: -r, top: -r, right: r, bottom: r };
      for (const anchor of ["left", "right", "top", "bottom", "top-left", "top-right", "bottom-left", "bottom-right"]) {
        const sides = mainCityAnchors("", "").filter((a) => a.anchor === anchor);
        const clear = sides.some((candidate) => {
          // The wide layout's padding (PAD_PX + WIDE_SPARE_PX).
          const request = { id: "baku", x: 0, y: 0, width: 27, height: 12, size, pad: 4, candidates: [candidate] };
          const box = labelBox(request, candidate);
          return box.left >= ring.right || box.right <= ring.left || box.top >= ring.bottom || box.bottom <= ring.top;
        });
        expect(clear, `${anchor} at ${size} px`).toBe(true);
      }
    }
  });
});
