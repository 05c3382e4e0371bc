/**
 * Axis ticks for a time window: which unit and step fit the width, where the ticks fall and what
 * they say. Labels come from Intl, so "Dez." or "Dec" follows the page language, and a tick where
 * the larger unit changes (the first tick, a new month, a new year) names it, the way a printed
 * timeline does: "30  31  Jan. 2025  2  3" or "Nov  Dez  2025  Feb" — one line, no guessing the year.
 */
import { utc } from "../story/dates";
import { DAY, type TimeWindow } from "./window";

export type TickUnit = "day" | "month" | "year";

export interface TickStep {
  readonly unit: TickUnit;
  readonly every: number;
}

export interface AxisTick {
  readonly time: number;
  readonly label: string;
  /** The first tick and ticks where the month (day unit) or year (month unit) changes. */
  readonly boundary: boolean;
}

/**
 * Finest first. Every other day counts from the 1st of each month (like d3's utcDay.every), so each
 * month's first day has a tick; weeks fall on Mondays, evenly spaced across month ends.
 */
const STEPS: readonly TickStep[] = [
  { unit: "day", every: 1 },
  { unit: "day", every: 2 },
  { unit: "day", every: 7 },
  { unit: "month", every: 1 },
  { unit: "month", every: 2 },
  { unit: "month", every: 3 },
  { unit: "month", every: 6 },
  { unit: "year", every: 1 },
  { unit: "year", every: 2 },
  { unit: "year", every: 5 },
  { unit: "year", every: 10 },
  { unit: "year", every: 20 },
  { unit: "year", every: 50 },
  { unit: "year", every: 100 },
];

/** Room one plain label needs, in em: "25" < "Sept." < "2024", plus a gap. */
const SPACING_EM: Record<TickUnit, number> = { day: 2.6, month: 3.6, year: 3.6 };
/** Beyond about three months a window reads better in months than in a fence of Mondays. */
const MAX_WEEKS_WINDOW = 100 * DAY;
const AVERAGE_MS: Record<TickUnit, number> = { day: DAY, month: 30.44 * DAY, year: 365.25 * DAY };

const UNITS: readonly TickUnit[] = ["day", "month", "year"];

/**
 * The finest step whose plain labels do not crowd: at least SPACING_EM apart at `fontPx`, and no
 * finer than `finest` (an overview of decades reads in years, however wide the screen).
 */
export function chooseStep(window: TimeWindow, widthPx: number, fontPx = 14, finest: TickUnit = "day"): TickStep {
  const length = Math.max(window[1] - window[0], 1);
  for (const step of STEPS) {
    if (UNITS.indexOf(step.unit) < UNITS.indexOf(finest)) continue;
    const px = (widthPx * step.every * AVERAGE_MS[step.unit]) / length;
    if (step.unit === "day" && step.every === 7 && length > MAX_WEEKS_WINDOW) continue;
    if (px >= SPACING_EM[step.unit] * fontPx) return step;
  }
  return STEPS[STEPS.length - 1] as TickStep;
}

/** Tick times in [start, end], aligned to round values (Jan/Apr/Jul/Oct, 2000/2005, Mondays). */
export function tickTimes(window: TimeWindow, step: TickStep): number[] {
  const [start, end] = window;
  const times: number[] = [];
  const first = new Date(start);
  if (step.unit === "day" && step.every >= 7) {
    const unit = step.every * DAY;
    // 1970-01-05 was a Monday.
    const monday = 4 * DAY;
    for (let t = Math.ceil((start - monday) / unit) * unit + monday; t <= end; t += unit) times.push(t);
    return times;
  }
  if (step.unit === "day") {
    for (let t = Math.ceil(start / DAY) * DAY; t <= end; t += DAY) {
      if ((new Date(t).getUTCDate() - 1) % step.every === 0) times.push(t);
    }
    return times;
  }
  if (step.unit === "month") {
    let index = first.getUTCFullYear() * 12 + first.getUTCMonth();
    if (monthStart(index) < start) index += 1;
    index = Math.ceil(index / step.every) * step.every;
    for (let t = monthStart(index); t <= end; index += step.every, t = monthStart(index)) times.push(t);
    return times;
  }
  let year = first.getUTCFullYear();
  if (yearStart(year) < start) year += 1;
  year = Math.ceil(year / step.every) * step.every;
  for (let t = yearStart(year); t <= end; year += step.every, t = yearStart(year)) times.push(t);
  return times;
}

