import type { ArticleInput } from "../draft/draft";
import type { Gazetteer, GazetteerEntry } from "../draft/gazetteer";
import type { Place, StoryInput } from "../story/schema";
import { type Details, withDetails } from "./details";

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
 * actors of both (those of `into` first), and the span covering both dates. `id` disappears.
 */
export function mergeCandidates(work: Work, into: string, id: string): Work {
  const a = work.candidates.find((c) => c.event.id === into)?.event;
  const b = work.candidates.find((c) => c.event.id === id)?.event;
  if (!a || !b || a === b) return work;
  const union = <T>(x: readonly T[] = [], y: readonly T[] = []) => [...new Set([...x, ...y])];
  // ISO date texts sort as dates.
  const first = [a.date, b.date].sort()[0] ?? a.date;
  const last = [a.end ?? a.date, b.end ?? b.date].sort()[1] ?? a.date;
  const merged: DraftEvent = {
    ...a,
    date: first,
    ...(last !== first && last.length === first.length ? { end: last } : {}),
    places: union(a.places, b.places),
    actors: union(a.actors, b.actors),
    sources: [...a.sources, ...b.sources.filter((q) => !a.sources.some((s) => s.quote === q.quote))],
  };
  return {
    ...work,
    candidates: work.candidates
      .filter((c) => c.event.id !== id)
      .map((c) => (c.event.id === into ? { ...c, event: merged } : c))
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

/** Every place the editor can choose: the draft's, the added ones, each event's alternatives. */
export function allPlaces(work: Work): Place[] {
  const byId = new Map<string, Place>();
  for (const p of [...(work.draft?.places ?? []), ...work.extraPlaces] as Place[]) byId.set(p.id, p);
  return [...byId.values()];
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

/** Gazetteer entries for a name the editor typed, exact spelling first, at most `limit`. */
export function searchGazetteer(gazetteer: Gazetteer, query: string, limit = 8): GazetteerEntry[] {
  const q = query.trim();
  if (q.length < 2) return [];
  const out: GazetteerEntry[] = [...(gazetteer.byName.get(q) ?? [])];
  const lower = q.toLowerCase();
  for (const [name, entries] of gazetteer.byName) {
    if (out.length >= limit) break;
    if (name.toLowerCase().startsWith(lower)) for (const e of entries) if (!out.includes(e)) out.push(e);
  }
  return out.slice(0, limit);
}

/**
 * The story of the accepted candidates and the editor's additions: the places they use only, `review.status` set to "reviewed",
 * the timeline window and the map view fitted to them. Undefined before anything is drafted.
 */
export function storyOf(work: Work): StoryInput | undefined {
  const draft = work.draft;
  if (!draft) return undefined;
  const accepted = work.candidates.filter((c) => c.decision === "accepted").map((c) => c.event);
  const ids = new Set(accepted.map((e) => e.id));
  const events = accepted.map((e) => ({
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
  const years = events.flatMap((e) => [Number(e.date.slice(0, 4)), Number((e.end ?? e.date).slice(0, 4))]);
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
