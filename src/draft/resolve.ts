import type { PreciseDate, Precision } from "../story/dates";
import { utc } from "../story/dates";
import type { Expr, Parts } from "./temporal";
import type { Unit } from "./temporal_words";
import { type Why, why } from "./why";

/**
 * Resolves a found date expression (temporal.ts) to a period of the calendar at the precision
 * the text gives. Rules:
 * - an absolute date is taken as written; a span keeps both ends at the same precision;
 * - a month without a year takes the year of the last year-bearing date before it in the same
 *   article (the narrative's year), else the publication year, moved one year back if that
 *   would put it after the publication; when the publication is known only to the year, the
 *   month lies before the unknown publication day with a chance of (12 − month) / 12, so a month
 *   from July on is taken as last year's ("seit … im September" in an article of 2024 is
 *   September 2023), with a low confidence and both years in the note;
 * - publication-relative expressions shift the publication period and are never finer than it
 *   ("in dieser Woche" in an article dated only "2026" is 2026);
 * - anaphoric expressions shift the period of the event they refer to and are never finer than
 *   it ("drei Tage nach dem Absturz" after a crash in December 2024 is December 2024 to January
 *   2025) and record that event in `after`; days or weeks after a year-only event stay that year;
 * - an anaphoric expression that names its event ("nach dem Absturz", "after the crash") counts
 *   only from an earlier sentence naming it (the noun, or for German the verb: "stürzte … ab");
 *   if none does, no date is invented: the article's window, confidence 0.1, a note for the editor;
 * - a shift in years or months is never finer than a year or month, and a vague one ("wenige
 *   Tage danach", "kurz darauf") never finer than a month (a year for vague months or years).
 */
export interface Period {
  /** ms UTC, inclusive. */
  readonly start: number;
  /** ms UTC, exclusive. */
  readonly end: number;
  readonly precision: Precision;
}

export interface Referent {
  readonly id: string;
  readonly period: Period;
  readonly quote: string;
}

export interface ResolveContext {
  readonly published: PreciseDate;
  /** The year of the last year-bearing date earlier in the article. */
  readonly narrativeYear: number | undefined;
  /** Earlier events of the same article, in text order. */
  readonly earlier: readonly Referent[];
}

export interface Resolved {
  readonly period: Period;
  readonly note: string;
  /** The note as a code (why.ts); the draft adds the expression's text as `text`. */
  readonly why: Why;
  /** How sure the rule is, 0..1. */
  readonly confidence: number;
  readonly after: readonly string[];
  /** The year it states outright, which becomes the narrative year. */
  readonly statedYear: number | undefined;
}

const RANK: Record<Precision, number> = { year: 0, month: 1, day: 2 };
const UNIT_PRECISION: Record<Unit, Precision> = { day: "day", week: "day", month: "month", year: "year" };

export function coarser(a: Precision, b: Precision): Precision {
  return RANK[a] <= RANK[b] ? a : b;
}

export function partsPeriod(p: Parts): Period {
  if (p.m === undefined) return { start: utc(p.y), end: utc(p.y + 1), precision: "year" };
  if (p.d === undefined) return { start: utc(p.y, p.m), end: utc(p.y, p.m + 1), precision: "month" };
  return { start: utc(p.y, p.m, p.d), end: utc(p.y, p.m, p.d + 1), precision: "day" };
}

function addUnits(time: number, unit: Unit, n: number): number {
  const d = new Date(time);
  if (unit === "day" || unit === "week") return time + n * (unit === "week" ? 7 : 1) * 86_400_000;
  const months = unit === "month" ? n : 12 * n;
  return utc(d.getUTCFullYear(), d.getUTCMonth() + 1 + months, d.getUTCDate());
}

/** Widens [start, end) to whole units of `precision`. */
export function snap(start: number, end: number, precision: Precision): Period {
  const s = new Date(start);
  const e = new Date(end - 1);
  if (precision === "year") return { start: utc(s.getUTCFullYear()), end: utc(e.getUTCFullYear() + 1), precision };
  if (precision === "month")
    return {
      start: utc(s.getUTCFullYear(), s.getUTCMonth() + 1),
      end: utc(e.getUTCFullYear(), e.getUTCMonth() + 2),
      precision,
    };
  return {
    start: utc(s.getUTCFullYear(), s.getUTCMonth() + 1, s.getUTCDate()),
    end: utc(e.getUTCFullYear(), e.getUTCMonth() + 1, e.getUTCDate() + 1),
    precision,
  };
}

