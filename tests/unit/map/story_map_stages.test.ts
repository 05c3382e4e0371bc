import { describe, expect, it } from "vitest";
import { syntheticStory } from "../../../scripts/synthetic_story";
import type { AppState } from "../../../src/app/state";
import type { MapView } from "../../../src/map/map_view";
import { MAX_STATE_CHANGES } from "../../../src/map/stages";
import { eventFeatures } from "../../../src/map/story_features";
import { EVENTS_T } from "../../../src/map/story_layers";
import { createStoryMap } from "../../../src/map/story_map";
import { parseStory } from "../../../src/story/load";
import { snapshotAt } from "../../../src/time/snapshot";
import { indexStory } from "../../../src/time/story_index";

/** A map view that only counts what it is sent. */
function countingView() {
  /** `stage`: event stages sent as feature state. */
  const calls = { stage: 0, global: new Map<string, unknown>(), cleared: [] as string[] };
  const view = {
    setGlobalState: (name: string, value: unknown) => calls.global.set(name, value),
    setData: () => {},
    setFeatureState: (source: string, _id: number | string, state: Record<string, unknown>) => {
      if ("stage" in state && source === "events") calls.stage++;
    },
    clearFeatureStates: (source: string) => calls.cleared.push(source),
    setFeatureStates: () => {},
    show: () => {},
    resetCamera: () => {},
    onIdle: () => () => {},
  } as unknown as MapView;
  return { view, calls };
}

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
      eventFeatures(index).idsByEvent,
      () => true,
      () => undefined,
    );
    const at = (i: number) => index.events[i]?.time ?? 0;
    map.update(snapshotAt(index, at(0)), state(at(0)), "other");
    calls.stage = 0;
    calls.cleared = [];
    const t = at(events);
    map.update(snapshotAt(index, t), state(t), "jump");
    return { calls, t };
  };

  it("update(…) sends the stages of the few events a short step passes as feature state", () => {
    const { calls } = draw(10);
    expect(calls.stage).toBeGreaterThan(0);
    expect(calls.stage).toBeLessThanOrEqual(MAX_STATE_CHANGES);
    expect(calls.cleared).toEqual([]);
  });

  it("update(…) sends one playhead, not a state per event, when a jump changes thousands of stages", () => {
    const { calls, t } = draw(2900);
    expect(calls.stage).toBe(0);
    expect(calls.global.get(EVENTS_T)).toBe(t);
    expect(calls.cleared).toEqual(["events"]);
  });
});
