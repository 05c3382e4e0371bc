import { describe, expect, it } from "vitest";
import { applyAddition, needsGazetteer, quoteOf } from "../../../src/author/addition_actions";
import { removeAddition } from "../../../src/author/additions";
import { EMPTY_WORK, storyOf, type Work } from "../../../src/author/work";
import { buildGazetteer } from "../../../src/draft/gazetteer";
import { parseStory } from "../../../src/story/load";
import type { StoryInput } from "../../../src/story/schema";

const TEXT =
  "Am 25. Dezember 2024 flog die Maschine von Baku nach Grosny. Im Juni 2025 verschlechterten sich die Beziehungen.";
const gazetteer = buildGazetteer({
  minPopulation: 0,
  cities: [
    [587084, "Baku", "", 49.892, 40.378, "AZE", 1116513, 1],
    [524901, "Moscow", "", 37.617, 55.756, "RUS", 10381222, 1],
  ],
  countries: [],
});
const draft: StoryInput = {
  version: 1,
  meta: {
    title: { de: "T", en: "T" },
    description: { de: "D", en: "D" },
    credit: { de: "C", en: "C" },
    window: { start: "2024", end: "2025" },
    view: {
      bounds: [
        [30, 30],
        [60, 60],
      ],
    },
  },
  sources: [{ id: "a", title: "A", publisher: "P", published: "2025-07", publishedNote: "N", file: "a.txt" }],
  places: [
    { id: "baku", name: { de: "Baku", en: "Baku" }, lon: 49.892, lat: 40.378, kind: "city", country: "AZE" },
    { id: "grozny", name: { de: "Grosny", en: "Grozny" }, lon: 45.694, lat: 43.312, kind: "city", country: "RUS" },
  ],
  events: [],
};
const work: Work = {
  ...EMPTY_WORK,
  articles: [{ file: "a.txt", text: TEXT, published: "2025-07" }],
  draft,
  candidates: [
    {
      decision: "accepted",
      event: {
        id: "flight",
        date: "2024-12-25",
        places: ["baku"],
        title: { de: "Flug", en: "Flight" },
        summary: { de: "Flug", en: "Flight" },
        category: "aviation",
        actors: ["AZE"],
        sources: [{ article: "a", quote: "Am 25. Dezember 2024 flog die Maschine von Baku nach Grosny." }],
      },
    },
  ],
};
const sentence = (index: number) => ({ article: "a.txt", index });
const ok = (result: ReturnType<typeof applyAddition>) => {
  if ("error" in result) throw new Error(result.error);
  return result.work;
};
const check = (w: Work) => {
  const result = parseStory(JSON.stringify(storyOf(w)), "t/story.json", new Map([["a.txt", TEXT]]));
  return result.ok ? [] : result.problems.map((p) => p.message);
};

