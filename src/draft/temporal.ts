import {
  FEW,
  FEW_MAX,
  MONTH,
  MONTHS,
  NUMBER,
  NUMBERS,
  PART,
  type Part,
  partOf,
  REL,
  SEASON_DE,
  SEASON_EN,
  SEASONS,
  UNIT,
  type Unit,
  unitOf,
  YEAR,
  yearOffset,
} from "./temporal_words";

/**
 * Finds the date expressions of one sentence, German and English, before they are resolved
 * (resolve.ts). The rules, in the order they win when two overlap (earliest, then longest):
 *
 * | rule | example | gives |
 * | --- | --- | --- |
 * | day span | "am 20. und 21. Mai 2025", "May 20–21, 2025" | days, a span |
 * | day | "am 22. Februar 2022", "on 9 May 2025" | a day |
 * | part of a month | "Ende April", "Anfang Dezember 2024", "late April" | the month (never a fake day) |
 * | month year | "im Dezember 2024", "in December 2024" | a month |
 * | month of a relative year | "Dezember vergangenen Jahres", "last December" | a month |
 * | season | "im Herbst letzten Jahres", "im Sommer 2023", "in the autumn of 2024" | three months |
 * | part of a year | "Anfang 2025" (Jan–Mar), "Mitte 2025" (May–Aug), "Ende 2025" (Oct–Dec) | months |
 * | decade | "in den 1990er Jahren", "in the 1990s" | ten years |
 * | year | "1993", "im Jahr 2024", "seit 2014" | a year |
 * | month alone | "im Juni", "in June" | a month; the year comes from the text before it |
 * | publication-relative | "in dieser Woche", "im vergangenen Jahr", "vor zwei Jahren", "last week" | the publication date's period, shifted |
 * | anaphoric | "am folgenden Tag", "drei Tage nach dem Absturz", "wenige Wochen danach", "later that month" | the previous event's period, shifted; an order constraint |
 * | forward | "zwei Tage vor Beginn des Krieges", "sechs Monate zuvor" | a further event after (before) the date before it in the sentence, else the event before it |
 */
export type Expr =
  | { type: "absolute"; from: Parts; to?: Parts | undefined; note?: string; since?: boolean }
  | { type: "monthOnly"; month: number; day?: number | undefined; toDay?: number | undefined; note?: string }
  | { type: "publication"; unit: Unit; min: number; max: number; note: string }
  | { type: "publicationYear"; offset: number; month?: [number, number] | undefined; note: string }
  | { type: "anaphoric"; unit: Unit; min: number; max: number; noun?: string | undefined; note: string }
  | { type: "forward"; unit: Unit; amount: number; note: string };

/** A calendar period: year, optionally month and day. */
export interface Parts {
  readonly y: number;
  readonly m?: number | undefined;
  readonly d?: number | undefined;
}

export interface Found {
  readonly expr: Expr;
  readonly index: number;
  readonly text: string;
}

interface Rule {
  readonly re: RegExp;
  readonly make: (m: RegExpExecArray) => Expr | undefined;
}

const month = (word: string | undefined) => MONTHS[(word ?? "").toLowerCase()] ?? 0;
const num = (word: string | undefined) => {
  const w = (word ?? "").toLowerCase();
  return NUMBERS[w] ?? (Number(w) || 0);
};
const int = (s: string | undefined) => (s === undefined ? undefined : Number(s));
const rule = (source: string, make: Rule["make"]): Rule => ({ re: new RegExp(source, "giu"), make });
/** Latin letters only (not \\p{L}): case-insensitive Unicode property classes are slow to compile. */
const L = "A-Za-zÀ-ɏ";
const B = `(?<![${L}\\d])`;
const E = `(?![${L}\\d])`;

const partMonth = (part: Part, m: number, y: number | undefined): Expr => {
  const note = `"${part}" of the month: kept as the month`;
  return y === undefined ? { type: "monthOnly", month: m, note } : { type: "absolute", from: { y, m }, note };
};
const partMonths = (part: Part): [number, number] => (part === "early" ? [1, 3] : part === "mid" ? [5, 8] : [10, 12]);
const partYear = (part: Part, y: number): Expr => {
  const [a, b] = partMonths(part);
  return { type: "absolute", from: { y, m: a }, to: { y, m: b }, note: `${part} in the year: months ${a}–${b}` };
};
const season = (word: string, y: number): Expr => {
  const [first, length] = SEASONS[word.toLowerCase()] ?? [1, 12];
  const last = first + length - 1;
  return {
    type: "absolute",
    from: { y, m: first },
    to: { y: y + Math.floor((last - 1) / 12), m: ((last - 1) % 12) + 1 },
    note: `season "${word}": months ${first}–${((last - 1) % 12) + 1}`,
  };
};

