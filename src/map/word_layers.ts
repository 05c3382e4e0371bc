import type { ExpressionSpecification, LayerSpecification } from "@maplibre/maplibre-gl-style-spec";
import { FONT_BOLD } from "./fonts";
import { PLATE_ICON } from "./icons";
import { type Theme, textPx } from "./theme";
import { SMALL_WORD, WORD_MAX_EMS } from "./word_size";

/** The layer writing a word once at the middle of its line (a movement's part travelled). */
export const CENTERED_WORD_LAYER = "line-labels-center";
/** The layers writing a strong line's word on its line. */
export const ON_LINE_WORD_LAYERS = ["line-labels", CENTERED_WORD_LAYER] as const;

/** The fallback tiers of a word beside its line, in placement order (line_label_fallback.ts). */
const POINT_WORD_LAYERS = ["line-label-points", "line-label-forced", "line-label-over", "line-label-over-all"] as const;

/** The layers that write a strong line's word: on the line, as a point beside it, forced (line_label_fallback.ts). */
export const LINE_WORD_LAYERS = [...ON_LINE_WORD_LAYERS, ...POINT_WORD_LAYERS] as const;

/**
 * The layers that write a strong line's word ("feindselig", "Truppen 11 000"), in placement
 * order after the story's other layers (storyLayers): the fallback tiers as points beside the
 * line (line_label_points.ts, line_label_fallback.ts), then the words along it (line_labels.ts).
 */
export function lineWordLayers(theme: Theme): LayerSpecification[] {
  const s = theme.scale;
  const text = (size: number) => textPx(theme, size);
  /**
   * A strong line's word: the main places' size, growing with the zoom as theirs does (style.ts
   * TEXT_SIZES), so a close view on a large screen does not write it smaller than the names
   * around it (a review: 12 px words on the 1920×1080 map at zoom 5.6).
   */
  const wordSize: ExpressionSpecification = ["interpolate", ["linear"], ["zoom"], 3, text(12.5), 6, text(15)];
  // A fallback word of the `small` tier (line_label_points.ts) SMALL_WORD times that, never under
  // the theme's least size (presenter mode).
  const small = (size: number): ExpressionSpecification => [
    "case",
    ["boolean", ["get", "small"], false],
    text(size * SMALL_WORD),
    text(size),
  ];
  const smallWordSize: ExpressionSpecification = ["interpolate", ["linear"], ["zoom"], 3, small(12.5), 6, small(15)];
  // A fallback word and its plate: turned along its line; a probe is not drawn (line_label_fallback.ts).
  const angle: ExpressionSpecification = ["coalesce", ["get", "angle"], 0];
  const probe: ExpressionSpecification = ["boolean", ["get", "probe"], false];
  // A word turned steeper than PLATE_MAX_DEGREES has no plate, only a halo: MapLibre draws a
  // stretched SDF plate turned that far with torn sides, its edge left at the corners
  // ("feindselig" upright beside Moskau–Baku, a review; mapbox-gl-js #10026).
  const bare: ExpressionSpecification = ["any", probe, [">", ["abs", angle], PLATE_MAX_DEGREES]];
  // A word along its line (line_labels.ts): the words of `filter`, placed by `placement`.
  const onLine = (
    id: string,
    placement: "line" | "line-center",
    filter: ExpressionSpecification,
  ): LayerSpecification => ({
    id,
    type: "symbol",
    source: "line-labels",
    filter,
    layout: {
      "symbol-placement": placement,
      "symbol-spacing": 400 * s,
      "text-field": ["get", "label"],
      "text-font": [FONT_BOLD],
      "text-size": wordSize,
      "text-offset": [0, -0.8],
      // A gap to the next word or name (LINE_WORD_PADDING_PX): it can slide along its line.
      "text-padding": LINE_WORD_PADDING_PX * s,
      "text-max-angle": 40,
    },
    paint: { "text-color": ["get", "color"], "text-halo-color": theme.labelHalo, "text-halo-width": 2 },
  });
  // A word written once at its line's middle (line_labels.ts `centered`).
  const centered: ExpressionSpecification = ["has", "centered"];
  return [
    // Under the on-line words, so it never displaces one: only the lines without a word get it;
    // a word that found no room anywhere is forced above the secondary place names, and last
    // above the cities' dots' room too (marker_layers.ts, style.ts).
    ...POINT_WORD_LAYERS.map(
      (id): LayerSpecification => ({
        id,
        type: "symbol",
        source: "line-label-points",
        // Each tier of line_label_points.ts in its own layer (its place in placement: style.ts).
        filter: [
          "all",
          ["==", ["boolean", ["get", "forced"], false], id !== "line-label-points"],
          ["==", ["boolean", ["get", "over"], false], id === "line-label-over" || id === "line-label-over-all"],
          ["==", ["boolean", ["get", "all"], false], id === "line-label-over-all"],
        ],
        layout: {
          "text-field": ["get", "label"],
          "text-font": [FONT_BOLD],
          "text-size": smallWordSize,
          // Room for its plate (WORD_PADDING_PX) where the word is first tried; none in the tiers
          // that look for room where there is little, as the place names (style.ts).
          "text-padding": (id === "line-label-points" ? WORD_PADDING_PX : TIGHT_WORD_PADDING_PX) * s,
          // A probe tries every anchor its line's slant allows; a found word has the one its
          // probe took: sent with each word (word_anchors.ts anchorOffsetsOf).
          // A query (the fallback's at idle, a click) reads the feature from its tile, where an
          // array property is JSON text: there it is the middle (else MapLibre warns, a review).
          "text-variable-anchor-offset": [
            "case",
            ["==", ["typeof", ["get", "anchors"]], "string"],
            ["literal", ["center", [0, 0]]],
            ["get", "anchors"],
          ] as unknown as ExpressionSpecification,
          "text-justify": "auto",
          "text-max-width": WORD_MAX_EMS,
          // Along its line (line_label_points.ts), beside it: a word lying across another line
          // was read as that line's ("angespannt" along the AZAL flight).
          // Turned in the viewport (MapLibre's `auto` for a point), as is its plate.
          "text-rotate": angle,
          // On a plate edged in its line's colour: a word beside other lines' words read as one
          // phrase with them ("feindselig Partner Putin", a review), and its own line showed
          // through its spaces. The plate is no room of its own: the word's glyphs place it (as
          // room, a strong line lost its word on the phone). A probe has none: with one, probing
          // found other words (tests/e2e/line_words.e2e.ts).
          "icon-image": ["case", bare, "", PLATE_ICON],
          "icon-text-fit": "both",
          "icon-allow-overlap": true,
          "icon-ignore-placement": true,
          "icon-rotate": angle,
          // Found words (settledWords) before every probe; probes (line_label_fallback.ts):
          // every line's middle before any other point of a line.
          "symbol-sort-key": [
            "case",
            ["boolean", ["get", "settled"], false],
            -1,
            ["to-number", ["coalesce", ["get", "attempt"], 0]],
          ],
        },
        // The plate in the halo's colour is the word's halo: no text halo of its own, but where
        // it has no plate.
        paint: {
          "text-color": ["get", "color"],
          "text-halo-color": theme.labelHalo,
          "text-halo-width": ["case", bare, 2, 0],
          "text-opacity": ["case", probe, 0, 1],
          "icon-color": theme.labelHalo,
          "icon-halo-color": ["get", "color"],
          "icon-halo-width": 2,
        },
      }),
    ),
    // Repeated along the line, not once at its middle: a close-up (presenter, follow, an event's
    // frame) often shows only part of a long line, and its middle is off-screen.
    onLine("line-labels", "line", ["!", centered]),
    // The part travelled of a movement under way (line_labels.ts) once, at its middle: it is often
    // shorter on screen than the spacing above, and MapLibre's only anchor on such a line lies by
    // its start, among the names at its origin (AZAL 8243's leg from Baku at its hit).
    onLine(CENTERED_WORD_LAYER, "line-center", centered),
  ];
}

