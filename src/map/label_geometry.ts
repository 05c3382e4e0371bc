import { distanceToSegment } from "../geo/segment";
import type { Box } from "./framing";

/** Box and segment geometry of label placement (label_layout.ts, label_search.ts), px. */

/** A dot the labels must leave visible: centre and radius, px; `id` of its place (its own label may touch it). */
export interface Dot {
  id: string;
  x: number;
  y: number;
  r: number;
  /**
   * A ring's core, px: drawn under the names, a ring (the current event's) may be crossed by the
   * name and leader line of a place whose own dot lies inside it, all but its core (Istanbul's
   * dot inside Ankara's ring in a 480 px embed: every position was on the ring).
   */
  core?: number;
}

/** A callout's leader line, px: from the dot to where the name is anchored (place_labels.ts draws it). */
export interface Segment {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Distance, px, from the point to the segment (geo/segment.ts distanceToSegment). */
export const toSegment = (px: number, py: number, s: Segment): number =>
  distanceToSegment({ x: px, y: py }, { x: s.x0, y: s.y0 }, { x: s.x1, y: s.y1 });

/** Whether the segment crosses the box (its points 2 px apart or closer: no name is lower). */
export function crosses(s: Segment, box: Box): boolean {
  const steps = Math.max(Math.ceil(Math.hypot(s.x1 - s.x0, s.y1 - s.y0) / 2), 1);
  for (let i = 0; i <= steps; i++) {
    const x = s.x0 + ((s.x1 - s.x0) * i) / steps;
    const y = s.y0 + ((s.y1 - s.y0) * i) / steps;
    if (x > box.left && x < box.right && y > box.top && y < box.bottom) return true;
  }
  return false;
}

/** Distance, px, from the point to the box (0 inside it). */
export const toBox = (box: Box, x: number, y: number): number =>
  Math.hypot(Math.max(box.left - x, 0, x - box.right), Math.max(box.top - y, 0, y - box.bottom));
export const meets = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
export const inside = (a: Box, area: Box) =>
  a.left >= area.left && a.right <= area.right && a.top >= area.top && a.bottom <= area.bottom;
/** Whether the round dot `d`, grown by `spare` px, and the box meet (the box's nearest point lies within the radius). */
export const covers = (box: Box, d: Dot, spare = 0): boolean => {
  const dx = Math.max(box.left - d.x, 0, d.x - box.right);
  const dy = Math.max(box.top - d.y, 0, d.y - box.bottom);
  const r = d.r + spare;
  return r > 0 && dx * dx + dy * dy < r * r;
};

/** The smallest box holding every box of `boxes` (an empty box for none). */
export function union(boxes: readonly Box[]): Box {
  const box = { left: Infinity, top: Infinity, right: -Infinity, bottom: -Infinity };
  for (const b of boxes) {
    box.left = Math.min(box.left, b.left);
    box.top = Math.min(box.top, b.top);
    box.right = Math.max(box.right, b.right);
    box.bottom = Math.max(box.bottom, b.bottom);
  }
  return box;
}

/** `box` grown by `px` on every side. */
export const grow = (box: Box, px: number): Box => ({
  left: box.left - px,
  top: box.top - px,
  right: box.right + px,
  bottom: box.bottom + px,
});

/**
 * Calls `visit(i, j)` once for each pair of `boxes` that meet (i before j along x), by a sweep
 * along x over their left edges: about n log n for sparse boxes, not n².
 */
export function forEachMeetingPair(boxes: readonly Box[], visit: (i: number, j: number) => void): void {
  const order = boxes.map((_, i) => i).sort((a, b) => (boxes[a]?.left ?? 0) - (boxes[b]?.left ?? 0) || 0);
  order.forEach((i, k) => {
    const a = boxes[i] as Box;
    for (let m = k + 1; m < order.length; m++) {
      const j = order[m] as number;
      const b = boxes[j] as Box;
      if (b.left >= a.right) break;
      if (meets(a, b)) visit(i, j);
    }
  });
}
