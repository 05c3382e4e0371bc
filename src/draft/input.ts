/**
 * What the drafter accepts, and the clear answer for what it does not: empty text, binary
 * data, text in neither German nor English, and text too long to draft at once. Each check
 * reads at most SAMPLE characters, so it is fast for any input.
 */
export const MAX_ARTICLE_CHARS = 500_000;
const SAMPLE = 100_000;

export interface InputCheck {
  /**
   * The text to draft, or undefined to skip the article. A text longer than MAX_ARTICLE_CHARS is
   * cut at the last sentence end before it (sentenceCut); that cut text is what the story folder
   * keeps, so the quotes stay verbatim and the article stays under story:check's 5 MB limit.
   */
  readonly text: string | undefined;
  readonly messages: readonly string[];
}

const DE = new Set(
  "der die das und nicht mit von den im ist sich des ein eine auf für dem zu wurde wurden hat nach bei".split(" "),
);
const EN = new Set("the and of to in is was that for on with by as from were has have after at".split(" "));

export function checkInput(file: string, text: string): InputCheck {
  if (text.trim() === "") return { text: undefined, messages: [`${file}: the text is empty; nothing to draft`] };
  const sample = text.slice(0, SAMPLE);
  if (looksBinary(text))
    return {
      text: undefined,
      messages: [`${file}: this looks like binary data, not an article text; nothing drafted`],
    };
  const messages: string[] = [];
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  let de = 0;
  let en = 0;
  for (const w of words) {
    if (DE.has(w)) de++;
    if (EN.has(w)) en++;
  }
  if (words.length >= 20 && de < words.length * 0.05 && en < words.length * 0.05)
    messages.push(
      `${file}: the text seems to be neither German nor English; only numeric dates (years) and gazetteer names can be found`,
    );
  if (text.length > MAX_ARTICLE_CHARS) {
    const cut = sentenceCut(text);
    messages.push(
      `${file}: the text has ${text.length.toLocaleString("en")} characters, more than the ${MAX_ARTICLE_CHARS.toLocaleString("en")} the drafter reads; it was cut after the last sentence before that (${cut.toLocaleString("en")} characters), and the story folder keeps only the cut text`,
    );
    return { text: text.slice(0, cut), messages };
  }
  return { text, messages };
}

/**
 * True when more than 1 % of the text's first SAMPLE characters are control characters (other
 * than tab and line breaks) or U+FFFD (bytes that were not UTF-8): an image, a PDF or a Word
 * file read as text, not an article.
 */
export function looksBinary(text: string): boolean {
  const sample = text.slice(0, SAMPLE);
  let junk = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) junk++;
  }
  return junk > sample.length * 0.01;
}

/**
 * Where to cut a text longer than MAX_ARTICLE_CHARS: after the last sentence end (". ", "! ",
 * "? ", "…" or a line break) in the last 10,000 characters before the limit, else at the last
 * space, else at the limit. Returns a length ≤ MAX_ARTICLE_CHARS.
 */
export function sentenceCut(text: string): number {
  const from = MAX_ARTICLE_CHARS - 10_000;
  const window = text.slice(from, MAX_ARTICLE_CHARS + 1);
  let best = -1;
  for (const m of window.matchAll(/[.!?…]["“”»«’')]*(?=\s)|\n/g)) best = m.index + m[0].length;
  if (best > 0 && from + best <= MAX_ARTICLE_CHARS) return from + best;
  const space = text.lastIndexOf(" ", MAX_ARTICLE_CHARS);
  return space > from ? space : MAX_ARTICLE_CHARS;
}
