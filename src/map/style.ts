import type {
  ExpressionSpecification,
  LayerSpecification,
  SourceSpecification,
  StyleSpecification,
} from "@maplibre/maplibre-gl-style-spec";
import type { FeatureCollection } from "geojson";
import type { Basemap } from "./basemap";
import { CONTROL_BLOCKERS } from "./control_blockers";
import { FONT_BOLD, FONT_REGULAR, fontFaces } from "./fonts";
import { DIRECTIONS, MAIN_RANK } from "./framing";
import { BLANK_ICON, roomLayer } from "./icons";
import {
  type AnchorOffset,
  AREA_ANCHORS,
  AREA_FAR_ANCHORS,
  anchorKey,
  CITY_KEYS,
  cityAnchor,
  cityAnchors,
  EDGES,
} from "./label_anchors";
import { splitMarkerLayers } from "./marker_layers";
import { sharePrograms } from "./shared_programs";
import type { Theme } from "./theme";

/**
 * The whole map style as a pure function of its data: an offline basemap (Natural Earth land,
 * borders, coastlines over a water background) and the story's places. No tile, glyph or sprite
 * server: sources are inline GeoJSON and labels are drawn from self-hosted font files.
 */
export interface StyleInput {
  basemap: Basemap;
  places: FeatureCollection;
  theme: Theme;
  /** Path under public/ → URL (src/assets/asset_urls.ts), so font files resolve offline. */
  assetUrl: (path: string) => string;
  lang: "de" | "en";
  /**
   * The story's own layers: drawn between the borders and the place labels, but for the event
   * dots (splitMarkerLayers), which go above the labels and under the place dots.
   */
  storyLayers?: LayerSpecification[];
  storySources?: Record<string, SourceSpecification>;
  /** Global state the story layers read, with defaults (story_layers.ts STORY_STATE). */
  storyState?: Record<string, { default: number }>;
}

/** `name_de` / `name_en`, following the global `lang` state so switching language does not restyle. */
export const localizedName: ExpressionSpecification = [
  "coalesce",
  ["get", ["concat", "name_", ["global-state", "lang"]]],
  ["get", "name_de"],
];

const isCity: ExpressionSpecification = ["==", ["get", "kind"], "city"];

/** A place the label layout lets give way in this view is drawn neither with dot nor name (features.ts `hidden`). */
const shown: ExpressionSpecification = ["!", ["boolean", ["get", "hidden"], false]];
/** A place whose name has no room in this view keeps its dot and event marker only (features.ts `unnamed`). */
const named: ExpressionSpecification = ["all", shown, ["!", ["boolean", ["get", "unnamed"], false]]];
/** 0 for a place under a control or overlay (feature state `covered`, set by map_view.ts), else 1. */
/** A main place's dot or one of a place with an event now (features.ts `main`, `current`). */
const MAIN_DOT: ExpressionSpecification = [
  "any",
  ["boolean", ["get", "main"], false],
  ["boolean", ["get", "current"], false],
];
const uncovered: ExpressionSpecification = ["case", ["boolean", ["feature-state", "covered"], false], 0, 1];

const literal = (anchors: readonly AnchorOffset[]) => ["literal", anchors.flatMap((a) => [a.anchor, a.offset])];

/**
 * `text-variable-anchor-offset`: the one position label_layout.ts chose for this view (the
 * feature's `anchor`, see features.ts), else the candidates by the feature's `edge` (inward
 * from the frame's edge) or its `away` direction (out of a cluster of main places).
 */
