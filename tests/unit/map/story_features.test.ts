import type { Geometry, Position } from "geojson";
import { describe, expect, it } from "vitest";
import { queueBehind } from "../../../src/map/arrow_queue";
import { snapZoom } from "../../../src/map/end_snap";
import { arrivalMark, arrivedOffset, leavingOffset, MOVEMENT_OFFSET, onLine } from "../../../src/map/head_offsets";
import { ARROW_BACK_PX, ARROW_TIP_PX } from "../../../src/map/icons";
import { EVENT_DOT_PX, EVENT_RING_PX, RING_CLEAR_PX } from "../../../src/map/label_anchors";
import { movementFeatureIds, movementFeatures, movementSources, movingFeatures } from "../../../src/map/story_features";
import { bearingAt, pointAt } from "../../../src/time/paths";
import { movingAt } from "../../../src/time/snapshot";
import { indexStory } from "../../../src/time/story_index";
import { tinyStory } from "../story/tiny_story";
import { caucasusIndex } from "../time/caucasus";

/** The tiny story's flight, rerouted Wladiwostok → Anchorage across the antimeridian. */
const bering = indexStory(
  tinyStory((input) => {
    const flight = input.movements?.[0];
    if (!flight) return;
    flight.waypoints = [
      { lon: 131.886, lat: 43.115 },
      { lon: -149.9, lat: 61.218 },
    ];
    flight.end = "2024-12-27";
    flight.events = [];
  }),
);

function lineOf(geometry: Geometry | undefined): Position[] {
  if (geometry?.type !== "LineString") throw new Error(`expected a LineString, got ${geometry?.type}`);
  return geometry.coordinates;
}

/** No segment runs across the world, and everything lies between the two cities, over the Pacific. */
function expectPacificArc(coords: readonly Position[]): void {
  expect(coords.length).toBeGreaterThanOrEqual(2);
  for (let i = 1; i < coords.length; i++)
    expect(Math.abs((coords[i]?.[0] ?? 0) - (coords[i - 1]?.[0] ?? 0))).toBeLessThan(10);
  for (const [lon = 0, lat = 0] of coords) {
    expect(lon).toBeGreaterThanOrEqual(131.886 - 1e-9);
    expect(lon).toBeLessThanOrEqual(360 - 149.9 + 1e-9);
    expect(lat).toBeGreaterThan(40);
  }
}

describe("movementFeatures(index)", () => {
  it("movementFeatures(index) draws the Bering flight as one short Pacific arc", () => {
    const route = movementFeatures(bering).features.find((f) => f.geometry.type === "LineString");
    expectPacificArc(lineOf(route?.geometry));
  });
});

describe("movingFeatures(moving)", () => {
  it("movingFeatures(moving) of the Bering flight past 180° draws the travelled part the short way", () => {
    const flight = bering.movements[0];
    if (!flight) throw new Error("no flight");
    const t = flight.start + 0.8 * (flight.end - flight.start);
    const features = movingFeatures(movingAt(bering, t));
    const travelled = features.features.find((f) => f.geometry.type === "LineString");
    expectPacificArc(lineOf(travelled?.geometry));
    const head = features.features.find((f) => f.geometry.type === "Point")?.geometry;
    expect(head?.type === "Point" ? head.coordinates[0] : undefined).toBeGreaterThan(180);
  });
});

