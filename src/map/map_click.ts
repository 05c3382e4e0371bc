import type { IndexedEvent, StoryIndex } from "../time/story_index";
import { CLICKABLE_LAYERS } from "./clickable_layers";
import { type DrawnHit, hitDistance } from "./hit_distance";
import { baseLayer } from "./settled_ids";
import { EVENT_STAGE, eventStage, MOVEMENT_STAGE, movementStage, RECENT_FOR } from "./stages";

/**
 * What a click or tap on the map opens: every drawn thing leads to a card. An event marker
 * opens its own; a place with one event, that event's card; a place with several, a popup
 * listing them with their dates (each leads to its card), so a click on Baku or Moskau does not
 * move the time back to whichever event there came last (two reviews saw a teacher lose the
 * place in the story); a movement's end ✕, its last linked event's card. A movement's route or
 * head gives an `info` naming the movement (its popup has its dates and sources and leads to its events' cards), so a click on
 * an earlier visit's trace never moves the time back unasked (a review saw it jump); so does a
 * relation line (its popup lists its dated changes and leads to the event that set its state),
 * and a thing with no event. A country's fill in the chosen alliance (its status there, Armenia's
 * frozen CSTO membership) gives an `info` naming the membership, only where the click hits
 * nothing else: the fill lies under everything (a review clicked Armenia and nothing opened). Pure.
 *
 * Which hit a click means: the thing the reader sees nearest the pointer. Hits are ranked by
 * their distance (px) from the click as drawn, a receded (faint) line counting FAINT_PX further
 * away than it is, so a strong line under the pointer wins over a faint trace beside it; hits
 * within TIE_PX of the nearest are taken in drawing order (topmost first, CLICKABLE_LAYERS).
 * A word on a line (line-labels) names its line, so it opens what a click on the line opens.
 */
export type MapTarget =
  | { kind: "event"; id: string }
  | { kind: "info"; what: "movement" | "relation" | "place"; id: string }
  /** A country's fill in an alliance: `id` is its ISO 3166-1 alpha-3 code, `org` the alliance's id. */
  | { kind: "info"; what: "membership"; id: string; org: string };

export interface MapHit {
  layer: string;
  properties: Record<string, unknown>;
  /** Feature state: things not yet (or no longer) drawn are found by a query but not seen. */
  state?: Record<string, unknown>;
  id?: string | number | undefined;
  /** px from the click to the thing as drawn (0 on it); absent: measured from `drawn`, else on it (a keyboard's choice). */
  distance?: number | undefined;
  /** How the map drew it around the click (map_view.ts hitsAt). */
  drawn?: DrawnHit | undefined;
}

/** px from the click to the hit as drawn (hitDistance); 0 for a hit without a click (a keyboard's choice). */
export function distanceOf(hit: MapHit): number {
  return hit.distance ?? (hit.drawn ? hitDistance(hit.drawn) : 0);
}

/** A receded line counts this many px further from a click than it is drawn. */
export const FAINT_PX = 6;
/** Hits this close (px) to the nearest one are equally near: the topmost drawn wins. */
export const TIE_PX = 2;

/** Whether the hit is a line drawn receded (emphasis.ts): a relation or movement not strong now. */
function faint(hit: MapHit): boolean {
  switch (hit.layer) {
    case "relation-lines":
      return Number(hit.state?.strong ?? 0) !== 1;
    case "movement-trace":
    case "moving-line":
    case "moving-ahead":
      return hit.properties.strong !== true;
    default:
      return false;
  }
}

const layerRank = (layer: string) => {
  const i = CLICKABLE_LAYERS.indexOf(layer as (typeof CLICKABLE_LAYERS)[number]);
  return i < 0 ? CLICKABLE_LAYERS.length : i;
};

/**
 * The drawn hits in the order a click means them: nearest first (a faint line FAINT_PX
 * further), hits within TIE_PX of each other by drawing order. A settled chunk's copy of a
 * movement layer (settled_movements.ts) counts as that layer.
 */
export function rankHits(hits: readonly MapHit[], t: number): MapHit[] {
  const scored = hits
    .map((hit) => ({ ...hit, layer: baseLayer(hit.layer) }))
    .filter((hit) => drawn(hit, t))
    .map((hit) => ({ hit, score: distanceOf(hit) + (faint(hit) ? FAINT_PX : 0), rank: layerRank(hit.layer) }));
  // Ties are grouped from the nearest on: within TIE_PX of a group's first, drawing order decides.
  scored.sort((a, b) => a.score - b.score);
  const ordered: MapHit[] = [];
  let i = 0;
  while (i < scored.length) {
    const first = (scored[i] as (typeof scored)[number]).score;
    let j = i;
    while (j < scored.length && (scored[j] as (typeof scored)[number]).score <= first + TIE_PX) j++;
    ordered.push(
      ...scored
        .slice(i, j)
        .sort((a, b) => a.rank - b.rank)
        .map((s) => s.hit),
    );
    i = j;
  }
  return ordered;
}

