import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { reviewNote } from "../../../src/author/review_note";
import { draftStory } from "../../../src/draft/draft";
import { buildGazetteer, type GazetteerData } from "../../../src/draft/gazetteer";
import { type AuthorKey, ta } from "../../../src/i18n/author";
import type { Review } from "../../../src/story/schema";

const de = (key: AuthorKey, params?: Record<string, string | number>) => ta("de", key, params);
const en = (key: AuthorKey, params?: Record<string, string | number>) => ta("en", key, params);

const review = (why?: Review["why"]): Review => ({
  status: "draft",
  confidence: 0.5,
  note: "Date: stated. Place: Baku.",
  ...(why ? { why } : {}),
});

describe("reviewNote(review, s)", () => {
  it("words each code in the page's language with its parameters", () => {
    const r = review([
      { code: "dateStated", params: { text: "am 20. Mai 2025" } },
      { code: "placeCapitals", params: { codes: "AZE" } },
    ]);
    expect(reviewNote(r, de)).toBe(
      "Datum: „am 20. Mai 2025“ steht im Satz. Ort: Der Satz nennt keinen; die Hauptstadt jedes genannten Landes (AZE).",
    );
    expect(reviewNote(r, en)).toBe(
      "Date: “am 20. Mai 2025” is stated in the sentence. Place: the sentence names none; the capital of each country it names (AZE).",
    );
  });

  it("shows the English note of a review without codes or with a code it does not know", () => {
    expect(reviewNote(review(), de)).toBe("Date: stated. Place: Baku.");
    expect(reviewNote(review([{ code: "dateFromTheFuture" }]), de)).toBe("Date: stated. Place: Baku.");
    expect(reviewNote(undefined, de)).toBe("");
  });

  it("words every note the drafter writes, in German and English, with every parameter filled", () => {
    const gazetteer = buildGazetteer(
      JSON.parse(readFileSync(new URL("../../../src/draft/gazetteer.json", import.meta.url), "utf8")) as GazetteerData,
    );
    const text = readFileSync(
      new URL("../../../data/stories/caucasus/001_ae1e676b21058354.txt", import.meta.url),
      "utf8",
    );
    const { story } = draftStory([{ file: "a.txt", text, published: "2025" }], gazetteer);
    expect(story.events.length).toBeGreaterThan(10);
    for (const e of story.events) {
      expect(e.review?.why?.length).toBeGreaterThan(0);
      for (const s of [de, en]) {
        const note = reviewNote(e.review, s);
        expect(note).not.toBe(e.review?.note);
        expect(note).not.toMatch(/\{\w+\}/);
      }
      expect(reviewNote(e.review, de)).toMatch(/^Datum: .* Ort: /);
    }
  });
});