/**
 * Room (px at theme scale 1) MapLibre keeps around a word laid along its line beside its glyphs
 * (its default is 2), so two words of different lines, or a word and a place name, keep a gap a
 * reader sees as a break: about a space apart they read as one phrase ("feindselig Lawrow nach
 * Eriwan" along two lines from Moskau, a review).
 */
export const LINE_WORD_PADDING_PX = 5;
/** The steepest turn (degrees either way) of a fallback word drawn on a plate; a steeper one has a halo. */
export const PLATE_MAX_DEGREES = 40;
/**
 * Room (px at theme scale 1) kept around a fallback word written beside its line on its plate
 * (line_label_points.ts) in the first tier, `line-label-points`: at least its plate's reach
 * beyond the word's box and its 1 px edge (plate_icon.ts REACH_PX), so two plates side by side
 * do not overlap. With none, they lay edge over edge and read as one phrase ("Annäherung" against
 * "Pashinyan nach Istanbul" in presenter mode, "Putin nach Duschanbe" over "angespannt" in a
 * 480 px embed, a review). 4 px cost Pashinyan's visit its word in presenter mode at 1024×768.
 */
export const WORD_PADDING_PX = 3;
/**
 * The same in the later tiers (forced over secondary names, over dots, over all), which look for
 * room where there is little: none, as the place names, since there a word must fit between
 * names. 1 px there cost two strong lines their only room (Armenia–Azerbaijan's "feindselig" at
 * the opening and Russia–Azerbaijan's word at Peking, presenter 1024×768).
 */
export const TIGHT_WORD_PADDING_PX = 0;