/**
 * Whether the hit is visible at t: a query finds things the layers hide (future events and
 * movements, by their time and the playhead; movements that expired RECENT_FOR before t unless
 * strong, as movement_window.ts hides them; relations without a state, by feature state).
 */
function drawn(hit: MapHit, t: number): boolean {
  const { time, start, end, strong } = hit.properties;
  if (hit.layer.startsWith("movement-") && Number(end) <= t - RECENT_FOR && strong !== true) return false;
  switch (hit.layer) {
    case "event-circles":
      return eventStage(Number(time), t) > EVENT_STAGE.future;
    case "movement-trace":
    case "movement-end":
      return movementStage(Number(start), Number(end), t) === MOVEMENT_STAGE.done;
    case "movement-planned":
    case "movement-approx-end":
    case "movement-open-line":
    case "movement-open-tip":
      return movementStage(Number(start), Number(end), t) >= MOVEMENT_STAGE.moving;
    case "relation-lines":
      return typeof hit.state?.state === "string" && hit.state.state !== "";
    case "alliance-fill":
      return typeof hit.state?.status === "string" && hit.state.status !== "";
    default:
      return true;
  }
}

/** Whether a hit is a place's dot or name. */
const isPlace = (layer: string) => layer.startsWith("place-dots") || layer.startsWith("place-labels");
const idOf = (hit: MapHit) => String(hit.properties.id ?? hit.id ?? "");

export function createMapTargets(index: StoryIndex) {
  const eventsAtPlace = new Map<string, IndexedEvent[]>();
  for (const e of index.events) {
    for (const p of e.event.places) {
      const list = eventsAtPlace.get(p) ?? [];
      list.push(e);
      eventsAtPlace.set(p, list);
    }
  }
  const movementById = new Map(index.movements.map((m) => [m.movement.id, m]));
  const relationById = new Map(index.relations.map((r) => [r.relation.id, r]));

  const linked = (ids: readonly string[]) =>
    ids.flatMap((id) => index.eventById.get(id) ?? []).sort((a, b) => a.time - b.time);

  /**
   * The target of the first hit (rankHits) that leads anywhere, or undefined. `current`: the
   * current event's id (its marker opens its card, also on its city's dot).
   */
  return function targetOf(hits: readonly MapHit[], t: number, current?: string): MapTarget | undefined {
    const ranked = rankHits(hits, t);
    const placeHits = ranked.filter((hit) => isPlace(hit.layer));
    const places = new Set(placeHits.map((hit) => idOf(hit)));
    const nearestPlace = Math.min(...placeHits.map(distanceOf));
    for (const hit of ranked) {
      const id = idOf(hit);
      const event = hit.layer === "event-circles" ? index.eventById.get(id) : undefined;
      // An earlier event's marker is the pale ring around its city's dot: a click there means
      // the city, whose popup lists that event among its others, not a jump back to whichever
      // of its events was drawn last (two reviews: Baku at AZAL 8243's hit opened August 2024).
      if (event && (id === current || !event.event.places.some((p) => places.has(p)))) return { kind: "event", id };
      if (isPlace(hit.layer)) {
        const events = eventsAtPlace.get(id) ?? [];
        if (events.length === 1 && events[0]) return { kind: "event", id: events[0].event.id };
        if (id) return { kind: "info", what: "place", id };
      }
      const movement = movementById.get(id);
      // So is a receded movement's mark on a city's dot, its approximate end's ring or its
      // arrowhead at rest (the Shahed drones' on Moskau's, two reviews): the city is what the
      // reader sees there. A ✕ is a mark of its own, clicked as such (AZAL 8243's on Aktau's dot
      // at overview zooms).
      const onCity = nearestPlace <= distanceOf(hit) + TIE_PX;
      const mark = hit.layer === "movement-approx-end" || hit.layer === "moving-head";
      if (movement && mark && hit.properties.strong !== true && onCity) continue;
      if (movement && hit.layer !== "relation-lines") {
        const last = hit.layer === "movement-end" ? linked(movement.movement.events).at(-1) : undefined;
        return last ? { kind: "event", id: last.event.id } : { kind: "info", what: "movement", id };
      }
      if (relationById.has(id)) return { kind: "info", what: "relation", id };
    }
    const fill = ranked.find((hit) => hit.layer === "alliance-fill");
    const { iso3, org } = fill?.properties ?? {};
    return typeof iso3 === "string" && typeof org === "string"
      ? { kind: "info", what: "membership", id: iso3, org }
      : undefined;
  };
}

/**
 * Points at the event card a map click opened (`#event-card`), also the one already open (a
 * review clicked Aktau's ✕ at the crash and saw nothing happen): its `pointed` flash (app.css)
 * anew. Here, in the click's chunk, not on the first load.
 */
export function pointAtCard(): void {
  const card = document.getElementById("event-card");
  if (!card) return;
  card.classList.remove("pointed");
  // A layout in between restarts the animation; a call, which the build's minifier keeps (it
  // drops an unused property read: vite.config.ts `pure_getters`).
  card.getBoundingClientRect();
  card.classList.add("pointed");
}
