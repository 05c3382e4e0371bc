import { parseDate } from "../story/dates";
import type { StoryInput } from "../story/schema";
import { CARRIED_WHY, type Candidate, candidate, carriedNote, joinSentence, shorten, uniqueId } from "./candidate";
import { carriedDate, happeningTense } from "./carried_date";
import { pastClause, withoutClause } from "./clauses";
import { type Gazetteer, type GazetteerEntry, slug } from "./gazetteer";
import { checkInput } from "./input";
import { actorMentions, placeMentions, usStateGeorgia } from "./mentions";
import { capitalAsActor, type Placed, placeSentence } from "./place_sentence";
import { type ArticleContext, articleContext } from "./places";
import { type Referent, type Resolved, resolveDate, resolveForward } from "./resolve";
import { splitSentences } from "./sentences";
import { findDates } from "./temporal";
import { why } from "./why";

/**
 * Drafts a story from article texts: every sentence with a datable expression becomes a
 * candidate event (one per distinct date it states), placed by the places it names (else the
 * capitals of the countries it names, else the place of the event before it), quoting the
 * sentence verbatim, marked `review: { status: "draft" }`. Pure and synchronous; the same code
 * runs in Node (scripts/draft.ts) and the browser. Linear in the total length of the texts.
 */
export interface ArticleInput {
  /** File name in the story folder, `*.txt`. */
  readonly file: string;
  readonly text: string;
  /** Publication date, `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  readonly published: string;
  readonly title?: string;
}

export interface Draft {
  readonly story: StoryInput;
  /** Problems with the input, one sentence each, for the editor. */
  readonly messages: readonly string[];
  /**
   * The text of each drafted article as its quotes see it, by file name: the article itself, or
   * for one longer than MAX_ARTICLE_CHARS the part before the cut (input.ts). Save these, not the
   * originals, in the story folder.
   */
  readonly texts: ReadonlyMap<string, string>;
}

export function draftStory(articles: readonly ArticleInput[], gazetteer: Gazetteer): Draft {
  const messages: string[] = [];
  const places = new Map<string, GazetteerEntry>();
  const actorsSeen = new Set<string>();
  const events: Candidate[] = [];
  const ids = new Set<string>();
  const sources: StoryInput["sources"] = [];
  const texts = new Map<string, string>();

  for (const article of articles) {
    const published = parseDate(article.published);
    if (!published) {
      messages.push(`${article.file}: publication date "${article.published}" is not YYYY, YYYY-MM or YYYY-MM-DD`);
      continue;
    }
    const checked = checkInput(article.file, article.text);
    messages.push(...checked.messages);
    if (checked.text === undefined) continue;
    texts.set(article.file, checked.text);
    const sourceId = uniqueId(slug(article.file.replace(/\.txt$/, "")) || "article", ids);
    const firstLine = checked.text.trim().split("\n")[0]?.trim().slice(0, 300) ?? "";
    sources.push({
      id: sourceId,
      title: article.title ?? (firstLine || article.file),
      // The authoring page knows this text (DRAFT_PUBLISHER in src/author/details.ts).
      publisher: "not stated (draft)",
      published: article.published,
      publishedNote: "Given by the editor when drafting; check it against the article.",
      file: article.file,
    });
    const before = events.length;
    const dated = draftArticle(checked.text, sourceId, published, gazetteer, events, ids, places, actorsSeen);
    if (events.length === before)
      messages.push(
        dated > 0
          ? `${article.file}: ${dated} sentence(s) with a date were found, but none names a place or country the gazetteer knows, and no sentence before them does; no events drafted`
          : `${article.file}: no sentence with a date was found; no events drafted`,
      );
  }

  return { story: assemble(articles, sources, events, places, actorsSeen, gazetteer), messages, texts };
}

