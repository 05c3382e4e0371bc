import { describe, expect, it } from "vitest";
import { utc } from "../../../src/story/dates";
import {
  brushedWindow,
  centreWindow,
  clampWindow,
  containsTime,
  DAY,
  daysSince,
  type Follow,
  followPlayhead,
  MIN_WINDOW,
  panWindow,
  revealWindow,
  type TimeWindow,
  tweenWindow,
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

describe("followPlayhead(follow, span, t, playing)", () => {
  const FIVE_YEARS: TimeWindow = [utc(2022), utc(2027)];
  const attached: Follow = { window: FIVE_YEARS, detached: false };

  it("followPlayhead(window 2022–2027, span, Home = 1993) shows 1993", () => {
    const next = followPlayhead(attached, SPAN, SPAN[0], false);
    expect(containsTime(next.window, SPAN[0])).toBe(true);
    expect(next.window[1] - next.window[0]).toBe(FIVE_YEARS[1] - FIVE_YEARS[0]);
  });

  it("followPlayhead(window, span, each → step across a decade) always contains the playhead", () => {
    let follow: Follow = { window: [utc(1993), utc(1998)], detached: false };
    for (let year = 1993; year <= 2026; year++) {
      for (const month of [1, 8]) {
        const t = utc(year, month);
        follow = followPlayhead(follow, SPAN, t, false);
        expect(containsTime(follow.window, t)).toBe(true);
      }
    }
  });

  it("followPlayhead(follow, span, t inside) returns follow itself", () => {
    expect(followPlayhead(attached, SPAN, utc(2024, 6), true)).toBe(attached);
  });

  it("followPlayhead(detached by the reader, span, playback tick outside) keeps the reader's window", () => {
    const brushed = brushedWindow([utc(2000), utc(2005)], utc(2024, 6), true);
    expect(brushed.detached).toBe(true);
    expect(followPlayhead(brushed, SPAN, utc(2024, 7), true)).toBe(brushed);
  });

  it("followPlayhead(detached, span, a seek while paused) brings the playhead back", () => {
    const brushed = brushedWindow([utc(2000), utc(2005)], utc(2024, 6), true);
    const next = followPlayhead(brushed, SPAN, utc(2024, 7), false);
    expect(next.detached).toBe(false);
    expect(containsTime(next.window, utc(2024, 7))).toBe(true);
  });

  it("followPlayhead(detached, span, playhead entering the reader's window) attaches again", () => {
    const brushed = brushedWindow([utc(2025), utc(2030)], utc(2024, 6), true);
    const next = followPlayhead(brushed, SPAN, utc(2026), true);
    expect(next.detached).toBe(false);
    expect(next.window).toEqual(brushed.window);
  });

  it("followPlayhead(follow, span, t near the edge, paused) keeps the window under a scrubbing pointer", () => {
    expect(followPlayhead(attached, SPAN, utc(2026, 12, 20), false)).toBe(attached);
  });

  it("followPlayhead(follow, span, t near the edge, playing) turns the page ahead", () => {
    const earlier: Follow = { window: [utc(2015), utc(2020)], detached: false };
    const t = utc(2019, 12, 20);
    const next = followPlayhead(earlier, SPAN, t, true);
    expect((t - next.window[0]) / (next.window[1] - next.window[0])).toBeCloseTo(0.2);
  });

  it("followPlayhead(follow, span, t at the window's left edge, playing) keeps the window", () => {
    expect(followPlayhead(attached, SPAN, FIVE_YEARS[0], true)).toBe(attached);
  });

  it("brushedWindow(window, t, paused) never detaches: the next move of the playhead follows", () => {
    expect(brushedWindow([utc(2000), utc(2005)], utc(2024), false).detached).toBe(false);
  });
});

describe("tweenWindow(from, to, progress)", () => {
  const from: TimeWindow = [utc(2022), utc(2027)];
  const to: TimeWindow = [utc(1993), utc(1998)];

  it("tweenWindow(from, to, 0 and 1) gives the ends", () => {
    expect(tweenWindow(from, to, 0)).toEqual(from);
    expect(tweenWindow(from, to, 1)).toBe(to);
    expect(tweenWindow(from, to, 1.5)).toBe(to);
  });

  it("tweenWindow(from, to, progress) keeps the length and moves monotonically, eased out", () => {
    let previous = from[0];
    for (const p of [0.1, 0.3, 0.5, 0.7, 0.9]) {
      const w = tweenWindow(from, to, p);
      expect(w[1] - w[0]).toBeCloseTo(from[1] - from[0], -3);
      expect(w[0]).toBeLessThan(previous);
      previous = w[0];
    }
    // Eased out: more than half the way after half the time.
    expect(tweenWindow(from, to, 0.5)[0]).toBeLessThan((from[0] + to[0]) / 2);
  });
});
