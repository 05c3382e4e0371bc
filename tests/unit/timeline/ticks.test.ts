import { describe, expect, it } from "vitest";
import { utc } from "../../../src/story/dates";
import { axisTicks, chooseStep, placeLabels, tickTimes } from "../../../src/timeline/ticks";
import { timeScale } from "../../../src/timeline/time_scale";
import type { TimeWindow } from "../../../src/timeline/window";

const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
const SPAN: TimeWindow = [utc(1993), utc(2027)];
const DECEMBER: TimeWindow = [utc(2024, 12, 1), utc(2025, 1, 1)];

describe("chooseStep(window, width, fontPx)", () => {
  it("chooseStep(33 years, 1280 px) labels every second year", () => {
    expect(chooseStep(SPAN, 1280)).toEqual({ unit: "year", every: 2 });
  });

  it("chooseStep(33 years, 320 px) labels every tenth year", () => {
    expect(chooseStep(SPAN, 320)).toEqual({ unit: "year", every: 10 });
  });

  it("chooseStep(one year, 1280 px) labels months", () => {
    expect(chooseStep([utc(2024), utc(2025)], 1280)).toEqual({ unit: "month", every: 1 });
  });

  it("chooseStep(one month, 1280 px) labels days, and weeks on a phone", () => {
    expect(chooseStep(DECEMBER, 1280)).toEqual({ unit: "day", every: 1 });
    expect(chooseStep(DECEMBER, 320)).toEqual({ unit: "day", every: 7 });
  });

  it("chooseStep(window, width, a larger font) chooses a coarser step", () => {
    expect(chooseStep(DECEMBER, 1280, 28).every).toBeGreaterThan(1);
  });
});

describe("tickTimes(window, step)", () => {
  it("tickTimes(1993–2027, every 5 years) falls on round years", () => {
    expect(tickTimes(SPAN, { unit: "year", every: 5 }).map(iso)).toEqual(
      ["1995", "2000", "2005", "2010", "2015", "2020", "2025"].map((y) => `${y}-01-01`),
    );
  });

  it("tickTimes(window, every 3 months) falls on Jan/Apr/Jul/Oct and includes the window's start", () => {
    const ticks = tickTimes([utc(2024, 4, 1), utc(2025, 1, 15)], { unit: "month", every: 3 });
    expect(ticks.map(iso)).toEqual(["2024-04-01", "2024-07-01", "2024-10-01", "2025-01-01"]);
  });

  it("tickTimes(window starting mid-month, every month) starts at the next month", () => {
    expect(tickTimes([utc(2024, 11, 15), utc(2025, 1, 1)], { unit: "month", every: 1 }).map(iso)).toEqual([
      "2024-12-01",
      "2025-01-01",
    ]);
  });

  it("tickTimes(December, every 7 days) falls on Mondays, evenly spaced", () => {
    const ticks = tickTimes(DECEMBER, { unit: "day", every: 7 });
    expect(ticks.map(iso)).toEqual(["2024-12-02", "2024-12-09", "2024-12-16", "2024-12-23", "2024-12-30"]);
  });

  it("tickTimes(December, every day) has 32 ticks, both ends included", () => {
    expect(tickTimes(DECEMBER, { unit: "day", every: 1 })).toHaveLength(32);
  });
});

