import { importAgain } from "../boot/import_again";
import { de } from "./de";

export type Lang = "de" | "en";
export const LANGS: readonly Lang[] = ["de", "en"];
export type Strings = { readonly [K in keyof typeof de]: string };
export type StringKey = keyof Strings;

/**
 * The UI strings the page has. German, the default, ships with the first load; English is its
 * own chunk (`en.ts`), fetched by `loadStrings("en")` before anything is shown in English.
 */
const STRINGS: Partial<Record<Lang, Strings>> = { de };
let english: Promise<void> | undefined;

/**
 * Makes `lang`'s strings available to `t()`: resolves at once for a language the page has, else
 * fetches its chunk (once). Rejects when the chunk cannot be fetched (offline before it was).
 */
export function loadStrings(lang: Lang): Promise<void> {
  if (STRINGS[lang]) return Promise.resolve();
  english ??= importAgain(() => import("./en")).then(
    (module) => registerStrings("en", module.en),
    (error: unknown) => {
      english = undefined;
      throw error;
    },
  );
  return english;
}

/** Whether `t(lang, …)` has `lang`'s own strings (see loadStrings). */
export function hasStrings(lang: Lang): boolean {
  return STRINGS[lang] !== undefined;
}

/** Adds a language's strings (loadStrings; the authoring page, which imports both). */
export function registerStrings(lang: Lang, strings: Strings): void {
  STRINGS[lang] = strings;
}

/**
 * A UI string in `lang`, with `{name}` placeholders filled from `params`. A language whose
 * strings are not loaded yet (see loadStrings) gives the German string rather than nothing.
 */
export function t(lang: Lang, key: StringKey, params: Record<string, string | number> = {}): string {
  return fill((STRINGS[lang] ?? de)[key], params);
}

/** `text` with each `{name}` placeholder replaced by `params[name]`; unknown names stay as written. */
export function fill(text: string, params: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
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