/** Not Date.UTC, which reads years 0–99 as 1900–1999: the schema accepts years 1–9999. */
function monthStart(index: number): number {
  return utc(Math.floor(index / 12), (index % 12) + 1, 1);
}

function yearStart(year: number): number {
  return utc(year, 1, 1);
}

const FORMATS = {
  day: { day: "numeric" },
  date: { day: "numeric", month: "short", year: "numeric" },
  month: { month: "short" },
  monthYear: { month: "short", year: "numeric" },
  year: { year: "numeric" },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

type Format = keyof typeof FORMATS;

/**
 * What a tick says. A boundary names the larger unit as briefly as it can: a month starts as
 * "Dez. 2024", a year as "2025"; only a first tick in mid-period needs the longer "12. Dez. 2024".
 */
function formatOf(unit: TickUnit, boundary: boolean, date: Date): Format {
  if (unit === "year") return "year";
  if (!boundary) return unit;
  if (unit === "day") return date.getUTCDate() === 1 ? "monthYear" : "date";
  return date.getUTCMonth() === 0 ? "year" : "monthYear";
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function format(time: number, kind: Format, locale: string): string {
  const key = `${locale}|${kind}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { ...FORMATS[kind], timeZone: "UTC" });
    formatters.set(key, formatter);
  }
  return formatter.format(time);
}

/** The ticks of an axis over `window` that is `widthPx` wide, labelled in `locale`. */
export function axisTicks(
  window: TimeWindow,
  widthPx: number,
  locale: string,
  fontPx = 14,
  finest: TickUnit = "day",
): AxisTick[] {
  const step = chooseStep(window, widthPx, fontPx, finest);
  let previous: string | undefined;
  return tickTimes(window, step).map((time, index) => {
    const date = new Date(time);
    // What the larger unit is at this tick: a change (or the first tick) makes a boundary.
    const context =
      step.unit === "day" ? `${date.getUTCFullYear()}-${date.getUTCMonth()}` : String(date.getUTCFullYear());
    const boundary = step.unit !== "year" && (index === 0 || context !== previous);
    previous = context;
    return { time, label: format(time, formatOf(step.unit, boundary, date), locale), boundary };
  });
}

export interface PlacedLabel {
  readonly time: number;
  readonly label: string;
  readonly boundary: boolean;
  /** Where the tick is. */
  readonly x: number;
  /** Where the label's anchor is, relative to its tick: labels at the edges stay inside [0, widthPx]. */
  readonly dx: number;
  readonly visible: boolean;
}

/** Labels centred under their ticks, or starting just right of them (a ruler). */
export type LabelAnchor = "middle" | "start";

/**
 * Places labels at their ticks and hides the ones that would collide, keeping boundary labels
 * first (they carry the month and year). Text width is estimated from the character count —
 * generous for digits and short month names — so this runs without a DOM.
 */
export function placeLabels(
  ticks: readonly AxisTick[],
  x: (time: number) => number,
  widthPx: number,
  fontPx = 14,
  anchor: LabelAnchor = "middle",
): PlacedLabel[] {
  const gap = fontPx * 0.6;
  const inset = fontPx * 0.3;
  const placed = ticks.map((tick) => {
    const half = (tick.label.length * fontPx * 0.58) / 2 + (tick.boundary ? fontPx * 0.2 : 0);
    const at = x(tick.time);
    const wanted = anchor === "middle" ? at : at + inset + half;
    const centre = Math.min(Math.max(wanted, half), widthPx - half);
    const dx = anchor === "middle" ? centre - at : centre - half - at;
    return { ...tick, x: at, dx, left: centre - half, right: centre + half, visible: false };
  });
  const taken: { left: number; right: number }[] = [];
  const order = [...placed.keys()].sort((a, b) => Number(placed[b]?.boundary) - Number(placed[a]?.boundary) || a - b);
  for (const index of order) {
    const label = placed[index];
    if (!label) continue;
    const free = taken.every((other) => label.right + gap <= other.left || label.left >= other.right + gap);
    if (free) {
      label.visible = true;
      taken.push(label);
    }
  }
  return placed.map(({ time, label, boundary, x: at, dx, visible }) => ({ time, label, boundary, x: at, dx, visible }));
}
