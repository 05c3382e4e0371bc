import type { Gazetteer, GazetteerEntry } from "./gazetteer";
import type { Mention } from "./mentions";

/**
 * Resolving ambiguous names by the article's other places. The context of an article is the set
 * of countries named in it (names, adjectives, capitals) and the places whose name has one
 * meaning. Of the entries a name may mean, the drafter takes the one with the best score:
 * +2 if its country is in the context, +1 if it lies within CONTEXT_KM of an unambiguous place,
 * plus log10(population)/10 so that the larger place wins a tie. The others are kept as
 * alternatives for the editor. A country named like a city abroad ("Armenia", a city in Colombia)
 * is the country unless the article names the city's country.
 */
export const CONTEXT_KM = 2000;

export interface ArticleContext {
  readonly countries: ReadonlySet<string>;
  readonly points: readonly [number, number][];
}

export function articleContext(mentions: readonly Mention[], actors: readonly string[]): ArticleContext {
  const countries = new Set(actors);
  const points: [number, number][] = [];
  for (const m of mentions) {
    if (m.entries.length !== 1) continue;
    const e = m.entries[0] as GazetteerEntry;
    if (e.country) countries.add(e.country);
    if (e.kind !== "country") points.push([e.lon, e.lat]);
  }
  return { countries, points };
}

export interface Choice {
  readonly entry: GazetteerEntry;
  readonly alternatives: readonly GazetteerEntry[];
}

export function choosePlace(mention: Mention, context: ArticleContext, sentenceActors: readonly string[]): Choice {
  if (mention.entries.length === 1) return { entry: mention.entries[0] as GazetteerEntry, alternatives: [] };
  // A country wins over a same-named city abroad ("Armenia", not Armenia in Colombia) unless the
  // article names the city's country.
  const country = mention.entries.find((e) => e.kind === "country");
  if (
    country &&
    !mention.entries.some(
      (e) =>
        e !== country &&
        e.country !== undefined &&
        e.country !== country.country &&
        (context.countries.has(e.country) || sentenceActors.includes(e.country)),
    )
  )
    return { entry: country, alternatives: mention.entries.filter((e) => e !== country).slice(0, 3) };
  const score = (e: GazetteerEntry) =>
    (e.country && (context.countries.has(e.country) || sentenceActors.includes(e.country)) ? 2 : 0) +
    (context.points.some(([lon, lat]) => distanceKm(lon, lat, e.lon, e.lat) < CONTEXT_KM) ? 1 : 0) +
    Math.log10(Math.max(1, Math.min(e.population, 1e8))) / 10;
  const ranked = [...mention.entries].sort((a, b) => score(b) - score(a));
  return { entry: ranked[0] as GazetteerEntry, alternatives: ranked.slice(1, 4) };
}

/** Great-circle distance in km (haversine, mean Earth radius 6371 km). */
export function distanceKm(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** The capital of a country actor as the place of a sentence that names no place. */
export function capitalOf(code: string, gazetteer: Gazetteer): GazetteerEntry | undefined {
  return gazetteer.capitals.get(code) ?? gazetteer.countries.get(code);
}
