import { anchorOffset, type WordAnchor } from "./word_anchors";

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
 * axes; the word runs through the box's middle. A fallback word whose middle another strong line
 * crosses reads as that line's word (line_label_fallback.ts). Pure.
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
