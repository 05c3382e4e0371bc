import { describe, expect, it } from "vitest";
import {
  decide,
  EMPTY_WORK,
  editEvent,
  enclosingSpan,
  mergeCandidates,
  redraftCandidates,
  storyOf,
  type Work,
} from "../../../src/author/work";
import type { StoryInput } from "../../../src/story/schema";

const event = (id: string, date: string, place: string, after?: string[]) => ({
  id,
  date,
  places: [place],
  title: { de: id, en: id },
  summary: { de: id, en: id },
  category: "diplomacy" as const,
  actors: [],
  sources: [{ article: "a", quote: id }],
  ...(after ? { after } : {}),
  review: { status: "draft" as const, confidence: 0.5, note: "n" },
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
  places: [
    { id: "baku", name: { de: "Baku", en: "Baku" }, lon: 49.9, lat: 40.4, kind: "city" },
    { id: "moscow", name: { de: "Moskau", en: "Moscow" }, lon: 37.6, lat: 55.8, kind: "city" },
  ],
  events: [
    event("crash", "2024-12", "baku"),
    event("statement", "2024-12", "baku", ["crash"]),
    event("visit", "2025-05", "moscow"),
  ],
};
const work: Work = {
  ...EMPTY_WORK,
  draft,
  candidates: draft.events.map((e) => ({ event: e, decision: "pending" as const })),
};

describe("storyOf(work)", () => {
  it("keeps only accepted events, their places, marks them reviewed and drops constraints to rejected events", () => {
    const next = decide(decide(decide(work, "statement", "accepted"), "visit", "accepted"), "crash", "rejected");
    const story = storyOf(next);
    expect(story?.events.map((e) => [e.id, e.after, e.review?.status])).toEqual([
      ["statement", undefined, "reviewed"],
      ["visit", undefined, "reviewed"],
    ]);
    expect(story?.places.map((p) => p.id)).toEqual(["baku", "moscow"]);
    expect(story?.meta.window).toEqual({ start: "2024", end: "2025" });
  });

  it("editEvent(work, id, change) changes the candidate the story is made of", () => {
    const next = editEvent(decide(work, "visit", "accepted"), "visit", { places: ["baku"] });
    expect(storyOf(next)?.events[0]?.places).toEqual(["baku"]);
    expect(storyOf(next)?.places.map((p) => p.id)).toEqual(["baku"]);
  });

  it("keeps the window from the other events while a date is empty or free text (no NaN or year 0)", () => {
    const next = editEvent(decide(decide(work, "visit", "accepted"), "crash", "accepted"), "crash", { date: "Juni" });
    expect(storyOf(next)?.meta.window).toEqual({ start: "2025", end: "2025" });
    expect(storyOf(editEvent(next, "crash", { date: "" }))?.meta.window).toEqual({ start: "2025", end: "2025" });
  });

  it("is undefined before anything is drafted", () => {
    expect(storyOf(EMPTY_WORK)).toBeUndefined();
  });
});

describe("mergeCandidates(work, into, id)", () => {
  it("makes one event with both quotes, both places and the span of both dates", () => {
    const next = mergeCandidates(work, "crash", "visit");
    expect(next.candidates.map((c) => c.event.id)).toEqual(["crash", "statement"]);
    expect(next.candidates[0]?.event).toMatchObject({
      date: "2024-12",
      end: "2025-05",
      places: ["baku", "moscow"],
      sources: [
        { article: "a", quote: "crash" },
        { article: "a", quote: "visit" },
      ],
    });
  });

  it("points order constraints at the merged event", () => {
    const next = mergeCandidates(work, "visit", "crash");
    expect(next.candidates.find((c) => c.event.id === "statement")?.event.after).toEqual(["visit"]);
  });

  it("keeps an accepted event accepted when it is merged into an unreviewed one (either order)", () => {
    const accepted = decide(work, "statement", "accepted");
    const intoPending = mergeCandidates(accepted, "crash", "statement");
    expect(intoPending.candidates.find((c) => c.event.id === "crash")?.decision).toBe("accepted");
    expect(storyOf(intoPending)?.events.map((e) => e.id)).toEqual(["crash"]);
    const intoAccepted = mergeCandidates(accepted, "statement", "crash");
    expect(intoAccepted.candidates.find((c) => c.event.id === "statement")?.decision).toBe("accepted");
  });

  it("remembers the merged-away id, so that a new draft does not bring it back", () => {
    const next = mergeCandidates(decide(work, "crash", "accepted"), "crash", "visit");
    expect(next.merged).toEqual(["visit"]);
    const redrafted = redraftCandidates(next, draft.events);
    expect(redrafted.map((c) => [c.event.id, c.decision])).toEqual([
      ["crash", "accepted"],
      ["statement", "pending"],
    ]);
    expect(redrafted[0]?.event.sources).toHaveLength(2);
  });

  it("gives the enclosing span at the coarser precision: 2025-05-20 – 2025-05-21 with 2025-05 is 2025-05", () => {
    const days = editEvent(work, "crash", { date: "2025-05-20", end: "2025-05-21" });
    const next = mergeCandidates(days, "crash", "visit");
    expect(next.candidates[0]?.event.date).toBe("2025-05");
    expect(next.candidates[0]?.event.end).toBeUndefined();
  });
});

describe("enclosingSpan(dates)", () => {
  it("cuts to the vaguest precision: 2024-12 and 2025-02-03 give 2024-12 – 2025-02", () => {
    expect(enclosingSpan(["2024-12", "2024-12", "2025-02-03", "2025-02-03"])).toEqual(["2024-12", "2025-02"]);
    expect(enclosingSpan(["2025-05-20", "2025-05-21"])).toEqual(["2025-05-20", "2025-05-21"]);
  });
});
