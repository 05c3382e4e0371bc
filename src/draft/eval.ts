import { normalizeWhitespace } from "../story/check";
import { type Precision, parseDate } from "../story/dates";
import type { Story, StoryInput } from "../story/schema";
import { distanceKm } from "./places";

/**
 * Compares a drafted story with an editor's story of the same articles (the flagship). A
 * drafted candidate matches an editor's event when it quotes the same sentence (one quote
 * contains the other, whitespace normalised), their date windows overlap, the candidate's window
 * is at most MAX_WIDTH_MS or twice the editor's wide (whichever is more), and one of their
 * places lies within MATCH_KM of one of the other's. (Until 2026-11 a year-wide date and a
 * capital 50 km from the editor's place were enough, whatever the sentence: 95 % precision
 * that measured luck.) Recall: share of the editor's events
 * matched by some candidate. Precision: share of candidates that match some editor's event.
 * A matched candidate's date is "too fine" when its precision is finer than that of its
 * counterpart (the editor's event from the same sentence whose date overlaps, else the
 * finest-dated match). Every
 * missed event gets a kind: "no candidate" (no candidate quotes its sentence), "date" (the
 * candidate from its sentence has a date window that does not overlap), "place" (dates
 * overlap, places too far apart).
 */
export const MATCH_KM = 50;
/** A candidate's date window may be at most this wide (a leap year), or twice the editor's. */
export const MAX_WIDTH_MS = 366 * 86_400_000;

export interface EvalResult {
  readonly recall: number;
  readonly precision: number;
  readonly candidates: number;
  readonly reference: number;
  readonly tooFine: readonly string[];
  readonly nonVerbatim: readonly string[];
  readonly misses: readonly { id: string; kind: "no candidate" | "date" | "place"; quote: string }[];
  /** Candidates that match no editor's event, with the reason of the nearest miss. */
  readonly unmatched: readonly { id: string; kind: "no event" | "date" | "place"; quote: string }[];
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
const width = (a: Item) => a.window[1] - a.window[0];
/** The candidate's date overlaps the editor's and is not much wider. */
const dateFits = (c: Item, r: Item) => overlaps(c, r) && width(c) <= Math.max(MAX_WIDTH_MS, 2 * width(r));
const matches = (c: Item, r: Item) => sameSentence(c, r) && dateFits(c, r) && near(c, r);

/** `articles` maps each source id of `draft` to its text, for the verbatim check. */
export function evaluateDraft(draft: StoryInput, reference: Story, articles: ReadonlyMap<string, string>): EvalResult {
  const drafted = items(draft);
  const expected = items(reference);
  const matchedRef = new Set<string>();
  let matchedCandidates = 0;
  const tooFine: string[] = [];
  const unmatched: { id: string; kind: "no event" | "date" | "place"; quote: string }[] = [];
  for (const c of drafted) {
    const found = expected.filter((r) => matches(c, r));
    if (found.length === 0) {
      const same = expected.filter((r) => sameSentence(c, r));
      const kind = same.length === 0 ? "no event" : same.some((r) => dateFits(c, r)) ? "place" : "date";
      unmatched.push({ id: c.id, kind, quote: c.quotes[0] ?? "" });
      continue;
    }
    matchedCandidates++;
    for (const r of found) matchedRef.add(r.id);
    const counterpart = found.reduce((a, b) => (RANK[b.precision] > RANK[a.precision] ? b : a)) as Item;
    if (RANK[c.precision] > RANK[counterpart.precision]) tooFine.push(`${c.id} (${counterpart.id})`);
  }
  const misses = expected
    .filter((r) => !matchedRef.has(r.id))
    .map((r) => {
      const same = drafted.filter((c) => sameSentence(c, r));
      const kind = same.length === 0 ? "no candidate" : same.some((c) => dateFits(c, r)) ? "place" : "date";
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
    unmatched,
  };
}
