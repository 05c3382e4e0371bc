import { describe, expect, it } from "vitest";
import { utc } from "../../../src/story/dates";
import { indexStory } from "../../../src/time/story_index";
import { nth, tinyStory } from "../story/tiny_story";
import { eventInput, ids, indexEvents, movementInput } from "./stories";

/** Order constraints (`after`/`before`) as the index applies them. */
const may = (id: string, extra: { after?: string[]; before?: string[] } = {}) => ({
  ...eventInput(id, "2025-05"),
  ...extra,
});

describe("indexStory(story) with after/before", () => {
  it("indexStory(story) shows a month event documented after a 20–21 May visit after 21 May, still in May", () => {
    const index = indexEvents([
      may("kallas", { after: ["lavrov"] }),
      eventInput("lavrov", "2025-05-20", "2025-05-21"),
      eventInput("june", "2025-06-02"),
    ]);
    expect(ids(index)).toEqual(["lavrov", "kallas", "june"]);
    const kallas = index.eventById.get("kallas");
    expect(kallas?.time).toBe(utc(2025, 5, 22));
    expect(kallas?.time).toBeLessThan(utc(2025, 6, 1));
    expect(Array.from(index.eventTimes)).toEqual([...index.eventTimes].sort((a, b) => a - b));
  });

  it("indexStory(story) keeps the May sequence parade, minister, Lavrov, Kallas", () => {
    const index = indexEvents([
      may("kallas", { after: ["lavrov"] }),
      may("minister", { after: ["parade"] }),
      eventInput("lavrov", "2025-05-20", "2025-05-21"),
      eventInput("parade", "2025-05-09"),
    ]);
    expect(ids(index)).toEqual(["parade", "minister", "lavrov", "kallas"]);
    expect(index.eventById.get("minister")?.time).toBe(utc(2025, 5, 10));
  });

  it("indexStory(story) places a year event documented after a February day after that day", () => {
    const index = indexEvents(
      [
        eventInput("drones", "2022", undefined),
        eventInput("invasion", "2022-02-24"),
        eventInput("treaty", "2022-01-17"),
      ],
      (input) => {
        (input.events[0] as { after?: string[] }).after = ["invasion"];
      },
    );
    expect(ids(index)).toEqual(["treaty", "invasion", "drones"]);
    expect(index.eventById.get("drones")?.time).toBe(utc(2022, 2, 25));
  });

  it("indexStory(story) puts an event documented before another one of the same month first", () => {
    const index = indexEvents([
      eventInput("dushanbe", "2025-10-09"),
      { ...eventInput("case-closed", "2025-10"), after: ["dushanbe"] },
      { ...eventInput("early", "2025-10"), before: ["dushanbe"] },
    ]);
    expect(ids(index)).toEqual(["early", "dushanbe", "case-closed"]);
  });

  it("indexStory(story) spreads events sharing the same bound in file order inside the rest of the period", () => {
    const index = indexEvents([
      may("a", { after: ["start"] }),
      may("b", { after: ["start"] }),
      eventInput("start", "2025-05-21"),
    ]);
    const [, a, b] = index.events.map((e) => e.time);
    expect(ids(index)).toEqual(["start", "a", "b"]);
    expect(a).toBe(utc(2025, 5, 22));
    expect(b).toBeGreaterThan(a as number);
    expect(b).toBeLessThan(utc(2025, 6, 1));
  });

  it("indexStory(story) still indexes a story with a cycle, every event once and times sorted", () => {
    const index = indexEvents([may("a", { after: ["b"] }), may("b", { after: ["a"] }), eventInput("c", "2025-04")]);
    expect([...ids(index)].sort()).toEqual(["a", "b", "c"]);
    expect(Array.from(index.eventTimes)).toEqual([...index.eventTimes].sort((x, y) => x - y));
  });

  it("indexStory(story) starts a movement documented after an event after that event", () => {
    const index = indexEvents([eventInput("invasion", "2022-02-24")], (input) => {
      input.movements = [{ ...movementInput("drones", "2022"), after: ["invasion"] }];
    });
    const m = nth(index.movements);
    expect([m.start, m.end]).toEqual([utc(2022, 2, 25), utc(2023, 1, 1)]);
  });

  it("indexStory(story) lets a dated status change follow its citing event inside the change's period", () => {
    const story = tinyStory((input) => {
      input.events = [{ ...eventInput("later", "2024-12"), after: ["crash"] }, ...(input.events ?? [])];
      const org = input.organizations?.[0];
      if (org?.memberships?.[0]) org.memberships[0].changes = [{ date: "2024-12", status: "frozen", event: "later" }];
    });
    const index = indexStory(story);
    const later = index.eventById.get("later");
    expect(later?.time).toBe(utc(2024, 12, 26));
    expect(nth(nth(index.memberships).changes).time).toBe(later?.time);
  });

  it("indexStory(story) spans the status changes dated before the first or after the last event", () => {
    const index = indexEvents([eventInput("x", "2024-12-25")], (input) => {
      input.relations = [
        {
          id: "r",
          countries: ["RUS", "AZE"],
          between: ["baku", "aktau"],
          changes: [
            { status: "partners", source: { article: "a", quote: "Aktau" } },
            { date: "2023-06", status: "normalizing", source: { article: "a", quote: "Aktau" } },
            { date: "2025-03", status: "strained", source: { article: "a", quote: "Aktau" } },
          ],
        },
      ];
    });
    expect(index.span).toEqual([utc(2023, 6, 1), utc(2025, 3, 1)]);
  });
});