function shift(base: Period, unit: Unit, min: number, max: number): Period {
  const precision = coarser(base.precision, UNIT_PRECISION[unit]);
  return snap(addUnits(base.start, unit, min), addUnits(base.end, unit, max), precision);
}

function asPeriod(p: PreciseDate): Period {
  return { start: p.start, end: p.end, precision: p.precision };
}

/** Resolves `expr`; undefined when it refers to an event that is not there. */
export function resolveDate(expr: Expr, ctx: ResolveContext): Resolved | undefined {
  const pub = ctx.published;
  switch (expr.type) {
    case "absolute": {
      const a = partsPeriod(expr.from);
      const b = expr.to ? partsPeriod(expr.to) : a;
      return {
        period: { start: a.start, end: b.end, precision: a.precision },
        note: expr.note ?? "stated in the sentence",
        why: expr.note
          ? why("dateRead", { period: dateLabel({ start: a.start, end: b.end, precision: a.precision }) })
          : why("dateStated"),
        confidence: 0.8,
        after: [],
        statedYear: expr.since ? undefined : expr.from.y,
      };
    }
    case "monthOnly": {
      let year = ctx.narrativeYear ?? pub.year;
      let source =
        ctx.narrativeYear === undefined ? "the publication year" : "the year of the date before it in the article";
      let confidence = 0.6;
      if (year > pub.year || (year === pub.year && pub.month !== undefined && expr.month > pub.month)) {
        year = pub.month !== undefined && expr.month > pub.month ? pub.year - 1 : pub.year;
        source = "the publication date";
      } else if (ctx.narrativeYear === undefined && pub.month === undefined && expr.month > 6) {
        year = pub.year - 1;
        source = `the publication year ${pub.year}, which the month more likely precedes (or ${pub.year} itself: check it)`;
        confidence = 0.3;
      }
      const from = partsPeriod({ y: year, m: expr.month, d: expr.day });
      const to = expr.toDay === undefined ? from : partsPeriod({ y: year, m: expr.month, d: expr.toDay });
      return {
        period: { start: from.start, end: to.end, precision: from.precision },
        note: `${expr.note ? `${expr.note}; ` : ""}month without a year: ${year} from ${source}`,
        why: why(
          ctx.narrativeYear !== undefined && source !== "the publication date"
            ? "dateMonthNarrative"
            : "dateMonthPublication",
          { year },
        ),
        confidence,
        after: [],
        statedYear: undefined,
      };
    }
    case "publication":
      return {
        // Within a few weeks of a publication known only to the month or year: that period.
        period:
          pub.precision !== "day" && (expr.unit === "day" || expr.unit === "week") && Math.abs(expr.min) <= 31
            ? asPeriod(pub)
            : shift(asPeriod(pub), expr.unit, expr.min, expr.max),
        note: `${expr.note} (${dateLabel(asPeriod(pub))})`,
        why: why("datePublication", { period: dateLabel(asPeriod(pub)) }),
        confidence: 0.5,
        after: [],
        statedYear: undefined,
      };
    case "publicationYear": {
      const y = pub.year + expr.offset;
      const [a, b] = expr.month ?? [1, 12];
      const period = expr.month
        ? { start: utc(y, a), end: utc(y, b + 1), precision: "month" as const }
        : { start: utc(y), end: utc(y + 1), precision: "year" as const };
      return {
        period,
        note: `${expr.note} (${pub.year})`,
        why: why("datePublicationYear", { year: pub.year }),
        confidence: 0.6,
        after: [],
        statedYear: expr.month ? y : undefined,
      };
    }
    case "anaphoric": {
      const { referent, named } = findReferent(ctx.earlier, expr.noun);
      if (!referent) return undefined;
      if (expr.noun && !named) return unknownAnchor(expr.noun, expr.note, ctx);
      // A vague shift ("wenige Tage danach", "kurz darauf") gives no day: at most the month.
      const vague = expr.min !== expr.max;
      const base = vague
        ? {
            ...referent.period,
            precision: coarser(
              referent.period.precision,
              expr.unit === "day" || expr.unit === "week" ? "month" : "year",
            ),
          }
        : referent.period;
      // Days or weeks after an event known only to the year stay in that year: stepping on would
      // widen the span by a year at each link of a chain ("drei Tage danach" of 2025 is 2025).
      const small = referent.period.precision === "year" && (expr.unit === "day" || expr.unit === "week");
      return {
        period: small ? referent.period : shift(base, expr.unit, expr.min, expr.max),
        note: `${expr.note}: after "${referent.id}" (${dateLabel(referent.period)})${small ? ", kept at its year" : ""}`,
        why: why(small ? "dateAfterKeptYear" : "dateAfter", { event: referent.id, period: dateLabel(referent.period) }),
        confidence: 0.5,
        after: [referent.id],
        statedYear: undefined,
      };
    }
    case "forward":
      return undefined;
  }
}

