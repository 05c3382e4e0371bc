import type { Review, StoryInput } from "../story/schema";
import type { Carried } from "./carried_date";
import { guessCategory } from "./category";
import type { GazetteerEntry } from "./gazetteer";
import { slug } from "./gazetteer";
import type { Placed } from "./place_sentence";
import { type Period, periodText } from "./resolve";
import { type Why, why } from "./why";

/**
 * A drafted candidate event and how it is built from its sentence (draft.ts): its id, date,
 * places, actors, quote and review (confidence, English note, `why` codes), a sentence joined to
 * it as a further quote, and the note of a date carried from context.
 */
export type Candidate = StoryInput["events"][number] & { review: Review; period: Period };

/** One candidate event from one sentence, its period and its places; records its places and actors. */
export function candidate(
  sentence: string,
  sourceId: string,
  period: Period,
  placed: Placed,
  ids: Set<string>,
  places: Map<string, GazetteerEntry>,
  actorsSeen: Set<string>,
  actors: readonly string[],
  how: {
    /** How the date was found (English), for the review note; also the event's `dateNote` if `keepDateNote`. */
    dateNote: string;
    keepDateNote: boolean;
    dateWhy: Why;
    confidence: number;
    after?: readonly string[];
    before?: readonly string[];
  },
): Candidate {
  const [date, end] = periodText(period);
  const id = uniqueId(`${date}-${placed.entries[0]?.key ?? "event"}`.slice(0, 60).replace(/-+$/, ""), ids);
  for (const e of placed.entries) places.set(e.key, e);
  for (const a of actors) actorsSeen.add(a);
  const title = shorten(sentence, 90);
  return {
    id,
    date,
    ...(end ? { end } : {}),
    ...(how.keepDateNote ? { dateNote: shorten(how.dateNote, 600) } : {}),
    ...(how.after?.length ? { after: [...how.after] } : {}),
    ...(how.before?.length ? { before: [...how.before] } : {}),
    places: placed.entries.map((e) => e.key),
    title: { de: title, en: title },
    summary: { de: sentence, en: sentence },
    category: guessCategory(sentence),
    actors: [...actors],
    sources: [{ article: sourceId, quote: sentence }],
    review: {
      status: "draft",
      confidence: round2(Math.max(0.05, Math.min(0.95, how.confidence + placed.confidence))),
      note: shorten(
        `Date: ${how.dateNote}. Place: ${placed.note}. Title and summary are the sentence itself, in the article’s language: write them in German and English.`,
        2000,
      ),
      why: [how.dateWhy, ...placed.why, why("titleIsSentence")].map(bounded),
      ...(placed.alternatives.length > 0 ? { alternatives: placed.alternatives } : {}),
    },
    period,
  };
}

/** Adds a sentence that continues `event` (same paragraph, no date of its own) as a further quote, with its places and actors. */
export function joinSentence(
  event: Candidate,
  sentence: string,
  sourceId: string,
  placed: Placed,
  named: ReadonlySet<GazetteerEntry>,
  places: Map<string, GazetteerEntry>,
  actorsSeen: Set<string>,
  actors: readonly string[],
): void {
  event.sources.push({ article: sourceId, quote: sentence });
  event.review.note = shorten(
    `${event.review.note} Further quote: a sentence of the same paragraph without a date of its own, taken as part of this event; remove it if it tells another.`,
    2000,
  );
  const whys = event.review.why ?? [];
  if (!whys.some((w) => w.code === "furtherQuote")) event.review.why = [...whys, why("furtherQuote")];
  for (const e of placed.entries) {
    if (!named.has(e)) continue;
    places.set(e.key, e);
    if (!event.places.includes(e.key)) event.places.push(e.key);
  }
  for (const a of actors) {
    actorsSeen.add(a);
    if (!event.actors?.includes(a)) event.actors?.push(a);
  }
}

export const CARRIED_WHY = {
  narrative: "dateCarriedNarrative",
  current: "dateCarriedCurrent",
  publication: "dateCarriedPublication",
} as const;

/** A why with its text parameters cut to the schema's text length. */
function bounded(w: Why): NonNullable<Review["why"]>[number] {
  if (!w.params) return { code: w.code };
  const params: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(w.params)) params[k] = typeof v === "string" ? shorten(v, 300) : v;
  return { code: w.code, params };
}

export function carriedNote(c: Carried): string {
  const why =
    c.rule === "current"
      ? "the sentence tells the current state, so the publication year"
      : c.rule === "narrative"
        ? "the latest year the article's events reach so far"
        : "no date before it, so the publication year";
  return `no date in the sentence; carried from its context to the year ${c.year} (${why}): check it`;
}

const nextSuffix = new WeakMap<Set<string>, Map<string, number>>();

/** `base`, or `base-2`, `base-3` … not yet in `ids`; amortised O(1) per id, so drafting stays linear. */
export function uniqueId(base: string, ids: Set<string>): string {
  const clean = slug(base) || "item";
  let suffixes = nextSuffix.get(ids);
  if (!suffixes) {
    suffixes = new Map();
    nextSuffix.set(ids, suffixes);
  }
  let id = clean;
  let n = suffixes.get(clean) ?? 2;
  while (ids.has(id)) id = `${clean}-${n++}`;
  suffixes.set(clean, n);
  ids.add(id);
  return id;
}

export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.lastIndexOf(" ", max - 1);
  return `${text.slice(0, cut > max / 2 ? cut : max - 1)}…`;
}

const round2 = (x: number) => Math.round(x * 100) / 100;
