import { describe, expect, it } from "vitest";
import { WORD_ANCHORS, wordAnchorProbe } from "../../../src/map/word_anchors";

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
