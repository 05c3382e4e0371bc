import { describe, expect, it } from "vitest";
import {
  anchorOffset,
  anchorOffsetsOf,
  anchorsFor,
  reachOf,
  slantOf,
  WORD_ANCHORS,
  wordAnchorProbe,
} from "../../../src/map/word_anchors";

/**
 * The box of a word placed at (0, 0) with `anchor` (MapLibre's variable anchors: the text box
 * shifted to the anchor's side, then by its offset in ems), padded by MapLibre's default
 * `text-padding` of 2 px.
 */
function box(anchor: (typeof WORD_ANCHORS)[number], px: number, width: number, height: number) {
  const [h, v] = [
    anchor.anchor.includes("left") ? 0 : anchor.anchor.includes("right") ? 1 : 0.5,
    anchor.anchor.includes("top") ? 0 : anchor.anchor.includes("bottom") ? 1 : 0.5,
  ];
  const x = -h * width + anchor.offset[0] * px;
  const y = -v * height + anchor.offset[1] * px;
  return { left: x - 2, right: x + width + 2, top: y - 2, bottom: y + height + 2 };
}

describe("wordAnchorProbe(anchor, px)", () => {
  it.each([10, 12.5, 18.75])(
    "wordAnchorProbe(anchor, %s) lies in its anchor's box and in no earlier anchor's box",
    (px) => {
      for (const [width, height] of [
        [40, px * 1.2],
        [90, px * 2.4],
      ] as const) {
        WORD_ANCHORS.forEach((placed, i) => {
          const b = box(placed, px, width, height);
          const inside = (p: { x: number; y: number }) =>
            p.x >= b.left && p.x <= b.right && p.y >= b.top && p.y <= b.bottom;
          expect(inside(wordAnchorProbe(placed.anchor, px))).toBe(true);
          for (const earlier of WORD_ANCHORS.slice(0, i))
            expect(inside(wordAnchorProbe(earlier.anchor, px))).toBe(false);
        });
      }
    },
  );
});

/**
 * How far (ems) the middle of a word `length` × 1.2 ems, written at `angle` degrees and placed
 * with `anchor`, lies from its line through (0, 0): MapLibre shifts the upright box around the
 * rotated word (width L·cos + h·sin, height L·sin + h·cos) to the anchor's side, then by its offset.
 */
function offLine(anchor: (typeof WORD_ANCHORS)[number], angle: number, length: number): number {
  const a = (Math.abs(angle) * Math.PI) / 180;
  const h = 1.2;
  const width = length * Math.cos(a) + h * Math.sin(a);
  const height = length * Math.sin(a) + h * Math.cos(a);
  const side = (name: string, low: string, high: string) => (name.includes(low) ? 1 : name.includes(high) ? -1 : 0);
  const x = (side(anchor.anchor, "left", "right") * width) / 2 + anchor.offset[0];
  const y = (side(anchor.anchor, "top", "bottom") * height) / 2 + anchor.offset[1];
  const r = (angle * Math.PI) / 180;
  // Distance from the line along (cos r, sin r), screen y down.
  return Math.abs(x * Math.sin(r) - y * Math.cos(r));
}

