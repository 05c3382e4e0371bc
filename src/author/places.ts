import type { Gazetteer, GazetteerEntry } from "../draft/gazetteer";
import type { Review } from "../story/schema";
import { editEvent, placeOfEntry, type Work } from "./work";

/**
 * The editor's place operations on a candidate, pure: set or add a gazetteer place (found by
 * search, by a click on the preview map, or among the stored alternatives of an ambiguous
 * name), and remove one. An event keeps at least one place: story:check requires it.
 */
export type PlaceMode = "replace" | "add";
type Alternative = NonNullable<Review["alternatives"]>[number];

/** Every gazetteer entry once, by its key (the story's place id). Linear in the gazetteer, once per gazetteer. */
export function entriesByKey(gazetteer: Gazetteer): ReadonlyMap<string, GazetteerEntry> {
  let map = byKeyCache.get(gazetteer);
  if (!map) {
    map = new Map();
    for (const list of gazetteer.byName.values()) for (const e of list) if (!map.has(e.key)) map.set(e.key, e);
    byKeyCache.set(gazetteer, map);
  }
  return map;
}
const byKeyCache = new WeakMap<Gazetteer, Map<string, GazetteerEntry>>();

/**
 * The gazetteer place (city or sea, not a whole country) nearest to [lon, lat] in degrees, by
 * distance on the sphere (equirectangular approximation, exact enough to pick among cities),
 * across the antimeridian. Undefined for an empty gazetteer. Linear in the gazetteer's size.
 */
export function nearestEntry(gazetteer: Gazetteer, lon: number, lat: number): GazetteerEntry | undefined {
  let best: GazetteerEntry | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  const toRad = Math.PI / 180;
  for (const e of entriesByKey(gazetteer).values()) {
    if (e.kind === "country") continue;
    let dLon = Math.abs(e.lon - lon) % 360;
    if (dLon > 180) dLon = 360 - dLon;
    const x = dLon * Math.cos(((e.lat + lat) / 2) * toRad);
    const y = e.lat - lat;
    const distance = x * x + y * y;
    if (distance < bestDistance) {
      bestDistance = distance;
      best = e;
    }
  }
  return best;
}

/**
 * Candidate `id` with the gazetteer place `entry`: "replace" makes it the first (main) place,
 * keeping the others; "add" appends it as a further place. The place joins `extraPlaces` when
 * the draft does not have it.
 */
export function withPlace(work: Work, id: string, entry: GazetteerEntry, mode: PlaceMode): Work {
  const place = placeOfEntry(entry);
  const event = work.candidates.find((c) => c.event.id === id)?.event;
  if (!event) return work;
  const known = work.draft?.places.some((p) => p.id === place.id) ?? false;
  const next = known ? work : { ...work, extraPlaces: [...work.extraPlaces.filter((p) => p.id !== place.id), place] };
  const places =
    mode === "add"
      ? event.places.includes(place.id)
        ? event.places
        : [...event.places, place.id]
      : [place.id, ...event.places.slice(1).filter((p) => p !== place.id)];
  return editEvent(next, id, { places });
}

/** Candidate `id` without place `placeId`, unless it is the only one. */
export function withoutPlace(work: Work, id: string, placeId: string): Work {
  const event = work.candidates.find((c) => c.event.id === id)?.event;
  if (!event || event.places.length < 2) return work;
  return editEvent(work, id, { places: event.places.filter((p) => p !== placeId) });
}

/**
 * Candidate `id` with its review's alternatives replaced by `entries` (e.g. the other results
 * of the editor's search for a name), so the editor can still choose among them. Entries of
 * the same name and country are told apart by their coordinates (alternativeLabels).
 */
export function withAlternatives(work: Work, id: string, entries: readonly GazetteerEntry[]): Work {
  const event = work.candidates.find((c) => c.event.id === id)?.event;
  if (!event?.review) return work;
  const labels = alternativeLabels(entries);
  const alternatives = entries.map((e, i) => ({ ...alternativeOf(e), label: labels[i] ?? alternativeOf(e).label }));
  const { alternatives: _old, ...review } = event.review;
  return editEvent(work, id, { review: alternatives.length ? { ...review, alternatives } : review });
}

/**
 * The labels of `entries` as alternatives: "Springfield, USA"; where two or more share that
 * label, each with its coordinates in degrees and, for a city, its population:
 * "Springfield, USA (39.80° N, 89.64° W; 116,250)".
 */
export function alternativeLabels(entries: readonly GazetteerEntry[]): string[] {
  const base = entries.map((e) => alternativeOf(e).label);
  return entries.map((e, i) => {
    const label = base[i] ?? e.en;
    if (base.filter((b) => b === label).length < 2) return label;
    const lat = `${Math.abs(e.lat).toFixed(2)}° ${e.lat >= 0 ? "N" : "S"}`;
    const lon = `${Math.abs(e.lon).toFixed(2)}° ${e.lon >= 0 ? "E" : "W"}`;
    const people = e.population > 0 ? `; ${e.population.toLocaleString("en")}` : "";
    return `${label} (${lat}, ${lon}${people})`;
  });
}

export function alternativeOf(a: GazetteerEntry): Alternative {
  return {
    place: a.key,
    label: `${a.en}${a.country && a.kind !== "country" ? `, ${a.country}` : ""}`,
    ...(a.geonamesId ? { geonamesId: a.geonamesId } : {}),
    lon: a.lon,
    lat: a.lat,
  };
}

/**
 * Candidate `id` after the editor chose the alternative `chosen` as its main place instead of
 * `previous` (the entry of the place it had): the alternatives offer `previous` in place of
 * `chosen`, so the editor can go back.
 */
export function swapAlternative(work: Work, id: string, chosen: string, previous: GazetteerEntry | undefined): Work {
  const event = work.candidates.find((c) => c.event.id === id)?.event;
  if (!event?.review?.alternatives || !previous || previous.key === chosen) return work;
  const back = alternativeOf(previous);
  const alternatives = event.review.alternatives.map((a) => (a.place === chosen ? back : a));
  if (!alternatives.some((a) => a.place === previous.key)) alternatives.push(back);
  return editEvent(work, id, { review: { ...event.review, alternatives } });
}
