import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatProblem } from "../../../src/story/errors";
import { storyToCSV, storyToGeoJSON } from "../../../src/story/export";
import { parseStory } from "../../../src/story/load";

/** The fixture stories on disk, read the way scripts/story_check.ts reads a story folder. */
function parseFixture(slug: string) {
  const dir = join("tests/fixtures/stories", slug);
  const articles = new Map(
    readdirSync(dir)
      .filter((name) => name.endsWith(".txt"))
      .map((name) => [name, readFileSync(join(dir, name), "utf8")] as const),
  );
  return parseStory(readFileSync(join(dir, "story.json"), "utf8"), `${dir}/story.json`, articles);
}

describe("parseStory(fixture)", () => {
  it("parseStory(alps) accepts a story outside the Caucasus", () => {
    const result = parseFixture("alps");
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join("\n"));
    const { story } = result;
    expect(new Set(story.events.map((e) => e.date.length))).toEqual(new Set([4, 7, 10]));
    expect(storyToGeoJSON(story, "en").features).toHaveLength(4 + 3 + 1 + 2 + 1);
    expect(storyToCSV(story, "de").split("\r\n")).toHaveLength(1 + 3 + 1);
  });

  it("parseStory(broken) reports every problem at once", () => {
    const result = parseFixture("broken");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map(formatProblem)).toEqual([
      'tests/fixtures/stories/broken/story.json: events[1].id: duplicate id "bruecke" (first used at events[0])',
      'tests/fixtures/stories/broken/story.json: events[0].places[1]: unknown place "davos"',
      'tests/fixtures/stories/broken/story.json: events[0].sources[0].quote: quote not found verbatim in article "notiz": "In Chur wurde eine Brücke eingeweiht."',
      'tests/fixtures/stories/broken/story.json: events[1].end: "2025-02" ends before it starts ("2025-03-03")',
    ]);
  });
});
