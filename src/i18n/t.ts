import { de } from "./de";
import { en } from "./en";

export type Lang = "de" | "en";
export const LANGS: readonly Lang[] = ["de", "en"];
export type Strings = { readonly [K in keyof typeof de]: string };
export type StringKey = keyof Strings;

const STRINGS: Record<Lang, Strings> = { de, en };

/** A UI string in `lang`, with `{name}` placeholders filled from `params`. */
export function t(lang: Lang, key: StringKey, params: Record<string, string | number> = {}): string {
  return STRINGS[lang][key].replace(/\{(\w+)\}/g, (match, name: string) =>
    name in params ? String(params[name]) : match,
  );
}

export function isLang(value: unknown): value is Lang {
  return value === "de" || value === "en";
}

/** Locale for Intl formatting. */
export function locale(lang: Lang): string {
  return lang === "de" ? "de-DE" : "en-US";
}

/**
 * A story text in the reader's language: `{ de, en }` gives `lang`'s text; a plain string is
 * English (older story files), returned with `lang: "en"` so the page can mark it (`lang="en"`).
 */
export function localizedText(text: string | { readonly de: string; readonly en: string }, lang: Lang): LocalizedText {
  return typeof text === "string" ? { text, lang: "en" } : { text: text[lang], lang };
}

export interface LocalizedText {
  readonly text: string;
  readonly lang: Lang;
}
