import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { draftStory } from "../../../src/draft/draft";
import { buildGazetteer, type GazetteerData } from "../../../src/draft/gazetteer";

const gazetteer = buildGazetteer(
  JSON.parse(readFileSync(new URL("../../../src/draft/gazetteer.json", import.meta.url), "utf8")) as GazetteerData,
);

function draft(text: string) {
  return draftStory([{ file: "a.txt", text, published: "2025-07" }], gazetteer).story;
}

describe("draftStory(articles, gazetteer), English country names", () => {
  it('"talks were held in Armenia" → Armenia the country (Yerevan, ARM), not Armenia in Colombia', () => {
    const story = draft("In May 2025 talks were held in Armenia.");
    expect(story.events.map((e) => [e.places, e.actors])).toEqual([[["yerevan"], ["ARM"]]]);
  });

  it('"Armenia and Azerbaijan fought" → actors ARM and AZE', () => {
    const story = draft("Armenia and Azerbaijan fought a war in 2020.");
    expect(story.events[0]?.actors).toEqual(["ARM", "AZE"]);
  });

  it("Armenia is the Colombian city in an article about Colombia", () => {
    const story = draft("Bogotá and Medellín sent aid. In 1999 an earthquake struck Armenia in Colombia.");
    expect(story.places.find((p) => p.id === "armenia")?.country).toBe("COL");
  });

  it('"Georgia" is the country (GEO) in an article about the Caucasus', () => {
    const story = draft("In August 2008 Russia and Georgia fought a five-day war.");
    expect(story.events[0]?.actors).toEqual(["RUS", "GEO"]);
    expect(story.events[0]?.places).toEqual(["moscow", "tbilisi"]);
  });

  it('"Georgia" is not the Caucasus country in an article about the United States', () => {
    const story = draft(
      "In 2024 the United States held elections. Voters in Atlanta, Georgia queued for hours in November 2024.",
    );
    expect(story.events.flatMap((e) => e.actors ?? [])).not.toContain("GEO");
    expect(story.places.map((p) => p.id)).not.toContain("tbilisi");
  });
});

describe("draftStory(articles, gazetteer), capitals that stand for their state", () => {
  it('"Moskaus Antwort" is Russia acting, not a place in Moscow: the sentence is placed at the capitals of the countries it names', () => {
    const story = draft("Im Jahr 2024 fror Armenien seine Teilnahme an der OVKS ein – Moskaus Antwort auf die NATO.");
    expect(story.events[0]?.places).toEqual(["yerevan", "moscow"]);
  });

  it('"Solidarität mit Baku" is Azerbaijan; "besuchte Eriwan" stays a place', () => {
    expect(
      draft("Die Türkei schloss 1993 ihre Grenze zu Armenien, aus Solidarität mit Baku.").events[0]?.places,
    ).toEqual(["ankara", "yerevan"]);
    expect(draft("Lawrow besuchte Eriwan am 20. Mai 2025.").events[0]?.places).toEqual(["yerevan"]);
  });
});
