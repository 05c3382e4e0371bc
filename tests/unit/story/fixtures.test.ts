import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Feature } from "geojson";
import type { Topology } from "topojson-specification";
import { describe, expect, it } from "vitest";
import { countryShapes } from "../../../src/map/basemap";
import { formatProblem } from "../../../src/story/errors";
import { storyToCSV, storyToGeoJSON } from "../../../src/story/export";
import { parseStory } from "../../../src/story/load";
import { rfc7946Problems } from "./rfc7946";

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
    const eventRows = storyToCSV(story, "de")
      .split("\r\n")
      .filter((line) => line.startsWith("event,"));
    expect(eventRows).toHaveLength(story.events.reduce((sum, e) => sum + e.places.length, 0));
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

describe("storyToGeoJSON(caucasus, lang, countryShapes(basemap))", () => {
  it("storyToGeoJSON(caucasus, lang, countryShapes(basemap)) gives all 17 membership changes a country and is valid RFC 7946", () => {
    const dir = "data/stories/caucasus";
    const articles = new Map(
      readdirSync(dir)
        .filter((name) => name.endsWith(".txt"))
        .map((name) => [name, readFileSync(join(dir, name), "utf8")] as const),
    );
    const result = parseStory(readFileSync(join(dir, "story.json"), "utf8"), `${dir}/story.json`, articles);
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join("\n"));
    const topology = JSON.parse(readFileSync("public/basemap/countries.topo.json", "utf8")) as Topology;
    const collection = JSON.parse(JSON.stringify(storyToGeoJSON(result.story, "de", countryShapes(topology))));
    const memberships = collection.features.filter((f: Feature) => f.properties?.kind === "membership");
    expect(memberships).toHaveLength(17);
    for (const m of memberships) expect(["Polygon", "MultiPolygon"]).toContain(m.geometry?.type);
    expect(rfc7946Problems(collection)).toEqual([]);
  });
});
