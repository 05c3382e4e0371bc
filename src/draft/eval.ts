import { normalizeWhitespace } from "../story/check";
import { type Precision, parseDate } from "../story/dates";
import type { Story, StoryInput } from "../story/schema";
import { distanceKm } from "./places";

/**
 * Compares a drafted story with an editor's story of the same articles (the flagship). A
 * drafted candidate matches an editor's event when their date windows overlap and one of their
 * places lies within MATCH_KM of one of the other's. Recall: share of the editor's events
 * matched by some candidate. Precision: share of candidates that match some editor's event.
 * A matched candidate's date is "too fine" when its precision is finer than that of its
 * counterpart (the editor's event from the same sentence whose date overlaps, else the
 * finest-dated match). Every
 * missed event gets a kind: "no candidate" (no candidate quotes its sentence), "date" (the
 * candidate from its sentence has a date window that does not overlap), "place" (dates
 * overlap, places too far apart).
 */
export const MATCH_KM = 50;

export interface EvalResult {
  readonly recall: number;
  readonly precision: number;
  readonly candidates: number;
  readonly reference: number;
  readonly tooFine: readonly string[];
  readonly nonVerbatim: readonly string[];
  readonly misses: readonly { id: string; kind: "no candidate" | "date" | "place"; quote: string }[];
}

type Item = {
  id: string;
  window: [number, number];
  precision: Precision;
  points: [number, number][];
  quotes: string[];
};

function items(story: StoryInput | Story): Item[] {
  const places = new Map(story.places.map((p) => [p.id, [p.lon, p.lat] as [number, number]]));
  return story.events.map((e) => {
    const start = parseDate(e.date);
    const end = e.end ? parseDate(e.end) : start;
    return {
      id: e.id,
      window: [start?.start ?? 0, end?.end ?? 0],
      precision: start?.precision ?? "year",
      points: e.places.flatMap((id) => {
        const p = places.get(id);
        return p ? [p] : [];
      }),
      quotes: e.sources.map((q) => normalizeWhitespace(q.quote)),
    };
  });
}

const RANK: Record<Precision, number> = { year: 0, month: 1, day: 2 };
const overlaps = (a: Item, b: Item) => a.window[0] < b.window[1] && b.window[0] < a.window[1];
const near = (a: Item, b: Item) =>
  a.points.some(([x, y]) => b.points.some(([u, v]) => distanceKm(x, y, u, v) <= MATCH_KM));
const sameSentence = (a: Item, b: Item) => a.quotes.some((q) => b.quotes.some((r) => q.includes(r) || r.includes(q)));

/** `articles` maps each source id of `draft` to its text, for the verbatim check. */
export function evaluateDraft(draft: StoryInput, reference: Story, articles: ReadonlyMap<string, string>): EvalResult {
  const drafted = items(draft);
  const expected = items(reference);
  const matchedRef = new Set<string>();
  let matchedCandidates = 0;
  const tooFine: string[] = [];
  for (const c of drafted) {
    const matches = expected.filter((r) => overlaps(c, r) && near(c, r));
    if (matches.length === 0) continue;
    matchedCandidates++;
    for (const r of matches) matchedRef.add(r.id);
    const counterpart =
      expected.find((r) => sameSentence(c, r) && overlaps(c, r)) ??
      (matches.reduce((a, b) => (RANK[b.precision] > RANK[a.precision] ? b : a)) as Item);
    if (RANK[c.precision] > RANK[counterpart.precision]) tooFine.push(`${c.id} (${counterpart.id})`);
  }
  const misses = expected
    .filter((r) => !matchedRef.has(r.id))
    .map((r) => {
      const same = drafted.filter((c) => sameSentence(c, r));
      const kind = same.length === 0 ? "no candidate" : same.some((c) => overlaps(c, r)) ? "place" : "date";
      return { id: r.id, kind, quote: r.quotes[0] ?? "" } as const;
    });
  const nonVerbatim: string[] = [];
  const normalized = new Map([...articles].map(([id, text]) => [id, normalizeWhitespace(text)]));
  for (const e of draft.events)
    for (const q of e.sources)
      if (!normalized.get(q.article)?.includes(normalizeWhitespace(q.quote))) nonVerbatim.push(e.id);
  return {
    recall: expected.length ? matchedRef.size / expected.length : 1,
    precision: drafted.length ? matchedCandidates / drafted.length : 0,
    candidates: drafted.length,
    reference: expected.length,
    tooFine,
    nonVerbatim,
    misses,
  };
}
