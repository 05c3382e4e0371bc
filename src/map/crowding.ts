import type { FeatureCollection } from "geojson";

/**
 * Whether the current event is lost among other markers, judged from the markers the map was
 * given for t (event_window.ts), not from what it has drawn so far: the camera decides in the
 * same update that sends the markers, before the map has drawn them (a deep link's first frame
 * has drawn none), so a count of the rendered markers saw a dense cluster as empty (issue 14
 * item 3: `#event=aliyev-address-to-nation` stayed at the overview among eight Baku markers).
 */

/** A point on screen, CSS px from the map's top left. */
export interface ScreenPoint {
  x: number;
  y: number;
}

/**
 * The number of markers of `markers` (the events source: points, each standing for `count`
 * stacked markers, 1 when absent) drawn within `px` (CSS px, a square) of `center`, each placed on
 * screen by `project` ([lon, lat] degrees → px). The current event's own marker counts too.
 * Cost: O(markers).
 */
export function markersAround(
  center: ScreenPoint,
  markers: FeatureCollection,
  project: (lonLat: [number, number]) => ScreenPoint,
  px: number,
): number {
  let n = 0;
  for (const f of markers.features) {
    if (f.geometry?.type !== "Point") continue;
    const [lon = 0, lat = 0] = f.geometry.coordinates;
    const at = project([lon, lat]);
    if (Math.abs(at.x - center.x) > px || Math.abs(at.y - center.y) > px) continue;
    n += Math.max(1, Number(f.properties?.count) || 1);
  }
  return n;
}
