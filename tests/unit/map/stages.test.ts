import { describe, expect, it } from "vitest";
import {
  EVENT_STAGE,
  eventStage,
  eventStageTracker,
  FRESH_FOR,
  MOVEMENT_STAGE,
  movementStageTracker,
  RECENT_FOR,
} from "../../../src/map/stages";

const DAY = 86_400_000;
const utc = (y: number, m = 1, d = 1) => Date.UTC(y, m - 1, d);

describe("eventStage(time, t)", () => {
  it("eventStage(time, t) is future before, fresh for a year, recent for four, then old", () => {
    const time = utc(2020);
    expect(eventStage(time, time - 1)).toBe(EVENT_STAGE.future);
    expect(eventStage(time, time)).toBe(EVENT_STAGE.fresh);
    expect(eventStage(time, time + FRESH_FOR - 1)).toBe(EVENT_STAGE.fresh);
    expect(eventStage(time, time + FRESH_FOR)).toBe(EVENT_STAGE.recent);
    expect(eventStage(time, time + RECENT_FOR)).toBe(EVENT_STAGE.old);
  });
});

describe("eventStageTracker(times).update(t)", () => {
  const times = [utc(1993), utc(2022, 2, 22), utc(2024, 12), utc(2024, 12, 2), utc(2025, 6)];

  it("eventStageTracker(times).update(t) first reports every event that has happened", () => {
    const tracker = eventStageTracker(times);
    const changes = tracker.update(utc(2024, 12, 15));
    expect(new Map(changes.map((c) => [c.index, c.stage]))).toEqual(
      new Map([
        [0, EVENT_STAGE.old],
        [1, EVENT_STAGE.recent],
        [2, EVENT_STAGE.fresh],
        [3, EVENT_STAGE.fresh],
      ]),
    );
  });

  it("eventStageTracker(times).update(t) then reports only what the playhead passed", () => {
    const tracker = eventStageTracker(times);
    tracker.update(utc(2024, 12, 15));
    expect(tracker.update(utc(2024, 12, 16))).toEqual([]);
    expect(tracker.update(utc(2025, 6, 2))).toEqual([{ index: 4, stage: EVENT_STAGE.fresh }]);
    // Back before December 2024: both December events become future again.
    const back = tracker.update(utc(2024, 11, 30));
    expect(back).toEqual(
      expect.arrayContaining([
        { index: 2, stage: EVENT_STAGE.future },
        { index: 3, stage: EVENT_STAGE.future },
        { index: 4, stage: EVENT_STAGE.future },
      ]),
    );
    expect(back).toHaveLength(3);
  });
});

describe("movementStageTracker(starts, ends).update(t)", () => {
  const starts = [utc(2024, 9), utc(2024, 12), utc(2025, 5, 20)];
  const ends = [utc(2025), utc(2024, 12, 6), utc(2025, 5, 22)];

  it("movementStageTracker(starts, ends).update(t) tells when a movement starts and ends", () => {
    const tracker = movementStageTracker(starts, ends);
    expect(tracker.update(utc(2024, 10))).toEqual([{ index: 0, stage: MOVEMENT_STAGE.moving }]);
    expect(tracker.update(utc(2024, 12, 3))).toEqual([{ index: 1, stage: MOVEMENT_STAGE.moving }]);
    expect(tracker.update(utc(2024, 12, 6) + DAY)).toEqual([{ index: 1, stage: MOVEMENT_STAGE.done }]);
    const later = tracker.update(utc(2025, 6));
    expect(later).toEqual(
      expect.arrayContaining([
        { index: 0, stage: MOVEMENT_STAGE.done },
        { index: 2, stage: MOVEMENT_STAGE.done },
      ]),
    );
    expect(later).toHaveLength(2);
  });
});
