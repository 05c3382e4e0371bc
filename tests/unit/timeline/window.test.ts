import { describe, expect, it } from "vitest";
import { utc } from "../../../src/story/dates";
import {
  centreWindow,
  clampWindow,
  DAY,
  daysSince,
  MIN_WINDOW,
  panWindow,
  revealWindow,
  type TimeWindow,
} from "../../../src/timeline/window";

const SPAN: TimeWindow = [utc(1993), utc(2027)];
const YEAR_2024: TimeWindow = [utc(2024), utc(2025)];
const iso = (w: TimeWindow) => w.map((t) => new Date(t).toISOString().slice(0, 10));

describe("clampWindow(window, span, minLength)", () => {
  it("clampWindow(window inside span) returns the same bounds", () => {
    expect(clampWindow(YEAR_2024, SPAN)).toEqual(YEAR_2024);
  });

  it("clampWindow(window past the end) slides back in and keeps its length", () => {
    const w = clampWindow([utc(2026, 6), utc(2027, 6)], SPAN);
    expect(iso(w)).toEqual(["2026-01-01", "2027-01-01"]);
  });

  it("clampWindow(window before the start) slides forward", () => {
    expect(iso(clampWindow([utc(1990), utc(1995)], SPAN))).toEqual(["1993-01-01", "1998-01-01"]);
  });

  it("clampWindow(a one-day window) grows around its middle to minLength", () => {
    const w = clampWindow([utc(2024, 12, 25), utc(2024, 12, 26)], SPAN);
    expect(w[1] - w[0]).toBe(MIN_WINDOW);
    expect((w[0] + w[1]) / 2).toBe(utc(2024, 12, 25) + DAY / 2);
  });

  it("clampWindow(window wider than the span) becomes the span", () => {
    expect(clampWindow([utc(1900), utc(2100)], SPAN)).toEqual(SPAN);
  });

  it("clampWindow(window, a span shorter than minLength) becomes the span", () => {
    const span: TimeWindow = [utc(2024, 1, 1), utc(2024, 1, 3)];
    expect(clampWindow([utc(2024, 1, 1), utc(2024, 1, 2)], span)).toEqual(span);
  });
});

describe("panWindow(window, span, delta)", () => {
  it("panWindow(window, span, +10 years) stops at the end of the span", () => {
    const w = panWindow(YEAR_2024, SPAN, 10 * 365 * DAY);
    expect(w[1]).toBe(SPAN[1]);
    expect(w[1] - w[0]).toBe(YEAR_2024[1] - YEAR_2024[0]);
  });
});

describe("revealWindow(window, span, t)", () => {
  it("revealWindow(window, span, t inside) returns the window itself", () => {
    expect(revealWindow(YEAR_2024, SPAN, utc(2024, 6))).toBe(YEAR_2024);
  });

  it("revealWindow(window, span, t near the right edge) turns a page forward, t at 20 %", () => {
    const t = utc(2024, 12, 31);
    const w = revealWindow(YEAR_2024, SPAN, t);
    expect(w[1] - w[0]).toBe(YEAR_2024[1] - YEAR_2024[0]);
    expect((t - w[0]) / (w[1] - w[0])).toBeCloseTo(0.2);
  });

  it("revealWindow(window, span, t just before the window) turns a page back, t at 80 %", () => {
    const t = utc(2023, 12, 20);
    const w = revealWindow(YEAR_2024, SPAN, t);
    expect((t - w[0]) / (w[1] - w[0])).toBeCloseTo(0.8);
  });

  it("revealWindow(window, span, t far away) centres t", () => {
    const t = utc(2001, 7, 2);
    const w = revealWindow(YEAR_2024, SPAN, t);
    expect((w[0] + w[1]) / 2).toBe(t);
  });

  it("revealWindow(window, span, t at the span's end) stays inside the span", () => {
    const w = revealWindow(YEAR_2024, SPAN, SPAN[1]);
    expect(w[1]).toBe(SPAN[1]);
    expect(w[1] - w[0]).toBe(YEAR_2024[1] - YEAR_2024[0]);
  });

  it("revealWindow(window at the end, span, t at the end) returns the window itself", () => {
    const end: TimeWindow = [utc(2026), utc(2027)];
    expect(revealWindow(end, SPAN, SPAN[1])).toBe(end);
  });
});

describe("centreWindow(span, t, length)", () => {
  it("centreWindow(span, t, one year) puts t in the middle", () => {
    const w = centreWindow(SPAN, utc(2010, 7, 2), 365 * DAY);
    expect((w[0] + w[1]) / 2).toBe(utc(2010, 7, 2));
  });
});

describe("daysSince(start, t)", () => {
  it("daysSince(start, t) counts whole days", () => {
    expect(daysSince(utc(2024, 12, 1), utc(2024, 12, 25))).toBe(24);
    expect(daysSince(utc(2024, 12, 1), utc(2024, 12, 25) + DAY - 1)).toBe(24);
    expect(daysSince(utc(1993), utc(1993))).toBe(0);
  });
});