describe("movingFeatures(moving) arrival", () => {
  it("movingFeatures(movingAt(index, Kallas in Eriwan)) marks the visit's head arrived (its arrow stops at Eriwan's ring); a head under way is not", () => {
    const index = caucasusIndex();
    const at = (id: string) => index.eventById.get(id)?.time ?? Number.NaN;
    const head = (t: number, id: string) =>
      movingFeatures(movingAt(index, t)).features.find((f) => f.geometry.type === "Point" && f.properties?.id === id)
        ?.properties;
    expect(head(at("kallas-in-yerevan"), "kallas-to-yerevan")?.arrived).toBe(true);
    // AZAL 8243 at the hit: under way at Grosny, its aircraft drawn where it is.
    expect(head(at("azal-8243-hit"), "azal-8243-flown")?.arrived).toBe(false);
  });

  it("movingFeatures(moving, strong, the hit) stops AZAL 8243's aircraft at Grosny's ring; under way on to Aktau it is not", () => {
    // The aircraft lay on Grosny's ring at the hit and the two merged into one blot (a review).
    const index = caucasusIndex();
    const hit = index.eventById.get("azal-8243-hit");
    const crash = index.eventById.get("azal-8243-crash");
    if (!hit || !crash) throw new Error("AZAL 8243's events are missing");
    const head = (t: number) =>
      movingFeatures(movingAt(index, t), new Set(), hit).features.find(
        (f) => f.geometry.type === "Point" && f.properties?.id === "azal-8243-flown",
      );
    const atHit = head(hit.time);
    expect(atHit?.properties?.arrived).toBe(true);
    // Its place stays the waypoint the article gives (near Grosny): only the drawing steps back,
    // on the side it came from (Baku, south-east): turned north-west, not east to Aktau.
    expect(atHit?.geometry).toEqual({ type: "Point", coordinates: [45.75, 43.4] });
    const bearing = Number(atHit?.properties?.bearing);
    expect(bearing).toBeGreaterThan(280);
    expect(bearing).toBeLessThan(330);
    expect(head((hit.time + crash.time) / 2)?.properties?.arrived).toBe(false);
  });

  it("movingFeatures(moving, strong, current) draws an arrow not yet started at the current event's place at its destination, pointing in, as arrived", () => {
    // Pashinyan's arrow to Istanbul lay on Eriwan's ring at Lavrov's visit; North Korea's troops'
    // arrow, stepped back from Pjöngjang's ring as if arrived, pointed out to sea; stepped out of
    // the ring, its way ahead ran on from its tip like a shaft and it read as arriving (reviews).
    const index = caucasusIndex();
    const head = (eventId: string, movementId: string) => {
      const event = index.eventById.get(eventId);
      if (!event) throw new Error(`no event ${eventId}`);
      return movingFeatures(movingAt(index, event.time), new Set(), event).features.find(
        (f) => f.geometry.type === "Point" && f.properties?.id === movementId,
      );
    };
    // (Pashinyan's no longer stands at Lavrov's visit: it sets off after it, movement_times.ts.)
    for (const [eventId, movementId] of [["north-korean-troops-to-russia", "north-korean-troops"]] as const) {
      const feature = head(eventId, movementId);
      const movement = index.movements.find((m) => m.movement.id === movementId);
      if (!movement || feature?.geometry.type !== "Point") throw new Error(`no head for ${movementId}`);
      const coords = movement.path.coords;
      expect(feature.geometry.coordinates, movementId).toEqual(coords[coords.length - 1]);
      expect(feature.properties?.bearing, movementId).toBeCloseTo(bearingAt(movement.path, 1), 6);
      expect(feature.properties?.leaving, movementId).toBe(false);
      expect(feature.properties?.arrived, movementId).toBe(true);
    }
    // Lavrov's own arrow, arrived at Eriwan, stops at the ring's edge as before.
    expect(head("lavrov-in-yerevan", "lavrov-to-yerevan")?.properties?.leaving).toBe(false);
    expect(head("lavrov-in-yerevan", "lavrov-to-yerevan")?.properties?.arrived).toBe(true);
  });

  it("movingFeatures(moving, strong, current) marks an arrived head `ringed` only at the current event's place: Lawrow's at Eriwan, not the Ukrainian foreign minister's at Baku", () => {
    // Pashinyan's arrow stopped a ring's width short of Istanbul, where no ring was (a review).
    const index = caucasusIndex();
    const event = index.eventById.get("lavrov-in-yerevan");
    if (!event) throw new Error("no Lavrov visit");
    const heads = movingFeatures(movingAt(index, event.time), new Set(), event).features;
    const ringed = (id: string) =>
      heads.find((f) => f.geometry.type === "Point" && f.properties?.id === id)?.properties?.ringed;
    expect(ringed("lavrov-to-yerevan")).toBe(true);
    expect(ringed("ukrainian-foreign-minister-to-baku")).toBe(false);
  });

  it("arrivedOffset(size, 0, EVENT_DOT_PX) stops the tip RING_CLEAR_PX short of a past event's dot; arrivalMark(ringed) picks the ring or the dot", () => {
    for (const size of [0.45, 0.6])
      expect((arrivedOffset(size, 0, EVENT_DOT_PX)[1] - ARROW_TIP_PX) * size).toBeCloseTo(
        EVENT_DOT_PX + RING_CLEAR_PX,
        1,
      );
    expect(arrivalMark(false)).toBe(EVENT_DOT_PX);
    expect(arrivalMark(true)).toBe(EVENT_RING_PX);
    expect(arrivalMark(undefined)).toBe(EVENT_RING_PX);
  });

  it("movingFeatures(moving, strong, current) keeps an aircraft not yet started `leaving`, outside its origin's ring, nose out", () => {
    const index = caucasusIndex();
    const flight = index.movements.find((m) => m.movement.kind === "flight");
    const event = index.events[0];
    if (!flight || !event) throw new Error("no flight");
    const [lon = 0, lat = 0] = flight.path.coords[0] ?? [];
    const atOrigin = {
      ...event,
      places: [{ ...(event.places[0] ?? index.story.places[0]), lon, lat }],
    } as typeof event;
    const moving = [
      { movement: flight, progress: 0, position: pointAt(flight.path, 0), bearing: bearingAt(flight.path, 0) },
    ];
    const planeHead = movingFeatures(moving, new Set(), atOrigin).features.find((f) => f.geometry.type === "Point");
    expect(planeHead?.geometry).toEqual({ type: "Point", coordinates: [lon, lat] });
    expect(planeHead?.properties?.leaving).toBe(true);
    expect(planeHead?.properties?.arrived).toBe(false);
  });

  it("leavingOffset(size) puts the head's back RING_CLEAR_PX beyond the ring's edge, ahead of the point", () => {
    for (const size of [0.45, 0.6]) {
      const [x, y] = leavingOffset(size);
      // On its line, drawn MOVEMENT_OFFSET right of its way.
      expect(x * size).toBeCloseTo(MOVEMENT_OFFSET, 1);
      expect((-y - ARROW_BACK_PX) * size).toBeCloseTo(EVENT_RING_PX + RING_CLEAR_PX, 1);
    }
  });

  it("arrivedOffset(size) stops the arrow's tip RING_CLEAR_PX short of the ring's edge: tip ahead of the centre plus the ring's radius and the gap, in icon px", () => {
    expect(arrivedOffset(0.6)).toEqual([
      onLine(0.6),
      Math.round((ARROW_TIP_PX + (EVENT_RING_PX + RING_CLEAR_PX) / 0.6) * 10) / 10,
    ]);
    // Drawn at `size`, the tip lies EVENT_RING_PX + RING_CLEAR_PX behind the point: (offset − tip) × size.
    for (const size of [0.45, 0.6])
      expect((arrivedOffset(size)[1] - ARROW_TIP_PX) * size).toBeCloseTo(EVENT_RING_PX + RING_CLEAR_PX, 1);
  });

  it("onLine(size) puts a head of `size` on its line, MOVEMENT_OFFSET right of its way (a review saw heads beside their lines)", () => {
    for (const size of [0.45, 0.6]) expect(onLine(size) * size).toBeCloseTo(MOVEMENT_OFFSET, 1);
  });

  it("arrivedOffset(size, 1) stops a queued arrow one arrow length and a gap behind the first one's back", () => {
    for (const size of [0.45, 0.6]) {
      const tip = (arrivedOffset(size, 1)[1] - ARROW_TIP_PX) * size;
      const firstBack = (arrivedOffset(size)[1] + ARROW_BACK_PX) * size;
      expect(tip - firstBack).toBeCloseTo(RING_CLEAR_PX, 1);
    }
  });

  it("movingFeatures(moving, strong, Duschanbe meeting) queues Alijew's arrow behind Putin's, just far enough that their heads lie clear", () => {
    // Their heads overlapped at Duschanbe's ring in presenter mode (a review).
    const index = caucasusIndex();
    const meeting = index.eventById.get("dushanbe-meeting");
    if (!meeting) throw new Error("the Duschanbe meeting is missing");
    const strong = new Set(["putin-to-dushanbe", "aliyev-to-dushanbe"]);
    const heads = movingFeatures(movingAt(index, meeting.time), strong, meeting).features.filter(
      (f) => f.geometry.type === "Point" && strong.has(String(f.properties?.id)),
    );
    expect(heads.map((f) => [f.properties?.id, f.properties?.arrived])).toEqual([
      ["putin-to-dushanbe", true],
      ["aliyev-to-dushanbe", true],
    ]);
    const [putin, aliyev] = heads.map((f) => f.properties ?? {});
    expect(putin?.queue).toBe(0);
    const turn = Math.abs(((Number(aliyev?.bearing) - Number(putin?.bearing) + 540) % 360) - 180);
    expect(Number(aliyev?.queue)).toBeGreaterThan(0);
    expect(Number(aliyev?.queue)).toBeCloseTo(queueBehind(turn), 2);
  });

  it("movingFeatures(moving) queues no arrow that arrives alone or from another side", () => {
    const index = caucasusIndex();
    for (const event of index.events) {
      const heads = movingFeatures(movingAt(index, event.time), new Set(), event).features.filter(
        (f) => f.geometry.type === "Point" && f.properties?.arrived === true,
      );
      const at = (f: (typeof heads)[number]) =>
        JSON.stringify(f.geometry.type === "Point" ? f.geometry.coordinates : []);
      for (const head of heads)
        if (heads.filter((other) => at(other) === at(head)).length === 1) expect(head.properties?.queue).toBe(0);
    }
  });
});