const RULES: readonly Rule[] = [
  // day spans
  rule(`${B}(\\d{1,2})\\.\\s*(?:und|bis|–|-)\\s*(\\d{1,2})\\.\\s*${MONTH}(?:\\s+${YEAR})?`, (m) =>
    withYear(int(m[4]), month(m[3]), int(m[1]), int(m[2])),
  ),
  rule(`${B}${MONTH}\\s+(\\d{1,2})\\s*(?:–|-|and|to)\\s*(\\d{1,2}),?(?:\\s+${YEAR})?`, (m) =>
    withYear(int(m[4]), month(m[1]), int(m[2]), int(m[3])),
  ),
  rule(`${B}(\\d{1,2})\\s*(?:–|-|and|to)\\s*(\\d{1,2})\\s+${MONTH}(?:,?\\s+${YEAR})?`, (m) =>
    withYear(int(m[4]), month(m[3]), int(m[1]), int(m[2])),
  ),
  // days
  rule(`${B}(\\d{1,2})\\.\\s*${MONTH}(?:\\s+${YEAR})?`, (m) => withYear(int(m[3]), month(m[2]), int(m[1]))),
  rule(`${B}${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?${E}(?:,?\\s+${YEAR})?`, (m) =>
    withYear(int(m[3]), month(m[1]), int(m[2])),
  ),
  rule(`${B}(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}(?:,?\\s+${YEAR})?`, (m) =>
    withYear(int(m[3]), month(m[2]), int(m[1])),
  ),
  // part of a month, month + year, month of a relative year
  rule(`${B}${PART}\\s*${MONTH}(?:\\s+${YEAR})?`, (m) => partMonth(partOf(m[1] ?? ""), month(m[2]), int(m[3]))),
  rule(`${B}${MONTH},?\\s+${YEAR}`, (m) => ({ type: "absolute", from: { y: Number(m[2]), m: month(m[1]) } })),
  rule(`${B}${MONTH}\\s+(?:des\\s+)?${REL}\\s+Jahres`, (m) => ({
    type: "publicationYear",
    offset: yearOffset(m[2] ?? ""),
    month: [month(m[1]), month(m[1])],
    note: `"${m[0]}": relative to the publication year`,
  })),
  rule(`${B}${MONTH}\\s+(?:of\\s+)?(last|this|next)\\s+year`, (m) => ({
    type: "publicationYear",
    offset: yearOffset(m[2] ?? ""),
    month: [month(m[1]), month(m[1])],
    note: `"${m[0]}": relative to the publication year`,
  })),
  rule(`${B}(last|this|next)\\s+${MONTH}`, (m) => ({
    type: "publicationYear",
    offset: yearOffset(m[1] ?? ""),
    month: [month(m[2]), month(m[2])],
    note: `"${m[0]}": relative to the publication year`,
  })),
  // seasons
  rule(`${B}${SEASON_DE}\\s+(?:des\\s+Jahres\\s+)?${YEAR}`, (m) => season(m[1] ?? "", Number(m[2]))),
  rule(`${B}${SEASON_EN}\\s+(?:of\\s+)?${YEAR}`, (m) => season(m[1] ?? "", Number(m[2]))),
  rule(`${B}${SEASON_DE}\\s+(?:des\\s+)?${REL}\\s+Jahres`, (m) =>
    seasonRelative(m[1] ?? "", yearOffset(m[2] ?? ""), m[0]),
  ),
  rule(`${B}${SEASON_EN}\\s+(?:of\\s+)?(last|this|next)\\s+year`, (m) =>
    seasonRelative(m[1] ?? "", yearOffset(m[2] ?? ""), m[0]),
  ),
  rule(`${B}(?:last|this|next)\\s+${SEASON_EN}`, (m) => seasonRelative(m[1] ?? "", yearOffset(m[0]), m[0])),
  // parts of a year, decades, years
  rule(`${B}${PART}\\s*(?:des\\s+Jahres\\s+|of\\s+)?${YEAR}`, (m) => partYear(partOf(m[1] ?? ""), Number(m[2]))),
  rule(`${B}${PART}\\s+(?:des\\s+)?${REL}\\s+Jahres`, (m) => {
    const [a, b] = partMonths(partOf(m[1] ?? ""));
    return {
      type: "publicationYear",
      offset: yearOffset(m[2] ?? ""),
      month: [a, b],
      note: `"${m[0]}": months ${a}–${b} of a year relative to the publication`,
    };
  }),
  rule(`${B}((?:18|19|20)\\d)0er(?:[\\s-]+Jahren?)?`, (m) => decade(Number(m[1]))),
  rule(`${B}(?:the\\s+)?((?:18|19|20)\\d)0s${E}`, (m) => decade(Number(m[1]))),
  rule(`${B}(seit\\s+|since\\s+)?${YEAR}`, (m) => ({
    type: "absolute",
    from: { y: Number(m[2]) },
    ...(m[1] ? { note: `"${m[0].trim()}": the start of a state that lasts`, since: true } : {}),
  })),
  // month without a year
  rule(`${B}(?:im|in|seit|bis|zum|since|until|by)\\s+${MONTH}${E}`, (m) => ({ type: "monthOnly", month: month(m[1]) })),
  // relative to the publication date
  rule(`${B}(?:in\\s+)?(dieser|diese|this)\\s+(Woche|week)${E}`, (m) => publication("day", -6, 0, m[0])),
  rule(`${B}(?:in\\s+der\\s+)?(vergangenen|letzten|vorigen|last|past)\\s+(Woche|week)${E}`, (m) =>
    publication("day", -13, -7, m[0]),
  ),
  rule(`${B}(heute|today)${E}`, (m) => publication("day", 0, 0, m[0])),
  rule(`${B}(gestern|yesterday)${E}`, (m) => publication("day", -1, -1, m[0])),
  rule(`${B}(?:im\\s+|in\\s+)?(vergangenen|letzten|vorigen|diesem|laufenden|last|this)\\s+(Jahr|year)${E}`, (m) => ({
    type: "publicationYear",
    offset: yearOffset(m[1] ?? ""),
    note: `"${m[0].trim()}": relative to the publication year`,
  })),
  rule(`${B}(?:im\\s+)?(vergangenen|letzten|vorigen|last)\\s+(Monat|month)${E}`, (m) =>
    publication("month", -1, -1, m[0]),
  ),
  rule(`${B}vor\\s+${NUMBER}\\s+${UNIT}${E}`, (m) => agoExpr(num(m[1]), unitOf(m[2] ?? ""), m[0])),
  rule(`${B}${NUMBER}\\s+${UNIT}\\s+ago${E}`, (m) => agoExpr(num(m[1]), unitOf(m[2] ?? ""), m[0])),
  // anaphoric: relative to the event told before
  rule(`${B}(?:am|an)\\s+(?:dem\\s+)?(folgenden|nächsten|darauffolgenden)\\s+Tag${E}`, (m) =>
    anaphoric("day", 1, 1, m[0]),
  ),
  rule(`${B}(?:on\\s+)?the\\s+(next|following)\\s+day${E}`, (m) => anaphoric("day", 1, 1, m[0])),
  rule(`${B}(?:am\\s+(?:selben|gleichen)\\s+Tag|(?:on\\s+)?the\\s+same\\s+day)${E}`, (m) =>
    anaphoric("day", 0, 0, m[0]),
  ),
  rule(
    `${B}(?:später\\s+)?im\\s+(?:selben|gleichen)\\s+Monat${E}|${B}later\\s+(?:that|the\\s+same)\\s+month${E}`,
    (m) => anaphoric("month", 0, 0, m[0]),
  ),
  rule(`${B}(?:kurz\\s+(?:darauf|danach)|shortly\\s+(?:after(?:wards)?|thereafter))${E}`, (m) =>
    anaphoric("day", 0, 14, m[0]),
  ),
  rule(
    `${B}${FEW}\\s+${UNIT}\\s+(später|danach|darauf|nach\\s+(?:dem|der|den)\\s+((?:[${L}]+\\s+)?[${L}]+)|later|after(?:wards)?)`,
    (m) => anaphoric(unitOf(m[2] ?? ""), 1, FEW_MAX, m[0], noun(m[4])),
  ),
  rule(
    `${B}${NUMBER}\\s+${UNIT}\\s+(später|danach|darauf|nach\\s+(?:dem|der|den)\\s+((?:[${L}]+\\s+)?[${L}]+)|later|after\\s+the\\s+([${L}]+))`,
    (m) => anaphoric(unitOf(m[2] ?? ""), num(m[1]), num(m[1]), m[0], noun(m[4]) ?? m[5]),
  ),
  rule(`${B}${NUMBER}\\s+${UNIT}\\s+(?:vor\\s+(?:dem|der|den|Beginn|Start)|before\\s+the)${E}`, (m) => ({
    type: "forward",
    unit: unitOf(m[2] ?? ""),
    amount: num(m[1]),
    note: `"${m[0]}": a further event that many ${unitOf(m[2] ?? "")}s after the date before it`,
  })),
  rule(`${B}${NUMBER}\\s+${UNIT}\\s+(?:zuvor|vorher|davor|earlier)${E}`, (m) => ({
    type: "forward",
    unit: unitOf(m[2] ?? ""),
    amount: -num(m[1]),
    note: `"${m[0]}": a further event that many ${unitOf(m[2] ?? "")}s before the date before it`,
  })),
];

