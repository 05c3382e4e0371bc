import { performance } from "node:perf_hooks";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { parseStory } from "../src/story/load";
import { snapshotAt } from "../src/time/snapshot";
import { indexStory, type StoryIndex } from "../src/time/story_index";
import { percentile, seededRandom } from "./bench_stats";
import { type Density, syntheticStory } from "./synthetic_story";

/**
 * Scale in Node: synthetic stories of growing size through the app's own load → index → snapshot
 * path. Sizes load in ascending order, so the larger ones are timed with warm functions.
 */
export interface ScaleResult {
  events: number;
  /** "constant": the span grows with the story; "dense": every size packed into 1990–2030. */
  density: Density;
  movements: number;
  storyBytes: number;
  generateMs: number;
  parseMs: number;
  indexMs: number;
  /**
   * The same call's CPU time (process.cpuUsage, user + system). On a dedicated machine it is
   * about the wall time; on a shared one the wall time mostly measures the share of a core the
   * process got, so the budget judges this.
   */
  indexCpuMs: number;
  /**
   * Densifying every movement's route (IndexedMovement.path), which the map does when it draws
   * the routes (movementFeatures) before the first seek. Done before the snapshots are timed, so
   * they measure seeking, not this one-off cost of the routes a random seek meets first.
   */
  pathsMs?: number;
  snapshot: { samples: number; p50Us: number; p95Us: number; maxUs: number };
  /** Mean movements under way per snapshot (its output) and mean movements scanned to find them. */
  meanMoving: number;
  meanScanned: number;
  error?: string;
}

/**
 * Times each size on its own: load and index it, then a full garbage collection and a long
 * warm-up on that story, then snapshotAt; the story is dropped before the next size loads. A
 * small story warms the JIT first, so the smallest size does not measure compilation, and no size
 * measures the garbage collector working through another size's 100 000 events.
 */
export function measureScale(sizes: readonly { events: number; density: Density }[], samples: number): ScaleResult[] {
  const warm = load(1000, "constant").index;
  if (warm) warmUp(warm);
  return sizes.map(({ events, density }) => {
    const { result, index } = load(events, density);
    if (!index) return result;
    const pathsMs = preparePaths(index);
    warmUp(index);
    return { ...result, pathsMs, ...measureSnapshots(index, samples) };
  });
}

/**
 * A full garbage collection before each timed phase, so the garbage of the phase before (the
 * 45 MB JSON text of the largest story, zod's intermediates) is not billed to the next one.
 */
setFlagsFromString("--expose-gc");
const collectGarbage = runInNewContext("gc") as () => void;

const NO_SNAPSHOT = {
  snapshot: { samples: 0, p50Us: Number.NaN, p95Us: Number.NaN, maxUs: Number.NaN },
  meanMoving: Number.NaN,
  meanScanned: Number.NaN,
};

function load(events: number, density: Density): { result: ScaleResult; index?: StoryIndex } {
  const started = performance.now();
  const { story, articles } = syntheticStory(events, events, density);
  const text = JSON.stringify(story);
  const generateMs = performance.now() - started;
  const base = {
    ...NO_SNAPSHOT,
    events,
    density,
    movements: story.movements?.length ?? 0,
    storyBytes: Buffer.byteLength(text) + [...articles.values()].reduce((n, a) => n + Buffer.byteLength(a), 0),
    generateMs,
    indexMs: Number.NaN,
    indexCpuMs: Number.NaN,
  };
  collectGarbage();
  const t0 = performance.now();
  const parsed = parseStory(text, `bench-${events}/story.json`, articles);
  const parseMs = performance.now() - t0;
  if (!parsed.ok) {
    const problems = parsed.problems.slice(0, 3).map((p) => `${p.path}: ${p.message}`);
    return { result: { ...base, parseMs, error: problems.join("; ") } };
  }
  collectGarbage();
  const t1 = performance.now();
  const cpu = process.cpuUsage();
  const cpuMs = () => {
    const used = process.cpuUsage(cpu);
    return (used.user + used.system) / 1000;
  };
  try {
    const index = indexStory(parsed.story);
    return { result: { ...base, parseMs, indexMs: performance.now() - t1, indexCpuMs: cpuMs() }, index };
  } catch (error) {
    return { result: { ...base, parseMs, indexMs: performance.now() - t1, error: `indexStory: ${error}` } };
  }
}

function preparePaths(index: StoryIndex): number {
  const started = performance.now();
  for (const movement of index.movements) void movement.path;
  return performance.now() - started;
}

function warmUp(index: StoryIndex): void {
  collectGarbage();
  const [first, last] = index.span;
  const random = seededRandom(1);
  for (let i = 0; i < 20_000; i++) snapshotAt(index, first + random() * (last - first));
}

function measureSnapshots(index: StoryIndex, samples: number) {
  const [first, last] = index.span;
  const random = seededRandom(42);
  const times = Array.from({ length: samples }, () => first + random() * (last - first));
  const durations = new Float64Array(samples);
  let moving = 0;
  let scanned = 0;
  times.forEach((t, i) => {
    const start = performance.now();
    const snapshot = snapshotAt(index, t);
    durations[i] = performance.now() - start;
    moving += snapshot.moving.length;
    // movingAt checks the movements listed in t's slice of the interval index.
    const { origin, width, offsets } = index.movementBuckets;
    const slice = Math.floor((t - origin) / width);
    scanned += (offsets[slice + 1] ?? 0) - (offsets[slice] ?? 0);
  });
  const us = [...durations].map((ms) => ms * 1000);
  return {
    snapshot: { samples, p50Us: percentile(us, 50), p95Us: percentile(us, 95), maxUs: Math.max(...us) },
    meanMoving: moving / samples,
    meanScanned: scanned / samples,
  };
}
