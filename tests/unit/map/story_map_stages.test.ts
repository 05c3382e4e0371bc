import { describe, expect, it } from "vitest";
import { syntheticStory } from "../../../scripts/synthetic_story";
import type { AppState } from "../../../src/app/state";
import type { MapView } from "../../../src/map/map_view";
import { createMovementWindow, SETTLED_CHUNK } from "../../../src/map/movement_window";
import { chunkLayerIds } from "../../../src/map/settled_ids";
import { SETTLED_CHUNKS, SETTLED_FROM } from "../../../src/map/story_layers";
import { createStoryMap } from "../../../src/map/story_map";
import { parseStory } from "../../../src/story/load";
import { snapshotAt } from "../../../src/time/snapshot";
import { indexStory } from "../../../src/time/story_index";

/** A map view that only counts what it is sent. */
function countingView() {
  /** `events`: features of the events source per setData; `stage`: movement stages as feature state. */
  const calls = {
    events: [] as number[],
    movements: [] as number[],
    settled: [] as [string, unknown][],
    /** Layer id → visible, as last set by setLayersVisible. */
    visible: new Map<string, boolean>(),
    stage: 0,
    eventStates: 0,
  };
  const idleHandlers = new Set<() => void>();
  /** The map becomes idle (all drawn): runs the handlers given to onIdle. */
  const idle = () => {
    for (const handler of idleHandlers) handler();
  };
  const view = {
    setGlobalState: (name: string, value: unknown) => {
      if (name === SETTLED_CHUNKS || name === SETTLED_FROM) calls.settled.push([name, value]);
    },
    setLayersVisible: (layers: readonly string[], visible: boolean) => {
      for (const layer of layers) calls.visible.set(layer, visible);
    },
    setData: (source: string, data: { features: unknown[] }) => {
      if (source === "events") calls.events.push(data.features.length);
      if (source === "movements") calls.movements.push(data.features.length);
    },
    setFeatureState: (source: string, _id: number | string, state: Record<string, unknown>) => {
      if (source === "events") calls.eventStates++;
      if ("stage" in state && source === "movements") calls.stage++;
    },
    setFeatureStates: () => {},
    show: () => {},
    keepClear: () => {},
    resetCamera: () => {},
    // The camera, for the line-word fallback that also runs when idle: nothing drawn.
    size: () => ({ width: 800, height: 600 }),
    zoom: () => 2,
    project: ([lon, lat]: [number, number]) => ({ x: lon, y: lat }),
    unproject: ({ x, y }: { x: number; y: number }) => [x, y],
    renderedProperties: () => [],
    // Asked for once the line-word fallback's chunk has loaded after the first idle (story_map.ts).
    nextRender: async () => undefined,
    onIdle: (handler: () => void) => {
      idleHandlers.add(handler);
      return () => idleHandlers.delete(handler);
    },
  } as unknown as MapView;
  return { view, calls, idle };
}

// Constant density: 3 000 events over 120 years, what is visible at t stays about the same.
const { story, articles } = syntheticStory(3000, 3000);
const parsed = parseStory(JSON.stringify(story), "story.json", articles);
if (!parsed.ok) throw new Error("the synthetic story does not parse");
const index = indexStory(parsed.story);
const state = (t: number) => ({ t, lang: "de", org: "", follow: false, present: false }) as AppState;

describe("createStoryMap(view, index, …).update(snapshot, state, reason)", () => {
  const draw = (events: number) => {
    const { view, calls } = countingView();
    const map = createStoryMap(
      view,
      index,
      createMovementWindow(index),
      () => true,
      () => undefined,
    );
    const at = (i: number) => index.events[i]?.time ?? 0;
    map.update(snapshotAt(index, at(0)), state(at(0)), "other");
    calls.events = [];
    calls.movements = [];
    calls.stage = 0;
    const t = at(events);
    map.update(snapshotAt(index, t), state(t), "jump");
    return { calls };
  };

  it("update(…) sends the event markers drawn at t as one small source, never a state per event", () => {
    const near = draw(10).calls;
    const far = draw(2990).calls;
    expect(near.events).toHaveLength(1);
    expect(far.events).toHaveLength(1);
    expect(near.eventStates + far.eventStates).toBe(0);
    // Old markers are stacked per place and category: the source holds what is visible at t,
    // not the 2 990 events before it.
    const places = index.story.places.length;
    expect(far.events[0]).toBeLessThan(places * 10 + 400);
  });

  it("update(…) sends the started movements near t as one small source and the settled ones as two numbers", () => {
    const { calls } = draw(2990);
    expect(calls.stage).toBe(0);
    // Constant density: the movements of the settled chunks all ended more than RECENT_FOR
    // before t, so none is drawn (from = to), whatever the story's length.
    const from = calls.settled.filter(([name]) => name === SETTLED_FROM).at(-1)?.[1];
    const to = calls.settled.filter(([name]) => name === SETTLED_CHUNKS).at(-1)?.[1];
    expect(to).toBe(from);
    expect(calls.movements).toHaveLength(1);
    // The movements ended in the chunk not yet whole, those under way and the strong ones.
    expect(calls.movements[0]).toBeLessThanOrEqual(2 * SETTLED_CHUNK);
  });

  it("update(…) shows by layout visibility exactly the settled chunks in range at t, hiding the others once idle: they get no tiles", () => {
    // Chunks of 10 movements, so that a few are in range at a time in this small story.
    const window = createMovementWindow(index, 10);
    const { view, calls, idle } = countingView();
    const map = createStoryMap(
      view,
      index,
      window,
      () => true,
      () => undefined,
    );
    let shownSomewhere = 0;
    for (const i of [0, 500, 1500, 2990, 10, 2999]) {
      const t = index.events[i]?.time ?? 0;
      const snapshot = snapshotAt(index, t);
      map.update(snapshot, state(t), "jump");
      const { from, to } = window.at(t, snapshot.moving, new Set()).settled;
      shownSomewhere += to - from;
      // At once: every chunk in range is shown (one that left the range is still drawn, at opacity 0).
      for (let c = from; c < to; c++) for (const layer of chunkLayerIds(c)) expect(calls.visible.get(layer)).toBe(true);
      // Once idle, nothing else is.
      idle();
      for (let c = 0; c < window.chunks; c++)
        for (const layer of chunkLayerIds(c)) expect(calls.visible.get(layer) ?? false).toBe(from <= c && c < to);
    }
    expect(shownSomewhere).toBeGreaterThan(0);
  });
});
