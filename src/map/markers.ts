import type { FeatureCollection, Point } from "geojson";
import { MOVEMENT_STAGE } from "./stages";

/**
 * The markers a place's name must leave free (issue 11): each event dot, the current event's
 * ring and each end ✕ or ring drawn at t, as a point and the radius of the square it takes on
 * screen. place_labels.ts lays the main names out clear of them; the style's `marker-clearance`
 * layer (story_layers.ts) keeps the other names off them. Pure.
 */
export interface Marker {
  lon: number;
  lat: number;
  /** Half the side of the marker's box at theme scale 1, px (circle radius plus its ring). */
  r: number;
}

/** Radii at theme scale 1, px, from the layers in story_layers.ts (circle radius + stroke width). */
export const MARKER_PX = {
  /** `event-circles`, the current event: 9 px and a 2.5 px ring. */
  current: 11.5,
  /** `event-circles`, any other event drawn: 5.5 px and a 1.2 px ring. */
  past: 6.7,
  /** `movement-approx-end`: a 9 px ring 2 px wide. */
  approxEnd: 11,
  /** `movement-end`: the ✕ icon, 48 px at icon-size 0.55, half its side. */
  end: 13.2,
} as const;

/**
 * The markers of the `events` source's data (event_window.ts: `current` on the current event's)
 * and of the `movement-ends` data (movement_window.ts: `role` end, drawn once its `stage` is
 * done, or approx-end, drawn once moving). Work is linear in the features.
 */
export function markersOf(events: FeatureCollection<Point>, ends?: FeatureCollection): Marker[] {
  const markers: Marker[] = [];
  for (const f of events.features) {
    const [lon = 0, lat = 0] = f.geometry.coordinates;
    markers.push({ lon, lat, r: f.properties?.current === true ? MARKER_PX.current : MARKER_PX.past });
  }
  for (const f of ends?.features ?? []) {
    if (f.geometry.type !== "Point") continue;
    const [lon = 0, lat = 0] = f.geometry.coordinates;
    const role = f.properties?.role;
    const stage = Number(f.properties?.stage ?? MOVEMENT_STAGE.future);
    if (role === "end" && stage === MOVEMENT_STAGE.done) markers.push({ lon, lat, r: MARKER_PX.end });
    else if (role === "approx-end" && stage >= MOVEMENT_STAGE.moving)
      markers.push({ lon, lat, r: MARKER_PX.approxEnd });
  }
  return markers;
}
