import type { IndexedEvent, StoryIndex } from "../time/story_index";
import { baseLayer } from "./settled_movements";
import { EVENT_STAGE, eventStage, MOVEMENT_STAGE, movementStage } from "./stages";

/**
 * What a click or tap on the map opens: every drawn thing leads to a card. An event marker
 * opens its own; a place, the event there nearest before t (else the first after); a movement
 * (its route, head or end ✕), its linked event nearest before t (the ✕: its last one). A
 * relation line gives an `info` naming it (its popup lists its dated changes and leads to the
 * event that set its state), as does a thing with no event. Pure; the layer order of `hits` is the priority (topmost first).
 */
export type MapTarget =
  | { kind: "event"; id: string }
  | { kind: "info"; what: "movement" | "relation" | "place"; id: string };

export interface MapHit {
  layer: string;
  properties: Record<string, unknown>;
  /** Feature state: things not yet (or no longer) drawn are found by a query but not seen. */
  state?: Record<string, unknown>;
  id?: string | number | undefined;
}

/**
 * Whether the hit is visible at t: a query finds things the layers hide (future events and
 * movements, by their time and the playhead; relations without a state, by feature state).
 */
function drawn(hit: MapHit, t: number): boolean {
  const { time, start, end } = hit.properties;
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
    default:
      return true;
  }
}

/** The layers a click can hit, topmost first. */
export const CLICKABLE_LAYERS = [
  "event-circles",
  "movement-end",
  "movement-approx-end",
  "movement-open-tip",
  "moving-head",
  "place-dots",
  "place-labels",
  "line-labels",
  "line-label-points",
  "line-label-forced",
  "moving-line",
  "movement-trace",
  "movement-planned",
  "movement-open-line",
  "relation-lines",
] as const;

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

  const nearest = (events: readonly IndexedEvent[], t: number): IndexedEvent | undefined =>
    events.filter((e) => e.time <= t).at(-1) ?? events[0];

  const linked = (ids: readonly string[]) =>
    ids.flatMap((id) => index.eventById.get(id) ?? []).sort((a, b) => a.time - b.time);

  /** The target of the topmost hit that leads anywhere, or undefined. */
  return function targetOf(hits: readonly MapHit[], t: number): MapTarget | undefined {
    // A settled chunk's copy of a movement layer (settled_movements.ts) counts as that layer.
    const ordered = hits
      .map((hit) => ({ ...hit, layer: baseLayer(hit.layer) }))
      .filter((hit) => drawn(hit, t))
      .sort(
        (a, b) =>
          CLICKABLE_LAYERS.indexOf(a.layer as (typeof CLICKABLE_LAYERS)[number]) -
          CLICKABLE_LAYERS.indexOf(b.layer as (typeof CLICKABLE_LAYERS)[number]),
      );
    for (const hit of ordered) {
      const id = String(hit.properties.id ?? hit.id ?? "");
      if (hit.layer === "event-circles" && index.eventById.has(id)) return { kind: "event", id };
      if (hit.layer === "place-dots" || hit.layer === "place-labels") {
        const event = nearest(eventsAtPlace.get(id) ?? [], t);
        if (event) return { kind: "event", id: event.event.id };
        if (id) return { kind: "info", what: "place", id };
      }
      const movement = movementById.get(id);
      if (movement && hit.layer !== "relation-lines") {
        const events = linked(movement.movement.events);
        const event = hit.layer === "movement-end" ? events.at(-1) : nearest(events, t);
        return event ? { kind: "event", id: event.event.id } : { kind: "info", what: "movement", id };
      }
      if (relationById.has(id)) return { kind: "info", what: "relation", id };
    }
    return undefined;
  };
}