const anchorOffsets = [
  "match",
  ["coalesce", ["get", "anchor"], ""],
  ...CITY_KEYS.flatMap((key) => {
    const city = literal([cityAnchor(key) ?? { anchor: "center", offset: [0, 0] }]);
    const area = [...AREA_ANCHORS, ...AREA_FAR_ANCHORS].filter((a) => anchorKey(a) === key);
    return [key, area.length > 0 ? ["case", isCity, city, literal(area)] : city];
  }),
  "center",
  literal(AREA_ANCHORS.filter((a) => a.anchor === "center")),
  [
    "case",
    isCity,
    [
      "match",
      ["get", "edge"],
      ...EDGES.flatMap((edge) => (edge === "" ? [] : [edge, literal(cityAnchors(edge, ""))])),
      [
        "match",
        ["get", "away"],
        ...DIRECTIONS.flatMap((direction) => [direction, literal(cityAnchors("", direction))]),
        literal(cityAnchors("", "")),
      ],
    ],
    literal(AREA_ANCHORS),
  ],
] as unknown as ExpressionSpecification;

/**
 * Label size, px, by zoom (stops), kind and rank: a main city's name is larger; whole continents
 * on a phone get smaller type, never below 10.5 px for a main city (a phone held at reading
 * distance): a dense cluster keeps its names with callouts (label_anchors.ts), not smaller type.
 * `scale`: the theme's.
 */
const TEXT_SIZES: readonly [zoom: number, main: number, city: number, area: number][] = [
  [1, 10.5, 9, 8.5],
  [2, 11.5, 10, 10],
  [3, 12.5, 11, 11],
  [6, 15, 13, 16],
];

/**
 * The size `place-labels` draws a place's name at `zoom` (linear between the stops), px; `scale`:
 * the theme's `labelScale`; `minPx`: its `minTextPx`, the floor of every stop.
 */
export function placeTextSize(zoom: number, kind: string, rank: number, scale: number, minPx = 0): number {
  const column = kind !== "city" ? 3 : rank <= MAIN_RANK ? 1 : 2;
  const stops = TEXT_SIZES.map((stop) => [stop[0], Math.max((stop[column] as number) * scale, minPx)] as const);
  const first = stops[0] as readonly [number, number];
  const last = stops[stops.length - 1] as readonly [number, number];
  if (zoom <= first[0]) return first[1];
  if (zoom >= last[0]) return last[1];
  const i = stops.findIndex((stop) => stop[0] >= zoom);
  const [z0, s0] = stops[i - 1] as readonly [number, number];
  const [z1, s1] = stops[i] as readonly [number, number];
  return s0 + ((zoom - z0) / (z1 - z0)) * (s1 - s0);
}

/**
 * The place-name layers, in the order MapLibre places them (see buildStyle): the current event's
 * places', the other main places' (rank ≤ MAIN_RANK), the rest.
 */
export const PLACE_LABEL_LAYERS = ["place-labels-current", "place-labels-main", "place-labels"] as const;

/** A city's dot's radius without its white ring, px at theme scale 1. */
const PLACE_DOT_CORE_PX = 3.5;

/** The source and layer of the callouts' leader lines (map_view.ts sets their data with the labels'). */
export const LEADER_SOURCE = "place-leaders";

/**
 * Where the story's layers go when they are added to a style built without them (map_mount.ts,
 * after the first frame): the layers under the labels before STORY_UNDER_BEFORE, the markers
 * and forced words (marker_layers.ts `over`) before STORY_OVER_BEFORE, the words forced over the
 * plain dots (`top`) before STORY_TOP_BEFORE, those forced over every dot (`topmost`) before
 * STORY_TOPMOST_BEFORE, as buildStyle orders them.
 */
export const STORY_UNDER_BEFORE = "place-labels";
export const STORY_OVER_BEFORE = "place-dot-blockers";
export const STORY_TOP_BEFORE = "place-dot-blockers-main";
export const STORY_TOPMOST_BEFORE = "place-labels-main";

