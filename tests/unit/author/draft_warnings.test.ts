import { describe, expect, it } from "vitest";
import { metaKey, sourceKey } from "../../../src/author/details";
import { draftWarnings, languageOf } from "../../../src/author/draft_warnings";
import { liveCheck } from "../../../src/author/live_check";
import { decide, EMPTY_WORK, editEvent, storyOf, type Work } from "../../../src/author/work";
import { ta } from "../../../src/i18n/author";
import type { StoryInput } from "../../../src/story/schema";

const sentence = "Am 20. Mai 2025 traf der Präsident in Baku ein, wo er mit der Regierung verhandelte.";
const draft: StoryInput = {
  version: 1,
  meta: {
    title: { de: "Entwurf: Besuch", en: "Draft: Besuch" },
    description: { de: "Automatischer Entwurf", en: "Automatic draft" },
    credit: { de: "Entwurf: npm run draft", en: "Draft: npm run draft" },
    window: { start: "2025", end: "2025" },
    view: {
      bounds: [
        [40, 30],
        [60, 50],
      ],
    },
  },
  sources: [
    {
      id: "a",
      title: "Besuch",
      publisher: "not stated (draft)",
      published: "2025-05",
      publishedNote: "N",
      file: "a.txt",
    },
  ],
  places: [{ id: "baku", name: { de: "Baku", en: "Baku" }, lon: 49.9, lat: 40.4, kind: "city" }],
  events: [
    {
      id: "2025-05-20-baku",
      date: "2025-05-20",
      places: ["baku"],
      title: { de: sentence, en: sentence },
      summary: { de: sentence, en: sentence },
      category: "diplomacy",
      actors: [],
      sources: [{ article: "a", quote: sentence }],
      review: { status: "draft", confidence: 0.5, note: "n" },
    },
  ],
};
const work: Work = decide(
  {
    ...EMPTY_WORK,
    draft,
    articles: [{ file: "a.txt", text: sentence, published: "2025-05" }],
    candidates: draft.events.map((event) => ({ event, decision: "pending" as const })),
  },
  "2025-05-20-baku",
  "accepted",
);
const words = (lang: "de" | "en") => (key: string, params?: Record<string, string | number>) =>
  ta(lang, key as Parameters<typeof ta>[1], params);

describe("draftWarnings(work, story, lang, words)", () => {
  it("names the draft's title, publisher and an untranslated title and summary, in the page's language", () => {
    const story = storyOf(work);
    const lines = story ? draftWarnings(work, story, "de", words("de")) : [];
    expect(lines).toContain("Hinweis: Titel (deutsch) ist noch der Platzhalter des Entwurfs.");
    expect(lines).toContain("Hinweis: Titel (englisch) ist noch der Platzhalter des Entwurfs.");
    expect(lines).toContain("Hinweis: Das Medium von „a.txt“ ist noch nicht angegeben (Platzhalter des Entwurfs).");
    expect(lines).toContain(
      `Hinweis: Kandidat 1 „${sentence}“, Titel (englisch): noch der Satz des Artikels, nicht übersetzt.`,
    );
    expect(lines.some((l) => l.includes("Zusammenfassung (englisch)"))).toBe(true);
    expect(lines.some((l) => l.includes("(deutsch): noch der Satz"))).toBe(false);
  });

  it("says nothing once the editor has written over every placeholder", () => {
    let done: Work = { ...work, details: {} };
    const details: Record<string, string> = { [sourceKey("a.txt", "publisher")]: "Der Standard" };
    for (const f of ["title", "description", "credit"] as const)
      for (const l of ["de", "en"] as const) details[metaKey(f, l)] = `${f} ${l}`;
    done = editEvent({ ...done, details }, "2025-05-20-baku", {
      title: { de: sentence, en: "The president arrives in Baku" },
      summary: { de: sentence, en: "The president arrived in Baku on 20 May 2025 for talks." },
    });
    const story = storyOf(done);
    expect(story ? draftWarnings(done, story, "en", words("en")) : ["?"]).toEqual([]);
  });

  it("liveCheck(work, lang) keeps the download possible and lists the warnings after the verdict", () => {
    const checked = liveCheck(work, "en");
    expect(typeof checked.story).toBe("object");
    expect(checked.lines[0]).toBe("No problems. Accepted events: 1.");
    expect(checked.lines).toContain("Warning: the publisher of “a.txt” is not stated yet (the draft's placeholder).");
  });
});

describe("languageOf(text)", () => {
  it("tells German from English by common words", () => {
    expect(languageOf(sentence)).toBe("de");
    expect(languageOf("The president arrived in Baku on 20 May and was met at the airport.")).toBe("en");
    expect(languageOf("12345")).toBeUndefined();
  });
});