describe("author/additions", () => {
  it("quoteOf(work, sentence) quotes the chosen sentence verbatim, as its source's quote", () => {
    expect(quoteOf(work, sentence(1))).toEqual({
      article: "a",
      quote: "Im Juni 2025 verschlechterten sich die Beziehungen.",
    });
    expect(quoteOf(work, sentence(9))).toBeUndefined();
  });

  it("applyAddition(work, …) without a chosen sentence (the picker's default) asks for one, never quotes a marker", () => {
    const result = applyAddition(
      work,
      {
        type: "add-relation",
        countries: ["AZE", "RUS"],
        state: "strained",
        date: "2025-06",
        sentence: { article: "", index: 0 },
      },
      gazetteer,
      "de",
    );
    expect(result).toEqual({ error: expect.stringContaining("Bitte einen Satz") });
  });

  it("needsGazetteer(work, action) only for a relation with a chosen sentence: a form without one is answered at once", () => {
    const membership = {
      type: "add-membership",
      org: "OVKS",
      country: "ARM",
      status: "frozen",
      date: "2024-02",
      sentence: { article: "", index: 0 },
    } as const;
    expect(needsGazetteer(work, membership)).toBe(false);
    expect(applyAddition(work, membership, undefined, "de")).toEqual({
      error: expect.stringContaining("Bitte einen Satz"),
    });
    const relation = {
      type: "add-relation" as const,
      countries: ["AZE", "RUS"] as [string, string],
      state: "strained",
      date: "2025-06",
    };
    expect(needsGazetteer(work, { ...relation, sentence: { article: "", index: 0 } })).toBe(false);
    expect(needsGazetteer(work, { ...relation, sentence: sentence(1) })).toBe(true);
  });

  it("applyAddition(work, add-movement) gives a schema-valid movement between two known places", () => {
    const next = ok(
      applyAddition(
        work,
        {
          type: "add-movement",
          event: "",
          kind: "flight",
          from: "baku",
          to: "grozny",
          start: "2024-12-25",
          end: "",
          label: { de: "", en: "" },
          sentence: sentence(0),
        },
        gazetteer,
        "de",
      ),
    );
    expect(next.movements).toEqual([
      {
        id: "flight-baku-grozny",
        kind: "flight",
        label: { de: "Flug Baku – Grosny", en: "Flight Baku – Grozny" },
        start: "2024-12-25",
        waypoints: [{ place: "baku" }, { place: "grozny" }],
        sources: [{ article: "a", quote: "Am 25. Dezember 2024 flog die Maschine von Baku nach Grosny." }],
      },
    ]);
    expect(storyOf(next)?.places.map((p) => p.id)).toEqual(["baku", "grozny"]);
    expect(check(next)).toEqual([]);
    expect(removeAddition(next, "movement", "flight-baku-grozny").movements).toEqual([]);
  });

  it("applyAddition(work, add-movement) links the movement to an accepted event; storyOf drops links to others", () => {
    const movement = (event: string) =>
      ok(
        applyAddition(
          work,
          {
            type: "add-movement",
            event,
            kind: "flight",
            from: "baku",
            to: "grozny",
            start: "2024-12-25",
            end: "2024-12-25",
            label: { de: "F", en: "F" },
            sentence: sentence(0),
          },
          gazetteer,
          "de",
        ),
      );
    expect(storyOf(movement("flight"))?.movements?.map((m) => [m.events, m.end])).toEqual([[["flight"], "2024-12-25"]]);
    expect(check(movement("flight"))).toEqual([]);
    expect(storyOf(movement("gone"))?.movements?.map((m) => m.events)).toEqual([[]]);
  });

  it("applyAddition(work, add-relation) draws the relation between the capitals and keeps its changes in date order", () => {
    const add = (w: Work, state: string, date: string) =>
      ok(
        applyAddition(
          w,
          { type: "add-relation", countries: ["AZE", "RUS"], state, date, sentence: sentence(1) },
          gazetteer,
          "en",
        ),
      );
    const next = add(add(work, "strained", "2025-06"), "partners", "2024");
    expect(next.relations.map((r) => [r.id, r.between, r.changes.map((c) => [c.date, c.status])])).toEqual([
      [
        "aze-rus",
        ["baku", "moscow"],
        [
          ["2024", "partners"],
          ["2025-06", "strained"],
        ],
      ],
    ]);
    expect(check(next)).toEqual([]);
  });

  it("applyAddition(work, add-membership) adds a country's status change to an alliance, created once", () => {
    const add = (w: Work, country: string, status: string) =>
      ok(
        applyAddition(
          w,
          { type: "add-membership", org: "OVKS", country, status, date: "2024-02", sentence: sentence(1) },
          gazetteer,
          "de",
        ),
      );
    const next = add(add(work, "ARM", "frozen"), "KAZ", "member");
    expect(next.organizations.map((o) => [o.id, o.memberships?.map((m) => m.country)])).toEqual([
      ["ovks", ["ARM", "KAZ"]],
    ]);
    expect(check(next)).toEqual([]);
  });

  it("applyAddition(work, …) answers a bad date, a route to itself or a country without a capital with a message", () => {
    const movement = {
      type: "add-movement" as const,
      event: "",
      kind: "flight",
      from: "baku",
      to: "grozny",
      start: "Dezember",
      end: "",
      label: { de: "", en: "" },
      sentence: sentence(0),
    };
    expect(applyAddition(work, movement, gazetteer, "en")).toEqual({
      error: "Please give a date as YYYY, YYYY-MM or YYYY-MM-DD.",
    });
    expect(applyAddition(work, { ...movement, start: "2024", to: "baku" }, gazetteer, "en")).toHaveProperty("error");
    expect(
      applyAddition(
        work,
        { type: "add-relation", countries: ["AZE", "XXX"], state: "hostile", date: "2025", sentence: sentence(1) },
        gazetteer,
        "en",
      ),
    ).toHaveProperty("error");
  });
});
