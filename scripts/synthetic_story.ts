import { mustParseDate, utc } from "../src/story/dates";
import {
  type Localized,
  type StoryInput,
  zCategory,
  zMembershipStatus,
  zMovementKind,
  zPlaceKind,
  zRelationState,
} from "../src/story/schema";
import { seededRandom } from "./bench_stats";

/**
 * Stories of any size for the benchmark, built against the real schema so they pass parseStory:
 * `events` events (day, month and year dates), one movement per five events, one membership
 * change per ten, a few hundred places over Eurasia, and article texts that contain every quote
 * verbatim. The same `seed` gives the same story.
 *
 * Two densities. `"constant"` (the default) spreads EVENTS_PER_YEAR events a year from 1990 on,
 * so the span grows with the story (100 000 events reach into the 5990s) and what is visible at
 * any t stays about the same: a larger story costs more to load, not more per frame. `"dense"`
 * packs every story into 1990–2030, so what is visible at t grows with the story.
 */
export interface SyntheticStory {
  story: StoryInput;
  /** Article file name → text, as parseStory expects. */
  articles: Map<string, string>;
}

export type Density = "constant" | "dense";

const FIRST_YEAR = 1990;
/** The dense series' last year: 1990–2030 whatever the size. */
const DENSE_LAST_YEAR = 2030;
/** The constant series' density: 1 000 events span 1990–2029, as in the dense series. */
const EVENTS_PER_YEAR = 25;

/** The last year of a story of `events` events (inclusive). */
export function lastYear(events: number, density: Density): number {
  return density === "dense" ? DENSE_LAST_YEAR : FIRST_YEAR + Math.max(1, Math.ceil(events / EVENTS_PER_YEAR)) - 1;
}
/** Quotes per article: small texts keep the verbatim-quote check linear in the story's size. */
const QUOTES_PER_ARTICLE = 50;
const ORGANIZATIONS = 3;
const MAX_MEMBERSHIPS = 60;
const RELATIONS = 5;
/** A citing change picks among this many of the latest events before it. */
const CITABLE_NEAR = 20;
/** Countries between Lisbon and Tokyo, for actors, memberships and relations. */
const COUNTRIES = (
  "PRT ESP FRA DEU POL UKR BLR RUS TUR GEO ARM AZE IRN IRQ SYR SAU KAZ UZB TKM KGZ TJK AFG PAK IND CHN MNG " +
  "JPN KOR PRK VNM THA MMR BGD NPL ITA GRC ROU HUN AUT SWE FIN NOR"
).split(" ");

const text = (de: string, en: string): Localized => ({ de, en });
const pad = (n: number, width: number) => String(n).padStart(width, "0");

type Precision = "day" | "month" | "year";

interface DateGen {
  /** A date text of the given precision, at `day` days after 1990-01-01. */
  at(day: number, precision: Precision): string;
  /** A random date text; day 60 %, month 25 %, year 15 %. */
  any(): { text: string; day: number; precision: Precision };
  days: number;
}

function dates(next: () => number, last: number): DateGen {
  const origin = utc(FIRST_YEAR, 1, 1);
  const days = Math.round((utc(last + 1, 1, 1) - origin) / 86_400_000);
  const at = (day: number, precision: Precision) => {
    const iso = new Date(origin + Math.min(day, days - 1) * 86_400_000).toISOString();
    return precision === "year" ? iso.slice(0, 4) : precision === "month" ? iso.slice(0, 7) : iso.slice(0, 10);
  };
  return {
    at,
    days,
    any() {
      const day = Math.floor(next() * days);
      const roll = next();
      const precision: Precision = roll < 0.6 ? "day" : roll < 0.85 ? "month" : "year";
      return { text: at(day, precision), day, precision };
    },
  };
}

/** Collects quotes into articles of QUOTES_PER_ARTICLE sentences each. */
function articleWriter() {
  const articles = new Map<string, string>();
  const sentences: string[][] = [];
  let count = 0;
  return {
    quote(sentence: string) {
      const n = Math.floor(count++ / QUOTES_PER_ARTICLE);
      if (!sentences[n]) sentences[n] = [];
      sentences[n].push(sentence);
      return { article: `a-${pad(n, 5)}`, quote: sentence };
    },
    finish() {
      sentences.forEach((list, n) => {
        articles.set(`a-${pad(n, 5)}.txt`, `Synthetischer Artikel ${n}\n\n${list.join("\n")}\n`);
      });
      return { articles, count: sentences.length };
    },
  };
}

