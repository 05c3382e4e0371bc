import type { ArticleInput } from "../draft/draft";
import type { Gazetteer, GazetteerEntry } from "../draft/gazetteer";
import { placeMentions } from "../draft/mentions";
import type { Place, StoryInput } from "../story/schema";
import { type Details, withDetails } from "./details";
import { withEditorReview } from "./editor_review";

/**
 * The editor's work on the authoring page, as one plain object that IndexedDB stores as it is:
 * the articles with their publication dates, the drafted candidates and what the editor decided
 * for each. Pure functions only; `storyOf(work)` is the story folder's story.json.
 */
export type Decision = "pending" | "accepted" | "rejected";
export type DraftEvent = StoryInput["events"][number];

export interface Candidate {
  readonly event: DraftEvent;
  readonly decision: Decision;
}

export interface Work {
  readonly slug: string;
  readonly articles: readonly ArticleInput[];
  /** The draft's story; its events are the candidates' starting point. */
  readonly draft: StoryInput | undefined;
  readonly candidates: readonly Candidate[];
  /** Places the editor added from the gazetteer, beside the draft's. */
  readonly extraPlaces: readonly Place[];
  readonly messages: readonly string[];
  /** What the editor added beside the events (additions.ts). */
  readonly movements: NonNullable<StoryInput["movements"]>;
  readonly organizations: NonNullable<StoryInput["organizations"]>;
  readonly relations: NonNullable<StoryInput["relations"]>;
  /** The story's title, credit, articles' publishers … as the editor wrote them (details.ts). */
  readonly details: Details;
  /** Ids of candidates merged into others: a new draft does not bring them back. */
  readonly merged: readonly string[];
}

export const EMPTY_WORK: Work = {
  slug: "entwurf",
  articles: [],
  draft: undefined,
  candidates: [],
  extraPlaces: [],
  messages: [],
  movements: [],
  organizations: [],
  relations: [],
  details: {},
  merged: [],
};

export function decide(work: Work, id: string, decision: Decision): Work {
  return { ...work, candidates: work.candidates.map((c) => (c.event.id === id ? { ...c, decision } : c)) };
}

export function editEvent(work: Work, id: string, change: Partial<DraftEvent>): Work {
  return {
    ...work,
    candidates: work.candidates.map((c) => (c.event.id === id ? { ...c, event: { ...c.event, ...change } } : c)),
  };
}

/**
 * Merges candidate `id` into `into`: one event with both sentences as sources, the places and
 * actors of both (those of `into` first), and the span enclosing both dates at the coarser of
 * their precisions (2025-05-20 – 2025-05-21 with 2025-05 is 2025-05; 2024-12 with 2025-02-03
 * is 2024-12 – 2025-02). Accepted if either was (a merge never drops an accepted event).
 * `id` disappears and is remembered in `merged`, so a new draft does not bring it back.
 */
export function mergeCandidates(work: Work, into: string, id: string): Work {
  const ca = work.candidates.find((c) => c.event.id === into);
  const cb = work.candidates.find((c) => c.event.id === id);
  const a = ca?.event;
  const b = cb?.event;
  if (!ca || !cb || !a || !b || a === b) return work;
  const union = <T>(x: readonly T[] = [], y: readonly T[] = []) => [...new Set([...x, ...y])];
  const [first, last] = enclosingSpan([a.date, a.end ?? a.date, b.date, b.end ?? b.date]);
  const { end: _end, ...rest } = a;
  const merged: DraftEvent = {
    ...rest,
    date: first,
    ...(last !== first ? { end: last } : {}),
    places: union(a.places, b.places),
    actors: union(a.actors, b.actors),
    sources: [...a.sources, ...b.sources.filter((q) => !a.sources.some((s) => s.quote === q.quote))],
  };
  const decision: Decision = cb.decision === "accepted" ? "accepted" : ca.decision;
  return {
    ...work,
    merged: [...(work.merged ?? []), id],
    candidates: work.candidates
      .filter((c) => c.event.id !== id)
      .map((c) => (c.event.id === into ? { decision, event: merged } : c))
      .map((c) => ({
        ...c,
        event: {
          ...c.event,
          ...(c.event.after ? { after: c.event.after.map((x) => (x === id ? into : x)) } : {}),
          ...(c.event.before ? { before: c.event.before.map((x) => (x === id ? into : x)) } : {}),
        },
      })),
  };
}

/**
 * The candidates after a new draft of `events`: a candidate already there keeps its decision
 * and edits (same id), a new one is pending, one merged into another stays merged.
 */
export function redraftCandidates(work: Work, events: readonly DraftEvent[]): Candidate[] {
  const previous = new Map(work.candidates.map((c) => [c.event.id, c]));
  const merged = new Set(work.merged ?? []);
  return events
    .filter((event) => previous.has(event.id) || !merged.has(event.id))
    .map((event) => previous.get(event.id) ?? { event, decision: "pending" as const });
}

/**
 * The first and last of ISO dates (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`), cut to the coarsest
 * precision among them, so the span encloses all and claims no more precision than the
 * vaguest date has.
 */
export function enclosingSpan(dates: readonly string[]): [string, string] {
  const length = Math.min(...dates.map((d) => d.length));
  const cut = dates.map((d) => d.slice(0, length)).sort();
  return [cut[0] ?? "", cut[cut.length - 1] ?? ""];
}

/** Every place the editor can choose: the draft's, the added ones, each event's alternatives. */
export function allPlaces(work: Work): Place[] {
  const byId = new Map<string, Place>();
  for (const p of [...(work.draft?.places ?? []), ...work.extraPlaces] as Place[]) byId.set(p.id, p);
  return [...byId.values()];
}

