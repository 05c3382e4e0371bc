import { describe, expect, it } from "vitest";
import {
  EVENT_STAGE,
  eventPlayhead,
  eventStage,
  FRESH_FOR,
  movementPlayhead,
  movementStage,
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

describe("eventPlayhead(times).update(t)", () => {
  const times = [utc(1993), utc(2022, 2, 22), utc(2024, 12), utc(2024, 12, 2), utc(2025, 6)];

  it("eventPlayhead(times).update(t) keeps the drawn t while no event changes stage", () => {
    const playhead = eventPlayhead(times);
    const drawn = playhead.update(utc(2024, 12, 15));
    expect(drawn).toBe(utc(2024, 12, 15));
    expect(playhead.update(utc(2024, 12, 16))).toBe(drawn);
    expect(playhead.update(utc(2025, 5, 1))).toBe(drawn);
  });

  it("eventPlayhead(times).update(t) moves to t when the playhead passes an event or its age", () => {
    const playhead = eventPlayhead(times);
    playhead.update(utc(2024, 12, 15));
    expect(playhead.update(utc(2025, 6, 2))).toBe(utc(2025, 6, 2));
    // 22 February 2022 turns from fresh to recent a year on.
    playhead.update(utc(2023, 2, 1));
    expect(playhead.update(utc(2023, 2, 1) + 1)).toBe(utc(2023, 2, 1));
    expect(playhead.update(utc(2022, 2, 22) + FRESH_FOR)).toBe(utc(2022, 2, 22) + FRESH_FOR);
  });

  it("eventPlayhead(times).update(t) draws every event in the stage it has at t", () => {
    // Property: the stage each event gets from the drawn t is its stage at t, along a random walk.
    const playhead = eventPlayhead(times);
    let t = utc(1990);
    for (let i = 0; i < 2000; i++) {
      t += ((i * 7919) % 400) * DAY * (i % 3 === 0 ? -1 : 1);
      const drawn = playhead.update(t);
      for (const time of times) expect(eventStage(time, drawn)).toBe(eventStage(time, t));
    }
  });
});

describe("movementPlayhead(starts, ends).update(t)", () => {
  const starts = [utc(2024, 9), utc(2024, 12), utc(2025, 5, 20)];
  const ends = [utc(2025), utc(2024, 12, 6), utc(2025, 5, 22)];

  it("movementPlayhead(starts, ends).update(t) moves to t when a movement starts or ends", () => {
    const playhead = movementPlayhead(starts, ends);
    expect(playhead.update(utc(2024, 10))).toBe(utc(2024, 10));
    expect(playhead.update(utc(2024, 11))).toBe(utc(2024, 10));
    expect(playhead.update(utc(2024, 12, 3))).toBe(utc(2024, 12, 3));
    expect(playhead.update(utc(2024, 12, 6))).toBe(utc(2024, 12, 6));
    expect(playhead.update(utc(2024, 12, 7))).toBe(utc(2024, 12, 6));
  });

  it("movementPlayhead(starts, ends).update(t) draws every movement in the stage it has at t", () => {
    const playhead = movementPlayhead(starts, ends);
    let t = utc(2024, 6);
    for (let i = 0; i < 2000; i++) {
      t += ((i * 7919) % 60) * DAY * (i % 3 === 0 ? -1 : 1);
      const drawn = playhead.update(t);
      starts.forEach((start, k) => {
        expect(movementStage(start, ends[k] as number, drawn)).toBe(movementStage(start, ends[k] as number, t));
      });
    }
  });
});