export function syntheticStory(events: number, seed = 1, density: Density = "constant"): SyntheticStory {
  const next = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const last = lastYear(events, density);
  const date = dates(next, last);
  const writer = articleWriter();

  const placeCount = Math.min(300, Math.max(20, events));
  const places = Array.from({ length: placeCount }, (_, i) => ({
    id: `p-${pad(i, 4)}`,
    name: text(`Ort ${i}`, `Place ${i}`),
    lon: Math.round((-10 + next() * 150) * 1e4) / 1e4,
    lat: Math.round((10 + next() * 60) * 1e4) / 1e4,
    kind: i % 10 === 0 ? pick(zPlaceKind.options) : ("city" as const),
    country: pick(COUNTRIES),
    rank: 1 + Math.floor(next() * 9),
  }));
  const placeIds = places.map((p) => p.id);

  const eventList = Array.from({ length: events }, (_, i) => {
    const when = date.any();
    const id = `e-${pad(i, 6)}`;
    const spans = next() < 0.1;
    return {
      id,
      date: when.text,
      ...(spans ? { end: date.at(when.day + 400, when.precision) } : {}),
      places: Array.from({ length: 1 + Math.floor(next() * 3) }, () => pick(placeIds)),
      title: text(`Ereignis ${i}`, `Event ${i}`),
      summary: text(`Zusammenfassung von Ereignis ${i}.`, `Summary of event ${i}.`),
      category: pick(zCategory.options),
      actors: Array.from({ length: Math.floor(next() * 3) }, () => pick(COUNTRIES)),
      sources: [writer.quote(`Ereignis ${i} geschah ${when.text} in ${pick(placeIds)}.`)],
    };
  });
  const eventIds = eventList.map((e) => e.id);
  const citable = citableEvents(eventList, next);

  const movements = Array.from({ length: Math.round(events / 5) }, (_, i) => {
    // Mostly days long, some a month, a few a year or more (like the flagship's arms deliveries).
    const roll = next();
    const precision: Precision = roll < 0.75 ? "day" : roll < 0.95 ? "month" : "year";
    const day = Math.floor(next() * date.days);
    const length =
      precision === "day" ? Math.floor(next() * 10) : precision === "month" ? 31 * Math.floor(next() * 3) : 0;
    const waypoints = Array.from({ length: 2 + Math.floor(next() * 3) }, (_, j) =>
      j === 1 && next() < 0.2
        ? { lon: Math.round((-10 + next() * 150) * 100) / 100, lat: Math.round((10 + next() * 60) * 100) / 100 }
        : { place: pick(placeIds) },
    );
    return {
      id: `m-${pad(i, 6)}`,
      kind: pick(zMovementKind.options),
      label: text(`Bewegung ${i}`, `Movement ${i}`),
      start: date.at(day, precision),
      ...(length > 0 ? { end: date.at(day + length, precision) } : {}),
      waypoints,
      events: next() < 0.5 && eventIds.length > 0 ? [pick(eventIds)] : [],
      sources: [writer.quote(`Bewegung ${i} begann ${date.at(day, precision)}.`)],
    };
  });

  const organizations = membershipsFor(Math.round(events / 10), { next, pick, date, writer, citable });

  const relations = Array.from({ length: Math.min(RELATIONS, Math.floor(placeCount / 2)) }, (_, i) => {
    const when = [date.any(), date.any()].sort((a, b) => a.day - b.day);
    return {
      id: `r-${i}`,
      countries: [COUNTRIES[i] as string, COUNTRIES[i + 1] as string] as [string, string],
      between: [placeIds[2 * i] as string, placeIds[2 * i + 1] as string] as [string, string],
      changes: [
        { status: pick(zRelationState.options), source: writer.quote(`Beziehung ${i} war lange stabil.`) },
        ...when.map((w, j) => ({
          date: date.at(w.day, "day"),
          status: pick(zRelationState.options),
          source: writer.quote(`Beziehung ${i} änderte sich zum ${j + 1}. Mal.`),
        })),
      ],
    };
  });

  const { articles, count } = writer.finish();
  const story: StoryInput = {
    version: 1,
    meta: {
      title: text(`Synthetische Geschichte (${events})`, `Synthetic story (${events})`),
      description: text("Für den Benchmark erzeugt.", "Generated for the benchmark."),
      credit: text("scripts/synthetic_story.ts", "scripts/synthetic_story.ts"),
      window: { start: String(FIRST_YEAR), end: String(Math.min(last, FIRST_YEAR + 40)) },
      view: {
        bounds: [
          [-10, 10],
          [150, 70],
        ],
      },
      countries: Object.fromEntries(COUNTRIES.map((code) => [code, text(code, code)])),
    },
    sources: Array.from({ length: count }, (_, n) => ({
      id: `a-${pad(n, 5)}`,
      title: `Artikel ${n}`,
      publisher: "Benchmark",
      published: "2030-12-31",
      publishedNote: "synthetic",
      file: `a-${pad(n, 5)}.txt`,
    })),
    places,
    events: eventList,
    movements,
    organizations,
    relations,
  };
  return { story, articles };
}

