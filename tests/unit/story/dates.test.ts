import { describe, expect, it } from "vitest";
import { compareDates, formatDate, mustParseDate, parseDate, utc } from "../../../src/story/dates";

const date = (text: string) => mustParseDate(text);
const iso = (time: number) => new Date(time).toISOString().slice(0, 10);

describe("parseDate(text)", () => {
  it('parseDate("2024") has year precision and spans the year', () => {
    const d = date("2024");
    expect([d.precision, d.year, d.month, d.day]).toEqual(["year", 2024, undefined, undefined]);
    expect([iso(d.start), iso(d.end)]).toEqual(["2024-01-01", "2025-01-01"]);
  });

  it('parseDate("2024-12") has month precision and ends on the next January 1', () => {
    const d = date("2024-12");
    expect([d.precision, d.year, d.month, d.day]).toEqual(["month", 2024, 12, undefined]);
    expect([iso(d.start), iso(d.end)]).toEqual(["2024-12-01", "2025-01-01"]);
  });

  it('parseDate("2024-12-31") has day precision and ends at the next midnight', () => {
    const d = date("2024-12-31");
    expect([d.precision, d.year, d.month, d.day]).toEqual(["day", 2024, 12, 31]);
    expect([iso(d.start), iso(d.end)]).toEqual(["2024-12-31", "2025-01-01"]);
  });

  it('parseDate("2024-02-29") accepts a leap day', () => {
    expect(parseDate("2024-02-29")?.precision).toBe("day");
  });

  it.each([
    "2024-02-30",
    "2023-02-29",
    "24-12",
    "2024-13",
    "2024-00",
    "2024-12-00",
    "2024-1-5",
    " 2024",
    "",
    "0000",
    "2024/12",
    "2024-12/01",
    "2024-1a",
    "20x4",
    "２０２４",
    "2024-12-01 ",
    "-2024",
  ])('parseDate("%s") is undefined', (text) => {
    expect(parseDate(text)).toBeUndefined();
  });
});

describe("utc(year, month, day)", () => {
  it("utc(2024, 13, 1) carries into the next year", () => {
    expect(iso(utc(2024, 13, 1))).toBe("2025-01-01");
  });

  it("utc(50, 1, 1) is the year 50, not 1950", () => {
    expect(new Date(utc(50, 1, 1)).getUTCFullYear()).toBe(50);
  });
});

describe("compareDates(a, b)", () => {
  it("compareDates(a, b) orders by start, coarser first", () => {
    const texts = ["2025", "2024-12-25", "2024-12", "2024", "2024-01-01", "2024-01"];
    const sorted = texts.map(date).sort(compareDates);
    expect(sorted.map((d) => [d.year, d.month, d.day])).toEqual([
      [2024, undefined, undefined],
      [2024, 1, undefined],
      [2024, 1, 1],
      [2024, 12, undefined],
      [2024, 12, 25],
      [2025, undefined, undefined],
    ]);
  });

  it("compareDates(a, a) is 0", () => {
    expect(compareDates(date("2024-12"), date("2024-12"))).toBe(0);
  });
});

describe("formatDate(date, locale)", () => {
  it.each([
    ["2024-12-25", "de", "25. Dezember 2024"],
    ["2024-12", "de", "Dezember 2024"],
    ["2024", "de", "2024"],
    ["2024-12-25", "en", "December 25, 2024"],
    ["2024-12", "en", "December 2024"],
    ["2024", "en", "2024"],
  ])('formatDate(parseDate("%s"), "%s") is "%s"', (text, locale, expected) => {
    expect(formatDate(date(text), locale)).toBe(expected);
  });
});
