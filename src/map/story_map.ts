import type { Feature } from "geojson";
import type { AppState } from "../app/state";
import type { Snapshot } from "../time/snapshot";
import type { StoryIndex } from "../time/story_index";
import { changedKeys, createFlasher } from "./flash";
import type { MapView } from "./map_view";
import { eventStageTracker, movementStageTracker } from "./stages";
import { EMPTY, movementFeatureIds, movingFeatures } from "./story_features";

/**
 * Draws a snapshot on the map view, touching only what changed since the last one: feature
 * state for the stages of events and movements and for relations, a small source for the
 * alliance's members, per-frame data only for things in motion. It also owns the short pulse
 * of a newly reached event, the flash of a changed alliance or relation, and the camera in
 * follow mode.
 */
export interface StoryMap {
  update(snapshot: Snapshot, state: AppState, reason: "play" | "jump" | "other"): void;
  /** Forget what was drawn (after a new style): the next update sends everything again. */
  reset(): void;
  destroy(): void;
}

const PULSE_MS = 1200;

export function createStoryMap(
  view: MapView,
  index: StoryIndex,
  idsByEvent: readonly number[][],
  reducedMotion: () => boolean,
  countryShape: (iso3: string) => Feature | undefined,
): StoryMap {
  const ends = index.movements.map((m) => m.end);
  let eventStages = eventStageTracker(index.eventTimes);
  let movementStages = movementStageTracker(index.movementStarts, ends);
  let lastCurrent: string | undefined;
  let currentIds: readonly number[] = [];
  let lastMoving = 0;
  let allianceKey = "";
  let relationKey = "";
  let statuses = new Map<string, string>();
  let relationStates = new Map<string, string>();
  let pulseFrame: number | undefined;
  const flasher = createFlasher(view);
  const flash = (reason: string, source: string, before: Map<string, string>, after: Map<string, string>) => {
    // Not on first drawing, not on a change of organization, not for readers who asked for calm.
    if (reason === "other" || before.size === 0 || reducedMotion()) return;
    const ids = changedKeys(before, after).filter((id) => after.has(id));
    if (ids.length > 0) flasher.flash(source, ids);
  };

  const pulse = (snapshot: Snapshot) => {
    const event = snapshot.current;
    if (!event || reducedMotion()) return;
    const started = performance.now();
    const features = event.places.map((place) => ({
      type: "Feature" as const,
      geometry: { type: "Point" as const, coordinates: [place.lon, place.lat] },
      properties: { category: event.event.category, phase: 0 },
    }));
    const step = () => {
      const phase = (performance.now() - started) / PULSE_MS;
      if (phase >= 1) {
        view.setData("pulse", EMPTY);
        pulseFrame = undefined;
        return;
      }
      for (const f of features) f.properties.phase = phase;
      view.setData("pulse", { type: "FeatureCollection", features });
      pulseFrame = requestAnimationFrame(step);
    };
    if (pulseFrame !== undefined) cancelAnimationFrame(pulseFrame);
    step();
  };

  return {
    update(snapshot, state, reason) {
      view.setGlobalState("lang", state.lang);
      for (const change of eventStages.update(snapshot.t)) {
        for (const id of idsByEvent[change.index] ?? []) view.setFeatureState("events", id, { stage: change.stage });
      }
      for (const change of movementStages.update(snapshot.t)) {
        for (const id of movementFeatureIds(change.index))
          view.setFeatureState("movements", id, { stage: change.stage });
      }
      const currentId = snapshot.current?.event.id;
      if (currentId !== lastCurrent) {
        for (const id of currentIds) view.setFeatureState("events", id, { current: false });
        currentIds = snapshot.current ? (idsByEvent[snapshot.current.index] ?? []) : [];
        for (const id of currentIds) view.setFeatureState("events", id, { current: true });
      }

      if (snapshot.moving.length > 0 || lastMoving > 0) view.setData("moving", movingFeatures(snapshot.moving));
      lastMoving = snapshot.moving.length;

      const memberships = snapshot.memberships.filter((m) => m.item.organization.id === state.org);
      const nextAlliance = state.org + memberships.map((m) => m.item.country + m.status).join();
      if (nextAlliance !== allianceKey) {
        const orgChanged = !allianceKey.startsWith(state.org);
        allianceKey = nextAlliance;
        const features = memberships.flatMap((m) => {
          const shape = countryShape(m.item.country);
          return shape ? [{ ...shape, properties: { iso3: m.item.country, status: m.status } }] : [];
        });
        view.setData("alliance", { type: "FeatureCollection", features });
        const next = new Map(memberships.map((m) => [m.item.country, m.status as string]));
        if (!orgChanged) flash(reason, "alliance", statuses, next);
        statuses = next;
      }
      const nextRelations = snapshot.relations.map((r) => r.item.relation.id + r.status).join();
      if (nextRelations !== relationKey) {
        relationKey = nextRelations;
        const next = new Map(snapshot.relations.map((r) => [r.item.relation.id, r.status as string]));
        view.setFeatureStates("relations", "state", next);
        flash(reason, "relations", relationStates, next);
        relationStates = next;
      }

      if (currentId !== lastCurrent) {
        lastCurrent = currentId;
        const event = snapshot.current;
        if (event && reason !== "other") {
          pulse(snapshot);
          const points = event.places.map((p): [number, number] => [p.lon, p.lat]);
          const closeUp = state.follow || state.present;
          if (reason === "jump" || closeUp) view.show(points, reducedMotion(), closeUp ? "zoom" : "reveal");
        }
      }
    },
    reset() {
      eventStages = eventStageTracker(index.eventTimes);
      movementStages = movementStageTracker(index.movementStarts, ends);
      lastCurrent = undefined;
      currentIds = [];
      lastMoving = 1;
      allianceKey = "";
      relationKey = "";
      statuses = new Map();
      relationStates = new Map();
      flasher.stop();
    },
    destroy() {
      if (pulseFrame !== undefined) cancelAnimationFrame(pulseFrame);
      flasher.stop();
    },
  };
}
