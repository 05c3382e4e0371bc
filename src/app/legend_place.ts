/**
 * Where the open legend goes on the map, as pure geometry. Beside the story (top right) it takes
 * a column of the map's width; across the top (a band under the date) it takes some of the
 * map's height. A story wider than the map (the flagship: Istanbul to Peking, about 3 : 1 in
 * Web Mercator) fitted to a narrow map's whole width leaves most of its height empty, so there
 * the band costs the story little, while the column would squeeze it into what is left beside
 * the legend (phones, tablets, embeds, the projector). A map too low for either leaves the legend
 * outside it.
 */

/** Kept free around the story's outermost places, px (map_view.ts FRAME_MARGIN). */
const MARGIN = 18;
/** The map's bottom row of controls (attribution, zoom buttons), px. */
const BOTTOM_ROW = 32;
/** A band never lower than this, px: a line of the legend and a little of the next (it scrolls). */
const MIN_BAND = 56;

/**
 * A map lower than this (px) has room neither for a legend column nor for a band: it hangs below.
 * The 720×640 embed's 262 px map is one: its column, stopping above the map's buttons, showed
 * three rows of the key, the last cut, and hid the rest below.
 */
const LOW_MAP = 300;

/**
 * Where the open legend goes: "column" beside the story (top right), "band" across the top
 * under the date, "below" hanging from the map's bottom edge over the card (the map stays
 * whole). For a map `width` × `height` px showing a story of `aspect` (width / height in Web
 * Mercator, framing.ts mercatorAspect): below on a map lower than LOW_MAP (a small embed), a
 * band where the story fitted to the map's whole width leaves half its height free, else a column.
 */
export function legendPlacement(width: number, height: number, aspect: number): "column" | "band" | "below" {
  if (!(width > 0 && height > 0 && aspect > 0)) return "column";
  if (height < LOW_MAP) return "below";
  return width / aspect <= height / 2 ? "band" : "column";
}

/**
 * The most a band legend may take of the map's height, px: what the story, fitted to the map's
 * whole width, leaves free below `top` (the band's top, px from the map's top), never less than
 * MIN_BAND nor more than 40 % of the map (a longer legend scrolls inside).
 */
export function legendBandHeight(width: number, height: number, top: number, aspect: number): number {
  const story = aspect > 0 ? Math.max(width - 2 * MARGIN, 0) / aspect : height;
  const free = height - top - story - 2 * MARGIN - BOTTOM_ROW;
  return Math.round(Math.min(Math.max(free, MIN_BAND), 0.4 * height));
}