describe("axisTicks(window, width, locale)", () => {
  it('axisTicks(December, 1280, "de") names month and year at the first tick and at the new month', () => {
    const ticks = axisTicks(DECEMBER, 1280, "de");
    expect(ticks[0]).toEqual({ time: utc(2024, 12, 1), label: "Dez. 2024", boundary: true });
    expect(ticks[24]).toEqual({ time: utc(2024, 12, 25), label: "25", boundary: false });
    expect(ticks.at(-1)).toEqual({ time: utc(2025, 1, 1), label: "Jan. 2025", boundary: true });
    expect(ticks.filter((t) => t.boundary)).toHaveLength(2);
  });

  it('axisTicks(window starting mid-month, 1280, "de") gives the first tick its full date', () => {
    expect(axisTicks([utc(2024, 12, 12), utc(2024, 12, 31)], 1280, "de")[0]?.label).toBe("12. Dez. 2024");
  });

  it('axisTicks(one year, 1280, "en") names the year at the first tick and in January', () => {
    const ticks = axisTicks([utc(2024, 7), utc(2025, 7)], 1280, "en");
    expect(ticks.map((t) => t.label)).toEqual([
      "Jul 2024",
      "Aug",
      "Sep",
      "Oct",
      "Nov",
      "Dec",
      "2025",
      "Feb",
      "Mar",
      "Apr",
      "May",
      "Jun",
      "Jul",
    ]);
  });

  it('axisTicks(33 years, 1280, "de") labels plain years, none a boundary', () => {
    const ticks = axisTicks(SPAN, 1280, "de");
    expect(ticks[0]?.label).toBe("1994");
    expect(ticks.some((t) => t.boundary)).toBe(false);
  });
});

describe("placeLabels(ticks, scale, width, fontPx)", () => {
  it("placeLabels(day ticks, scale, 1280) keeps boundary labels and hides the plain ones they cover", () => {
    const x = timeScale(DECEMBER, [0, 1280]);
    const placed = placeLabels(axisTicks(DECEMBER, 1280, "de"), x, 1280);
    const first = placed[0];
    expect(first?.visible).toBe(true);
    expect(first?.dx).toBeGreaterThan(0);
    expect(placed[1]?.visible).toBe(false);
    expect(placed[24]?.visible).toBe(true);
    expect(placed.at(-1)?.visible).toBe(true);
    expect(placed.at(-1)?.dx).toBeLessThan(0);
  });

  it("placeLabels(ticks, scale, width) never lets visible labels overlap", () => {
    for (const width of [320, 390, 800, 1280, 3840]) {
      for (const window of [SPAN, DECEMBER, [utc(2022), utc(2026)] as TimeWindow]) {
        const x = timeScale(window, [0, width]);
        const visible = placeLabels(axisTicks(window, width, "de"), x, width).filter((p) => p.visible);
        expect(visible.length).toBeGreaterThan(1);
        for (let i = 1; i < visible.length; i++) {
          const a = visible[i - 1];
          const b = visible[i];
          if (!a || !b) continue;
          const half = (p: typeof a) => (p.label.length * 14 * 0.58) / 2;
          expect(b.x + b.dx - half(b)).toBeGreaterThan(a.x + a.dx + half(a));
        }
      }
    }
  });
});

describe("tickTimes(window, every 2 days)", () => {
  it("tickTimes(Dec 28 – Jan 6, every 2 days) restarts at each month's 1st", () => {
    const ticks = tickTimes([utc(2024, 12, 28), utc(2025, 1, 6)], { unit: "day", every: 2 });
    expect(ticks.map(iso)).toEqual(["2024-12-29", "2024-12-31", "2025-01-01", "2025-01-03", "2025-01-05"]);
  });
});

describe("chooseStep(window, width) for weeks", () => {
  it("chooseStep(seven weeks, 390 px) labels Mondays; chooseStep(half a year, 1280 px) months", () => {
    expect(chooseStep([utc(2024, 11, 20), utc(2025, 1, 10)], 358)).toEqual({ unit: "day", every: 7 });
    expect(chooseStep([utc(2024, 7), utc(2025, 1)], 1248)).toEqual({ unit: "month", every: 1 });
  });
});

describe("chooseStep(window, width, fontPx, finest)", () => {
  it('chooseStep(33 years, 3840 px, 14, "year") stays with years', () => {
    expect(chooseStep(SPAN, 3840, 14).unit).toBe("month");
    expect(chooseStep(SPAN, 3840, 14, "year")).toEqual({ unit: "year", every: 1 });
  });
});
