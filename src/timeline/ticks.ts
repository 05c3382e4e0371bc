/**
 * Axis ticks for a time window: which unit and step fit the width, where the ticks fall and what
 * they say. Labels come from Intl, so "Dez." or "Dec" follows the page language, and a tick where
 * the larger unit changes (the first tick, a new month, a new year) names it, the way a printed
 * timeline does: "30.  1. Jan. 2025  2.  3." — one line of text, no guessing the year.
 */
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

/** Finest first. Week steps count whole days from the epoch, so the spacing never jumps at a month's end. */
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

/**
 * Room one plain label needs, in em: "25." < "Sept." < "2024", plus a gap. Weeks ask for more, so
 * a window of a few months reads in months rather than in a fence of Mondays.
 */
const SPACING_EM: Record<TickUnit, number> = { day: 2.6, month: 3.6, year: 3.6 };
const WEEK_SPACING_EM = 4;
const AVERAGE_MS: Record<TickUnit, number> = { day: DAY, month: 30.44 * DAY, year: 365.25 * DAY };

/** The finest step whose plain labels do not crowd: at least SPACING_EM apart at `fontPx`. */
export function chooseStep(window: TimeWindow, widthPx: number, fontPx = 14): TickStep {
  const length = Math.max(window[1] - window[0], 1);
  for (const step of STEPS) {
    const px = (widthPx * step.every * AVERAGE_MS[step.unit]) / length;
    const em = step.unit === "day" && step.every >= 7 ? WEEK_SPACING_EM : SPACING_EM[step.unit];
    if (px >= em * fontPx) return step;
  }
  return STEPS[STEPS.length - 1] as TickStep;
}

/** Tick times in [start, end], aligned to round values (Jan/Apr/Jul/Oct, 2000/2005, Mondays). */
export function tickTimes(window: TimeWindow, step: TickStep): number[] {
  const [start, end] = window;
  const times: number[] = [];
  const first = new Date(start);
  if (step.unit === "day") {
    const unit = step.every * DAY;
    // 1970-01-05 was a Monday: week ticks fall on Mondays.
    const offset = step.every >= 7 ? 4 * DAY : 0;
    for (let t = Math.ceil((start - offset) / unit) * unit + offset; t <= end; t += unit) times.push(t);
    return times;
  }
  if (step.unit === "month") {
    let index = first.getUTCFullYear() * 12 + first.getUTCMonth();
    if (Date.UTC(Math.floor(index / 12), index % 12) < start) index += 1;
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

function monthStart(index: number): number {
  return Date.UTC(Math.floor(index / 12), index % 12, 1);
}

function yearStart(year: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, 0, 1);
  return d.getTime();
}

const FORMATS = {
  day: { day: "numeric" },
  dayBoundary: { day: "numeric", month: "short", year: "numeric" },
  month: { month: "short" },
  monthBoundary: { month: "short", year: "numeric" },
  year: { year: "numeric" },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

const formatters = new Map<string, Intl.DateTimeFormat>();

function format(time: number, kind: keyof typeof FORMATS, locale: string): string {
  const key = `${locale}|${kind}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { ...FORMATS[kind], timeZone: "UTC" });
    formatters.set(key, formatter);
  }
  return formatter.format(time);
}

/** The ticks of an axis over `window` that is `widthPx` wide, labelled in `locale`. */
export function axisTicks(window: TimeWindow, widthPx: number, locale: string, fontPx = 14): AxisTick[] {
  const step = chooseStep(window, widthPx, fontPx);
  let previous: string | undefined;
  return tickTimes(window, step).map((time, index) => {
    const date = new Date(time);
    // What the larger unit is at this tick: a change (or the first tick) makes a boundary.
    const context =
      step.unit === "day" ? `${date.getUTCFullYear()}-${date.getUTCMonth()}` : String(date.getUTCFullYear());
    const boundary = step.unit !== "year" && (index === 0 || context !== previous);
    previous = context;
    const kind = step.unit === "year" ? "year" : boundary ? (`${step.unit}Boundary` as const) : step.unit;
    return { time, label: format(time, kind, locale), boundary };
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