describe("anchorsFor(slantOf(angle))", () => {
  it("slantOf(angle) is level within 5° of horizontal, down falling to the right, up rising", () => {
    expect([0, 5, -5, 6, -6, 45, -45, 90].map(slantOf)).toEqual([
      "level",
      "level",
      "level",
      "down",
      "up",
      "down",
      "up",
      "down",
    ]);
  });

  it("anchorsFor(slantOf(angle)) keeps the middle of a word of 2–8 ems within 1.7 ems of its line at every angle", () => {
    for (let angle = -89; angle <= 90; angle += 1)
      for (const length of [2, 4, 6, 8]) {
        const allowed = anchorsFor(slantOf(angle));
        for (const anchor of WORD_ANCHORS.filter((a) => allowed.includes(a.anchor)))
          expect(offLine(anchor, angle, length), `${anchor.anchor} at ${angle}°, ${length} em`).toBeLessThanOrEqual(
            1.7,
          );
      }
  });

  it("a slanted word keeps its middle within one em of its line ('geplante Route' 90 px off its flight in presenter mode)", () => {
    // "geplante Route" at presenter type: about 8 ems, along the flight at about 50°.
    for (const anchor of WORD_ANCHORS.filter((a) => anchorsFor(slantOf(50)).includes(a.anchor)))
      expect(offLine(anchor, 50, 8)).toBeLessThanOrEqual(1);
    // Every anchor (as before) put it 3 ems and more off it.
    expect(Math.max(...WORD_ANCHORS.map((a) => offLine(a, 50, 8)))).toBeGreaterThan(3);
  });

  it("anchorsFor(slant, false) (the last tier) tries the anchors along the line first, then every other", () => {
    expect(anchorsFor("down", false)).toEqual([
      "center",
      "top-left",
      "bottom-right",
      "bottom",
      "top",
      "left",
      "right",
      "bottom-left",
      "top-right",
    ]);
    expect(anchorsFor("up", false).slice(0, 3)).toEqual(["center", "bottom-left", "top-right"]);
    expect(anchorsFor("level", false)).toEqual(WORD_ANCHORS.map((a) => a.anchor));
  });

  it("anchorsFor(slant) keeps center first; level takes every anchor", () => {
    expect(anchorsFor("level")).toEqual(WORD_ANCHORS.map((a) => a.anchor));
    expect(anchorsFor("down")).toEqual(["center", "top-left", "bottom-right"]);
    expect(anchorsFor("up")).toEqual(["center", "bottom-left", "top-right"]);
  });
});

describe("reachOf(length, ahead, back)", () => {
  it("reachOf(108, 25, 225) is 'a': 'angespannt' a tenth along Moskau–Eriwan may only run ahead, not back past Moskau", () => {
    expect(reachOf(108, 225, 25)).toBe("a");
    expect(reachOf(108, 25, 225)).toBe("b");
  });

  it("reachOf(length, ahead, back) is 'cab' at a long line's middle, 'c' at a middle with room for half a word each way only, '' where it fits nowhere", () => {
    expect(reachOf(100, 150, 150)).toBe("cab");
    expect(reachOf(100, 60, 60)).toBe("c");
    expect(reachOf(100, 40, 60)).toBe("");
    expect(reachOf(0, 0, 0)).toBe("cab");
  });
});

describe("anchorsFor(slant, onLine, reach)", () => {
  it("anchorsFor('down', true, 'a') keeps the corner that runs down the line; 'b' the one that runs up it", () => {
    expect(anchorsFor("down", true, "a")).toEqual(["top-left"]);
    expect(anchorsFor("down", true, "b")).toEqual(["bottom-right"]);
    expect(anchorsFor("up", true, "ca")).toEqual(["center", "bottom-left"]);
  });

  it("anchorsFor('level', false, 'c') keeps the anchors centred on the point: center, bottom, top", () => {
    expect(anchorsFor("level", false, "c")).toEqual(["center", "bottom", "top"]);
  });
});

describe("anchorOffsetsOf(properties)", () => {
  const pairs = (anchors: readonly string[]) => anchors.flatMap((a) => [a, anchorOffset(a as never)]);
  it("anchorOffsetsOf gives a found word only the anchor its probe took", () => {
    expect(anchorOffsetsOf({ anchor: "top-left", slant: "down", reach: "c" })).toEqual(["top-left", [0.3, 0.3]]);
  });
  it("anchorOffsetsOf gives a probe the anchors its slant and reach allow, on its line", () => {
    expect(anchorOffsetsOf({ slant: "down", reach: "ca" })).toEqual(pairs(anchorsFor("down", true, "ca")));
    expect(anchorOffsetsOf({ slant: "up" })).toEqual(pairs(anchorsFor("up", true)));
  });
  it("anchorOffsetsOf lets the last tier (all) write a word beside its line too", () => {
    expect(anchorOffsetsOf({ slant: "down", all: true })).toEqual(pairs(anchorsFor("down", false)));
    expect(anchorOffsetsOf({ slant: "down", all: true }).length).toBeGreaterThan(
      anchorOffsetsOf({ slant: "down" }).length,
    );
  });
  it("anchorOffsetsOf reads an unknown slant or anchor as a level word with every anchor", () => {
    expect(anchorOffsetsOf({ slant: "sideways", anchor: "" })).toEqual(pairs(anchorsFor("level", true)));
  });
});
