import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { pastClause, withoutClause } from "../../../src/draft/clauses";
import { draftStory } from "../../../src/draft/draft";
import { buildGazetteer, type GazetteerData } from "../../../src/draft/gazetteer";

const gazetteer = buildGazetteer(
  JSON.parse(readFileSync(new URL("../../../src/draft/gazetteer.json", import.meta.url), "utf8")) as GazetteerData,
);
const DE =
  "Im Oktober 2023 ratifizierte Armenien das Statut des Strafgerichtshofs, der im März 2023, ein halbes Jahr zuvor, einen Haftbefehl gegen Putin erlassen hatte.";
const EN =
  "In October 2023 Armenia ratified the statute of the court, which had issued a warrant for Putin in March 2023.";
const slice = (text: string, c: { start: number; end: number } | undefined) => c && text.slice(c.start, c.end);

describe("pastClause(sentence, at)", () => {
  it("finds the pluperfect relative clause a date lies in, German and English", () => {
    expect(slice(DE, pastClause(DE, DE.indexOf("März")))).toBe(
      "der im März 2023, ein halbes Jahr zuvor, einen Haftbefehl gegen Putin erlassen hatte",
    );
    expect(slice(EN, pastClause(EN, EN.indexOf("March")))).toBe("which had issued a warrant for Putin in March 2023");
  });

  it("finds none for a date of the main clause or a clause in another tense", () => {
    expect(pastClause(DE, DE.indexOf("Oktober"))).toBeUndefined();
    const present = "Armenien unterzeichnete im Oktober 2023 das Statut, das im März 2024 gilt.";
    expect(pastClause(present, present.indexOf("März"))).toBeUndefined();
  });
});

describe("withoutClause(sentence, clause)", () => {
  it("cuts a clause that ends the sentence, and keeps the whole sentence otherwise", () => {
    const clause = pastClause(DE, DE.indexOf("März"));
    if (!clause) throw new Error("no clause");
    expect(slice(DE, withoutClause(DE, clause))).toBe(
      "Im Oktober 2023 ratifizierte Armenien das Statut des Strafgerichtshofs",
    );
    const middle = `${DE.slice(0, -1)}, und Moskau protestierte.`;
    const inner = pastClause(middle, middle.indexOf("März"));
    if (!inner) throw new Error("no clause");
    expect(slice(middle, withoutClause(middle, inner))).toBe(middle);
  });
});

describe("draftStory(articles, gazetteer) with a date in a past clause", () => {
  it("dates the main event by its own date and quotes the clause for the clause's date", () => {
    for (const text of [DE, EN]) {
      const events = draftStory([{ file: "a.txt", text, published: "2025" }], gazetteer).story.events;
      expect(events.map((e) => [e.date, text.includes(e.sources[0]?.quote ?? "-")])).toEqual([
        ["2023-10", true],
        ["2023-03", true],
      ]);
      expect(events[0]?.sources[0]?.quote).not.toContain("2023-03");
      expect(events[0]?.sources[0]?.quote).not.toMatch(/März|March/);
      expect(events[1]?.sources[0]?.quote).toMatch(/^(der|which)/);
    }
  });
});
