import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { carriedDate, happeningTense } from "../../../src/draft/carried_date";
import { draftStory } from "../../../src/draft/draft";
import { buildGazetteer, type GazetteerData } from "../../../src/draft/gazetteer";
import { parseStory } from "../../../src/story/load";

const gazetteer = buildGazetteer(
  JSON.parse(readFileSync(new URL("../../../src/draft/gazetteer.json", import.meta.url), "utf8")) as GazetteerData,
);

describe("happeningTense(sentence)", () => {
  it.each([
    ["Baku reagierte schnell und entschieden und sagte alle Besuche ab.", "past"],
    ["Teheran lieferte Tausende von Drohnen an Russland.", "past"],
    ["Elf weitere russische Staatsbürger wurden in Baku verhaftet.", "past"],
    ["Der armenische Premierminister traf sich in Istanbul mit Erdogan.", "past"],
    ["Azerbaijan summoned the Russian ambassador in Baku.", "past"],
    ["Russland hat als erstes Land der Welt die Taliban anerkannt.", "present"],
    ["Nordkorea will diese Zahl nun verdreifachen.", "present"],
    ["Russland habe eine weitere Untersuchung angekündigt, erklärte er.", "present"],
  ] as const)("%s → %s", (sentence, tense) => {
    expect(happeningTense(sentence)).toBe(tense);
  });

  it.each([
    ["Könnte Putin bald einen weiteren Krieg gegen Aserbaidschan beginnen?"],
    ["Flugzeugabsturz verschlechterte Beziehungen zwischen Moskau und Baku"],
    ["Putin könnte Armenien an die Nato verlieren, heißt es in Moskau."],
    ["Zweifellos spielte die Beziehung zwischen Putin und Alijew stets eine Rolle."],
    ["„Wir wissen genau, was passiert ist“, sagte er in Baku."],
    ["Die Ukraine liegt zwischen Russland und Polen."],
  ])("%s → no happening", (sentence) => {
    expect(happeningTense(sentence)).toBeUndefined();
  });
});

describe("carriedDate(tense, latestYear, published)", () => {
  it("carries a past happening to the year of the dated sentence before it, at year precision", () => {
    const c = carriedDate("past", 2024, 2025);
    expect([c.rule, c.year, c.period.precision]).toEqual(["narrative", 2024, "year"]);
    expect(c.period.start).toBe(Date.UTC(2024, 0, 1));
    expect(c.period.end).toBe(Date.UTC(2025, 0, 1));
  });
  it("takes the publication year for a current state, and before any dated sentence", () => {
    expect(carriedDate("present", 2022, 2025)).toMatchObject({ rule: "current", year: 2025 });
    expect(carriedDate("past", undefined, 2025)).toMatchObject({ rule: "publication", year: 2025 });
  });
  it("never carries a date after the publication", () => {
    expect(carriedDate("past", 2027, 2025).year).toBe(2025);
  });
});

describe("draftStory(articles, gazetteer) with undated sentences", () => {
  const text = [
    "Im Juni 2025 wurden im russischen Jekaterinburg rund 50 Aserbaidschaner festgenommen. Zwei von ihnen starben infolge von Polizeigewalt in Jekaterinburg.",
    "",
    "Baku reagierte schnell und entschieden und sagte geplante Staatsbesuche in Moskau ab.",
    "",
    "Könnte Putin bald einen weiteren Krieg beginnen?",
  ].join("\n");
  const draft = draftStory([{ file: "a.txt", text, published: "2025" }], gazetteer);
  const events = draft.story.events;

  it("joins an undated happening of the same paragraph to the event before it as a further quote", () => {
    const first = events[0];
    expect(first?.date).toBe("2025-06");
    expect(first?.sources.map((s) => s.quote)).toEqual([
      "Im Juni 2025 wurden im russischen Jekaterinburg rund 50 Aserbaidschaner festgenommen.",
      "Zwei von ihnen starben infolge von Polizeigewalt in Jekaterinburg.",
    ]);
    expect(first?.review?.note).toContain("Further quote");
  });

  it("drafts an undated happening at a place in a new paragraph with the year carried from before it, noted", () => {
    const carried = events[1];
    expect(events).toHaveLength(2);
    expect(carried?.date).toBe("2025");
    expect(carried?.places).toContain("moscow");
    expect(carried?.dateNote).toMatch(/no date in the sentence; carried from its context to the year 2025/);
    expect(carried?.review?.confidence).toBeLessThanOrEqual(0.5);
  });

  it("keeps the draft valid for story:check", () => {
    const result = parseStory(JSON.stringify(draft.story), "story.json", new Map([["a.txt", text]]));
    expect(result.ok ? [] : result.problems).toEqual([]);
  });
});
