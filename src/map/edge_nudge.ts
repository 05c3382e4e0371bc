/**
 * The pan that brings an event's points in from the map's edge, as pure geometry: a current
 * event drawn on the map but a few px from its edge (Ankara's ring half cut at the left edge of
 * a 1280 px map, Istanbul and the event's name off it, after a step from Pjöngjang) is moved in,
 * at the same zoom, until each point is `margin` px inside, so its ring and name are seen whole.
 */

/** A point on the map, CSS px from its top left. */
export interface ScreenPoint {
  x: number;
  y: number;
}

/**
 * The shift (px) to move the map's content by so that every point of `points` lies at least
 * `margin` px inside a `width` × `height` map: positive x moves the content right (the camera
 * left). Undefined when every point is already that far inside, or when there are none. Where
 * the points span more than the map less its margins on an axis, they are centred on it, or,
 * with `onlyIfFits`, the answer is undefined.
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
  const axis = (values: number[], size: number) => {
    const low = Math.min(...values);
    const high = Math.max(...values);
    if (high - low > size - 2 * margin) {
      fits = false;
      return size / 2 - (low + high) / 2;
    }
    if (low < margin) return margin - low;
    if (high > size - margin) return size - margin - high;
    return 0;
  };
  const x = axis(
    points.map((p) => p.x),
    width,
  );
  const y = axis(
    points.map((p) => p.y),
    height,
  );
  if (onlyIfFits && !fits) return undefined;
  // Less than a px either way is not worth a camera move.
  return Math.abs(x) < 1 && Math.abs(y) < 1 ? undefined : { x, y };
}
