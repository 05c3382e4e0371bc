import { describe, expect, it } from "vitest";
import { checkStory } from "../../../src/story/check";
import { parseStory } from "../../../src/story/load";
import type { StoryInput } from "../../../src/story/schema";
import { eventInput } from "../time/stories";
import { ARTICLES, tinyStory, tinyStoryInput } from "./tiny_story";

/** The order checks: unknown ids, cycles, constraints that cannot hold, changes before their event. */
type EventInput = StoryInput["events"][number];

function check(events: EventInput[], edit?: (input: StoryInput) => void) {
  return checkStory(
    tinyStory((input) => {
      input.events = events;
      input.movements = [];
      input.organizations = [];
      input.relations = [];
      edit?.(input);
    }),
    ARTICLES,
  );
}

describe("checkStory(story) order constraints", () => {
  it("checkStory(story) accepts a month event documented after a day of the same month", () => {
    expect(
      check([
        { ...eventInput("kallas", "2025-05"), after: ["lavrov"] },
        eventInput("lavrov", "2025-05-20", "2025-05-21"),
      ]),
    ).toEqual([]);
  });

  it("checkStory(story) reports an unknown id and a self-reference", () => {
    expect(check([{ ...eventInput("a", "2025-05"), after: ["nobody"], before: ["a"] }])).toEqual([
      ["events[0].after[0]", 'unknown event "nobody"'],
      ["events[0].before[0]", "an event cannot be ordered against itself"],
    ]);
  });

  it("checkStory(story) reports a cycle once, naming its members", () => {
    expect(
      check([
        { ...eventInput("a", "2025-05"), after: ["c"] },
        { ...eventInput("b", "2025-05"), after: ["a"] },
        { ...eventInput("c", "2025-05"), after: ["b"] },
        { ...eventInput("d", "2025-05"), after: ["c"] },
      ]),
    ).toEqual([["events[0]", "order constraints form a cycle: a → b → c → a (each must come after the one before)"]]);
  });

  it("checkStory(story) reports a before/after pair that contradicts itself as a cycle", () => {
    const findings = check([
      { ...eventInput("a", "2025-05"), before: ["b"] },
      { ...eventInput("b", "2025-05"), before: ["a"] },
    ]);
    expect(findings).toHaveLength(1);
    expect(findings[0]?.[1]).toMatch(/cycle: (a → b → a|b → a → b)/);
  });

  it("checkStory(story) reports an event documented after one that ends after its period", () => {
    expect(check([{ ...eventInput("may", "2025-05"), after: ["june"] }, eventInput("june", "2025-06-02")])).toEqual([
      [
        "events[0].after[0]",
        'cannot hold inside 2025-05: "june" (2025-06-02) is shown only after that period ends, so this event would be shown before an event it is documented to follow',
      ],
    ]);
  });

  it("checkStory(story) reports an event documented before one whose period it cannot reach", () => {
    expect(
      check([{ ...eventInput("june", "2025-06"), before: ["may"] }, eventInput("may", "2025-05-02")]).map(([p]) => p),
    ).toEqual(["events[0].before[0]"]);
  });

  it("checkStory(story) reports a chain that pushes an event out of its period", () => {
    const findings = check([
      eventInput("visit", "2025-05-20", "2025-05-25"),
      { ...eventInput("later", "2025-05"), after: ["visit"] },
      // "later" is shown from 26 May on, after the whole of 21 May.
      { ...eventInput("day", "2025-05-21"), after: ["later"] },
    ]);
    expect(findings.map(([p]) => p)).toEqual(["events[2].after[0]"]);
  });

  it("checkStory(story) reports a movement that cannot follow or precede its events", () => {
    const findings = check([eventInput("june", "2025-06-02"), eventInput("april", "2025-04-02")], (input) => {
      const movement = tinyStory().movements[0];
      if (movement)
        input.movements = [
          { ...movement, start: "2025-05", end: undefined, events: [], after: ["june"], before: ["april"] },
        ];
    });
    expect(findings.map(([p]) => p)).toEqual(["movements[0].after[0]", "movements[0].before[0]"]);
  });

  it("checkStory(story) reports a dated status change whose citing event is shown after the change's period", () => {
    const findings = check([eventInput("exit", "2025-02")], (input) => {
      input.relations = [
        {
          id: "r",
          countries: ["RUS", "AZE"],
          between: ["baku", "aktau"],
          changes: [{ date: "2024", status: "strained", event: "exit" }],
        },
      ];
    });
    expect(findings).toEqual([
      [
        "relations[0].changes[0].date",
        '"2024" ends before its event "exit" (2025-02) is shown, so the change would be shown before the event it cites',
      ],
    ]);
  });
});

describe("parseStory(text) with a broken order constraint", () => {
  it("parseStory(text) reports a non-array after and still the other problems", () => {
    const input = tinyStoryInput();
    const [first] = input.events;
    if (first) Object.assign(first, { after: "lavrov", places: ["atlantis"] });
    const result = parseStory(JSON.stringify(input), "story.json", ARTICLES);
    expect(result.ok).toBe(false);
    const paths = result.ok ? [] : result.problems.map((p) => p.path);
    expect(paths).toContain("events[0].after");
    expect(paths).toContain("events[0].places[0]");
  });
});
