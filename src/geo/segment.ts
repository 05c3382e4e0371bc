/**
 * Distance to a segment in a plane: screen px for clicks (map/hit_distance.ts), or degrees
 * scaled to the map's aspect for words along lines (map/line_labels.ts). Its own module so the
 * first load carries this and not the click's measures (issue 16: the first load's weight).
 */
export interface PlanePoint {
  x: number;
  y: number;
}

/** Distance from p to the segment a–b, in the points' unit; a zero-length segment is its point. */
export function distanceToSegment(p: PlanePoint, a: PlanePoint, b: PlanePoint): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length2 = dx * dx + dy * dy;
  const k = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / length2));
  return Math.hypot(p.x - a.x - k * dx, p.y - a.y - k * dy);
}
