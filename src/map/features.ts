import type { FeatureCollection, Point } from "geojson";
import type { Place } from "../story/schema";

/** The story's places as map features, with both names so the style can switch language. */
export function placeFeatures(places: readonly Place[]): FeatureCollection<Point> {
  return {
    type: "FeatureCollection",
    features: places.map((place) => ({
      type: "Feature",
      id: place.id,
      geometry: { type: "Point", coordinates: [place.lon, place.lat] },
      properties: { id: place.id, kind: place.kind, rank: place.rank, name_de: place.name.de, name_en: place.name.en },
    })),
  };
}
