import type { Feature, FeatureCollection, LineString, Point } from "geojson";
import type { MovingAt } from "../time/snapshot";
import type { StoryIndex } from "../time/story_index";
import { lastAtOrBefore } from "../time/story_index";
import { MOVEMENT_STAGE, movementStage } from "./stages";
import { movementFeatures } from "./story_features";

/**
 * The movements drawn at t, split so that a seek costs work in proportion to what changes near
 * t, not to the story (issue 16 item 3, issue 13 item 6):
 *
 * - Settled chunks: the movements in order of their end, SETTLED_CHUNK to a chunk. A chunk whose
 *   movements have all ended by t is drawn whole, as done and receding, from a static source;
 *   one number (global state SETTLED_CHUNKS) says how many are drawn, read by paint that reads
 *   no feature data, so MapLibre changes a uniform and re-uploads nothing (settled_movements.ts).
 * - The active source: every other movement that has started by t (the ended ones of the chunk
 *   not yet whole, those under way), and the ones that bear on the current event (`strong`),
 *   again on top, each feature with its `stage` and `strong`. At most SETTLED_CHUNK + moving +
 *   strong movements; sent only when its key changes.
 *
 * With "all lines" on every movement is strong: then the active source holds all started ones.
 */
export const SETTLED_CHUNK = 500;

/** The number of settled chunks of a story with `movements` movements: the full chunks. */
export const settledChunkCount = (movements: number) => Math.floor(movements / SETTLED_CHUNK);

export interface MovementFeatures {
  routes: Feature<LineString | Point>[];
  ends: Feature<LineString | Point>[];
}

export interface MovementWindowFrame {
  /** How many settled chunks are drawn whole at t. */
  settled: number;
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
  /** At t (ms UTC), with the movements under way and the indices (index.movements) of the strong ones. */
  at(t: number, moving: readonly MovingAt[], strong: ReadonlySet<number>): MovementWindowFrame;
}

/** Each movement's features (story_features.ts), by its index: ids are 4 i … 4 i + 3. */
function byMovement(index: StoryIndex): MovementFeatures[] {
  const out: MovementFeatures[] = index.movements.map(() => ({ routes: [], ends: [] }));
  for (const f of movementFeatures(index).features) {
    const entry = out[Math.floor(Number(f.id) / 4)];
    if (!entry) continue;
    (f.geometry.type === "Point" ? entry.ends : entry.routes).push(f);
  }
  return out;
}

export function createMovementWindow(index: StoryIndex): MovementWindow {
  const features = byMovement(index);
  const position = new Map(index.movements.map((m, i) => [m, i]));
  const ends = index.movementEnds;
  const byEnd = index.movements.map((_, i) => i).sort((a, b) => (ends[a] as number) - (ends[b] as number));
  const sortedEnds = Float64Array.from(byEnd, (i) => ends[i] as number);
  const chunks = settledChunkCount(byEnd.length);

  const withStage = (f: Feature<LineString | Point>, stage: number, strong: boolean): Feature<LineString | Point> => ({
    ...f,
    properties: { ...f.properties, stage, strong },
  });

  return {
    chunks,
    chunk(c) {
      const out: MovementFeatures = { routes: [], ends: [] };
      for (const i of byEnd.slice(c * SETTLED_CHUNK, (c + 1) * SETTLED_CHUNK).sort((a, b) => a - b)) {
        const own = features[i];
        if (!own) continue;
        out.routes.push(...own.routes.map((f) => withStage(f, MOVEMENT_STAGE.done, false)));
        out.ends.push(...own.ends.map((f) => withStage(f, MOVEMENT_STAGE.done, false)));
      }
      return out;
    },
    at(t, moving, strong) {
      // A movement is done at its end (exclusive): count the ends ≤ t.
      const done = lastAtOrBefore(sortedEnds, t) + 1;
      const settled = Math.min(chunks, Math.floor(done / SETTLED_CHUNK));
      const shown = new Set<number>();
      for (let k = settled * SETTLED_CHUNK; k < done; k++) shown.add(byEnd[k] as number);
      for (const m of moving) {
        const i = position.get(m.movement);
        if (i !== undefined) shown.add(i);
      }
      const sorted = [...shown].sort((a, b) => a - b);
      const strongStarted: number[] = [];
      for (const i of strong) if ((index.movementStarts[i] ?? Number.POSITIVE_INFINITY) <= t) strongStarted.push(i);
      const key = `${settled}|${done}|${sorted.join()}|${strongStarted.sort((a, b) => a - b).join()}`;
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
        const strongSet = new Set(strongStarted);
        for (const i of sorted) if (!strongSet.has(i)) draw(i, false);
        // The strong ones on top of the receding ones.
        for (const i of strongStarted) draw(i, true);
        return {
          routes: { type: "FeatureCollection" as const, features: routes },
          ends: { type: "FeatureCollection" as const, features: ends },
        };
      };
      return { settled, key, active };
    },
  };
}
