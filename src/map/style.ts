import type {
  ExpressionSpecification,
  LayerSpecification,
  SourceSpecification,
  StyleSpecification,
} from "@maplibre/maplibre-gl-style-spec";
import type { FeatureCollection } from "geojson";
import type { Basemap } from "./basemap";
import { FONT_BOLD, FONT_REGULAR, fontFaces } from "./fonts";
import { DIRECTIONS, type Direction, type Edge } from "./framing";
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
  /** Layers drawn between the borders and the place labels (the story's own layers). */
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

type Anchor = "left" | "right" | "top" | "bottom" | "top-left" | "top-right" | "bottom-left" | "bottom-right";

/** Gap between a dot and its label, in ems: small, so dense clusters still find room. */
const GAP = 0.3;
const DIAGONAL = GAP * 0.75;
const OFFSETS: Record<Anchor, [number, number]> = {
  left: [GAP, 0],
  right: [-GAP, 0],
  top: [0, GAP],
  bottom: [0, -GAP],
  "top-left": [DIAGONAL, DIAGONAL],
  "top-right": [-DIAGONAL, DIAGONAL],
  "bottom-left": [DIAGONAL, -DIAGONAL],
  "bottom-right": [-DIAGONAL, -DIAGONAL],
};

/**
 * The label positions a place may take, best first, by the edge of the opening frame it lies
 * on: a place at the east edge writes its name to the west of its dot, never out of the frame.
 */
const ANCHORS: Record<Edge, Anchor[]> = {
  // Right of the dot first, then below and above, which crowd a dense cluster's neighbours less.
  "": ["left", "top", "bottom", "right", "top-left", "bottom-left", "top-right", "bottom-right"],
  west: ["left", "top-left", "bottom-left"],
  east: ["right", "top-right", "bottom-right"],
  north: ["left", "right", "top", "top-left", "top-right"],
  south: ["left", "right", "bottom", "bottom-left", "bottom-right"],
  // In a corner a centred label would cross the side edge: inward and a little up or down only.
  "north-west": ["left", "top-left", "bottom-left"],
  "north-east": ["right", "top-right", "bottom-right"],
  "south-west": ["left", "bottom-left", "top-left"],
  "south-east": ["right", "bottom-right", "top-right"],
};

const anchorOffsets = (anchors: Anchor[]) => ["literal", anchors.flatMap((a) => [a, OFFSETS[a]])];

/**
 * Seas, regions and countries: centred on their point, else moved along the water or the land
 * they name (about two lines up or down, or aside), where the cities around them leave room.
 */
const centredAnchors = [
  "literal",
  [
    ...["center", [0, 0], "bottom", [0, -2.2], "top", [0, 2.2], "left", [1, 0], "right", [-1, 0]],
    ...["bottom-left", [0.8, -1.8], "top-left", [0.8, 1.8], "bottom-right", [-0.8, -1.8], "top-right", [-0.8, 1.8]],
  ],
] as unknown as ExpressionSpecification;

const isCity: ExpressionSpecification = ["==", ["get", "kind"], "city"];

/** 0 for a place under a control or overlay (feature state `covered`, set by map_view.ts), else 1. */
const uncovered: ExpressionSpecification = ["case", ["boolean", ["feature-state", "covered"], false], 0, 1];

/** The anchor that puts a label in each direction from its dot (the anchor is the label's opposite side). */
const TOWARD: Record<Direction, Anchor> = {
  east: "left",
  "north-east": "bottom-left",
  north: "bottom",
  "north-west": "bottom-right",
  west: "right",
  "south-west": "top-right",
  south: "top",
  "south-east": "top-left",
};

/** Anchors for a label that should write toward `direction`: that way first, then the nearest turns. */
function toward(direction: Direction): Anchor[] {
  const i = DIRECTIONS.indexOf(direction);
  const turns = [0, 1, -1, 2, -2, 3, -3];
  return turns.map((turn) => TOWARD[DIRECTIONS[(i + turn + 8) % 8] as Direction]);
}

/**
 * `text-variable-anchor-offset` by the feature's `edge` (inward from the frame's edge) or else
 * its `away` direction (out of a cluster of main places); see features.ts.
 */
const inwardAnchors = [
  "match",
  ["get", "edge"],
  ...Object.entries(ANCHORS).flatMap(([edge, anchors]) => (edge === "" ? [] : [edge, anchorOffsets(anchors)])),
  [
    "match",
    ["get", "away"],
    ...DIRECTIONS.flatMap((direction) => [direction, anchorOffsets(toward(direction))]),
    anchorOffsets(ANCHORS[""]),
  ],
] as unknown as ExpressionSpecification;

export function buildStyle(input: StyleInput): StyleSpecification {
  const { theme } = input;
  const s = theme.scale;
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
      ...input.storySources,
    },
    layers: [
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
      ...(input.storyLayers ?? []),
      {
        id: "place-dots",
        type: "circle",
        source: "places",
        filter: ["==", ["get", "kind"], "city"],
        paint: {
          "circle-radius": 3.5 * s,
          "circle-color": theme.placeDot,
          "circle-stroke-color": theme.labelHalo,
          "circle-stroke-width": 1.5 * s,
          "circle-opacity": uncovered,
          "circle-stroke-opacity": uncovered,
        },
      },
      // One label layer for every kind of place, so that `rank` (the symbol sort key) decides
      // every collision: a main place's name wins over a sea, a region or a secondary city.
      {
        id: "place-labels",
        type: "symbol",
        source: "places",
        layout: {
          "text-field": localizedName,
          "text-font": ["case", isCity, ["literal", [FONT_BOLD]], ["literal", [FONT_REGULAR]]],
          "text-size": [
            "interpolate",
            ["linear"],
            ["zoom"],
            // Whole continents on a phone: a smaller type keeps a dense cluster labelled.
            1,
            ["case", isCity, ["match", ["get", "rank"], [1, 2], 9.5 * s, 8.5 * s], 8.5 * s],
            2,
            ["case", isCity, ["match", ["get", "rank"], [1, 2], 10.5 * s, 9.5 * s], 9.5 * s],
            3,
            ["case", isCity, ["match", ["get", "rank"], [1, 2], 12.5 * s, 11 * s], 11 * s],
            6,
            ["case", isCity, ["match", ["get", "rank"], [1, 2], 15 * s, 13 * s], 16 * s],
          ],
          "text-letter-spacing": ["case", isCity, 0, 0.06],
          "text-max-width": ["case", isCity, 10, 5],
          "text-line-height": 1.1,
          "text-padding": 0,
          "text-variable-anchor-offset": ["case", isCity, inwardAnchors, centredAnchors],
          "text-justify": "auto",
          "symbol-sort-key": ["get", "rank"],
        },
        paint: {
          "text-color": ["match", ["get", "kind"], "city", theme.label, "sea", theme.seaLabel, theme.regionLabel],
          "text-halo-color": ["match", ["get", "kind"], "city", theme.labelHalo, "sea", theme.water, theme.land],
          "text-halo-width": ["match", ["get", "kind"], "city", 1.6, "sea", 1, 1.2],
          "text-opacity": uncovered,
        },
      },
    ],
  };
}
