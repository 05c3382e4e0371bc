import { describe, expect, it } from "vitest";
import { describeTime, openingMoment, viewDate } from "../../../src/app/view_data";
import { formatShown, isoShown, utc } from "../../../src/story/dates";
import { snapshotAt } from "../../../src/time/snapshot";
import { indexStory } from "../../../src/time/story_index";
import { tinyStory } from "../story/tiny_story";
import { eventInput, indexEvents } from "../time/stories";

/** The dates the views show for a moment: the slider's value text, the map date, the share dialog. */
const index = indexEvents([
  eventInput("exit", "2024"),
  eventInput("hit", "2024-12"),
  eventInput("crash", "2024-12"),
  eventInput("christmas", "2024-12-25"),
]);
const at = (id: string) => snapshotAt(index, index.eventById.get(id)?.time ?? 0);

describe("describeTime(snapshot, lang) and viewDate(snapshot)", () => {
  it("describeTime(at a month event spread into December) names the month, not the day", () => {
    const snapshot = at("crash");
    expect(new Date(snapshot.t).getUTCDate()).not.toBe(1);
    expect(describeTime(snapshot, "de")).toBe("Dezember 2024 — crash");
    expect(formatShown(viewDate(snapshot), "en-US")).toBe("December 2024");
    expect(isoShown(viewDate(snapshot))).toBe("2024-12");
  });

  it("viewDate(at a year event, month at most) reads the year for the big map date", () => {
    expect(formatShown(viewDate(at("exit"), "month"), "de-DE")).toBe("2024");
    expect(describeTime(at("exit"), "en")).toBe("2024 — exit");
  });

  it("describeTime(between events) names the month of t and the last event with its own date", () => {
    const snapshot = snapshotAt(index, utc(2025, 2, 10));
    expect(describeTime(snapshot, "de")).toBe("Februar 2025 — christmas (25. Dezember 2024)");
    expect(isoShown(viewDate(snapshot))).toBe("2025-02");
  });

  it("describeTime(before the first event) names the month of t", () => {
    expect(describeTime(snapshotAt(index, utc(2023, 7, 14)), "en")).toBe("July 2023");
  });
});

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
