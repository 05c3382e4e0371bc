import { shareDe } from "./share_de";
import { shareEn } from "./share_en";
import { fill, type Lang } from "./t";

/**
 * Strings of the share dialog. Only the dialog's chunk (src/app/share.ts and what it imports)
 * uses them, so the reader's first load does not carry them; the rest are in de.ts and en.ts.
 */
export type ShareStrings = { readonly [K in keyof typeof shareDe]: string };
export type ShareKey = keyof ShareStrings;

const STRINGS: Record<Lang, ShareStrings> = { de: shareDe, en: shareEn };

/** A share dialog string in `lang`, with `{name}` placeholders filled from `params`. */
export function tShare(lang: Lang, key: ShareKey, params: Record<string, string | number> = {}): string {
  return fill(STRINGS[lang][key], params);
}
