/**
 * Dates that keep their precision. An article that says "im Dezember 2024" gives a month, not a
 * day, so a date is a string `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, and everything it becomes — a
 * time on the axis, a label — remembers which of the three it was. Time is UTC throughout.
 */

export type Precision = "year" | "month" | "day";

export interface PreciseDate {
  readonly precision: Precision;
  readonly year: number;
  /** 1–12, or undefined for year precision. */
  readonly month: number | undefined;
  /** 1–31, or undefined for year and month precision. */
  readonly day: number | undefined;
  /** Start of the period in ms since the epoch (UTC). */
  readonly start: number;
  /** End of the period, exclusive, in ms since the epoch (UTC). */
  readonly end: number;
}

export const DATE_FORMAT_HINT = "expected YYYY, YYYY-MM or YYYY-MM-DD";

/**
 * Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; returns undefined for anything else, including
 * 2024-02-30 and year 0000: the story calendar starts at year 1 (no dates before the Common Era,
 * whose "year 0" would be 1 BC in astronomical numbering), so years 1–9999.
 */
export function parseDate(text: string): PreciseDate | undefined {
  // By character codes, not a regular expression: no match array and no substrings for each of
  // a large story's 200 000 dates (issue 16: indexStory at 100 000 events under 1 s).
  const length = text.length;
  if (length !== 4 && length !== 7 && length !== 10) return undefined;
  const year = digits(text, 0, 4);
  if (year < 1) return undefined;
  if (length === 4) {
    return {
      precision: "year",
      year,
      month: undefined,
      day: undefined,
      start: utc(year, 1, 1),
      end: utc(year + 1, 1, 1),
    };
  }
  const month = text.charCodeAt(4) === DASH ? digits(text, 5, 2) : -1;
  if (month < 1 || month > 12) return undefined;
  if (length === 7) {
    return {
      precision: "month",
      year,
      month,
      day: undefined,
      start: utc(year, month, 1),
      end: utc(year, month + 1, 1),
    };
  }
  const day = text.charCodeAt(7) === DASH ? digits(text, 8, 2) : -1;
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  return { precision: "day", year, month, day, start: utc(year, month, day), end: utc(year, month, day + 1) };
}

const DASH = 45;
const ZERO = 48;

