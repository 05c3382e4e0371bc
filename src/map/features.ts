import type { FeatureCollection, Point } from "geojson";
import type { Place } from "../story/schema";
import { awayFrom, type Bounds, type Edge, edgeOf, MAIN_RANK } from "./framing";

/**
 * The story's places as map features, with both names so the style can switch language and the
 * edge of the opening `frame` (if given) each lies on, so its label can point inward, and the
 * direction away from the main places that crowd it, so its label can point there (see style.ts).
 * A place with `labelAt` (a sea, a region: no dot) is drawn there, where its name has room.
 * `anchors`: the label positions place_labels.ts chose for the current view (`anchor`, "" for
 * none: the style then tries the candidates itself). `current`: the ids of the current event's
 * places (`current`): their names are placed before every other label (style.ts); `priority`
 * orders the names in their layer (the current event's first, then by rank). `edges`: a place's
 * edge of the map as the camera is now (edgeOnScreen), in place of its edge of `frame`.
 * `hidden`: places drawn neither with a dot nor a name in this view (place_labels.ts), `hidden:
 * true`; `unnamed`: places drawn without their name, `unnamed: true`. `main`: a main place (rank ≤
 * MAIN_RANK) or one whose position the layout chose (a secondary city with an event's dot): its
 * name is drawn in the main names' layer, placed before the event markers' room (style.ts).
 */
export function placeFeatures(
  places: readonly Place[],
  frame?: Bounds,
  anchors: ReadonlyMap<string, string> = new Map(),
  current: ReadonlySet<string> = new Set(),
  edges?: ReadonlyMap<string, Edge>,
  hidden: ReadonlySet<string> = new Set(),
  unnamed: ReadonlySet<string> = new Set(),
): FeatureCollection<Point> {
  return {
    type: "FeatureCollection",
    features: places.map((place) => ({
      type: "Feature",
      id: place.id,
      geometry: {
        type: "Point",
        coordinates: place.labelAt ? [place.labelAt.lon, place.labelAt.lat] : [place.lon, place.lat],
      },
      properties: {
        id: place.id,
        kind: place.kind,
        rank: place.rank,
        name_de: place.name.de,
        name_en: place.name.en,
        edge: edges?.get(place.id) ?? (frame ? edgeOf(place.lon, place.lat, frame) : ""),
        away: awayFrom(place.lon, place.lat, place.id, places),
        anchor: anchors.get(place.id) ?? "",
        main: place.rank <= MAIN_RANK || anchors.has(place.id),
        current: current.has(place.id),
        priority: current.has(place.id) ? 0 : place.rank,
        hidden: hidden.has(place.id),
        unnamed: unnamed.has(place.id),
      },
    })),
  };
}
