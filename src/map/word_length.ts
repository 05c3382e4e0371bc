import { WORD_MAX_EMS } from "./word_size";

/**
 * How long a strong line's word runs along it, estimated from its characters (no font metrics):
 * the fallback's reach (line_label_points.ts). A module of its own, in the fallback's chunk: the
 * first load does not need it.
 */

/** Ems per character of a word in the bold font, on average (Noto Sans Bold, German and English). */
export const EMS_PER_CHAR = 0.6;

/**
 * The length (px) a word runs along its line at text size `px`: its characters; past
 * WORD_MAX_EMS, wrapped in two lines as MapLibre balances them, half its length and up to two
 * characters' slack for the break at a space ("Pashinyan / nach Istanbul": 7.8 ems; 8.1 here), at
 * most WORD_MAX_EMS.
 */
export function wordLengthPx(label: string, px: number): number {
  const ems = label.length * EMS_PER_CHAR;
  return Math.min(ems > WORD_MAX_EMS ? ems / 2 + 1.2 : ems, WORD_MAX_EMS) * px;
}