export function buildStyle(input: StyleInput): StyleSpecification {
  const { theme } = input;
  const story = splitMarkerLayers(input.storyLayers ?? []);
  const s = theme.scale;
  const ls = theme.labelScale;
  // Each stop at least the theme's floor: interpolating between them never drops below it.
  const px = (size: number) => Math.max(size * ls, theme.minTextPx);
  return {
    version: 8,
    name: `Zeitkarte ${theme.name}`,
    state: { lang: { default: input.lang }, ...input.storyState },
    "font-faces": fontFaces(input.assetUrl),
    sources: {
      countries: { type: "geojson", data: input.basemap.countries, promoteId: "iso3" },
      borders: { type: "geojson", data: input.basemap.borders },
      coastline: { type: "geojson", data: input.basemap.coastline },
      places: { type: "geojson", data: input.places, promoteId: "id" },
      [LEADER_SOURCE]: { type: "geojson", data: { type: "FeatureCollection", features: [] } },
      [CONTROL_BLOCKERS]: { type: "geojson", data: { type: "FeatureCollection", features: [] } },
      ...input.storySources,
    },
    // One program per kind of layer for basemap and story alike (shared_programs.ts).
    layers: sharePrograms([
      { id: "water", type: "background", paint: { "background-color": theme.water } },
      { id: "land", type: "fill", source: "countries", paint: { "fill-color": theme.land, "fill-antialias": true } },
      {
        id: "coastline",
        type: "line",
        source: "coastline",
        paint: {
          "line-color": theme.coastline,
          "line-width": ["interpolate", ["linear"], ["zoom"], 2, 0.6 * s, 6, 1.2 * s],
        },
      },
      {
        id: "borders",
        type: "line",
        source: "borders",
        layout: { "line-join": "round" },
        paint: {
          "line-color": theme.border,
          "line-width": ["interpolate", ["linear"], ["zoom"], 2, 0.5 * s, 6, 1 * s],
          "line-dasharray": [3, 1.5],
        },
      },
      ...story.under,
      // The secondary places' names, every kind in one layer, so that `rank` (the symbol sort key)
      // decides every collision among them; under a strong line's forced word, which wins over them.
      placeLabels("place-labels"),
      // A plain secondary city's dot: above its name and the words beside the lines, under the
      // markers and a strong line's forced word (which may lie on it only as its last resort).
      placeDots("place-dots-secondary", false),
      // Callouts' leader lines (leader_lines.ts leaderLines), under the event markers that sit on the dots.
      {
        id: LEADER_SOURCE,
        type: "line",
        source: LEADER_SOURCE,
        layout: { "line-cap": "round" },
        paint: { "line-color": theme.label, "line-width": 1.3 * s, "line-opacity": 0.9 },
      },
      ...story.over,
      // The cities' dots' room in placement, not drawn: the dots are drawn above every name, so a
      // secondary name gives way to one instead of lying under it (Eriwan's dot in "Bergkarabach").
      // Placed before the secondary names and a strong line's forced word (above them: "artner"
      // under a city's dot in a 320 px embed). The core of the dot only: a city's own name, a gap
      // beside it, still fits.
      dotBlockers("place-dot-blockers", false),
      // A word forced over the dots as its last resort (line_label_points.ts) gives way to the
      // main places' and the events' places' dots still; only a plain secondary city's dot, drawn
      // under it (place-dots-secondary), gives way to it (St. Petersburg's dot hid the "P" of
      // "Partner" in a 320 px embed: a secondary place gives way first).
      ...story.top,
      dotBlockers("place-dot-blockers-main", true),
      ...story.topmost,
      // The story's main places' names: above every word on a line, so a forced word never takes a
      // main place's name (issue 11: the nine places are labelled at every size, a word gives way).
      placeLabels("place-labels-main"),
      // Above the event dots: a city's own dot stays visible inside the event's larger one.
      placeDots("place-dots", true),
      // The current event's places' names, topmost: MapLibre places the layers from the top
      // down, so these win over every other label, a strong line's forced word included.
      placeLabels("place-labels-current"),
      // The controls' and overlays' room in placement (control_blockers.ts), not drawn: topmost,
      // so placed first, and no label, word on a line or marker's room lies under a button.
      {
        id: CONTROL_BLOCKERS,
        type: "symbol",
        source: CONTROL_BLOCKERS,
        layout: {
          "icon-image": BLANK_ICON,
          "icon-size": ["get", "size"],
          "icon-allow-overlap": true,
          "icon-padding": 0,
          "icon-rotation-alignment": "viewport",
          "icon-pitch-alignment": "viewport",
        },
        paint: { "icon-opacity": 0 },
      },
    ]),
  };

  /**
   * The cities' dots: of the main places and the places with an event now (`main`, see
   * features.ts) or of the other, plain secondary cities.
   */
  function placeDots(id: string, main: boolean): LayerSpecification {
    return {
      id,
      type: "circle",
      source: "places",
      filter: ["all", ["==", ["get", "kind"], "city"], shown, main ? MAIN_DOT : ["!", MAIN_DOT]],
      paint: {
        "circle-radius": PLACE_DOT_CORE_PX * s,
        "circle-color": theme.placeDot,
        "circle-stroke-color": theme.labelHalo,
        "circle-stroke-width": 1.5 * s,
        "circle-opacity": uncovered,
        "circle-stroke-opacity": uncovered,
      },
    };
  }

  /** The dots' room in placement, not drawn: every city's (`mainOnly` false) or the main dots' (placeDots). */
  function dotBlockers(id: string, mainOnly: boolean): LayerSpecification {
    const city: ExpressionSpecification = ["==", ["get", "kind"], "city"];
    return roomLayer(
      id,
      "places",
      mainOnly ? ["all", city, shown, MAIN_DOT] : ["all", city, shown],
      PLACE_DOT_CORE_PX * s,
    );
  }

  /**
   * The place names of the current event's places (`current`, see features.ts), of the other main
   * places (features.ts `main`: rank ≤ MAIN_RANK, or a name the layout placed) or of the rest.
   */
  function placeLabels(id: (typeof PLACE_LABEL_LAYERS)[number]): LayerSpecification {
    const current: ExpressionSpecification = ["boolean", ["get", "current"], false];
    const main: ExpressionSpecification = ["boolean", ["get", "main"], false];
    return {
      id,
      filter:
        id === "place-labels-current"
          ? ["all", current, named]
          : ["all", named, ["!", current], id === "place-labels-main" ? main : ["!", main]],
      type: "symbol",
      source: "places",
      layout: {
        "text-field": localizedName,
        "text-font": ["case", isCity, ["literal", [FONT_BOLD]], ["literal", [FONT_REGULAR]]],
        "text-size": [
          "interpolate",
          ["linear"],
          ["zoom"],
          ...TEXT_SIZES.flatMap(([zoom, main, city, area]) => [
            zoom,
            ["case", isCity, ["case", ["<=", ["to-number", ["get", "rank"]], MAIN_RANK], px(main), px(city)], px(area)],
          ]),
        ] as unknown as ExpressionSpecification,
        "text-letter-spacing": ["case", isCity, 0, 0.06],
        "text-max-width": ["case", isCity, 10, 5],
        "text-line-height": 1.1,
        "text-padding": 0,
        "text-variable-anchor-offset": anchorOffsets,
        "text-justify": "auto",
        "symbol-sort-key": ["get", "priority"],
      },
      paint: {
        // A region of the current event is one of its places: as dark as a city's name ("Gebiet
        // Kursk" in the regions' brown-grey was faint on Russia's alliance fill, a review).
        "text-color": [
          "match",
          ["get", "kind"],
          "city",
          theme.label,
          "sea",
          theme.seaLabel,
          id === "place-labels-current" ? theme.label : theme.regionLabel,
        ],
        // A sea's name crosses alliance fills (the Caspian's on Russia's blue): a light halo keeps it legible.
        "text-halo-color": ["match", ["get", "kind"], "region", theme.land, "country", theme.land, theme.labelHalo],
        "text-halo-width": ["match", ["get", "kind"], "city", 1.6, "sea", 1, 1.2],
        "text-opacity": uncovered,
      },
    };
  }
}
