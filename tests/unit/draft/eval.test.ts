import { describe, expect, it } from "vitest";
import { evaluateDraft } from "../../../src/draft/eval";
import type { Story, StoryInput } from "../../../src/story/schema";

const TEXT = "Am 5. Mai 2025 besuchte Lawrow Eriwan. Im Jahr 2025 sprach Paschinjan in Eriwan.";
const place = { id: "yerevan", name: { de: "Eriwan", en: "Yerevan" }, lon: 44.51, lat: 40.18, kind: "city" as const };

function story(events: { id: string; date: string; quote: string }[]): StoryInput {
  return {
    version: 1,
    meta: {
      title: { de: "T", en: "T" },
      description: { de: "D", en: "D" },
      credit: { de: "C", en: "C" },
      window: { start: "2025", end: "2025" },
      view: {
        bounds: [
          [40, 38],
          [48, 42],
        ],
      },
      countries: {},
    },
    sources: [{ id: "a", title: "A", publisher: "P", published: "2025", file: "a.txt" }],
    places: [place],
    events: events.map((e) => ({
      id: e.id,
      date: e.date,
      places: ["yerevan"],
      title: { de: e.id, en: e.id },
      summary: { de: e.id, en: e.id },
      category: "diplomacy",
      sources: [{ article: "a", quote: e.quote }],
    })),
  } as StoryInput;
}

describe("evaluateDraft(draft, reference, articles)", () => {
  const reference = story([
    { id: "visit", date: "2025-05-05", quote: "Am 5. Mai 2025 besuchte Lawrow Eriwan." },
  ]) as Story;

  it("a candidate from another sentence does not match, though its year-wide date and its place overlap", () => {
    const draft = story([{ id: "speech", date: "2025", quote: "Im Jahr 2025 sprach Paschinjan in Eriwan." }]);
    const result = evaluateDraft(draft, reference, new Map([["a", TEXT]]));
    expect([result.recall, result.precision]).toEqual([0, 0]);
    expect(result.unmatched).toEqual([
      { id: "speech", kind: "no event", quote: "Im Jahr 2025 sprach Paschinjan in Eriwan." },
    ]);
  });

  it("a candidate from the same sentence matches; one whose window is two years wide does not", () => {
    const quote = "Am 5. Mai 2025 besuchte Lawrow Eriwan.";
    const good = evaluateDraft(story([{ id: "c", date: "2025-05", quote }]), reference, new Map([["a", TEXT]]));
    expect([good.recall, good.precision]).toEqual([1, 1]);
    const wide = story([{ id: "c", date: "2024", quote }]);
    (wide.events[0] as { end?: string }).end = "2025";
    const result = evaluateDraft(wide, reference, new Map([["a", TEXT]]));
    expect([result.recall, result.precision, result.unmatched[0]?.kind]).toEqual([0, 0, "date"]);
  });
});
