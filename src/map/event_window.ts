import type { Feature, FeatureCollection, Point } from "geojson";
import type { StoryIndex } from "../time/story_index";
import { lastAtOrBefore } from "../time/story_index";
import { EVENT_STAGE, FRESH_FOR, RECENT_FOR } from "./stages";

/**
 * The event markers drawn at t, as one small source: what the map holds grows with what is
 * visible at t, not with the story (issue 16 item 3, issue 13 item 6). A marker's stage is a
 * property set here, not an expression over all events and a playhead: MapLibre evaluates
 * data-driven paint on the CPU and uploads the whole buffer of a source whenever one feature's
 * state or a global state it reads changes, so a source of 100 000 events cost seconds per step.
 *
 * - Fresh and recent events (time in (t − RECENT_FOR, t]): one feature per event and place, in
 *   time order (later on top), `stage` fresh or recent.
 * - Old events (time ≤ t − RECENT_FOR): one feature per place and category, `count` old events
 *   there; the layer draws it with the opacity of `count` stacked old markers (1 − 0.7^count),
 *   which is what the stack looked like. `id` and `time` are those of the latest of them (a click
 *   opens it). The features follow the time of that latest event.
 * - The current event carries `current: true` (also when it is old: then drawn once more on top).
 *
 * Feature ids: event i's markers are numbered in time order and place order (as one feature per
 * event and place would be), the stacks after them.
 *
 * Cost per call: O(log n + visible + places × categories), ms only when `key` changed.
 */
export interface EventWindowFrame {
  /** Equal keys give equal collections: the caller sends the data only when it changed. */
  key: string;
  collection: FeatureCollection<Point>;
}

export interface EventWindow {
  /** The markers at t (ms UTC); `current`: index of the current event in index.events, if any. */
  at(t: number, current: number | undefined): EventWindowFrame;
}

interface Stack {
  coordinates: [number, number];
  category: string;
  /** Times (ms UTC) and indices of its events, in time order. */
  times: number[];
  events: number[];
}

/** Opacity of one old marker; a stack of `count` draws 1 − (1 − OLD_OPACITY)^count. */
export const OLD_OPACITY = 0.3;

export function createEventWindow(index: StoryIndex): EventWindow {
  const stacks = new Map<string, Stack>();
  for (const e of index.events) {
    for (const place of e.places) {
      const key = `${place.id}|${e.event.category}`;
      let stack = stacks.get(key);
      if (!stack) {
        stack = { coordinates: [place.lon, place.lat], category: e.event.category, times: [], events: [] };
        stacks.set(key, stack);
      }
      stack.times.push(e.time);
      stack.events.push(e.index);
    }
  }
  const allStacks = [...stacks.values()];
  // Feature ids: event i's markers are firstId[i] + its place's position; stacks come after.
  const firstId = new Int32Array(index.events.length + 1);
  index.events.forEach((e, i) => {
    firstId[i + 1] = (firstId[i] as number) + e.places.length;
  });
  const stackId = new Map(allStacks.map((stack, k) => [stack, (firstId[index.events.length] as number) + k]));
  const times = index.eventTimes;
  let oldKey = -1;
  let oldFeatures: Feature<Point>[] = [];

  const feature = (i: number, place: number, stage: number, current: boolean, count = 1): Feature<Point> => {
    const e = index.events[i];
    const p = e?.places[place];
    return {
      type: "Feature",
      id: (firstId[i] as number) + place,
      geometry: { type: "Point", coordinates: [p?.lon ?? 0, p?.lat ?? 0] },
      properties: { id: e?.event.id, time: e?.time, category: e?.event.category, stage, current, count },
    };
  };

  /** One feature per stack with an old event at t, ordered by the time of its latest one. */
  const oldStacks = (oldBefore: number): Feature<Point>[] => {
    const found: { latest: number; feature: Feature<Point> }[] = [];
    for (const stack of allStacks) {
      const count = lastAtOrBefore(stack.times, oldBefore) + 1;
      if (count === 0) continue;
      const latest = stack.events[count - 1] as number;
      const e = index.events[latest];
      found.push({
        latest,
        feature: {
          type: "Feature",
          id: stackId.get(stack) as number,
          geometry: { type: "Point", coordinates: stack.coordinates },
          properties: {
            id: e?.event.id,
            time: e?.time,
            category: stack.category,
            stage: EVENT_STAGE.old,
            current: false,
            count,
          },
        },
      });
    }
    return found.sort((a, b) => a.latest - b.latest).map((f) => f.feature);
  };

  return {
    at(t, current) {
      const oldEnd = lastAtOrBefore(times, t - RECENT_FOR) + 1;
      const freshStart = lastAtOrBefore(times, t - FRESH_FOR) + 1;
      const end = lastAtOrBefore(times, t) + 1;
      if (oldEnd !== oldKey) {
        oldKey = oldEnd;
        oldFeatures = oldEnd === 0 ? [] : oldStacks(times[oldEnd - 1] as number);
      }
      const features = [...oldFeatures];
      for (let i = oldEnd; i < end; i++) {
        const stage = i < freshStart ? EVENT_STAGE.recent : EVENT_STAGE.fresh;
        const places = index.events[i]?.places.length ?? 0;
        for (let p = 0; p < places; p++) features.push(feature(i, p, stage, i === current));
      }
      const currentOld = current !== undefined && current < oldEnd;
      if (currentOld) {
        const places = index.events[current]?.places.length ?? 0;
        for (let p = 0; p < places; p++) features.push(feature(current, p, EVENT_STAGE.old, true));
      }
      return {
        key: `${oldEnd}|${freshStart}|${end}|${current ?? ""}`,
        collection: { type: "FeatureCollection", features },
      };
    },
  };
}
