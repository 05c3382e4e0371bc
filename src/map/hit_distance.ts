/**
 * How far a click is from a thing drawn on the map, in screen px: the measure by which a click
 * picks the thing the reader meant (map_click.ts ranks by it). Pure geometry on screen points
 * ({x, y}, CSS px from the map's top left). Loaded with the click's chunk (map_click.ts).
 */
import { distanceToSegment, type PlanePoint } from "../geo/segment";

/** CSS px from the map's top left. */
export type ScreenPoint = PlanePoint;

/** A drawn dot covers about this radius (px): a click inside it is on the dot (distance 0). */
export const DOT_RADIUS_PX = 6;

/**
 * Distance (px) from p to the nearest of `pieces` (each a polyline of screen points, as a line
 * is cut into tile pieces); a one-point piece counts as its point. Infinity for no points.
 * Work: linear in the number of points.
 */
export function distanceToLines(p: ScreenPoint, pieces: readonly (readonly ScreenPoint[])[]): number {
  let best = Number.POSITIVE_INFINITY;
  for (const piece of pieces) {
    if (piece.length === 1)
      best = Math.min(best, Math.hypot(p.x - (piece[0] as ScreenPoint).x, p.y - (piece[0] as ScreenPoint).y));
    for (let i = 1; i < piece.length; i++) {
      best = Math.min(best, distanceToSegment(p, piece[i - 1] as ScreenPoint, piece[i] as ScreenPoint));
    }
  }
  return best;
}

/**
 * A polyline drawn `px` to the right of its direction (MapLibre's `line-offset`; negative: left),
 * each point moved along the mean normal of its segments. 0 returns the points unchanged.
 */
export function offsetLine(points: readonly ScreenPoint[], px: number): ScreenPoint[] {
  if (px === 0 || points.length < 2) return [...points];
  const normal = (a: ScreenPoint, b: ScreenPoint) => {
    const length = Math.hypot(b.x - a.x, b.y - a.y) || 1;
    // Screen y grows downwards: the right of a direction (dx, dy) is (−dy, dx).
    return { x: -(b.y - a.y) / length, y: (b.x - a.x) / length };
  };
  return points.map((p, i) => {
    const before = i > 0 ? normal(points[i - 1] as ScreenPoint, p) : undefined;
    const after = i < points.length - 1 ? normal(p, points[i + 1] as ScreenPoint) : undefined;
    const n = before && after ? { x: (before.x + after.x) / 2, y: (before.y + after.y) / 2 } : (before ?? after);
    const length = Math.hypot(n?.x ?? 0, n?.y ?? 0) || 1;
    return { x: p.x + ((n?.x ?? 0) / length) * px, y: p.y + ((n?.y ?? 0) / length) * px };
  });
}

/** Distance (px) from p to the edge of a dot drawn at `centre` (0 inside it). */
export function distanceToDot(p: ScreenPoint, centre: ScreenPoint): number {
  return Math.max(0, Math.hypot(p.x - centre.x, p.y - centre.y) - DOT_RADIUS_PX);
}

/**
 * Distance (px) from a click to a line as drawn, given its distance `centre` (px) from the
 * line's centre (distanceToLines), its `width` (MapLibre `line-width`, px) and `gap`
 * (`line-gap-width`, px: a double line, two strokes of `width` either side of a gap, which
 * reads as one band). 0 anywhere on the band. A wide strong line is thus as near as it looks: a
 * click on its edge is on it, not `width / 2` beside it.
 */
export function distanceToStroke(centre: number, width: number, gap = 0): number {
  const half = gap > 0 ? gap / 2 + width : width / 2;
  return Math.max(0, centre - Math.max(0, half));
}

/**
 * A hit of a click as the map drew it, in screen px from the map's top left (map_view.ts
 * hitsAt): a word or name (`under`: its box is under the click; else `near` px away, the query's
 * reach), a dot (its centre) or a line (its pieces, MapLibre's `line-offset`, `line-width` and
 * `line-gap-width` as evaluated for it).
 */
export type DrawnHit =
  | { kind: "word"; click: ScreenPoint; under: boolean; near: number }
  | { kind: "dot"; click: ScreenPoint; at: ScreenPoint }
  | { kind: "line"; click: ScreenPoint; pieces: ScreenPoint[][]; offset: number; width: number; gap: number };

/**
 * Distance (px) from the click to the hit as drawn: 0 on it (a word under the click, inside a
 * dot, on a line's band), else from its edge (distanceToDot, distanceToStroke).
 */
export function hitDistance(hit: DrawnHit): number {
  switch (hit.kind) {
    case "word":
      return hit.under ? 0 : hit.near;
    case "dot":
      return distanceToDot(hit.click, hit.at);
    case "line":
      return distanceToStroke(
        distanceToLines(
          hit.click,
          hit.pieces.map((piece) => offsetLine(piece, hit.offset)),
        ),
        hit.width,
        hit.gap,
      );
  }
}
