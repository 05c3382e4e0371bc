/**
 * Where a strong line's fallback word may lie around its point (line_label_points.ts), tried in
 * this order: MapLibre's variable anchors with their offsets in ems (story_layers.ts
 * `text-variable-anchor-offset`). A probe tries them all; a word found by its probe is drawn
 * with the one anchor it was found at (line_label_fallback.ts), so it lies exactly where its
 * probe found room even when placed before the probes and names it avoided. The offsets keep
 * each other anchor's box at least 0.3 em off the point on its side, so which anchor a placed
 * probe took can be read back at a point per anchor (wordAnchorProbe).
 * A module of its own: the style needs it on first load, the fallback's chunk only later.
 */
export const WORD_ANCHORS = [
  // On its line first, the halo breaking the line, as a river's name on a map: beside a slanted
  // line a word's box (upright around the slanted word) pushed it 60–100 px off ("Waffenlieferung"
  // over Iraq, a review).
  { anchor: "center", offset: [0, 0] },
  { anchor: "bottom", offset: [0, -0.4] },
  { anchor: "top", offset: [0, 0.4] },
  { anchor: "left", offset: [0.4, 0] },
  { anchor: "right", offset: [-0.4, 0] },
  { anchor: "bottom-left", offset: [0.3, -0.3] },
  { anchor: "bottom-right", offset: [-0.3, -0.3] },
  { anchor: "top-left", offset: [0.3, 0.3] },
  { anchor: "top-right", offset: [-0.3, 0.3] },
] as const;
export type WordAnchor = (typeof WORD_ANCHORS)[number]["anchor"];

/** The offset [x, y] (ems, screen axes) MapLibre shifts a word placed with `anchor` by. */
export function anchorOffset(anchor: WordAnchor): readonly [number, number] {
  return (WORD_ANCHORS.find((a) => a.anchor === anchor) ?? WORD_ANCHORS[0]).offset;
}

/**
 * How a word's line runs on screen: `level` within LEVEL_DEGREES of horizontal, else `down`
 * (falling to the right, a positive angle: screen y grows downward) or `up`.
 */
export type Slant = "level" | "down" | "up";
/** A line this close to horizontal (degrees) takes every anchor: above, below, beside its point. */
export const LEVEL_DEGREES = 5;

/** The slant of a word written at `angle` (degrees clockwise from the screen's x axis, −90…90). */
export function slantOf(angle: number): Slant {
  if (Math.abs(angle) <= LEVEL_DEGREES) return "level";
  return angle > 0 ? "down" : "up";
}

/**
 * The anchors a word of `slant` may take, in the order MapLibre tries them. MapLibre places a
 * rotated word by the upright box around it and shifts that box in screen axes, so beside a
 * slanted line every anchor but `center` and the two corners along the line puts the word's
 * middle up to a box's half-width off it ("geplante Route" 90 px off its flight in presenter
 * mode, a review). With `onLine` (every tier but the last) only those; without, they come
 * first and the others after, so a word with no room on its line is still written beside it
 * rather than not at all. With `onLine`, the word's middle stays within 1.7 ems of its line
 * (word_anchors.test.ts); the last tier's other anchors may put it a box's half-width off.
 */
export function anchorsFor(slant: Slant, onLine = true, reach: Reach = FULL_REACH): WordAnchor[] {
  const all = WORD_ANCHORS.map((a) => a.anchor);
  const along: readonly WordAnchor[] =
    slant === "level"
      ? all
      : slant === "down"
        ? ["center", "top-left", "bottom-right"]
        : ["center", "bottom-left", "top-right"];
  const tried = onLine ? [...along] : [...along, ...all.filter((a) => !along.includes(a))];
  return tried.filter((a) => reach.includes(sideOf(a)));
}

/**
 * Which way from its point a word placed with an anchor runs along its line, in reading order
 * (left to right, as the word is kept upright): `a`head (a `left` anchor: the word starts at the
 * point), `b`ack (a `right` anchor: it ends there), or `c`entred on it (center, top, bottom).
 * This holds for the along-line corners of a slanted word too: top-left beside a line falling
 * to the right runs down it, bottom-right up it.
 */
export type ReachSide = "a" | "b" | "c";
function sideOf(anchor: WordAnchor): ReachSide {
  if (anchor.endsWith("left")) return "a";
  if (anchor.endsWith("right")) return "b";
  return "c";
}

/**
 * The sides a word may run to from its point and stay on its visible line (reachOf), as the
 * letters of ReachSide in the order "cab": "cab" every anchor, "c" centred only, "a" ahead only…
 */
export type Reach = string;
export const FULL_REACH: Reach = "cab";

/**
 * A fallback word's `text-variable-anchor-offset` as MapLibre takes it ([anchor, [x, y] ems, …]),
 * sent with the word as its property `anchors` (story_layers.ts): the one `anchor` its probe found
 * it at, else every anchor its line's `slant` and the `reach` along it allow (line_label_points.ts;
 * absent reach: every side), on its line or, in the last tier (`all`), beside it too.
 */
export function anchorOffsetsOf(p: {
  anchor?: unknown;
  slant?: unknown;
  reach?: unknown;
  all?: unknown;
}): (string | readonly number[])[] {
  const found = WORD_ANCHORS.find((a) => a.anchor === p.anchor);
  const slant: Slant = p.slant === "down" || p.slant === "up" ? p.slant : "level";
  const reach = typeof p.reach === "string" ? p.reach : FULL_REACH;
  const anchors = found ? [found.anchor] : anchorsFor(slant, p.all !== true, reach);
  return anchors.flatMap((anchor) => [anchor, anchorOffset(anchor)]);
}

/**
 * The sides a word `length` px long (wordLengthPx) may run to from a point with `ahead` px of its
 * visible line after it and `back` px before it, in reading order: `a` if the word fits ahead, `b`
 * if behind, `c` if half of it fits each way; "" if none does ("angespannt" at a tenth of
 * Moskau–Eriwan ran past Moskau, off its line, in presenter mode: a review).
 */
export function reachOf(length: number, ahead: number, back: number): Reach {
  return [Math.min(ahead, back) >= length / 2 ? "c" : "", ahead >= length ? "a" : "", back >= length ? "b" : ""].join(
    "",
  );
}

/**
 * A point (px from the word's point, screen axes) inside the box of a word placed with `anchor`
 * and outside the boxes of every anchor before it in WORD_ANCHORS, for text of `px` size: one
 * px beyond the anchor's offset, on its side (the point itself for `center`). MapLibre shifts a variable anchor's box in screen
 * axes whatever `text-rotate` is, so this holds for a word along a slanted line too.
 */
export function wordAnchorProbe(anchor: WordAnchor, px: number): { x: number; y: number } {
  const offset = anchorOffset(anchor);
  const beyond = (em: number) => (em === 0 ? 0 : Math.sign(em) * (Math.abs(em) * px + 1));
  return { x: beyond(offset[0]), y: beyond(offset[1]) };
}
