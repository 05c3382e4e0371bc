import type { AuthorKey } from "../i18n/author";
import { authorDe } from "../i18n/author_de";
import type { Review } from "../story/schema";

type S = (key: AuthorKey, params?: Record<string, string | number>) => string;

/**
 * How the drafter found a candidate's date and place, in the page's language: each
 * `review.why` code worded by `why_<code>` (src/i18n/author_de.ts, author_en.ts) with its
 * parameters. A review without codes, or with a code this page does not know (a story drafted
 * by another version), shows its English `note` as it is.
 */
export function reviewNote(review: Review | undefined, s: S): string {
  if (!review) return "";
  const why = review.why;
  if (!why || why.length === 0 || !why.every((w) => `why_${w.code}` in authorDe)) return review.note;
  return why.map((w) => s(`why_${w.code}` as AuthorKey, w.params ?? {})).join(" ");
}
