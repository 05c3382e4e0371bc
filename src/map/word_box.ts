import { anchorOffset, type WordAnchor } from "./word_anchors";
import { EMS_PER_CHAR, wordLengthPx } from "./word_length";
import { WORD_MAX_EMS } from "./word_size";

/** A point on screen, px from the map's top left. */
export interface ScreenPoint {
  x: number;
  y: number;
}

/**
 * Points along the middle of a word placed at `point` with `anchor` (its offset in ems of `px`,
 * word_anchors.ts), `length` px long and `height` px tall, written at `angle` degrees (clockwise
 * from the screen's x axis): `samples` points (≥ 2) from one end of the word to the other, px.
 * MapLibre places a rotated word by the upright box around it and shifts that box in screen
 * axes; the word runs through the box's middle. The points nearerLines measures from. Pure.
 */
export function wordAxis(
  point: ScreenPoint,
  anchor: WordAnchor,
  px: number,
  length: number,
  height: number,
  angle: number,
  samples = 5,
): ScreenPoint[] {
  const a = (angle * Math.PI) / 180;
  const [dx, dy] = [Math.cos(a), Math.sin(a)];
  const width = Math.abs(length * dx) + Math.abs(height * dy);
  const tall = Math.abs(length * dy) + Math.abs(height * dx);
  const [ox, oy] = anchorOffset(anchor);
  // The box's middle from the point: a `left` anchor puts the box right of it, `top` below it.
  const horizontal = anchor.endsWith("left") ? 0.5 : anchor.endsWith("right") ? -0.5 : 0;
  const vertical = anchor.startsWith("top") ? 0.5 : anchor.startsWith("bottom") ? -0.5 : 0;
  const cx = point.x + ox * px + horizontal * width;
  const cy = point.y + oy * px + vertical * tall;
  return Array.from({ length: Math.max(2, samples) }, (_, i) => {
    const f = i / (Math.max(2, samples) - 1) - 0.5;
    return { x: cx + f * length * dx, y: cy + f * length * dy };
  });
}

/**
 * The layers of the lines a fallback word should not lie by (those drawn strong: a relation's
 * feature state, a movement's property, isStrongLine): a word another strong line runs nearer
 * than its own reads as that line's word ("verbündet" lay on AZAL 8243's route on to Aktau in
 * presenter mode, two reviews). Not a planned route: it lies under the movement that took it
 * (AZAL 8243's Baku–Grosny).
 */
export const STRONG_LINE_LAYERS = ["relation-lines", "moving-line", "moving-ahead", "movement-trace"];

/** Whether a rendered line of STRONG_LINE_LAYERS is drawn strong (story_layers.ts). */
export function isStrongLine(f: {
  layer: string;
  state: Record<string, unknown>;
  properties: Record<string, unknown>;
}) {
  return f.layer === "relation-lines" ? Number(f.state.strong) === 1 : f.properties.strong === true;
}

/** Half-sides (px) of the boxes around a point of a word in which its nearest lines are looked for, nearest first. */
export const NEAR_RADII = [3, 7, 12, 18, 26];

/** A box on screen, px from the map's top left. */
export interface ScreenBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * At how many of 3 points along the middle of line `id`'s word `label` (its ends and its middle,
 * wordAxis), placed at `at` with `anchor` at text size `px` and `angle` degrees, another line runs
 * nearer than its own (the first of NEAR_RADII's boxes around the point that `linesIn` finds a
 * line in holds others and not `id`): 0…3. `linesIn(box)`: the ids of the lines drawn in a box
 * (strong ones and `id`'s own). The word would read as that other line's.
 */
export function nearerLines(
  word: { id: string; label: string; at: ScreenPoint; anchor: WordAnchor; px: number; angle: number },
  linesIn: (box: ScreenBox) => string[],
): number {
  const { id, label, at, anchor, px, angle } = word;
  // A word past WORD_MAX_EMS is wrapped in two lines (wordLengthPx).
  const height = px * (label.length * EMS_PER_CHAR > WORD_MAX_EMS ? 2.4 : 1.2);
  const nearest = ({ x, y }: ScreenPoint) => {
    for (const r of NEAR_RADII) {
      const ids = linesIn({ left: x - r, right: x + r, top: y - r, bottom: y + r });
      if (ids.length > 0) return ids;
    }
    return [];
  };
  return wordAxis(at, anchor, px, wordLengthPx(label, px), height, angle, 3).filter((point) => {
    const ids = nearest(point);
    return ids.length > 0 && !ids.includes(id);
  }).length;
}
