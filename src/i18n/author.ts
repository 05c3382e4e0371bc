import { authorDe } from "./author_de";
import { authorEn } from "./author_en";
import { en } from "./en";
import { fill, type Lang, registerStrings, type StringKey, t } from "./t";

// The authoring page switches language without waiting: it has the reader's English strings at once.
registerStrings("en", en);

/**
 * Strings of the authoring page (author.html): its own keys (author_de.ts, author_en.ts) and,
 * for the labels it shares with the reader (movement kinds, relation states), the reader's.
 * Only the authoring page imports this module, so the reader's first load does not carry them.
 */
export type AuthorStrings = { readonly [K in keyof typeof authorDe]: string };
export type AuthorKey = keyof AuthorStrings;

const STRINGS: Record<Lang, AuthorStrings> = { de: authorDe, en: authorEn };

/** A string in `lang`, with `{name}` placeholders filled from `params`. */
export function ta(lang: Lang, key: AuthorKey | StringKey, params: Record<string, string | number> = {}): string {
  const own = (STRINGS[lang] as Record<string, string>)[key];
  if (own === undefined) return t(lang, key as StringKey, params);
  return fill(own, params);
}
