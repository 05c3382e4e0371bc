import { describe, expect, it } from "vitest";
import { publishedStory } from "../../../src/author/download";
import { withEditedIds } from "../../../src/author/editor_review";
import { decide, EMPTY_WORK, editEvent, storyOf, type Work } from "../../../src/author/work";
import { parseStory } from "../../../src/story/load";
import type { Review, StoryInput } from "../../../src/story/schema";

const place = (id: string, de: string, en: string, lon: number, lat: number) => ({
  id,
  name: { de, en },
  lon,
  lat,
  kind: "city" as const,
});
const why: Review["why"] = [
  { code: "dateUnknownAnchor", params: { text: "danach" } },
  { code: "placeNamed", params: { names: "Astana" } },
  { code: "titleIsSentence" },
];
const event = (id: string, date: string, where: string, after?: string[]) => ({
  id,
  date,
  places: [where],
  ...(id === "2025-astana" ? { dateNote: "“in dieser Woche”: the date is unknown" } : {}),
  title: { de: id, en: id },
  summary: { de: id, en: id },
  category: "diplomacy" as const,
  actors: [],
  sources: [{ article: "a", quote: id }],
  ...(after ? { after } : {}),
  review: {
    status: "draft" as const,
    confidence: 0.5,
    note: "Date: the date is unknown. Place: Astana. Title and summary are the sentence itself.",
    why,
  },
});
const draft: StoryInput = {
  version: 1,
  meta: {
    title: { de: "T", en: "T" },
    description: { de: "D", en: "D" },
    credit: { de: "C", en: "C" },
    window: { start: "2000", end: "2030" },
    view: {
      bounds: [
        [-180, -60],
        [180, 80],
      ],
    },
  },
  sources: [{ id: "a", title: "A", publisher: "P", published: "2025", publishedNote: "N", file: "a.txt" }],
  places: [place("astana", "Astana", "Astana", 71.4, 51.2), place("yerevan", "Eriwan", "Yerevan", 44.5, 40.2)],
  events: [event("2025-astana", "2025", "astana"), event("2025-06-astana", "2025-06", "astana", ["2025-astana"])],
};
const work: Work = decide(
  decide(
    { ...EMPTY_WORK, draft, candidates: draft.events.map((e) => ({ event: e, decision: "pending" as const })) },
    "2025-astana",
    "accepted",
  ),
  "2025-06-astana",
  "accepted",
);
const edited = editEvent(work, "2025-astana", { date: "2025-05-24", places: ["yerevan"] });

describe("storyOf(work) after the editor changed a date and a place", () => {
  it("replaces the drafter's date and place explanation with the editor's, in both languages", () => {
    const e = storyOf(edited)?.events[0];
    expect(e?.review?.status).toBe("reviewed");
    expect(e?.review?.why).toEqual([
      { code: "dateEditor", params: { date: "2025-05-24" } },
      { code: "placeEditor", params: { names: "Yerevan", de: "Eriwan" } },
      { code: "titleIsSentence" },
    ]);
    expect(e?.review?.note).toMatch(/^Date: set by the editor \(2025-05-24\)\. Place: set by the editor \(Yerevan\)\./);
    expect(JSON.stringify(e)).not.toMatch(/Astana|unknown/);
    expect(e?.dateNote).toEqual({
      de: "Datum: von der Redaktion gesetzt (2025-05-24).",
      en: "Date: set by the editor (2025-05-24).",
    });
  });

  it("keeps the drafter's note of an event the editor did not change", () => {
    expect(storyOf(edited)?.events[1]?.review?.note).toMatch(/Astana/);
  });
});

describe("publishedStory(work)", () => {
  it("gives an edited event an id of its new date and place, references following, and passes the check", () => {
    const story = publishedStory(edited);
    expect(story?.events.map((e) => [e.id, e.after])).toEqual([
      ["2025-05-24-yerevan", undefined],
      ["2025-06-astana", ["2025-05-24-yerevan"]],
    ]);
    const result = parseStory(
      JSON.stringify(story),
      "x/story.json",
      new Map([["a.txt", "2025-astana 2025-06-astana"]]),
    );
    expect(result.ok).toBe(true);
  });

  it("withEditedIds(story, edited) keeps ids unique", () => {
    const story = storyOf(editEvent(edited, "2025-06-astana", { date: "2025-05-24", places: ["yerevan"] }));
    const ids = story ? withEditedIds(story, new Set(["2025-astana", "2025-06-astana"])).events.map((e) => e.id) : [];
    expect(ids).toEqual(["2025-05-24-yerevan", "2025-05-24-yerevan-2"]);
  });
});