/**
 * The places the addition forms offer: those of the candidates not rejected, the ones the editor
 * added, and those the movements and relations already use. A place only a rejected candidate
 * named is not offered (`allPlaces` still resolves it).
 */
export function offeredPlaces(work: Work): Place[] {
  const used = new Set<string>(work.extraPlaces.map((p) => p.id));
  for (const c of work.candidates) if (c.decision !== "rejected") for (const id of c.event.places) used.add(id);
  for (const m of work.movements) for (const w of m.waypoints) if ("place" in w) used.add(w.place);
  for (const r of work.relations) for (const id of r.between) used.add(id);
  return allPlaces(work).filter((p) => used.has(p.id));
}

export function placeOfEntry(e: GazetteerEntry): Place {
  return {
    id: e.key,
    name: { de: e.de, en: e.en },
    lon: e.lon,
    lat: e.lat,
    ...(e.geonamesId ? { geonamesId: e.geonamesId } : {}),
    kind: e.kind,
    ...(e.country ? { country: e.country } : {}),
    rank: e.kind === "country" ? 3 : 4,
  };
}

/**
 * Gazetteer entries for a name the editor typed, at most `limit`: the exact spelling first (in
 * any case), then the places the drafter reads in it (inflected forms: "Moskaus", "am
 * Kaspischen Meer"), then names starting with it. `exact` is false when only names starting
 * with it were found ("Poti" → "Potiskum": Poti is under the gazetteer's population cut), so
 * the page offers them without taking one.
 */
export function searchGazetteer(
  gazetteer: Gazetteer,
  query: string,
  limit = 8,
): { entries: GazetteerEntry[]; exact: boolean } {
  const q = query.trim();
  if (q.length < 2) return { entries: [], exact: false };
  const out: GazetteerEntry[] = [...(gazetteer.byName.get(q) ?? [])];
  const lower = q.toLowerCase();
  for (const [name, entries] of gazetteer.byName)
    if (name.toLowerCase() === lower) for (const e of entries) if (!out.includes(e)) out.push(e);
  // Inflected and phrased as in an article ("Moskaus", "am Kaspischen Meer"): the drafter's reading.
  const spoken = q.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
  for (const m of placeMentions(spoken, gazetteer)) for (const e of m.entries) if (!out.includes(e)) out.push(e);
  const exact = out.length > 0;
  for (const [name, entries] of gazetteer.byName) {
    if (out.length >= limit) break;
    if (name.toLowerCase().startsWith(lower)) for (const e of entries) if (!out.includes(e)) out.push(e);
  }
  return { entries: out.slice(0, limit), exact };
}

/**
 * The story of the accepted candidates and the editor's additions: the places they use only, `review.status` set to "reviewed",
 * an edited date's or place's note the editor's (editor_review.ts), the timeline window and the map view fitted to them. Undefined before anything is drafted.
 */
export function storyOf(work: Work): StoryInput | undefined {
  const draft = work.draft;
  if (!draft) return undefined;
  const accepted = work.candidates.filter((c) => c.decision === "accepted").map((c) => c.event);
  const ids = new Set(accepted.map((e) => e.id));
  const drafted = new Map(draft.events.map((e) => [e.id, e]));
  const placeById = new Map(allPlaces(work).map((p) => [p.id, p]));
  const events = accepted
    .map((e) => withEditorReview(e, drafted.get(e.id), placeById))
    .map((e) => ({
      ...e,
      after: e.after?.filter((id) => ids.has(id)),
      before: e.before?.filter((id) => ids.has(id)),
      ...(e.review ? { review: { ...e.review, status: "reviewed" as const } } : {}),
    }));
  for (const e of events) {
    if (e.after?.length === 0) delete e.after;
    if (e.before?.length === 0) delete e.before;
  }
  const used = new Set([
    ...events.flatMap((e) => e.places),
    ...work.movements.flatMap((m) => m.waypoints.flatMap((w) => ("place" in w ? [w.place] : []))),
    ...work.relations.flatMap((r) => r.between),
  ]);
  const places = allPlaces(work).filter((p) => used.has(p.id));
  // A date still being typed ("", "Juni") gives no year; the check names it on its event.
  const years = events
    .flatMap((e) => [Number(e.date.slice(0, 4)), Number((e.end ?? e.date).slice(0, 4))])
    .filter((y) => Number.isInteger(y) && y > 0);
  const lons = places.map((p) => p.lon);
  const lats = places.map((p) => p.lat);
  const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
  const detailed = withDetails(draft, work.details);
  return {
    ...detailed,
    meta: {
      ...detailed.meta,
      window: years.length ? { start: String(Math.min(...years)), end: String(Math.max(...years)) } : draft.meta.window,
      view: places.length
        ? {
            bounds: [
              [clamp(Math.min(...lons) - 2, -180, 180), clamp(Math.min(...lats) - 2, -85, 85)],
              [clamp(Math.max(...lons) + 2, -180, 180), clamp(Math.max(...lats) + 2, -85, 85)],
            ],
          }
        : draft.meta.view,
    },
    places,
    events,
    // A movement belongs only to events that are in the story.
    movements: [...(draft.movements ?? []), ...work.movements].map((m) =>
      m.events ? { ...m, events: m.events.filter((id) => ids.has(id)) } : m,
    ),
    organizations: [...(draft.organizations ?? []), ...work.organizations],
    relations: [...(draft.relations ?? []), ...work.relations],
  };
}
