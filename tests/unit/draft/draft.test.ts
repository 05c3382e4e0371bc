import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { draftStory } from "../../../src/draft/draft";
import { buildGazetteer, type GazetteerData } from "../../../src/draft/gazetteer";
import { MAX_ARTICLE_CHARS } from "../../../src/draft/input";
import { LIMITS } from "../../../src/story/limits";
import { parseStory } from "../../../src/story/load";

const gazetteer = buildGazetteer(
  JSON.parse(readFileSync(new URL("../../../src/draft/gazetteer.json", import.meta.url), "utf8")) as GazetteerData,
);

const ARTICLE = [
  "Im Dezember 2024 stürzte ein Passagierflugzeug bei Aktau in Kasachstan ab.",
  "Drei Tage nach dem Absturz erklärte der aserbaidschanische Präsident in Baku, Russland trage die Schuld.",
  "Der russische Außenminister Sergej Lawrow besuchte Eriwan am 20. und 21. Mai 2025.",
  "Elf weitere russische Staatsbürger wurden festgenommen.",
  "Im Juni wurden im russischen Jekaterinburg rund 50 Aserbaidschaner festgenommen.",
].join(" ");

function checked(text: string, published = "2025-07") {
  const draft = draftStory([{ file: "article.txt", text, published }], gazetteer);
  const result = parseStory(JSON.stringify(draft.story), "story.json", new Map([["article.txt", text]]));
  return { draft, result };
}

