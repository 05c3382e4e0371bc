import type { Box } from "./framing";

/**
 * Revealing the current event under a reader's own camera: when an overlay opens over it (the
 * legend), the map pans the least distance that brings it out, at the reader's zoom, the way a
 * map app pans a selected pin out from under a panel it opens. Pure screen geometry.
 */

/** Overlays beyond this many intersecting one part are not cut further (4^n parts). */
const CUT_LIMIT = 6;

// framing.ts has the same test and cuts: shared, they cost the first load about 30 B gz of its
// last 40 (an export and a module), so this lazy chunk keeps its own few lines.
const intersects = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** The parts of `rect` clear of every overlay, each cut off by one side of each overlay it meets. */
function clearParts(rect: Box, overlays: readonly Box[], depth = 0): Box[] {
  const hit = overlays.find((o) => intersects(o, rect));
  if (!hit) return [rect];
  if (depth >= CUT_LIMIT) return [];
  const others = overlays.filter((o) => o !== hit);
  return [
    { ...rect, left: Math.max(rect.left, hit.right) },
    { ...rect, right: Math.min(rect.right, hit.left) },
    { ...rect, top: Math.max(rect.top, hit.bottom) },
    { ...rect, bottom: Math.min(rect.bottom, hit.top) },
  ]
    .filter((c) => c.right > c.left && c.bottom > c.top)
    .flatMap((c) => clearParts(c, others, depth + 1));
}

/** The least move that puts [lo, hi] inside [min, max]: 0 if it is, undefined if it is longer. */
function shiftInto(lo: number, hi: number, min: number, max: number): number | undefined {
  if (hi - lo > max - min) return undefined;
  if (lo < min) return min - lo;
  if (hi > max) return max - hi;
  return 0;
}

/**
 * The least pan, [dx, dy] in px (the points move by it on screen), that puts every one of
 * `points` ([x, y] px, in the same coordinates as the boxes) at least `margin` px inside one part
 * of `map` that none of `overlays` (controls, an open legend) covers. [0, 0] when they already
 * lie so; undefined when no clear part holds them all at this zoom (the caller zooms out).
 */
export function revealShift(
  points: readonly [number, number][],
  map: Box,
  overlays: readonly Box[],
  margin: number,
): [number, number] | undefined {
  if (points.length === 0) return [0, 0];
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const [left, right, top, bottom] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  let best: [number, number] | undefined;
  for (const part of clearParts(map, overlays)) {
    const dx = shiftInto(left, right, part.left + margin, part.right - margin);
    const dy = shiftInto(top, bottom, part.top + margin, part.bottom - margin);
    if (dx === undefined || dy === undefined) continue;
    if (!best || Math.hypot(dx, dy) < Math.hypot(best[0], best[1])) best = [dx, dy];
  }
  return best;
}

/**
 * The screen point (px, the map's coordinates) that, made the map's centre at its zoom, reveals
 * `points` ([lon, lat], degrees) by revealShift inside `map` clear of `overlays` (viewport px,
 * `map` the map's box there); undefined when no clear part holds them. `project` gives a
 * point's px from the map's top left; each point is taken at its world copy nearest `center`
 * (a view across the antimeridian). Loaded when first needed (map_view.ts): a legend opened, a
 * place picked from the list.
 */
export function revealCenter(
  points: readonly [number, number][],
  project: (lonLat: [number, number]) => { x: number; y: number },
  center: { x: number; y: number },
  map: Box,
  overlays: readonly Box[],
  margin: number,
): { x: number; y: number } | undefined {
  const onScreen = points.map(([lon, lat]): [number, number] => {
    const copies = [0, 360, -360].map((shift) => project([lon + shift, lat]));
    const near = copies.reduce((a, b) => (Math.abs(b.x - center.x) < Math.abs(a.x - center.x) ? b : a));
    return [near.x + map.left, near.y + map.top];
  });
  const shift = revealShift(onScreen, map, overlays, margin);
  return shift && { x: center.x - shift[0], y: center.y - shift[1] };
}