describe("movementFeatures(index) times", () => {
  it("movementFeatures(index) gives route and end their movement's start and end, for the stage at the playhead", () => {
    const index = caucasusIndex();
    const features = movementFeatures(index).features;
    for (const f of features) {
      const m = index.movements.find((x) => x.movement.id === f.properties?.id);
      expect(f.properties?.start).toBe(m?.start);
      expect(f.properties?.end).toBe(m?.end);
    }
  });
});

describe("movementFeatures(index) ends", () => {
  it("movementFeatures(index) draws AZAL 8243's ✕ at the crash site and, below its snapZoom, beside the crash's ring at Aktau", () => {
    const index = caucasusIndex();
    const ends = movementFeatures(index).features.filter(
      (f) => f.properties?.id === "azal-8243-flown" && f.geometry.type === "Point",
    );
    const own = ends.find((f) => f.properties?.role === "end");
    const beside = ends.find((f) => f.properties?.role === "end-beside");
    const aktau = index.placeById.get("aktau");
    expect(own?.geometry).toEqual({ type: "Point", coordinates: [51.09, 43.86] });
    expect(beside?.geometry).toEqual({ type: "Point", coordinates: [aktau?.lon, aktau?.lat] });
    const zoom = snapZoom([51.09, 43.86], [aktau?.lon ?? 0, aktau?.lat ?? 0]);
    expect(own?.properties?.snapZoom).toBe(zoom);
    expect(beside?.properties?.snapZoom).toBe(zoom);
    // Drawn out from Aktau towards the crash site, north and a little west (besideOffset).
    const [x, y] = (beside?.properties?.offset ?? [0, 0]) as [number, number];
    expect(y).toBeLessThan(0);
    expect(x).toBeLessThan(0);
    expect(Math.abs(x)).toBeLessThan(Math.abs(y));
    // Every feature id stays its movement's (movementFeatureIds).
    const i = index.movements.findIndex((m) => m.movement.id === "azal-8243-flown");
    expect(ends.map((f) => f.id)).toEqual([movementFeatureIds(i)[1], movementFeatureIds(i)[4]]);
  });
});

describe("movementSources(index)", () => {
  it("movementSources(index) keeps the routes apart from the end points and their labels", () => {
    const { routes, ends } = movementSources(caucasusIndex());
    expect(routes.features.length).toBeGreaterThan(0);
    expect(routes.features.every((f) => f.geometry.type === "LineString")).toBe(true);
    expect(ends.features.every((f) => f.geometry.type === "Point")).toBe(true);
    expect(ends.features.some((f) => f.properties?.name_de)).toBe(true);
  });
});
