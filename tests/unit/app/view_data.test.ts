import { describe, expect, it } from "vitest";
import { openingMoment } from "../../../src/app/view_data";
import { utc } from "../../../src/story/dates";
import { indexStory } from "../../../src/time/story_index";
import { tinyStory } from "../story/tiny_story";

describe("openingMoment(index)", () => {
  it("openingMoment(story whose window starts 2024-12) pins the first event inside the window", () => {
    const index = indexStory(tinyStory());
    expect(openingMoment(index)).toEqual({ t: utc(2024, 12, 25), event: "crash" });
  });

  it("openingMoment(story whose window starts before its events) pins its first event", () => {
    const index = indexStory(
      tinyStory((input) => {
        input.meta.window = { start: "2020", end: "2025" };
      }),
    );
    expect(openingMoment(index)).toEqual({ t: utc(2024, 12, 25), event: "crash" });
  });

  it("openingMoment(story whose window starts after its last event) falls back to the first event", () => {
    const index = indexStory(
      tinyStory((input) => {
        input.meta.window = { start: "2026", end: "2027" };
      }),
    );
    expect(openingMoment(index).event).toBe("crash");
  });
});
