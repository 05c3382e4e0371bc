import { describe, expect, it } from "vitest";
import { LIMITS, utf8Bytes } from "../../../src/story/limits";
import { brokenParts, parseStory } from "../../../src/story/load";
import { ARTICLES, nth, parseTiny, tinyStoryInput } from "./tiny_story";

const problemsOf = (result: ReturnType<typeof parseStory>) => (result.ok ? [] : result.problems);

describe("parseStory(text, file, articles) within limits", () => {
  it("parseStory(text) of 130 000 events names the limit of 100 000 events", () => {
    const input = tinyStoryInput();
    const event = nth(input.events);
    input.events = Array.from({ length: 130_000 }, (_, i) => ({ ...event, id: `e-${i}` }));
    const problems = problemsOf(parseStory(JSON.stringify(input), "story.json", ARTICLES));
    expect(problems).toEqual([
      {
        file: "story.json",
        path: "events",
        message: 'has 130,000 events; a story may have at most 100,000 (see README, "Limits")',
      },
    ]);
  });

  it("parseStory(text) of more than 200 000 entries in all names that limit", () => {
    const input = tinyStoryInput();
    const place = nth(input.places);
    input.places = Array.from({ length: LIMITS.items + 1 }, (_, i) => ({ ...place, id: `p-${i}` }));
    const problems = problemsOf(parseStory(JSON.stringify(input), "story.json", ARTICLES));
    expect(problems).toHaveLength(1);
    expect(nth(problems).message).toMatch(/^has 200,0\d\d entries in all; a story may have at most 200,000/);
  });

  it("parseStory(text, file, articles) of an article over 5 MB names the article and the limit", () => {
    const articles = new Map(ARTICLES);
    articles.set("a.txt", `${ARTICLES.get("a.txt") ?? ""} ${"ä".repeat(2_600_000)}`);
    const problems = problemsOf(parseTiny(undefined, articles));
    expect(problems).toHaveLength(1);
    expect(nth(problems).file).toBe("a.txt");
    expect(nth(problems).message).toMatch(/an article may have at most 5,000,000 bytes/);
  });

  it("parseStory(text, stories/alps/story.json, articles) names an article over 5 MB by its path beside the story", () => {
    const articles = new Map(ARTICLES);
    articles.set("a.txt", `${ARTICLES.get("a.txt") ?? ""} ${"ä".repeat(2_600_000)}`);
    const text = JSON.stringify(tinyStoryInput());
    const problems = problemsOf(parseStory(text, "stories/alps/story.json", articles));
    expect(problems.map((p) => p.file)).toEqual(["stories/alps/a.txt"]);
  });

  it("parseStory(text) of a story at the limits is not refused for its size", () => {
    expect(parseTiny().ok).toBe(true);
  });

  it("parseStory(text) of 5 000 bad place references and 5 000 schema problems reports all of them", () => {
    const result = parseTiny((input) => {
      const event = nth(input.events);
      input.events = Array.from({ length: 5_000 }, (_, i) => ({
        ...event,
        id: `e-${i}`,
        places: [`nowhere-${i}`],
        category: "not-a-category" as typeof event.category,
      }));
    });
    const problems = problemsOf(result);
    expect(problems.filter((p) => p.message.startsWith("unknown place"))).toHaveLength(5_000);
    expect(problems.filter((p) => p.path.endsWith(".category"))).toHaveLength(5_000);
  });
});

describe("brokenParts(paths)", () => {
  it("brokenParts(paths) matches paths inside a broken one and paths that contain one", () => {
    const overlaps = brokenParts(["events[3]", "movements[0].waypoints[1].lon"]);
    expect(overlaps("events[3].places[0]")).toBe(true);
    expect(overlaps("events[3]")).toBe(true);
    expect(overlaps("movements[0].waypoints[1]")).toBe(true);
    expect(overlaps("movements[0]")).toBe(true);
    expect(overlaps("events[30].places[0]")).toBe(false);
    expect(overlaps("movements[0].waypoints[2].place")).toBe(false);
    expect(overlaps("relations[0]")).toBe(false);
  });

  it("brokenParts(['']) covers everything", () => {
    expect(brokenParts([""])("events[0]")).toBe(true);
  });
});

describe("utf8Bytes(text)", () => {
  it("utf8Bytes(text) counts 1, 2, 3 and 4 byte characters", () => {
    expect(utf8Bytes("a")).toBe(1);
    expect(utf8Bytes("ä")).toBe(2);
    expect(utf8Bytes("€")).toBe(3);
    expect(utf8Bytes("😀")).toBe(4);
    expect(utf8Bytes("aä€😀")).toBe(new TextEncoder().encode("aä€😀").length);
  });
});
