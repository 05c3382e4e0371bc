import type { FeatureCollection, Point } from "geojson";
import type { Place } from "../story/schema";
import { type Bounds, crowdedSide, edgeOf } from "./framing";

/**
 * The story's places as map features, with both names so the style can switch language and the
 * edge of the opening `frame` (if given) each lies on, so its label can point inward, and the side
 * its nearest main place crowds, so its label can point away (see style.ts).
 */
export function placeFeatures(places: readonly Place[], frame?: Bounds): FeatureCollection<Point> {
  return {
    type: "FeatureCollection",
    features: places.map((place) => ({
      type: "Feature",
      id: place.id,
      geometry: { type: "Point", coordinates: [place.lon, place.lat] },
      properties: {
        id: place.id,
        kind: place.kind,
        rank: place.rank,
        name_de: place.name.de,
        name_en: place.name.en,
        edge: frame ? edgeOf(place.lon, place.lat, frame) : "",
        crowded: crowdedSide(place.lon, place.lat, place.id, places),
      },
    })),
  };
}
