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
