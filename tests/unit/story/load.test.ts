import { describe, expect, it } from "vitest";
import { StoryError } from "../../../src/story/errors";
import { loadStory, parseStory } from "../../../src/story/load";
import { ARTICLES, nth, parseTiny, tinyStoryInput } from "./tiny_story";

function jsonProblem(text: string): string {
  const result = parseStory(text, "story.json");
  if (result.ok) throw new Error("expected a problem");
  expect(result.problems).toHaveLength(1);
  return nth(result.problems).message;
}

describe("parseStory(text, file, articles)", () => {
  it("parseStory(text) of a truncated file reports line and column", () => {
    expect(jsonProblem('{\n  "version": 1,\n  "meta": {\n')).toBe(
      "is not valid JSON: unexpected end of the file (is it truncated?) at line 4, column 1",
    );
  });

  it("parseStory(text) of a trailing comma reports line and column of the comma", () => {
    expect(jsonProblem('{\n  "events": [1, 2,],\n  "x": 1\n}')).toBe(
      'is not valid JSON: trailing comma before "]" (JSON does not allow it) at line 2, column 18',
    );
  });

  it("parseStory(text) of an empty file says it is empty", () => {
    expect(jsonProblem("  \n")).toBe("is empty (expected a JSON object)");
  });

  it("parseStory(text) of a missing comma reports line and column", () => {
    expect(jsonProblem('{\n  "a": 1\n  "b": 2\n}')).toBe(
      'is not valid JSON: expected "," or "}" after a property value, found """ at line 3, column 3',
    );
  });

  it("parseStory(text) of single quotes explains that JSON needs double quotes", () => {
    expect(jsonProblem("{\"a\": 'x'}")).toBe(
      'is not valid JSON: unexpected "\'" where a value should start (JSON needs double quotes) at line 1, column 7',
    );
  });

  it("parseStory(text) accepts a byte order mark", () => {
    const text = `\uFEFF${JSON.stringify(tinyStoryInput())}`;
    expect(parseStory(text, "story.json", ARTICLES).ok).toBe(true);
  });

  it("parseStory(text) reports every problem at once, each with file and path", () => {
    const result = parseTiny((s) => {
      nth(s.events).date = "2024-13";
      nth(s.places).lon = 181;
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => [p.file, p.path])).toEqual([
      ["story.json", "places[0].lon"],
      ["story.json", "events[0].date"],
    ]);
  });

  it("parseStory(text) reports cross-reference problems with file and path", () => {
    const result = parseTiny((s) => {
      nth(s.events).places = ["atlantis"];
    });
    expect(result).toEqual({
      ok: false,
      problems: [{ file: "story.json", path: "events[0].places[0]", message: 'unknown place "atlantis"' }],
    });
  });

  it("parseStory(text) reports schema and cross-reference problems at once", () => {
    const result = parseTiny((s) => {
      nth(s.events).date = "2024-13-45";
      nth(s.events).places = ["atlantis"];
    });
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          file: "story.json",
          path: "events[0].date",
          message: '"2024-13-45" is not a valid date (expected YYYY, YYYY-MM or YYYY-MM-DD)',
        },
        { file: "story.json", path: "events[0].places[0]", message: 'unknown place "atlantis"' },
      ],
    });
  });
});

describe("loadStory(text, file, articles)", () => {
  it("loadStory(text) returns the story when valid", () => {
    expect(loadStory(JSON.stringify(tinyStoryInput()), "story.json", ARTICLES).events).toHaveLength(1);
  });

  it.each([
    ["malformed JSON", "{"],
    ["null", "null"],
    ["an array", "[]"],
    ["a schema error", JSON.stringify({ ...tinyStoryInput(), version: 2 })],
    ["absurd nesting", "[".repeat(200_000)],
  ])("loadStory(text) of %s throws only StoryError", (_, text) => {
    let thrown: unknown;
    try {
      loadStory(text, "story.json", ARTICLES);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(StoryError);
    expect((thrown as StoryError).problems.length).toBeGreaterThan(0);
    expect((thrown as StoryError).message).toMatch(/^story\.json: /);
  });
});
