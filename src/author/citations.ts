import { splitSentences } from "../draft/sentences";
import type { Work } from "./work";

/**
 * The sentences a quote can cite, for the addition forms' sentence pickers (additions_view.ts).
 * A picker never lists every sentence: it shows at most `limit` of those matching what the
 * editor typed, so its cost grows with what is shown, not with the articles' length. Marker
 * lines ("WERBUNG", "ANZEIGE") and fragments under MIN_CHARS are not citable.
 */
export const MIN_CHARS = 20;

export interface Citable {
  /** `<file>#<index>`: the sentence's index in splitSentences(article text), as quoteOf reads it. */
  readonly value: string;
  readonly label: string;
}

/** Per article text, its citable sentences: split once, however often the pickers are redrawn. */
const cache = new Map<string, { index: number; text: string }[]>();

function citable(text: string): { index: number; text: string }[] {
  let out = cache.get(text);
  if (!out) {
    out = [];
    splitSentences(text).forEach((s, index) => {
      const t = s.text.trim();
      if (isCitable(t)) out?.push({ index, text: t });
    });
    if (cache.size > 20) cache.clear();
    cache.set(text, out);
  }
  return out;
}

/** False for fragments shorter than MIN_CHARS and for marker lines without a lower-case letter ("WERBUNG"). */
export function isCitable(sentence: string): boolean {
  return sentence.length >= MIN_CHARS && /\p{Ll}/u.test(sentence);
}

/**
 * At most `limit` citable sentences of the work's articles containing `query` (case-insensitive;
 * empty: the first ones), in article order, labelled "<file>: <sentence, cut at 90 characters>".
 */
export function findSentences(work: Pick<Work, "articles">, query: string, limit = 40): Citable[] {
  const q = query.trim().toLowerCase();
  const out: Citable[] = [];
  for (const a of work.articles) {
    for (const s of citable(a.text)) {
      if (out.length >= limit) return out;
      if (q && !s.text.toLowerCase().includes(q)) continue;
      out.push({
        value: `${a.file}#${s.index}`,
        label: `${a.file}: ${s.text.length > 90 ? `${s.text.slice(0, 89)}…` : s.text}`,
      });
    }
  }
  return out;
}