interface Tools {
  next: () => number;
  pick: <T>(items: readonly T[]) => T;
  date: DateGen;
  writer: ReturnType<typeof articleWriter>;
  /** An event a change starting at `start` (ms UTC) may cite, or undefined. */
  citable: (start: number) => string | undefined;
}

/**
 * A change may cite only an event shown before its date ends (story/check_order.ts): this picks
 * one of the CITABLE_NEAR latest events whose whole date ends by the change's start.
 */
function citableEvents(events: readonly { id: string; date: string }[], next: () => number) {
  const byEnd = events.map((e) => ({ id: e.id, end: mustParseDate(e.date).end })).sort((a, b) => a.end - b.end);
  const ends = Float64Array.from(byEnd, (e) => e.end);
  return (start: number): string | undefined => {
    let lo = 0;
    let hi = ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((ends[mid] as number) <= start) lo = mid + 1;
      else hi = mid;
    }
    if (lo === 0) return undefined;
    return byEnd[lo - 1 - Math.floor(next() * Math.min(lo, CITABLE_NEAR))]?.id;
  };
}

/**
 * `changes` membership changes over ORGANIZATIONS organizations: each membership opens with an
 * undated change (a status from before the sources begin), then dated ones in time order.
 */
function membershipsFor(changes: number, { next, pick, date, writer, citable }: Tools) {
  const memberships = Math.min(changes, MAX_MEMBERSHIPS, ORGANIZATIONS * COUNTRIES.length);
  const perMembership = Array.from(
    { length: memberships },
    (_, m) => Math.floor(changes / memberships) + (m < changes % memberships ? 1 : 0),
  );
  return Array.from({ length: ORGANIZATIONS }, (_, o) => ({
    id: `o-${o}`,
    name: text(`Organisation ${o}`, `Organization ${o}`),
    short: text(`ORG${o}`, `ORG${o}`),
    founded: String(FIRST_YEAR - 10),
    memberships: perMembership
      .map((count, m) => ({ count, m }))
      .filter(({ m }) => m % ORGANIZATIONS === o)
      .map(({ count, m }) => {
        // By start, not by day: "1990" starts before "1990-02-19" although drawn later.
        const dated = Array.from({ length: count - 1 }, () => date.any())
          .map((when) => ({ ...when, start: mustParseDate(when.text).start }))
          .sort((a, b) => a.start - b.start);
        return {
          country: COUNTRIES[Math.floor(m / ORGANIZATIONS)] as string,
          changes: [
            { status: "member" as const, source: writer.quote(`Mitgliedschaft ${m} bestand seit langem.`) },
            ...dated.map((when, j) => {
              const event = next() < 0.5 ? citable(when.start) : undefined;
              return event
                ? { date: when.text, status: pick(zMembershipStatus.options), event }
                : {
                    date: when.text,
                    status: pick(zMembershipStatus.options),
                    source: writer.quote(`Mitgliedschaft ${m} änderte sich ${when.text} (${j + 1}).`),
                  };
            }),
          ],
        };
      }),
  }));
}