/** Drafts one article's candidates into `events`; returns how many of its sentences had a date. */
function draftArticle(
  text: string,
  sourceId: string,
  published: NonNullable<ReturnType<typeof parseDate>>,
  gazetteer: Gazetteer,
  events: Candidate[],
  ids: Set<string>,
  places: Map<string, GazetteerEntry>,
  actorsSeen: Set<string>,
): number {
  let sentences = splitSentences(text).map((s) => {
    const mentions = placeMentions(s.text, gazetteer);
    return { ...s, mentions, actors: actorMentions(s.text, mentions, gazetteer) };
  });
  if (usStateGeorgia(sentences.flatMap((s) => s.actors)))
    sentences = sentences.map((s) => {
      if (!s.mentions.some((m) => m.text === "Georgia")) return s;
      const mentions = s.mentions.filter((m) => m.text !== "Georgia");
      return { ...s, mentions, actors: actorMentions(s.text, mentions, gazetteer) };
    });
  const context = articleContext(
    sentences.flatMap((s) => s.mentions),
    sentences.flatMap((s) => s.actors),
  );
  const earlier: Referent[] = [];
  let narrativeYear: number | undefined;
  let lastPlaces: GazetteerEntry[] = [];
  let dated = 0;

  let latestYear: number | undefined;

  /** Where the last drafted sentence of this article ends (0: none yet). */
  let previousEnd = 0;
  for (const sentence of sentences) {
    const found = findDates(sentence.text);
    if (found.length === 0) {
      // A sentence without a date of its own: a further quote of the event it continues (same
      // paragraph, right after a drafted sentence), else a candidate dated from its context.
      const tense = happeningTense(sentence.text);
      if (!tense) continue;
      const last = events[events.length - 1];
      const continues =
        previousEnd > 0 && last !== undefined && !text.slice(previousEnd, sentence.start).includes("\n");
      if (!continues && sentence.mentions.length === 0 && sentence.actors.length === 0) continue;
      const placed = placeSentence(sentence.text, sentence.mentions, sentence.actors, context, gazetteer, lastPlaces);
      if (continues)
        joinSentence(
          last,
          sentence.text,
          sourceId,
          placed,
          // A capital acting in a further quote ("Washington stufte … ein") is not the event's place.
          new Set(
            sentence.mentions.filter((m) => !capitalAsActor(sentence.text, m, gazetteer)).flatMap((m) => m.entries),
          ),
          places,
          actorsSeen,
          sentence.actors,
        );
      else if (placed.entries.length === 0) continue;
      else {
        lastPlaces = placed.entries;
        const carried = carriedDate(tense, latestYear, published.year);
        const how = {
          dateNote: carriedNote(carried),
          keepDateNote: true,
          dateWhy: why(CARRIED_WHY[carried.rule], { year: carried.year }),
          confidence: 0.1,
        };
        events.push(
          candidate(sentence.text, sourceId, carried.period, placed, ids, places, actorsSeen, sentence.actors, how),
        );
      }
      previousEnd = sentence.end;
      continue;
    }
    const resolved: { r: Resolved; text: string; index: number; relative?: number; state?: boolean }[] = [];
    for (const f of found) {
      if (f.expr.type === "forward") {
        const base = resolved[resolved.length - 1]?.r.period ?? earlier[earlier.length - 1]?.period;
        if (!base) continue;
        const period = resolveForward(base, f.expr.unit, f.expr.amount);
        resolved.push({
          r: { period, note: f.expr.note, why: why("dateForward"), confidence: 0.5, after: [], statedYear: undefined },
          text: f.text,
          index: f.index,
          relative: f.expr.amount,
        });
        continue;
      }
      const r = resolveDate(f.expr, { published, narrativeYear, earlier });
      if (!r) continue;
      // The narrative year moves forward only, and not with "seit 2014" or a decade.
      const since =
        /(seit|since)\s+$/i.test(sentence.text.slice(Math.max(0, f.index - 6), f.index)) ||
        /^(seit|since)\s/i.test(f.text);
      const yearLong = r.period.end - r.period.start <= 366 * 86_400_000;
      if (r.statedYear !== undefined && !since && yearLong && r.statedYear > (narrativeYear ?? 0))
        narrativeYear = Math.min(r.statedYear, published.year);
      if (!resolved.some((x) => x.r.period.start === r.period.start && x.r.period.end === r.period.end))
        resolved.push({ r, text: f.text, index: f.index, ...(since ? { state: true } : {}) });
    }
    if (resolved.length === 0) continue;
    dated++;

    const placed = placeSentence(sentence.text, sentence.mentions, sentence.actors, context, gazetteer, lastPlaces);
    if (placed.entries.length === 0) continue;
    lastPlaces = placed.entries;
    previousEnd = sentence.end;
    const firstId = events.length;
    const years = resolved.filter((x) => !x.state).map((x) => new Date(x.r.period.end - 1).getUTCFullYear());
    if (years.length > 0) latestYear = Math.max(...years);
    // A date in a past relative clause dates the clause's own happening (clauses.ts).
    const clauses = resolved.map((x) => (resolved.length > 1 ? pastClause(sentence.text, x.index) : undefined));
    const mainClause = clauses.find((c) => c !== undefined);
    for (const [i, { r, text: dateText, relative, state }] of resolved.entries()) {
      const clause = clauses[i];
      const span = clause ?? (mainClause ? withoutClause(sentence.text, mainClause) : undefined);
      const quote = span ? sentence.text.slice(span.start, span.end) : sentence.text;
      const dateNote = r.note.startsWith('"') ? r.note : `"${dateText}": ${r.note}`;
      const previous = events.length > firstId ? events[events.length - 1]?.id : undefined;
      const after = relative !== undefined && relative > 0 && previous ? [previous] : [...r.after];
      const beforeIds = relative !== undefined && relative < 0 && previous ? [previous] : [];
      const where = clause ? placeClause(quote, context, gazetteer, placed) : { placed, actors: sentence.actors };
      const event = candidate(quote, sourceId, r.period, where.placed, ids, places, actorsSeen, where.actors, {
        dateNote,
        keepDateNote: r.note !== "stated in the sentence",
        dateWhy: { code: r.why.code, params: { ...r.why.params, text: dateText } },
        confidence: r.confidence,
        after,
        before: beforeIds,
      });
      events.push(event);
      // "seit 2014" opens a state, not a happening that a later "danach" refers to.
      if (!state) earlier.push({ id: event.id, period: r.period, quote: sentence.text });
    }
  }
  return dated;
}