/** The decimal number written by `count` ASCII digits of `text` from `from`, or −1 if any is not a digit. */
function digits(text: string, from: number, count: number): number {
  let value = 0;
  for (let i = from; i < from + count; i++) {
    const digit = text.charCodeAt(i) - ZERO;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

export function isValidDate(text: string): boolean {
  return parseDate(text) !== undefined;
}

/** Like parseDate, for dates already validated by the schema. */
export function mustParseDate(text: string): PreciseDate {
  const date = parseDate(text);
  if (!date) throw new RangeError(`invalid date "${text}" (${DATE_FORMAT_HINT})`);
  return date;
}

/** Orders by start, then the coarser date first (2024 before 2024-01 before 2024-01-01). */
export function compareDates(a: PreciseDate, b: PreciseDate): number {
  return a.start - b.start || b.end - a.end;
}

/** Days in a month (1–12) of the proleptic Gregorian calendar, as Date counts them. */
export function daysInMonth(year: number, month: number): number {
  if (month !== 2) return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
}

/**
 * `time` moved by whole calendar months, the day clamped to the target month's end (31 January
 * + 1 month = 28 or 29 February, never 3 March); the time of day is kept. ms UTC in and out.
 * `anchorDay` (1–31, default: the day of `time`) is the day a series of month steps aims for, so
 * 31 January → 28 February → 31 March rather than drifting to the 28th.
 */
export function addMonths(time: number, months: number, anchorDay?: number): number {
  const d = new Date(time);
  const total = d.getUTCFullYear() * 12 + d.getUTCMonth() + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12 + 1;
  const day = Math.min(anchorDay ?? d.getUTCDate(), daysInMonth(year, month));
  const timeOfDay = time - utc(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  return utc(year, month, day) + timeOfDay;
}

/**
 * Month and day may overflow (month 13 is January of the next year). setUTCFullYear takes all
 * three at once, so overflow carries into the year, and years 0–99 are not read as 1900–1999.
 */
export function utc(year: number, month = 1, day = 1): number {
  // Date.UTC allocates nothing (a story of 100 000 dates parses them fast); it reads years
  // 0–99 as 1900–1999, so those (and anything that could overflow into them) take setUTCFullYear.
  if (year >= 101) return Date.UTC(year, month - 1, day);
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return d.getTime();
}

/** The day-precision ISO string of a time, e.g. for the URL. */
export function isoDay(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

const FORMATS: Record<Precision, Intl.DateTimeFormatOptions> = {
  year: { year: "numeric", timeZone: "UTC" },
  month: { year: "numeric", month: "long", timeZone: "UTC" },
  day: { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" },
};

const formatters = new Map<string, Intl.DateTimeFormat>();

/** "25. Dezember 2024" / "Dezember 2024" / "2024" in de; "December 25, 2024" … in en. */
export function formatDate(date: PreciseDate, locale: string): string {
  return formatTime(date.start, date.precision, locale);
}

export function formatTime(time: number, precision: Precision, locale: string): string {
  return formatterFor(locale, precision).format(time);
}

/**
 * One Intl.DateTimeFormat per locale and precision: creating one costs far more than using it,
 * and playback formats the slider's date every frame.
 */
function formatterFor(locale: string, precision: Precision): Intl.DateTimeFormat {
  const key = `${locale}|${precision}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, FORMATS[precision]);
    formatters.set(key, formatter);
  }
  return formatter;
}

const PRECISIONS: readonly Precision[] = ["year", "month", "day"];

/** The date at `precision` (or its own, if coarser) that contains `date`'s start. */
export function coarsen(date: PreciseDate, precision: Precision): PreciseDate {
  if (PRECISIONS.indexOf(date.precision) <= PRECISIONS.indexOf(precision)) return date;
  return mustParseDate(isoDate(date).slice(0, precision === "year" ? 4 : 7));
}

/** The month (UTC) containing a time, as a month-precision date. */
export function monthOf(time: number): PreciseDate {
  const d = new Date(time);
  return mustParseDate(`${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1, 2)}`);
}

/** A date as the story writes it, at its own precision: "2024", "2024-12" or "2024-12-06". */
export function isoDate(date: PreciseDate): string {
  const parts = [pad(date.year, 4)];
  if (date.month !== undefined) parts.push(pad(date.month, 2));
  if (date.day !== undefined) parts.push(pad(date.day, 2));
  return parts.join("-");
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

/** A date the reader is shown: one date, or a span such as 20–21 May 2025. */
export interface ShownDate {
  start: PreciseDate;
  end: PreciseDate | undefined;
}

/**
 * The one rule for the date of a moment on the axis (the playhead, the big map date, "as of"
 * headings, the share dialog, file names, the link's `t`): while t lies inside the current
 * event's date (from its start to the end of its last day, month or year), that event's date
 * as the source gives it, span and all; otherwise the month of t. So a moment never reads as a
 * day or a month the data lacks: a month event spread to 6 December reads "Dezember 2024", a
 * year event "2024", and an event the articles date only to "June–December 2025" reads
 * "Juni–Dezember 2025" wherever the playhead lies inside it (a review saw "Juni 2025" on the map
 * beside the card's "Juni–Dezember 2025"). `finest` coarsens further (the big map date never
 * names a day: 20–21 May reads "Mai 2025" there).
 */
export function shownDate(
  t: number,
  current: { date: PreciseDate; end: PreciseDate | undefined; until: number } | undefined,
  finest: Precision = "day",
): ShownDate {
  if (!insideDate(t, current)) return { start: coarsen(monthOf(t), finest), end: undefined };
  const start = coarsen(current.date, finest);
  const end = current.end === undefined ? undefined : coarsen(current.end, finest);
  return { start, end: end === undefined || isoDate(end) === isoDate(start) ? undefined : end };
}

/**
 * Whether t (ms UTC) lies inside the current event's date: from its start to the end of its
 * last day, month or year (`until`). False without an event.
 */
export function insideDate<C extends { date: PreciseDate; until: number }>(
  t: number,
  current: C | undefined,
): current is C {
  return current !== undefined && t >= current.date.start && t < current.until;
}

/** "Dezember 2024", "2024", "20.–21. Mai 2025" (de) or "December 2024" … (en). */
export function formatShown(shown: ShownDate, locale: string): string {
  return formatSpan(shown.start, shown.end, locale);
}

/**
 * For file names: the shown date at its precision, e.g. "2024-12", "2024", or a span as
 * "2025-06--2025-12" (ISO 8601's interval, with "--" for the "/" a file name cannot hold).
 */
export function isoShown(shown: ShownDate): string {
  return shown.end === undefined ? isoDate(shown.start) : `${isoDate(shown.start)}--${isoDate(shown.end)}`;
}

/** A span such as "20.–21. Mai 2025", falling back to "start – end". */
export function formatSpan(start: PreciseDate, end: PreciseDate | undefined, locale: string): string {
  if (!end) return formatDate(start, locale);
  if (start.precision === end.precision) {
    return formatterFor(locale, start.precision).formatRange(start.start, end.start);
  }
  return `${formatDate(start, locale)} – ${formatDate(end, locale)}`;
}
