import { describe, expect, it } from "vitest";
import { EVENT_STAGE, eventStage, FRESH_FOR, RECENT_FOR } from "../../../src/map/stages";

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