/** The noun of "nach dem (tragischen) Absturz": the first capitalised of the words after the article. */
function noun(words: string | undefined): string | undefined {
  return words?.split(/\s+/).find((w) => /^\p{Lu}/u.test(w));
}

function withYear(y: number | undefined, m: number, d?: number, toDay?: number): Expr | undefined {
  if (m < 1 || d === undefined || d < 1 || d > 31 || (toDay !== undefined && (toDay < d || toDay > 31)))
    return undefined;
  if (y === undefined) return { type: "monthOnly", month: m, day: d, toDay };
  return { type: "absolute", from: { y, m, d }, to: toDay === undefined ? undefined : { y, m, d: toDay } };
}
function seasonRelative(word: string, offset: number, text: string): Expr {
  const [first, length] = SEASONS[word.toLowerCase()] ?? [1, 12];
  return {
    type: "publicationYear",
    offset,
    month: [first, first + length - 1],
    note: `"${text}": season ${first}–${((first + length - 2) % 12) + 1} of a year relative to the publication`,
  };
}
function decade(prefix: number): Expr {
  return {
    type: "absolute",
    from: { y: prefix * 10 },
    to: { y: prefix * 10 + 9 },
    note: `the ${prefix * 10}s: ten years`,
  };
}
function publication(unit: Unit, min: number, max: number, text: string): Expr {
  return { type: "publication", unit, min, max, note: `"${text.trim()}": relative to the publication date` };
}
function agoExpr(n: number, unit: Unit, text: string): Expr {
  return publication(unit, -n, -n, text);
}
function anaphoric(unit: Unit, min: number, max: number, text: string, noun?: string): Expr {
  return { type: "anaphoric", unit, min, max, noun, note: `"${text.trim()}"` };
}

/**
 * Every date expression in `sentence`, in text order. Where two overlap, the rule listed first
 * wins ("im Dezember 2024" is a month with its year, not "im Dezember" and "2024"). Linear in
 * the sentence's length times the number of rules.
 */
export function findDates(sentence: string): Found[] {
  const kept: Found[] = [];
  const overlaps = (index: number, end: number) => kept.some((k) => index < k.index + k.text.length && k.index < end);
  for (const { re, make } of RULES) {
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m !== null; m = re.exec(sentence)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      if (overlaps(m.index, m.index + m[0].length)) continue;
      const expr = make(m);
      if (expr) kept.push({ expr, index: m.index, text: m[0] });
    }
  }
  kept.sort((a, b) => a.index - b.index);
  // "ein Jahr später, Anfang 2025": an anaphoric phrase followed by a stated date is its apposition.
  return kept.filter((f, i) => {
    const next = kept[i + 1];
    if (f.expr.type !== "anaphoric" || !next || next.expr.type === "anaphoric" || next.expr.type === "forward")
      return true;
    return !/^[\s,–-]{0,4}$/.test(sentence.slice(f.index + f.text.length, next.index));
  });
}
