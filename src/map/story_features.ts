import type { Feature, FeatureCollection, LineString, Point, Position } from "geojson";
import { t } from "../i18n/t";
import { distanceKm, WAYPOINT_MATCH_KM } from "../time/keyframes";
import { bearingAt, greatCirclePath, pointAt } from "../time/paths";
import type { MovingAt } from "../time/snapshot";
import type { IndexedEvent, StoryIndex } from "../time/story_index";
import { queueArrivals } from "./arrow_queue";
import { bowedLine } from "./bowed_line";
import { besideOffset, snapZoom } from "./end_snap";
import { splitRoute } from "./movement_route";
import { openEnd } from "./open_ends";

/**
 * The movements as map sources. Static ones are built once per story, in time order, with each
 * thing's time, from which the layers compute its stage at the playhead (stages.ts). Only what
 * is in motion (movingFeatures) is rebuilt per frame, and it is small. The event markers are a
 * small source per t (event_window.ts).
 */

/** Features per movement in the movements source (movementFeatureIds). */
export const MOVEMENT_FEATURE_IDS = 5;

/**
 * Feature ids of movement i in the movements source: its route, its end point if drawn, the
 * stub and label of an end the articles do not name (open_ends.ts) if it has one, and its end
 * drawn beside its last event's ring (end_snap.ts) if it has one.
 */
export function movementFeatureIds(i: number): [number, number, number, number, number] {
  const first = MOVEMENT_FEATURE_IDS * i;
  return [first, first + 1, first + 2, first + 3, first + 4];
}

export function movementFeatures(index: StoryIndex): FeatureCollection<LineString | Point> {
  const features: Feature<LineString | Point>[] = [];
  index.movements.forEach((m, i) => {
    const [routeId, endId, stubId, tipId, besideId] = movementFeatureIds(i);
    const properties = { id: m.movement.id, kind: m.movement.kind, start: m.start, end: m.end };
    features.push({
      type: "Feature",
      id: routeId,
      geometry: { type: "LineString", coordinates: [...m.path.coords] },
      properties,
    });
    const last = m.movement.waypoints.at(-1);
    const end = m.waypoints.at(-1);
    const unknown = m.movement.unknown;
    if (unknown && m.path.length > 0) {
      // The articles do not say where it went (or came from): a dashed stub, not an end.
      const open = openEnd(m.path, unknown);
      const key = unknown === "destination" ? "openDestination" : "openOrigin";
      features.push(
        {
          type: "Feature",
          id: stubId,
          geometry: { type: "LineString", coordinates: open.line },
          properties: { ...properties, role: "open-line" },
        },
        {
          type: "Feature",
          id: tipId,
          geometry: { type: "Point", coordinates: open.tip },
          properties: {
            ...properties,
            role: "open-tip",
            arrow: unknown === "destination",
            bearing: open.bearing,
            name_de: t("de", key),
            name_en: t("en", key),
          },
        },
      );
    }
    if (unknown === "destination") {
      // Its last waypoint is only where it was last known to be: no arrival, no crash ✕.
    } else if (m.movement.kind !== "flight" && end && m.approximate.at(-1)) {
      // Where it went is known only roughly ("Moscow stands in for Russia"): the end is drawn
      // as an open ring, not as the place itself.
      features.push({
        type: "Feature",
        id: endId,
        geometry: { type: "Point", coordinates: end },
        properties: { ...properties, role: "approx-end" },
      });
    } else if (m.movement.kind === "flight" && end && last) {
      const label = "label" in last && last.label ? last.label : undefined;
      // Near the place of the event it ends with (a crash "near Aktau"), the ✕ is drawn just
      // beside that event's ring below the zoom where the two lie apart (end_snap.ts).
      const place = nearestPlace(end, index.eventById.get(m.movement.events.at(-1) ?? "")?.places ?? []);
      const snap = place ? snapZoom(end, place) : 0;
      features.push({
        type: "Feature",
        id: endId,
        geometry: { type: "Point", coordinates: end },
        properties: { ...properties, role: "end", snapZoom: snap, name_de: label?.de ?? "", name_en: label?.en ?? "" },
      });
      if (place && snap > 0) {
        features.push({
          type: "Feature",
          id: besideId,
          geometry: { type: "Point", coordinates: place },
          properties: {
            ...properties,
            role: "end-beside",
            snapZoom: snap,
            offset: besideOffset(end, place, m.path.coords.at(-2)),
          },
        });
      }
    }
  });
  return { type: "FeatureCollection", features };
}

/** Of `places`, the one nearest to `position` ([lon, lat], degrees), as [lon, lat]; undefined if none. */
function nearestPlace(position: Position, places: readonly { lon: number; lat: number }[]): Position | undefined {
  let best: Position | undefined;
  let bestKm = Number.POSITIVE_INFINITY;
  for (const p of places) {
    const km = distanceKm([p.lon, p.lat], position);
    if (km < bestKm) [best, bestKm] = [[p.lon, p.lat], km];
  }
  return best;
}

/**
 * The movements as two sources: the routes, and the ends (points with the flight's end label in
 * both languages). A language switch reloads only the small one: the text of a symbol layer is
 * laid out on the worker, and the routes of a large story are the heavy part to lay out again.
 */
export function movementSources(index: StoryIndex): { routes: FeatureCollection; ends: FeatureCollection } {
  const all = movementFeatures(index).features;
  return {
    routes: { type: "FeatureCollection", features: all.filter((f) => f.geometry.type === "LineString") },
    ends: { type: "FeatureCollection", features: all.filter((f) => f.geometry.type === "Point") },
  };
}

