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
 * stacked markers, 1 when absent) drawn within `px` (CSS px, a square) of `center` ([lon, lat],
 * degrees), each placed on screen by `project` ([lon, lat] → px). The current event's own marker
 * counts too. `pxPerDegree`: px per degree of longitude at the map's zoom (512 · 2^zoom / 360 in
 * Web Mercator, unpitched): latitude is drawn at least as large, so a marker farther than
 * px / pxPerDegree in either is skipped without projecting it (a step at 100 000 events keeps
 * thousands of markers). Cost: O(markers), projecting only the near ones.
 */
export function markersAround(
  center: [number, number],
  markers: FeatureCollection,
  project: (lonLat: [number, number]) => ScreenPoint,
  px: number,
  pxPerDegree: number,
): number {
  const at = project(center);
  const reach = pxPerDegree > 0 ? px / pxPerDegree : Number.POSITIVE_INFINITY;
  let n = 0;
  for (const f of markers.features) {
    if (f.geometry?.type !== "Point") continue;
    const [lon = 0, lat = 0] = f.geometry.coordinates;
    // The short way round: a marker across 180° is as near as its world copy.
    const dLon = lon - center[0] - Math.round((lon - center[0]) / 360) * 360;
    if (Math.abs(lat - center[1]) > reach || Math.abs(dLon) > reach) continue;
    const drawn = project([center[0] + dLon, lat]);
    if (Math.abs(drawn.x - at.x) > px || Math.abs(drawn.y - at.y) > px) continue;
    n += Math.max(1, Number(f.properties?.count) || 1);
  }
  return n;
}
