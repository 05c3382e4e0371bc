import { panelDe } from "./panels_de";
import { panelEn } from "./panels_en";
import { fill, type Lang } from "./t";

/**
 * Strings of the parts that load on demand: the legend's body (src/panel/legend.ts), the text
 * view, map popups, presenter mode's progress and the embed's card toggle. Only their chunks use
 * them, so the reader's first load does not carry them; the rest are in de.ts and en.ts.
 */
export type PanelStrings = { readonly [K in keyof typeof panelDe]: string };
export type PanelKey = keyof PanelStrings;

const STRINGS: Record<Lang, PanelStrings> = { de: panelDe, en: panelEn };

/** A string of a part loaded on demand in `lang`, with `{name}` placeholders filled from `params`. */
export function tPanel(lang: Lang, key: PanelKey, params: Record<string, string | number> = {}): string {
  return fill(STRINGS[lang][key], params);
}
