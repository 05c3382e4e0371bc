import { describe, expect, it } from "vitest";
import {
  addMonths,
  coarsen,
  formatShown,
  isoDate,
  isoShown,
  monthOf,
  mustParseDate,
  parseDate,
  shownDate,
  utc,
} from "../../../src/story/dates";
import { zPreciseDateText } from "../../../src/story/schema";

/** The one rule for the date a reader sees at a moment of the axis (shownDate), in both languages. */
const event = (date: string, end?: string) => {
  const d = mustParseDate(date);
  const e = end === undefined ? undefined : mustParseDate(end);
  return { date: d, end: e, until: (e ?? d).end };
};
const show = (t: number, current: ReturnType<typeof event> | undefined, lang: "de-DE" | "en-US", finest?: "month") =>
  formatShown(shownDate(t, current, finest), lang);

describe("shownDate(t, current)", () => {
  it("shownDate(t, month event) reads the month, not the day the event was spread to", () => {
    const azal = event("2024-12");
    const t = utc(2024, 12, 6);
    expect(show(t, azal, "de-DE")).toBe("Dezember 2024");
    expect(show(t, azal, "en-US")).toBe("December 2024");
    expect(isoShown(shownDate(t, azal))).toBe("2024-12");
  });

  it("shownDate(t, year event) reads the year, also for the big map date", () => {
    const exit = event("2024");
    const t = utc(2024, 5, 14);
    for (const lang of ["de-DE", "en-US"] as const) {
      expect(show(t, exit, lang)).toBe("2024");
      expect(show(t, exit, lang, "month")).toBe("2024");
    }
    expect(isoShown(shownDate(t, exit))).toBe("2024");
    expect(show(utc(1993, 1, 1), event("1993"), "en-US")).toBe("1993");
  });

  it("shownDate(t, day event) reads the day on that day, the month for the big map date", () => {
    const crash = event("2024-12-25");
    const t = utc(2024, 12, 25) + 3_600_000;
    expect(show(t, crash, "de-DE")).toBe("25. Dezember 2024");
    expect(show(t, crash, "en-US")).toBe("December 25, 2024");
    expect(show(t, crash, "de-DE", "month")).toBe("Dezember 2024");
    expect(isoShown(shownDate(t, crash))).toBe("2024-12-25");
    expect(isoShown(shownDate(t, crash, "month"))).toBe("2024-12");
  });

  it("shownDate(t, span event) reads the whole span as the source gives it, wherever t lies inside it", () => {
    const visit = event("2025-05-20", "2025-05-21");
    expect(show(utc(2025, 5, 21) + 3_600_000, visit, "de-DE")).toBe("20.–21. Mai 2025");
    expect(show(utc(2025, 5, 21), visit, "de-DE", "month")).toBe("Mai 2025");
    expect(shownDate(utc(2025, 5, 21), visit, "month").end).toBeUndefined();
    const kallas = event("2025-05", "2025-06");
    expect(show(utc(2025, 5, 22), kallas, "de-DE")).toBe("Mai–Juni 2025");
    expect(show(utc(2025, 6, 10), kallas, "en-US", "month")).toMatch(/^May\s–\sJune 2025$/);
    expect(isoShown(shownDate(utc(2025, 5, 22), kallas))).toBe("2025-05--2025-06");
    // The Beijing parade handshake: the articles date it only to June–December 2025.
    const parade = event("2025-06", "2025-12");
    expect(show(utc(2025, 6, 20), parade, "de-DE", "month")).toBe("Juni–Dezember 2025");
    expect(show(utc(2025, 6, 20), parade, "en-US", "month")).toMatch(/^June\s–\sDecember 2025$/);
    const ratified = event("2023-09", "2023-11");
    expect(show(utc(2023, 10, 15), ratified, "en-US")).toMatch(/^September\s–\sNovember 2023$/);
    expect(show(utc(2023, 5, 1), event("2022", "2024"), "de-DE")).toBe("2022–2024");
  });

  it("shownDate(t, current) reads the month of t between events, never a day the data lacks", () => {
    const crash = event("2024-12-25");
    expect(show(utc(2025, 2, 14), crash, "de-DE")).toBe("Februar 2025");
    expect(show(utc(2025, 2, 14), crash, "en-US")).toBe("February 2025");
    expect(show(utc(2025, 2, 14), undefined, "de-DE")).toBe("Februar 2025");
    expect(isoShown(shownDate(utc(2025, 2, 14), undefined))).toBe("2025-02");
  });

  it("shownDate(t, current) formats years 1–999 with their own number", () => {
    expect(show(utc(800, 12, 25), event("0800"), "de-DE")).toBe("800");
    expect(isoShown(shownDate(utc(800, 12, 25), event("0800")))).toBe("0800");
    expect(monthOf(utc(5, 3, 2)).start).toBe(utc(5, 3, 1));
  });
});

describe("dates at their precision", () => {
  it("isoDate(date) writes a date as the story does", () => {
    expect(["2024", "2024-12", "2024-12-06", "0042"].map((text) => isoDate(mustParseDate(text)))).toEqual([
      "2024",
      "2024-12",
      "2024-12-06",
      "0042",
    ]);
  });

  it("coarsen(date, precision) never makes a date finer", () => {
    expect(isoDate(coarsen(mustParseDate("2024-12-06"), "month"))).toBe("2024-12");
    expect(isoDate(coarsen(mustParseDate("2024-12-06"), "year"))).toBe("2024");
    expect(isoDate(coarsen(mustParseDate("2024"), "day"))).toBe("2024");
  });

  it('parseDate("0000") rejects year 0 with a clear schema error', () => {
    expect(parseDate("0000")).toBeUndefined();
    expect(parseDate("0000-01-01")).toBeUndefined();
    expect(parseDate("0001")?.start).toBe(utc(1, 1, 1));
    const result = zPreciseDateText.safeParse("0000-05");
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(
      '"0000-05" is year 0, which stories do not support: years run from 0001 (no dates before the Common Era)',
    );
  });
});

describe("addMonths(time, months)", () => {
  it("addMonths(31 January 2025, 1) clamps to 28 February 2025", () => {
    expect(addMonths(utc(2025, 1, 31), 1)).toBe(utc(2025, 2, 28));
  });

  it("addMonths(30 January 2024, 1) clamps to the leap day", () => {
    expect(addMonths(utc(2024, 1, 30), 1)).toBe(utc(2024, 2, 29));
  });

  it("addMonths(28 February 2025, 1, 31) returns to the anchor day: 31 March 2025", () => {
    expect(addMonths(utc(2025, 2, 28), 1, 31)).toBe(utc(2025, 3, 31));
    expect(addMonths(utc(2025, 3, 31), 1, 31)).toBe(utc(2025, 4, 30));
    expect(addMonths(utc(2024, 2, 29), -1, 30)).toBe(utc(2024, 1, 30));
  });

  it("addMonths(t, ±n) crosses years, keeps the time of day and steps back as well", () => {
    expect(addMonths(utc(2024, 12, 15) + 3_600_000, 1)).toBe(utc(2025, 1, 15) + 3_600_000);
    expect(addMonths(utc(2025, 3, 31), -1)).toBe(utc(2025, 2, 28));
    expect(addMonths(utc(2025, 1, 31), -2)).toBe(utc(2024, 11, 30));
    expect(addMonths(utc(50, 3, 31), -1)).toBe(utc(50, 2, 28));
  });
});