describe("draftStory(articles, gazetteer)", () => {
  it("drafts one event per dated sentence that passes story:check (schema, references, verbatim quotes)", () => {
    const { draft, result } = checked(ARTICLE);
    expect(result.ok ? [] : result.problems).toEqual([]);
    expect(draft.story.events.map((e) => [e.date, e.end, e.places])).toEqual([
      ["2024-12", undefined, ["aktau"]],
      ["2024-12", "2025-01", ["baku"]],
      ["2025-05-20", "2025-05-21", ["yerevan"]],
      ["2025-06", undefined, ["yekaterinburg"]],
    ]);
  });

  it("marks every drafted event as a draft with a confidence and a note, and keeps order constraints", () => {
    const { draft } = checked(ARTICLE);
    for (const e of draft.story.events) {
      expect(e.review?.status).toBe("draft");
      expect(e.review?.confidence).toBeGreaterThan(0);
      expect(e.review?.confidence).toBeLessThanOrEqual(1);
      expect(e.review?.note).toMatch(/Date: .*Place: /);
    }
    const [crash, statement] = draft.story.events;
    expect(statement?.after).toEqual([crash?.id]);
    expect(statement?.dateNote).toContain("Drei Tage nach dem Absturz");
  });

  it("gives places their GeoNames id and actors their ISO alpha-3 codes", () => {
    const { draft } = checked(ARTICLE);
    expect(draft.story.places.find((p) => p.id === "yekaterinburg")).toMatchObject({
      geonamesId: 1486209,
      country: "RUS",
    });
    expect(draft.story.events[3]?.actors).toEqual(["RUS", "AZE"]);
  });

  it("every drafted quote is a substring of its article (property)", () => {
    const fragments = [
      "Im Dezember 2024 stürzte ein Flugzeug bei Aktau ab.",
      "Am folgenden Tag reagierte Moskau.",
      "Lavrov visited Yerevan on May 20–21, 2025.",
      "Ende April fand in Neu-Delhi ein Treffen statt.",
      "Seit 2014 greift Moskau die Region Luhansk an.",
      "In dieser Woche verbreiteten Medien in Baku ein Schreiben.",
      "St. Petersburg, 9. Mai:",
      "Kein Datum hier.",
    ];
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...fragments), fc.string({ maxLength: 30 })), { maxLength: 12 }),
        fc.array(fc.constantFrom(" ", "\n", "  ", "\n\n", ". ", "\t", "«"), { minLength: 12, maxLength: 12 }),
        (parts, seps) => {
          const text = parts.map((p, i) => p + (seps[i] ?? " ")).join("");
          const { story } = draftStory([{ file: "a.txt", text, published: "2025" }], gazetteer);
          for (const e of story.events) for (const q of e.sources) expect(text).toContain(q.quote);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe("draftStory(articles, gazetteer) on bad input", () => {
  it("an empty text gives a message and an empty draft", () => {
    const draft = draftStory([{ file: "empty.txt", text: "  \n ", published: "2025" }], gazetteer);
    expect(draft.messages).toEqual(["empty.txt: the text is empty; nothing to draft"]);
    expect(draft.story.events).toEqual([]);
  });

  it("binary junk gives a message and an empty draft", () => {
    const junk = Array.from({ length: 5000 }, (_, i) => String.fromCharCode((i * 7919) % 256)).join("");
    const draft = draftStory([{ file: "junk.txt", text: junk, published: "2025" }], gazetteer);
    expect(draft.messages[0]).toMatch(/binary data/);
    expect(draft.story.events).toEqual([]);
  });

  it("a text in another language gives a message and a partial draft (years and gazetteer names only)", () => {
    const text =
      "Le président est arrivé à Moscou pour une visite officielle. Cette rencontre a eu lieu en 2024 à Bakou, selon les médias locaux qui ont publié un communiqué sur les relations entre les deux pays.";
    const draft = draftStory([{ file: "fr.txt", text, published: "2025" }], gazetteer);
    expect(draft.messages[0]).toMatch(/neither German nor English/);
  });

  it("a text with no datable sentence gives a message and no events", () => {
    const draft = draftStory(
      [{ file: "nodate.txt", text: "Moskau reagierte scharf. Baku schwieg.", published: "2025" }],
      gazetteer,
    );
    expect(draft.messages).toEqual(["nodate.txt: no sentence with a date was found; no events drafted"]);
    expect(draft.story.events).toEqual([]);
  });

  it("a dated sentence with no place says dates were found but no place", () => {
    const draft = draftStory(
      [{ file: "noplace.txt", text: "Am 5. Mai 2025 wurde abgestimmt. Das Ergebnis war knapp.", published: "2025" }],
      gazetteer,
    );
    expect(draft.messages).toEqual([
      "noplace.txt: 1 sentence(s) with a date were found, but none names a place or country the gazetteer knows, and no sentence before them does; no events drafted",
    ]);
    expect(draft.story.events).toEqual([]);
  });

  it("a 5 MB text is cut at a sentence end before the limit, with a message; the cut text is what its quotes and story:check see", () => {
    const sentence = "Im Dezember 2024 reagierte Moskau auf einen Vorfall in Baku. ";
    const text = sentence.repeat(Math.ceil(5_000_000 / sentence.length));
    const draft = draftStory([{ file: "big.txt", text, published: "2025" }], gazetteer);
    expect(draft.messages[0]).toMatch(/cut after the last sentence before that .*keeps only the cut text/);
    const kept = draft.texts.get("big.txt") ?? "";
    const whole = Math.floor(MAX_ARTICLE_CHARS / sentence.length);
    expect(kept).toBe(sentence.repeat(whole).trimEnd());
    expect(new TextEncoder().encode(kept).length).toBeLessThanOrEqual(LIMITS.articleBytes);
    expect(draft.story.events.length).toBe(whole);
    const result = parseStory(JSON.stringify(draft.story), "story.json", new Map([["big.txt", kept]]));
    expect(result.ok ? [] : result.problems).toEqual([]);
  }, 60_000);

  it("a 5 MB text without any punctuation or line break is cut into sentences, not one quote", () => {
    const text = "wort ".repeat(1_000_000);
    const draft = draftStory([{ file: "flat.txt", text, published: "2025" }], gazetteer);
    expect(draft.story.events).toEqual([]);
  }, 60_000);

  it("a publication date that is not a date is reported", () => {
    const draft = draftStory([{ file: "a.txt", text: ARTICLE, published: "July 2025" }], gazetteer);
    expect(draft.messages[0]).toMatch(/not YYYY, YYYY-MM or YYYY-MM-DD/);
  });
});
