/**
 * The pan that brings an event's points in from the map's edge, as pure geometry: a current
 * event drawn on the map but a few px from its edge (Ankara's ring half cut at the left edge of
 * a 1280 px map, Istanbul and the event's name off it, after a step from Pjöngjang) is moved in,
 * at the same zoom, until each point is `margin` px inside, so its ring and name are seen whole.
 */

/** A point on the map, CSS px from its top left; `margin` (px) overrides the call's own. */
export interface ScreenPoint {
  x: number;
  y: number;
  margin?: number;
}

/**
 * The shift (px) to move the map's content by so that every point of `points` lies at least its
 * margin (its own `margin`, else `margin`) inside a `width` × `height` map: positive x moves the
 * content right (the camera left). The current event's points take a wider margin than its
 * context, so the event is not drawn on the map's edge while its actors' capitals may be near it.
 * Undefined when every point is already that far inside, or when there are none. Where the
 * points do not fit their margins on an axis, their extent is centred on it, or, with
 * `onlyIfFits`, the answer is undefined.
 */
export function edgeNudge(
  points: readonly ScreenPoint[],
  width: number,
  height: number,
  margin: number,
  onlyIfFits = false,
): ScreenPoint | undefined {
  if (points.length === 0) return undefined;
  let fits = true;
  const axis = (values: readonly { at: number; margin: number }[], size: number) => {
    // The shifts s that keep each point inside: margin ≤ at + s ≤ size − margin.
    const low = Math.max(...values.map((v) => v.margin - v.at));
    const high = Math.min(...values.map((v) => size - v.margin - v.at));
    if (low > high) {
      fits = false;
      const first = Math.min(...values.map((v) => v.at));
      const last = Math.max(...values.map((v) => v.at));
      return size / 2 - (first + last) / 2;
    }
    return Math.min(Math.max(0, low), high);
  };
  const x = axis(
    points.map((p) => ({ at: p.x, margin: p.margin ?? margin })),
    width,
  );
  const y = axis(
    points.map((p) => ({ at: p.y, margin: p.margin ?? margin })),
    height,
  );
  if (onlyIfFits && !fits) return undefined;
  // Less than a px either way is not worth a camera move.
  return Math.abs(x) < 1 && Math.abs(y) < 1 ? undefined : { x, y };
}