/** Each relation as a line between its two capitals (`between`), bowed (bowed_line.ts), `id` its id. */
export function relationFeatures(index: StoryIndex): FeatureCollection<LineString> {
  const features: Feature<LineString>[] = [];
  for (const { relation } of index.relations) {
    const [a, b] = relation.between.map((id) => index.placeById.get(id));
    if (!a || !b) continue;
    features.push({
      type: "Feature",
      id: relation.id,
      geometry: {
        type: "LineString",
        coordinates: bowedLine(
          greatCirclePath(
            [
              [a.lon, a.lat],
              [b.lon, b.lat],
            ],
            32,
          ),
        ),
      },
      properties: { id: relation.id },
    });
  }
  return { type: "FeatureCollection", features };
}

/**
 * What moves at t: the travelled part of each route, a marker at its head turned to its heading,
 * and (role "ahead") the rest of the route on to its destination (splitRoute), drawn as "heading
 * there": an arc under way always ends at a place. `strong`: ids of the movements that bear on
 * the current event (emphasis.ts); the others are drawn receding. The head carries `arrived`
 * (progress 1, or waiting where `current`, an event of its own, pins it: keyframes.ts): it then
 * stops at that event's ring instead of lying on it (AZAL 8243's aircraft on Grosny's ring at the
 * hit, where the two merged into one blot, a review). A head not yet started (progress 0) at one
 * of `current`'s places (within WAYPOINT_MATCH_KM) carries `leaving`: it is drawn just outside
 * that ring, pointing the way it will go (Pashinyan's arrow to Istanbul lay on Eriwan's ring, and
 * North Korea's troops' arrow, stepped back from Pjöngjang's, pointed out to sea: a review); an
 * arrow not yet started is drawn at its destination instead, pointing in, as arrived (below).
 * Heads arrived at one place carry `queue` (arrow_queue.ts): how far back each stops, clear of the
 * others, and `ringed`: whether that place is the current event's (its ring), else its tip stops
 * at the place's dot.
 */
export function movingFeatures(
  moving: readonly MovingAt[],
  strong: ReadonlySet<string> = new Set(),
  current?: IndexedEvent,
): FeatureCollection<LineString | Point> {
  const features: Feature<LineString | Point>[] = [];
  for (const m of moving) {
    const { id, kind, unknown } = m.movement.movement;
    const properties = { id, kind, bearing: m.bearing, strong: strong.has(id) };
    if (kind === "planned-route") continue;
    const { travelled, ahead } = splitRoute(m.movement.path, m.progress);
    features.push({ type: "Feature", geometry: { type: "LineString", coordinates: travelled }, properties });
    // `arrived`: the head is at its destination, where an event's ring may be (story_layers.ts).
    // Waiting at an event on its way, it is turned the way it came, so it stops on that side of
    // the ring (the way on would put AZAL 8243 west of Grosny, heading away from Baku).
    const notStarted = m.progress === 0 && atPlaceOf(m.position, current);
    // An arrow not yet started marks where it will go: its head at its destination, its faint way
    // ahead the shaft. At its origin, the way ahead ran on from its tip like a shaft, and North
    // Korea's troops read as arriving at Pjöngjang (a review). An aircraft's nose says its way, and
    // an unknown destination is no place to point at: those wait outside the ring (`leaving`).
    const pointsAhead = notStarted && kind !== "flight" && unknown !== "destination";
    const waits = !notStarted && m.progress < 1 && waitsAt(m, current);
    // Where the head's heading is taken: at the end, or just before a waiting head's point.
    const headingAt = pointsAhead ? 1 : waits ? m.progress - 1e-9 : -1;
    const point = pointsAhead ? pointAt(m.movement.path, 1) : m.position;
    const arrived = m.progress >= 1 || waits || pointsAhead;
    features.push({
      type: "Feature",
      geometry: { type: "Point", coordinates: point },
      properties: {
        ...properties,
        bearing: headingAt < 0 ? m.bearing : bearingAt(m.movement.path, headingAt),
        arrived,
        // Arrived at the current event's ring, or at a place's dot (story_layers.ts arrivedOffset).
        ringed: arrived && (waits || atPlaceOf(point, current)),
        leaving: notStarted && !pointsAhead,
        queue: 0,
      },
    });
    if (ahead) {
      features.push({
        type: "Feature",
        geometry: { type: "LineString", coordinates: ahead },
        properties: { ...properties, role: "ahead" },
      });
    }
  }
  queueArrivals(features);
  return { type: "FeatureCollection", features };
}

/** Whether `position` ([lon, lat], degrees) is at one of `event`'s places (WAYPOINT_MATCH_KM). */
function atPlaceOf(position: Position, event: IndexedEvent | undefined): boolean {
  return event?.places.some((p) => distanceKm([p.lon, p.lat], position) <= WAYPOINT_MATCH_KM) ?? false;
}

/** Whether the head is where `event`, one of the movement's own events, pins it (its keyframe). */
function waitsAt(m: MovingAt, event: IndexedEvent | undefined): boolean {
  if (!event || !m.movement.movement.events.includes(event.event.id)) return false;
  return m.movement.keyframes.some((k) => k.time === event.time && k.progress === m.progress);
}

export const EMPTY: FeatureCollection = { type: "FeatureCollection", features: [] };