/** A forward reference ("zwei Tage vor Beginn des Krieges"): the period `amount` units after `base`. */
export function resolveForward(base: Period, unit: Unit, amount: number): Period {
  return shift(base, unit, amount, amount);
}

/**
 * "drei Tage nach dem Absturz" whose crash no earlier sentence names: no date is invented. The
 * period is the article's window, from the earliest date told before it to the publication, at
 * year precision, with a low confidence and a note asking the editor.
 */
function unknownAnchor(noun: string, note: string, ctx: ResolveContext): Resolved {
  const start = Math.min(ctx.published.start, ...ctx.earlier.map((r) => r.period.start));
  const period = snap(start, ctx.published.end, "year");
  return {
    period,
    note: `${note}: no earlier sentence names "${noun}", so the date is unknown; the article's window ${dateLabel(period)} is kept. Editor: find the event it counts from`,
    why: why("dateUnknownAnchor", { noun, period: dateLabel(period) }),
    confidence: 0.1,
    after: [],
    statedYear: undefined,
  };
}

/** Lower case without umlauts and ß, so that "stürzte" meets "sturz". */
function fold(text: string): string {
  return text.toLowerCase().replace(/ä/g, "a").replace(/ö/g, "o").replace(/ü/g, "u").replace(/ß/g, "ss");
}

function stem(noun: string): string {
  return noun.slice(0, Math.max(4, Math.min(6, noun.length - 2)));
}

/** German verb particles that make nouns of verbs: "Absturz" of "stürzte … ab", "Angriff" of "griff … an". */
const PARTICLES = /^(ab|an|auf|aus|bei|ein|mit|nach|vor|weg|zu|zuruck|uber|unter|um|durch)(?=\p{L}{4})/u;

/**
 * A regex for the words that name the noun's event in another sentence: the noun's stem at a
 * word's start ("Operation" is not the "Spezialoperation" of another sentence), or, for a noun
 * with a verb particle, the verb's root with an optional particle and "ge" ("Absturz": "stürzte",
 * "abgestürzt"). Matched against fold()ed text.
 */
function anchorPattern(noun: string): RegExp {
  const folded = fold(noun).replace(/[^\p{L}]/gu, "");
  const alternatives = [stem(folded)];
  const particle = PARTICLES.exec(folded);
  if (particle) {
    const root = folded.slice(particle[0].length);
    alternatives.push(`(?:${particle[0]})?(?:ge)?${root.length > 5 ? stem(root) : root}`);
  }
  return new RegExp(`(?<![\\p{L}])(?:${alternatives.join("|")})`, "u");
}

/**
 * The latest earlier event whose sentence names `noun` (`named`), else, when the expression
 * names no noun ("danach"), the latest one; undefined when there is none.
 */
function findReferent(
  earlier: readonly Referent[],
  noun: string | undefined,
): { referent: Referent | undefined; named: boolean } {
  if (noun) {
    const re = anchorPattern(noun);
    for (let i = earlier.length - 1; i >= 0; i--) {
      const r = earlier[i];
      if (r && re.test(fold(r.quote))) return { referent: r, named: true };
    }
  }
  return { referent: earlier[earlier.length - 1], named: false };
}

/** The schema's text for a period: [date, end?] at its precision. */
export function periodText(p: Period): [string, string | undefined] {
  const text = (time: number) => {
    const iso = new Date(time).toISOString();
    return p.precision === "year" ? iso.slice(0, 4) : p.precision === "month" ? iso.slice(0, 7) : iso.slice(0, 10);
  };
  const first = text(p.start);
  const last = text(p.end - 1);
  return [first, last === first ? undefined : last];
}

export function dateLabel(p: Period): string {
  const [a, b] = periodText(p);
  return b ? `${a}…${b}` : a;
}
