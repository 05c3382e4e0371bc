import type { Feature, FeatureCollection, LineString, Point } from "geojson";
import type { MovingAt } from "../time/snapshot";
import type { StoryIndex } from "../time/story_index";
import { lastAtOrBefore } from "../time/story_index";
import { MOVEMENT_STAGE, movementStage, RECENT_FOR } from "./stages";
import { MOVEMENT_FEATURE_IDS, movementFeatures } from "./story_features";

/**
 * The movements drawn at t, split so that a seek costs work in proportion to what changes near
 * t, not to the story (issue 16 item 3, issue 13 item 6):
 *
 * - Expired: a movement that ended RECENT_FOR or more before t (end ≤ t − RECENT_FOR) is not
 *   drawn, as an event that old is only part of its place's faint stack (event_window.ts): the
 *   map shows what is recent or bears on the current event, the rest recedes and then goes
 *   (issue 14). Without this, the end of a 100 000-event story drew 20 000 finished routes and
 *   their ✕ in every frame (2–4 s a frame under software rendering).
 * - Settled chunks: the movements in order of their end, SETTLED_CHUNK to a chunk. A chunk whose
 *   movements have all ended by t and none expired is drawn whole, as done and receding, from a
 *   static source; two numbers (global state SETTLED_FROM ≤ c < SETTLED_CHUNKS) say which are
 *   drawn, read by paint that reads no feature data, so MapLibre changes a uniform and
 *   re-uploads nothing (settled_movements.ts).
 * - The active source: every other unexpired movement that has started by t (the ended ones of
 *   the chunks not whole or partly expired, those under way), and the ones that bear on the
 *   current event (`strong`, drawn however old), again on top, each feature with its `stage`
 *   and `strong`. At most 2 SETTLED_CHUNK + moving + strong movements; sent only when its key
 *   changes.
 *
 * With "all lines" on (`all`) every unexpired started movement is strong: then the active
 * source holds them all and no chunk is drawn.
 */
export const SETTLED_CHUNK = 500;

/** The number of settled chunks of a story with `movements` movements: the full chunks. */
export const settledChunkCount = (movements: number) => Math.floor(movements / SETTLED_CHUNK);

export interface MovementFeatures {
  routes: Feature<LineString | Point>[];
  ends: Feature<LineString | Point>[];
}

export interface MovementWindowFrame {
  /** The settled chunks drawn whole at t: chunk c for from ≤ c < to (to = from when none). */
  settled: { from: number; to: number };
  /** Equal keys give equal active collections. */
  key: string;
  /** The active source's routes and ends (built on call: only when the key changed). */
  active(): { routes: FeatureCollection<LineString | Point>; ends: FeatureCollection<LineString | Point> };
}

export interface MovementWindow {
  /** Number of settled chunks of the story (full chunks of SETTLED_CHUNK in order of end). */
  chunks: number;
  /** The static features of chunk c (0 ≤ c < chunks), drawn as done. */
  chunk(c: number): MovementFeatures;
  /**
   * At t (ms UTC), with the movements under way, the indices (index.movements) of the strong
   * ones (drawn even when expired) and whether "all lines" makes every unexpired one strong.
   */
  at(t: number, moving: readonly MovingAt[], strong: ReadonlySet<number>, all?: boolean): MovementWindowFrame;
}

/** Each movement's features (story_features.ts), by its index: ids MOVEMENT_FEATURE_IDS × i and on. */
function byMovement(index: StoryIndex): MovementFeatures[] {
  const out: MovementFeatures[] = index.movements.map(() => ({ routes: [], ends: [] }));
  for (const f of movementFeatures(index).features) {
    const entry = out[Math.floor(Number(f.id) / MOVEMENT_FEATURE_IDS)];
    if (!entry) continue;
    (f.geometry.type === "Point" ? entry.ends : entry.routes).push(f);
  }
  return out;
}