/** A past clause's places and actors, from its own words; the sentence's places if it names none. */
function placeClause(
  text: string,
  context: ArticleContext,
  gazetteer: Gazetteer,
  sentence: Placed,
): { placed: Placed; actors: string[] } {
  const mentions = placeMentions(text, gazetteer);
  const actors = actorMentions(text, mentions, gazetteer);
  const placed = placeSentence(text, mentions, actors, context, gazetteer, sentence.entries);
  return { placed: placed.entries.length > 0 ? placed : sentence, actors };
}

function assemble(
  articles: readonly ArticleInput[],
  sources: StoryInput["sources"],
  candidates: Candidate[],
  places: Map<string, GazetteerEntry>,
  actors: Set<string>,
  gazetteer: Gazetteer,
): StoryInput {
  const events = candidates.map(({ period: _period, ...e }) => e);
  const years = candidates.flatMap((c) => [
    new Date(c.period.start).getUTCFullYear(),
    new Date(c.period.end - 1).getUTCFullYear(),
  ]);
  const published = articles.map((a) => Number(a.published.slice(0, 4))).filter((y) => y > 0);
  const span = years.length ? years : published.length ? published : [2000];
  const first = span.reduce((a, b) => Math.min(a, b));
  const last = span.reduce((a, b) => Math.max(a, b));
  const entries = [...places.values()];
  const lons = entries.map((e) => e.lon);
  const lats = entries.map((e) => e.lat);
  const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
  const bounds: [[number, number], [number, number]] = entries.length
    ? [
        [clamp(Math.min(...lons) - 2, -180, 180), clamp(Math.min(...lats) - 2, -85, 85)],
        [clamp(Math.max(...lons) + 2, -180, 180), clamp(Math.max(...lats) + 2, -85, 85)],
      ]
    : [
        [-180, -60],
        [180, 80],
      ];
  const countries: Record<string, { de: string; en: string }> = {};
  for (const code of [...actors].sort()) {
    const c = gazetteer.countries.get(code);
    if (c) countries[code] = { de: c.de, en: c.en };
  }
  const title = sources[0]?.title ?? "Entwurf";
  return {
    version: 1,
    meta: {
      title: { de: shorten(`Entwurf: ${title}`, 200), en: shorten(`Draft: ${title}`, 200) },
      description: {
        de: `Automatischer Entwurf aus ${sources.length} Artikel(n), ungeprüft.`,
        en: `Automatic draft from ${sources.length} article(s), unreviewed.`,
      },
      credit: { de: "Entwurf: npm run draft (Zeitkarte)", en: "Draft: npm run draft (Zeitkarte)" },
      window: { start: String(first), end: String(last) },
      view: { bounds },
      countries,
    },
    sources,
    places: entries.map((e) => ({
      id: e.key,
      name: { de: e.de, en: e.en },
      lon: e.lon,
      lat: e.lat,
      ...(e.geonamesId ? { geonamesId: e.geonamesId } : {}),
      kind: e.kind,
      ...(e.country ? { country: e.country } : {}),
      rank: e.kind === "country" ? 3 : e.population >= 1_000_000 ? 2 : 4,
    })),
    events,
  };
}
