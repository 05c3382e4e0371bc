/** Words the date rules (temporal.ts) read, German and English. */

export const MONTHS: Readonly<Record<string, number>> = {
  januar: 1,
  jänner: 1,
  january: 1,
  jan: 1,
  februar: 2,
  february: 2,
  feb: 2,
  märz: 3,
  march: 3,
  april: 4,
  mai: 5,
  may: 5,
  juni: 6,
  june: 6,
  juli: 7,
  july: 7,
  august: 8,
  september: 9,
  oktober: 10,
  october: 10,
  november: 11,
  dezember: 12,
  december: 12,
};

export const MONTH =
  "(Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|January|February|March|May|June|July|October|December)(?![A-Za-zÀ-ɏ])";

/** A year 1800–2099 not glued to other digits ("11.000" and "1,500" are not years). */
export const YEAR = "(?<![\\d.,])((?:18|19|20)\\d\\d)(?![\\d]|[.,]\\d)";

export const NUMBERS: Readonly<Record<string, number>> = {
  ein: 1,
  eine: 1,
  einen: 1,
  einem: 1,
  a: 1,
  an: 1,
  one: 1,
  zwei: 2,
  two: 2,
  drei: 3,
  three: 3,
  vier: 4,
  four: 4,
  fünf: 5,
  five: 5,
  sechs: 6,
  six: 6,
  sieben: 7,
  seven: 7,
  acht: 8,
  eight: 8,
  neun: 9,
  nine: 9,
  zehn: 10,
  ten: 10,
  elf: 11,
  eleven: 11,
  zwölf: 12,
  twelve: 12,
};
export const NUMBER =
  "(\\d{1,3}|ein|eine|einen|einem|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)";

/** Vague counts: "wenige Tage", "a few weeks" → between 1 and this many units. */
export const FEW = "(wenige|wenigen|einige|einigen|ein paar|a few|few|several)";
export const FEW_MAX = 7;

export type Unit = "day" | "week" | "month" | "year";
export function unitOf(word: string): Unit {
  const w = word.toLowerCase();
  if (w.startsWith("tag") || w.startsWith("day")) return "day";
  if (w.startsWith("woche") || w.startsWith("week")) return "week";
  if (w.startsWith("monat") || w.startsWith("month")) return "month";
  return "year";
}
export const UNIT =
  "(Tagen|Tage|Tag|Wochen|Woche|Monaten|Monate|Monat|Jahren|Jahre|Jahr|days|day|weeks|week|months|month|years|year)";

/** Seasons as [first month, months long]; winter runs into the next year. */
export const SEASONS: Readonly<Record<string, [number, number]>> = {
  frühjahr: [3, 3],
  frühling: [3, 3],
  spring: [3, 3],
  sommer: [6, 3],
  summer: [6, 3],
  herbst: [9, 3],
  autumn: [9, 3],
  fall: [9, 3],
  winter: [12, 3],
};
export const SEASON_DE = "(Frühjahr|Frühling|Sommer|Herbst|Winter)";
export const SEASON_EN = "(spring|summer|autumn|fall|winter)";

/** Parts of a month or year: "Anfang", "Mitte", "Ende"; "early", "mid", "late". */
export type Part = "early" | "mid" | "late";
export function partOf(word: string): Part {
  const w = word.toLowerCase();
  if (w === "anfang" || w === "early" || w === "beginning") return "early";
  if (w.startsWith("mitte") || w.startsWith("mid")) return "mid";
  return "late";
}
export const PART = "(Anfang|Mitte|Ende|early|mid-|mid|late)";

/** "vergangenen/letzten/vorigen" → -1, "diesen/dieses/laufenden" → 0, "kommenden/nächsten" → +1. */
export function yearOffset(word: string): number {
  const w = word.toLowerCase();
  if (/^(vergangen|letzt|vorig|last|previous)/.test(w)) return -1;
  if (/^(kommend|nächst|next)/.test(w)) return 1;
  return 0;
}
export const REL = "(vergangenen|letzten|vorigen|diesen|dieses|laufenden|kommenden|nächsten)";
