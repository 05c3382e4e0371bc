import { distanceKm } from "../story/geonames";
import type { Place, Story } from "../story/schema";
import type { IndexedEvent, StoryIndex } from "../time/story_index";
import { latitudeAt, mercatorY } from "./framing";

/**
 * What the camera shows when an event becomes current, as pure geometry: the event with its
 * context (the places of its countries, the whole way of its movements), never closer than a
 * zoom at which the map still shows a region rather than one country filling a phone.
 * map_view.ts turns the result into a MapLibre camera.
 */

/** [lon, lat], degrees. */
export type LonLat = [number, number];

export interface EventFrame {
  /** What must be on screen: the event's places and the routes of the movements it belongs to. */
  focus: LonLat[];
  /**
   * What gives it meaning, framed with the focus: the place standing for each of its actors
   * (the capital its relations are drawn from, else the country's best-ranked city in the story).
   * Empty for an event with a movement of its own: the way is its context, and Moskau behind
   * AZAL 8243's hit would shrink the flight to a few pixels again. An event that is one point
   * with its actors (Putin in Moskau, the SCO founded in Shanghai) gets its nearest story places
   * instead (see NEIGHBOURS): a locator view, not one country's fill around a dot.
   */
  context: LonLat[];
  /**
   * Countries (ISO alpha-3) whose alliance status this event changes
   * (`organizations[].memberships[].changes[].event`): the reader must see the new status on the
   * country's fill, so the camera frames the country itself when it is drawn small. Its
   * neighbourhood is then the context, not the actors' capitals far away.
   */
  countries: string[];
}

/** The least a framed view spans across its shorter side, degrees of longitude. */
export const MIN_SPAN_DEGREES = 12;

/** Web Mercator tile size MapLibre uses: the world is 512 px wide at zoom 0. */
const WORLD_PX = 512;

/**
 * The largest zoom at which a map `width`×`height` px still spans `MIN_SPAN_DEGREES` of
 * longitude across its shorter side: about 4.2 on a phone (390 px), 5.4 on a desktop map
 * (700 px). Sizes below 1 px count as 1.
 */
export function maxFrameZoom(width: number, height: number): number {
  const side = Math.max(1, Math.min(width, height));
  return Math.log2((side * 360) / (WORLD_PX * MIN_SPAN_DEGREES));
}

/**
 * A one-point event's context: its NEIGHBOURS nearest story cities within NEIGHBOUR_KM (great
 * circle), else the single nearest wherever it lies. Moskau gets St. Petersburg, Minsk and Kiew;
 * Shanghai gets Pjöngjang and Peking, not Neu-Delhi.
 */
export const NEIGHBOURS = 3;
export const NEIGHBOUR_KM = 1500;

const byIndex = new WeakMap<
  StoryIndex,
  {
    actors: Map<string, Place>;
    movements: Map<string, LonLat[]>;
    statusChanges: Map<string, string[]>;
    neighbours: Map<string, LonLat[]>;
  }
>();

/**
 * Built once per story: actor → its place, event id → the waypoints of its movements, event id →
 * the countries whose alliance status it changes.
 */
function lookups(index: StoryIndex) {
  let found = byIndex.get(index);
  if (found) return found;
  const movements = new Map<string, LonLat[]>();
  for (const m of index.movements) {
    const way = m.waypoints.map((w): LonLat => [w[0] ?? 0, w[1] ?? 0]);
    for (const id of m.movement.events) {
      const list = movements.get(id) ?? [];
      list.push(...way);
      movements.set(id, list);
    }
  }
  const statusChanges = new Map<string, string[]>();
  for (const membership of index.story.organizations.flatMap((o) => o.memberships)) {
    for (const change of membership.changes) {
      if (!change.event) continue;
      const list = statusChanges.get(change.event) ?? [];
      if (!list.includes(membership.country)) list.push(membership.country);
      statusChanges.set(change.event, list);
    }
  }
  found = { actors: actorPlaces(index.story), movements, statusChanges, neighbours: new Map() };
  byIndex.set(index, found);
  return found;
}

/**
 * The place standing for each country (ISO alpha-3): the capital its relations are drawn from
 * (`relation.between`), else its city of best rank in the story. Countries with neither have none.
 */