/**
 * The movement window of `index`; `size`: movements per settled chunk (SETTLED_CHUNK; the map's
 * layers are made for that, tests take smaller chunks to see several in a small story).
 */
export function createMovementWindow(index: StoryIndex, size = SETTLED_CHUNK): MovementWindow {
  const features = byMovement(index);
  const position = new Map(index.movements.map((m, i) => [m, i]));
  const ends = index.movementEnds;
  const byEnd = index.movements.map((_, i) => i).sort((a, b) => (ends[a] as number) - (ends[b] as number));
  const sortedEnds = Float64Array.from(byEnd, (i) => ends[i] as number);
  const chunks = Math.floor(byEnd.length / size);

  const withStage = (f: Feature<LineString | Point>, stage: number, strong: boolean): Feature<LineString | Point> => ({
    ...f,
    properties: { ...f.properties, stage, strong },
  });

  return {
    chunks,
    chunk(c) {
      const out: MovementFeatures = { routes: [], ends: [] };
      for (const i of byEnd.slice(c * size, (c + 1) * size).sort((a, b) => a - b)) {
        const own = features[i];
        if (!own) continue;
        out.routes.push(...own.routes.map((f) => withStage(f, MOVEMENT_STAGE.done, false)));
        // Its ✕ at its own place alone: a settled layer's opacity reads no feature data, so it
        // cannot choose between that and the ✕ beside its event's ring by zoom (end_snap.ts).
        for (const f of own.ends)
          if (f.properties?.role !== "end-beside") out.ends.push(withStage(f, MOVEMENT_STAGE.done, false));
      }
      return out;
    },
    at(t, moving, strong, all = false) {
      // A movement is done at its end (exclusive): count the ends ≤ t; expired: ends ≤ t − RECENT_FOR.
      const done = lastAtOrBefore(sortedEnds, t) + 1;
      const expired = Math.min(done, lastAtOrBefore(sortedEnds, t - RECENT_FOR) + 1);
      const from = all ? 0 : Math.min(chunks, Math.ceil(expired / size));
      const to = all ? 0 : Math.max(from, Math.min(chunks, Math.floor(done / size)));
      const recent = new Set<number>();
      const add = (k0: number, k1: number) => {
        for (let k = k0; k < k1; k++) recent.add(byEnd[k] as number);
      };
      if (from < to) {
        add(expired, from * size);
        add(to * size, done);
      } else add(expired, done);
      for (const m of moving) {
        const i = position.get(m.movement);
        if (i !== undefined) recent.add(i);
      }
      const strongStarted = new Set<number>();
      for (const i of strong) if ((index.movementStarts[i] ?? Number.POSITIVE_INFINITY) <= t) strongStarted.add(i);
      if (all) for (const i of recent) strongStarted.add(i);
      const sorted = [...recent].filter((i) => !strongStarted.has(i)).sort((a, b) => a - b);
      const strongSorted = [...strongStarted].sort((a, b) => a - b);
      const key = `${from}|${to}|${expired}|${done}|${sorted.join()}|${strongSorted.join()}`;
      const active = () => {
        const routes: Feature<LineString | Point>[] = [];
        const ends: Feature<LineString | Point>[] = [];
        const draw = (i: number, isStrong: boolean) => {
          const m = index.movements[i];
          const own = features[i];
          if (!m || !own) return;
          const stage = movementStage(m.start, m.end, t);
          if (stage === MOVEMENT_STAGE.future) return;
          for (const f of own.routes) routes.push(withStage(f, stage, isStrong));
          for (const f of own.ends) ends.push(withStage(f, stage, isStrong));
        };
        for (const i of sorted) draw(i, false);
        // The strong ones on top of the receding ones.
        for (const i of strongSorted) draw(i, true);
        return {
          routes: { type: "FeatureCollection" as const, features: routes },
          ends: { type: "FeatureCollection" as const, features: ends },
        };
      };
      return { settled: { from, to }, key, active };
    },
  };
}
