/**
 * Splits an article into sentences, each an exact slice of the text (so a quote taken from it is
 * verbatim by construction). Rules: a sentence ends at `.`, `!` or `?` (and closing quotes or
 * brackets after them) followed by whitespace, and at every line break (headlines and
 * paragraphs carry no full stop). A dot does not end a sentence after a known abbreviation
 * ("St.", "Dr.", "z.B."), after a single capital (an initial), or after digits when the next
 * word is lowercase or a month ("am 20. Mai"). A sentence also ends where the space after its
 * mark is missing ("…verhaftet.Wie frostig…", a pasted text that lost its line breaks) when the
 * mark follows a lowercase letter and a capitalised word starts right after it ("z.B.",
 * "St.Petersburg", "U.S.A." and "tagesschau.de" stay whole). Sentences longer than MAX_SENTENCE
 * are cut at a space. Linear in the length of the text.
 */
export interface Sentence {
  readonly text: string;
  /** Offsets into the article, in UTF-16 code units; text === article.slice(start, end). */
  readonly start: number;
  readonly end: number;
}

export const MAX_SENTENCE = 1000;

const ABBREVIATIONS = new Set([
  "st",
  "dr",
  "nr",
  "bzw",
  "ca",
  "vgl",
  "z.b",
  "u.a",
  "d.h",
  "prof",
  "mr",
  "mrs",
  "ms",
  "jr",
  "sr",
  "vs",
  "etc",
  "usw",
  "inc",
  "co",
  "jan",
  "feb",
  "aug",
  "sept",
  "sep",
  "okt",
  "oct",
  "nov",
  "dez",
  "dec",
  "u.s",
  "st",
]);
const MONTH_START =
  /^(Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|und|bis)\b/;

export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s] ?? "")) s++;
    while (e > s && /\s/.test(text[e - 1] ?? "")) e--;
    while (e - s > MAX_SENTENCE) {
      let cut = text.lastIndexOf(" ", s + MAX_SENTENCE);
      if (cut <= s) cut = s + MAX_SENTENCE;
      sentences.push({ text: text.slice(s, cut), start: s, end: cut });
      s = cut;
      while (s < e && /\s/.test(text[s] ?? "")) s++;
    }
    if (e > s) sentences.push({ text: text.slice(s, e), start: s, end: e });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "\n" || c === "\r") {
      push(i);
      continue;
    }
    if (c !== "." && c !== "!" && c !== "?") continue;
    let j = i + 1;
    while (j < text.length && /["“”„«»')\]]/.test(text[j] ?? "")) j++;
    if (j < text.length && !/\s/.test(text[j] ?? "") && !gluedSentenceStart(text, i, j)) continue;
    if (c === "." && !endsSentence(text, i, j)) continue;
    push(j);
    i = j - 1;
  }
  push(text.length);
  return sentences;
}

/** "…Grenze.Die Regierung": a lowercase letter before the mark, "Xy" right after it. */
function gluedSentenceStart(text: string, mark: number, after: number): boolean {
  return /\p{Ll}/u.test(text[mark - 1] ?? "") && /^\p{Lu}\p{Ll}/u.test(text.slice(after, after + 2));
}

function endsSentence(text: string, dot: number, after: number): boolean {
  let w = dot;
  while (w > 0 && /[\p{L}\d.]/u.test(text[w - 1] ?? "")) w--;
  const word = text.slice(w, dot);
  if (ABBREVIATIONS.has(word.toLowerCase())) return false;
  if (/^\p{Lu}$/u.test(word)) return false;
  // "zum 80. Jahrestag": a number of one to three digits before a dot is an ordinal.
  if (/^\d{1,3}$/.test(word)) return false;
  if (/\d$/.test(word)) {
    const next = text.slice(after).trimStart();
    if (/^\p{Ll}/u.test(next) || MONTH_START.test(next)) return false;
  }
  return true;
}
