/**
 * Why the drafter dated and placed a candidate as it did, as codes with parameters, stored in
 * `review.why` (story/schema.ts) beside the English `review.note`. The authoring page words
 * each code in its language: `why_<code>` in src/i18n/author_de.ts and author_en.ts, with
 * `{name}` filled from `params`. Parameters are names, dates as written (`2025-06`, `2024 – 2025`),
 * years and ISO codes, never English words.
 */
export type WhyCode =
  | "dateStated"
  | "dateRead"
  | "dateMonthPublication"
  | "dateMonthNarrative"
  | "datePublication"
  | "datePublicationYear"
  | "dateAfter"
  | "dateAfterKeptYear"
  | "dateUnknownAnchor"
  | "dateForward"
  | "dateCarriedNarrative"
  | "dateCarriedCurrent"
  | "dateCarriedPublication"
  | "placeNamed"
  | "placeAlternatives"
  | "placeCapitals"
  | "placePrevious"
  | "titleIsSentence"
  | "furtherQuote";

export interface Why {
  readonly code: WhyCode;
  readonly params?: Readonly<Record<string, string | number>>;
}

export const why = (code: WhyCode, params?: Record<string, string | number>): Why =>
  params ? { code, params } : { code };
