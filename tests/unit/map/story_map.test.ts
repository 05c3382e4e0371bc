import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { AppState } from "../../../src/app/state";
import type { MapView } from "../../../src/map/map_view";
import { createMovementWindow } from "../../../src/map/movement_window";
import { createStoryMap } from "../../../src/map/story_map";
import { snapshotAt } from "../../../src/time/snapshot";
import { caucasusIndex } from "../time/caucasus";

const index = caucasusIndex();

/** A map view that counts what the story map sends it, per source. */
function countingView() {
  const setData = new Map<string, number>();
  const featureStates = new Map<string, number>();
  const count = (counts: Map<string, number>, key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
  const view = {
    setGlobalState: () => undefined,
    setData: (source: string) => count(setData, source),
    setFeatureState: (source: string) => count(featureStates, source),
    setFeatureStates: (source: string) => count(featureStates, source),
    show: () => undefined,
    keepClear: () => undefined,
    onIdle: () => () => undefined,
    nextRender: async () => undefined,
  } as unknown as MapView;
  return { view, setData, featureStates };
}

const state: AppState = {
  story: "caucasus",
  t: 0,
  event: undefined,
  playing: true,
  speed: 4,
  loop: false,
  follow: false,
  org: "csto",
  lang: "de",
  present: false,
  blank: false,
};

let frames: FrameRequestCallback[] = [];
beforeEach(() => {
  frames = [];
  vi.stubGlobal("requestAnimationFrame", (callback: FrameRequestCallback) => frames.push(callback));
  vi.stubGlobal("cancelAnimationFrame", () => undefined);
});
afterEach(() => vi.unstubAllGlobals());

/** Plays `frameCount` frames between two times (ms UTC), running the map's own animation frames too. */
function play(from: number, to: number, frameCount: number) {
  const counting = countingView();
  const map = createStoryMap(
    counting.view,
    index,
    createMovementWindow(index),
    () => false,
    () => undefined,
  );
  for (let i = 0; i <= frameCount; i++) {
    const t = from + ((to - from) * i) / frameCount;
    map.update(snapshotAt(index, t), { ...state, t }, i === 0 ? "other" : "play");
    const due = frames;
    frames = [];
    for (const frame of due) frame(0);
  }
  map.destroy();
  return counting;
}

describe("createStoryMap", () => {
  it("update(snapshot, state, 'play') sends the pulse source once per reached event, not once per frame", () => {
    const first = index.events[10];
    const last = index.events[20];
    if (!first || !last) throw new Error("the flagship has fewer than 21 events");
    const reached = index.events.filter((e) => e.time > first.time && e.time <= last.time);
    const frameCount = 600;
    const { setData, featureStates } = play(first.time, last.time, frameCount);
    // One ring per reached event (at most one per distinct time), and the empty source after it.
    expect(setData.get("pulse") ?? 0).toBeLessThanOrEqual(2 * reached.length);
    expect(setData.get("pulse") ?? 0).toBeGreaterThan(0);
    // The ring's growth is feature state.
    expect(featureStates.get("pulse") ?? 0).toBeGreaterThan(setData.get("pulse") ?? 0);
  });

  it("update(snapshot, state, 'play') re-sends the line labels only when the emphasis changes", () => {
    const first = index.events[10];
    const last = index.events[20];
    if (!first || !last) throw new Error("the flagship has fewer than 21 events");
    const { setData } = play(first.time, last.time, 600);
    const reached = index.events.filter((e) => e.time > first.time && e.time <= last.time).length;
    const movements = index.movements.filter((m) => m.end > first.time && m.start < last.time).length;
    expect(setData.get("line-labels") ?? 0).toBeLessThanOrEqual(1 + reached + 2 * movements);
  });
});
