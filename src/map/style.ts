import type {
  ExpressionSpecification,
  LayerSpecification,
  SourceSpecification,
  StyleSpecification,
} from "@maplibre/maplibre-gl-style-spec";
import type { FeatureCollection } from "geojson";
import type { Basemap } from "./basemap";
import { FONT_BOLD, FONT_REGULAR, fontFaces } from "./fonts";
import type { Edge } from "./framing";
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
  /** The page's base URL, so font files resolve on our own origin. */
  baseUrl: string;
  lang: "de" | "en";
  /** Layers drawn between the borders and the place labels (the story's own layers). */
  storyLayers?: LayerSpecification[];
  storySources?: Record<string, SourceSpecification>;
}

/** `name_de` / `name_en`, following the global `lang` state so switching language does not restyle. */
export const localizedName: ExpressionSpecification = [
  "coalesce",
  ["get", ["concat", "name_", ["global-state", "lang"]]],
  ["get", "name_de"],
];

type Anchor = "left" | "right" | "top" | "bottom" | "top-left" | "top-right" | "bottom-left" | "bottom-right";

/** Gap between a dot and its label, in ems: small, so dense clusters still find room. */
const GAP = 0.4;
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
  "": ["left", "right", "top", "bottom", "top-left", "bottom-left", "top-right", "bottom-right"],
  west: ["left", "top-left", "bottom-left", "top", "bottom"],
  east: ["right", "top-right", "bottom-right", "top", "bottom"],
  north: ["left", "right", "top", "top-left", "top-right"],
  south: ["left", "right", "bottom", "bottom-left", "bottom-right"],
  "north-west": ["left", "top-left", "top"],
  "north-east": ["right", "top-right", "top"],
  "south-west": ["left", "bottom-left", "bottom"],
  "south-east": ["right", "bottom-right", "bottom"],
};

const anchorOffsets = (anchors: Anchor[]) => ["literal", anchors.flatMap((a) => [a, OFFSETS[a]])];

/** `text-variable-anchor-offset` by the feature's `edge` property (see features.ts). */
const inwardAnchors = [
  "match",
  ["get", "edge"],
  ...Object.entries(ANCHORS).flatMap(([edge, anchors]) => (edge === "" ? [] : [edge, anchorOffsets(anchors)])),
  anchorOffsets(ANCHORS[""]),
] as unknown as ExpressionSpecification;

export function buildStyle(input: StyleInput): StyleSpecification {
  const { theme } = input;
  const s = theme.scale;
  return {
    version: 8,
    name: `Zeitkarte ${theme.name}`,
    state: { lang: { default: input.lang } },
    "font-faces": fontFaces(input.baseUrl),
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
      // Symbols are placed from the top layer down: the sea label sits last so that it is placed
      // first and the city labels around the Caspian pick the sides that leave it room.
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
        },
      },
      {
        id: "region-labels",
        type: "symbol",
        source: "places",
        filter: ["in", ["get", "kind"], ["literal", ["region", "country", "site"]]],
        layout: {
          "text-field": localizedName,
          "text-font": [FONT_REGULAR],
          "text-size": ["interpolate", ["linear"], ["zoom"], 3, 11 * s, 6, 16 * s],
          "text-letter-spacing": 0.06,
          "text-max-width": 5,
          "text-line-height": 1.1,
          "text-padding": 0,
          "symbol-sort-key": ["get", "rank"],
        },
        paint: { "text-color": theme.regionLabel, "text-halo-color": theme.land, "text-halo-width": 1.2 },
      },
      {
        id: "place-labels",
        type: "symbol",
        source: "places",
        filter: ["==", ["get", "kind"], "city"],
        layout: {
          "text-field": localizedName,
          "text-font": [FONT_BOLD],
          "text-size": [
            "interpolate",
            ["linear"],
            ["zoom"],
            3,
            ["match", ["get", "rank"], [1, 2], 12.5 * s, 11 * s],
            6,
            ["match", ["get", "rank"], [1, 2], 15 * s, 13 * s],
          ],
          "text-variable-anchor-offset": inwardAnchors,
          "text-justify": "auto",
          "symbol-sort-key": ["get", "rank"],
        },
        paint: { "text-color": theme.label, "text-halo-color": theme.labelHalo, "text-halo-width": 1.6 },
      },
      {
        id: "sea-labels",
        type: "symbol",
        source: "places",
        filter: ["==", ["get", "kind"], "sea"],
        layout: {
          "text-field": localizedName,
          "text-font": [FONT_REGULAR],
          "text-size": ["interpolate", ["linear"], ["zoom"], 3, 11 * s, 6, 16 * s],
          "text-letter-spacing": 0.06,
          "text-max-width": 5,
          "text-line-height": 1.1,
          "text-padding": 0,
          "symbol-sort-key": ["get", "rank"],
        },
        paint: { "text-color": theme.seaLabel, "text-halo-color": theme.water, "text-halo-width": 1 },
      },
    ],
  };
}