export function actorPlaces(story: Pick<Story, "places" | "relations">): Map<string, Place> {
  const byId = new Map(story.places.map((p) => [p.id, p]));
  const out = new Map<string, Place>();
  for (const relation of story.relations) {
    relation.countries.forEach((country, i) => {
      const place = byId.get(relation.between[i] ?? "");
      if (place && !out.has(country)) out.set(country, place);
    });
  }
  const capitals = new Set(out.keys());
  for (const place of story.places) {
    if (place.kind !== "city" || !place.country || capitals.has(place.country)) continue;
    const known = out.get(place.country);
    if (!known || place.rank < known.rank) out.set(place.country, place);
  }
  return out;
}

/** The frame of `event` (see EventFrame); context points already in the focus are left out. */
export function eventFrame(index: StoryIndex, event: IndexedEvent): EventFrame {
  const { actors, movements, statusChanges, neighbours } = lookups(index);
  const focus: LonLat[] = [
    ...event.places.map((p): LonLat => [p.lon, p.lat]),
    ...(movements.get(event.event.id) ?? []),
  ];
  const context: LonLat[] = [];
  const countries = statusChanges.get(event.event.id) ?? [];
  if (movements.has(event.event.id)) return { focus, context, countries };
  const seen = new Set(focus.map((p) => p.join()));
  for (const actor of event.event.actors) {
    const place = actors.get(actor);
    if (!place) continue;
    const point: LonLat = [place.lon, place.lat];
    if (seen.has(point.join())) continue;
    seen.add(point.join());
    context.push(point);
  }
  const [only] = [...focus, ...context];
  if (only && countries.length === 0 && seen.size === 1) {
    const key = only.join();
    let near = neighbours.get(key);
    if (!near) {
      near = nearestPlaces(
        index.story.places.filter((p) => p.kind === "city"),
        only,
      );
      neighbours.set(key, near);
    }
    context.push(...near);
  }
  return { focus, context, countries };
}

/**
 * The story places nearest `point` ([lon, lat], degrees), other than those at `point` itself:
 * up to NEIGHBOURS within NEIGHBOUR_KM, else the single nearest; nearest first, one entry per
 * position. Linear in the number of places (one pass, a short sorted list).
 */
export function nearestPlaces(places: readonly Pick<Place, "lon" | "lat">[], point: LonLat): LonLat[] {
  const [lon, lat] = point;
  const best: { km: number; at: LonLat }[] = [];
  for (const place of places) {
    if (place.lon === lon && place.lat === lat) continue;
    const km = distanceKm(lon, lat, place.lon, place.lat);
    if (best.length === NEIGHBOURS && km >= (best[NEIGHBOURS - 1]?.km ?? Infinity)) continue;
    if (best.some((b) => b.at[0] === place.lon && b.at[1] === place.lat)) continue;
    best.push({ km, at: [place.lon, place.lat] });
    best.sort((a, b) => a.km - b.km);
    best.length = Math.min(best.length, NEIGHBOURS);
  }
  const within = best.filter((b, i) => i === 0 || b.km <= NEIGHBOUR_KM);
  return within.map((b) => b.at);
}

/** The current event's margin as a share of the map's shorter side, and its bounds, px. */
const FOCUS_SHARE = 0.2;
const FOCUS_MARGIN_MIN = 36;
const FOCUS_MARGIN_MAX = 160;

/**
 * Room (px) between the current event's points and the map's edge on a `width` × `height` px
 * map: 20 % of its shorter side, 36–160 px. Wider than its context's (the actors' capitals may
 * lie near the edge): on an upright presenter map (512×666), Baku framed with Moskau was drawn
 * 33 px above the map's foot, beside the zoom buttons (a review).
 */
export function focusMargin(width: number, height: number): number {
  return Math.min(FOCUS_MARGIN_MAX, Math.max(FOCUS_MARGIN_MIN, FOCUS_SHARE * Math.min(width, height)));
}

/**
 * Four points `px` east, west, north and south of each of `points` ([lon, lat], degrees) as
 * drawn at `zoom` in Web Mercator: framed with them, the points keep `px` more room from the
 * frame's edge than the rest of it. Latitudes stay within Web Mercator's ±85.05°; longitudes
 * may pass ±180.
 */
export function marginPoints(points: readonly LonLat[], px: number, zoom: number): LonLat[] {
  if (px <= 0) return [];
  const scale = WORLD_PX * 2 ** zoom;
  const dLon = (px / scale) * 360;
  const latitude = (y: number) => Math.max(-85.05, Math.min(85.05, latitudeAt(y, scale)));
  return points.flatMap(([lon, lat]): LonLat[] => {
    const y = mercatorY(lat, scale);
    return [
      [lon + dLon, lat],
      [lon - dLon, lat],
      [lon, latitude(y - px)],
      [lon, latitude(y + px)],
    ];
  });
}
