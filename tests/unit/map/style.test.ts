import { expression, latest, validateStyleMin } from "@maplibre/maplibre-gl-style-spec";
import type { FeatureCollection } from "geojson";
import { describe, expect, it } from "vitest";
import type { Basemap } from "../../../src/map/basemap";
import { placeFeatures } from "../../../src/map/features";
import { splitMarkerLayers } from "../../../src/map/marker_layers";
import { STORY_STATE, storyLayers } from "../../../src/map/story_layers";
import { storySources } from "../../../src/map/story_sources";
import {
  buildStyle,
  placeTextSize,
  STORY_OVER_BEFORE,
  STORY_TOP_BEFORE,
  STORY_TOPMOST_BEFORE,
  STORY_UNDER_BEFORE,
} from "../../../src/map/style";
import { DARK, LIGHT, PROJECTOR } from "../../../src/map/theme";
import { tinyStory } from "../story/tiny_story";

const empty: FeatureCollection = { type: "FeatureCollection", features: [] };

function style() {
  const story = tinyStory();
  return buildStyle({
    basemap: { countries: empty, borders: empty, coastline: empty } as unknown as Basemap,
    places: placeFeatures(story.places, story.meta.view.bounds),
    theme: LIGHT,
    assetUrl: (path: string) => `http://localhost/${path}`,
    lang: "de",
  });
}

describe("buildStyle(input)", () => {
  it("buildStyle(input) passes MapLibre's style validator", () => {
    expect(validateStyleMin(style()).map((e) => e.message)).toEqual([]);
  });

  // The map adds the story's sources and layers without MapLibre's check (map_view.ts addLayers):
  // this is their check, in every theme.
  for (const theme of [LIGHT, DARK, PROJECTOR]) {
    it(`buildStyle(input) with the story's sources and layers passes MapLibre's style validator (${theme.name})`, () => {
      const story = tinyStory();
      const built = buildStyle({
        basemap: { countries: empty, borders: empty, coastline: empty } as unknown as Basemap,
        places: placeFeatures(story.places, story.meta.view.bounds),
        theme,
        assetUrl: (path: string) => `http://localhost/${path}`,
        lang: "de",
        storyState: STORY_STATE,
        storySources: storySources({ events: empty, movements: empty, movementEnds: empty, relations: empty }),
        storyLayers: storyLayers(theme),
      });
      expect(validateStyleMin(built).map((e) => e.message)).toEqual([]);
    });
  }

  it("buildStyle(input) writes a region of the current event as dark as a city, the other regions in the regions' colour", () => {
    const colorOf = (id: string) => {
      const layer = style().layers.find((l) => l.id === id);
      return layer?.type === "symbol" ? layer.paint?.["text-color"] : undefined;
    };
    // ["match", kind, "city", label, "sea", seaLabel, otherwise]: the regions take `otherwise`.
    expect((colorOf("place-labels-current") as unknown[]).at(-1)).toBe(LIGHT.label);
    expect((colorOf("place-labels") as unknown[]).at(-1)).toBe(LIGHT.regionLabel);
  });

  it("buildStyle(input) sorts every label layer by the place's priority: the current event's places first, then by rank", () => {
    // The dots' and the controls' room in placement (place-dot-blockers, control-blockers) draws no label.
    const labels = style().layers.filter(
      (l) => l.type === "symbol" && !l.id.startsWith("place-dot-blockers") && l.id !== "control-blockers",
    );
    expect(labels.length).toBeGreaterThan(0);
    for (const layer of labels) {
      if (layer.type === "symbol") expect(layer.layout?.["symbol-sort-key"]).toEqual(["get", "priority"]);
    }
  });

  it("buildStyle(input) draws the event dots above every label, under the place dots, the current ring above the other dots, and the other story layers under the labels", () => {
    const story = tinyStory();
    const built = buildStyle({
      basemap: { countries: empty, borders: empty, coastline: empty } as unknown as Basemap,
      places: placeFeatures(story.places, story.meta.view.bounds),
      theme: LIGHT,
      assetUrl: (path: string) => `http://localhost/${path}`,
      lang: "de",
      storyLayers: storyLayers(LIGHT),
    });
    // Sources aside (not passed here), the split layers' expressions are valid.
    expect(validateStyleMin(built).filter((e) => !/source ".*" not found/.test(e.message))).toEqual([]);
    const ids = built.layers.map((l) => l.id);
    const at = (id: string) => ids.indexOf(id);
    // A strong line's forced word (line_label_points.ts) wins over the secondary place names, not
    // over the main places' or the current event's places': their layers are above, placed first.
    // Callouts' leader lines lie under the event markers that sit on the dots they start from.
    // The markers' room in placement (event-blockers) is above the secondary names: placed first.
    // The controls' room (control_blockers.ts) is topmost: placed before every label.
    // The dots' room (place-dot-blockers) is above the forced word: placed first, so no word lies under a dot.
    // A word forced over the dots as its last resort (line-label-over) is above their room.
    // A plain secondary city's dot is drawn above the secondary names, under the markers and the
    // forced words; the main places' dots' room is placed before the word forced over the dots.
    expect(ids.slice(-21)).toEqual([
      "place-labels",
      "place-dots-secondary",
      "place-leaders",
      "event-circles",
      "event-current",
      "event-blockers",
      "event-pulse",
      "movement-open-tip",
      "movement-end",
      "moving-head",
      "line-label-forced",
      "place-dot-blockers",
      "line-label-over",
      "place-dot-blockers-main",
      "line-label-over-all",
      "event-blockers-current",
      "moving-head-room",
      "place-labels-main",
      "place-dots",
      "place-labels-current",
      "control-blockers",
    ]);
    // The current event's big ring is drawn above the other events' dots (none covers it), under
    // a movement's head and ✕ (the aircraft at Grosny) and the main and current places' names and
    // dots; the lines stay under the labels.
    for (const id of ["relation-lines", "line-labels", "line-label-points", "alliance-fill"])
      expect(at(id), id).toBeLessThan(at("place-labels"));
  });

  it("buildStyle(input) without the story's layers, then the layers added before STORY_UNDER_BEFORE and STORY_OVER_BEFORE, orders them as buildStyle(input) with them", () => {
    // The app draws its first frame with the basemap alone and adds the story's layers after it
    // (map_mount.ts): the forced words were inserted above the main places' names, which they then
    // took at 390 px (the fresh-eyes review of a6ff56f: Grosny, Eriwan, Istanbul bare).
    const input = {
      basemap: { countries: empty, borders: empty, coastline: empty } as unknown as Basemap,
      places: placeFeatures(tinyStory().places),
      theme: LIGHT,
      assetUrl: (path: string) => `http://localhost/${path}`,
      lang: "de" as const,
    };
    const ids = buildStyle(input).layers.map((l) => l.id);
    const { under, over, top, topmost } = splitMarkerLayers(storyLayers(LIGHT));
    const insert = (layers: { id: string }[], before: string) =>
      ids.splice(ids.indexOf(before), 0, ...layers.map((l) => l.id));
    insert(under, STORY_UNDER_BEFORE);
    insert(over, STORY_OVER_BEFORE);
    insert(top, STORY_TOP_BEFORE);
    insert(topmost, STORY_TOPMOST_BEFORE);
    expect(ids).toEqual(buildStyle({ ...input, storyLayers: storyLayers(LIGHT) }).layers.map((l) => l.id));
  });

  it("splitMarkerLayers(storyLayers(theme)) places the current ring's room before every word in every theme (nothing covers the current event)", () => {
    const topmost = (theme: typeof LIGHT) => splitMarkerLayers(storyLayers(theme)).topmost.map((l) => l.id);
    // The later layer is placed first.
    // A strong movement's head's room goes with it: no word on Putin's arrowhead.
    // A review saw "Partner" across Baku's ring in a 320 px embed (the reader's theme).
    for (const theme of [PROJECTOR, LIGHT])
      expect(topmost(theme)).toEqual(["line-label-over-all", "event-blockers-current", "moving-head-room"]);
  });

  it("placeTextSize(zoom, kind, rank, scale, minPx) keeps every place name at the projector's 18 px floor, main places larger where the scale gives more", () => {
    const { labelScale, minTextPx } = PROJECTOR;
    for (const zoom of [0, 1, 1.5, 2, 2.7, 3, 4.2, 5, 6, 9]) {
      for (const [kind, rank] of [
        ["city", 1],
        ["city", 5],
        ["sea", 2],
        ["country", 6],
      ] as const) {
        expect(placeTextSize(zoom, kind, rank, labelScale, minTextPx)).toBeGreaterThanOrEqual(18);
      }
    }
    expect(placeTextSize(6, "city", 1, labelScale, minTextPx)).toBeCloseTo(15 * labelScale);
    // The reader's themes have no floor but the stops': a main city 10.5 px at zoom 1 (a phone).
    expect(placeTextSize(1, "city", 1, LIGHT.labelScale, LIGHT.minTextPx)).toBe(10.5);
  });

  it("buildStyle(projector) writes every text on the map, basemap and story alike, at ≥ 18 px at every zoom", () => {
    // Two reviews guessed 15–16 px for "Kasachstan" and "Kaspisches Meer" on the 1920×1080 wall
    // from screenshots: a glyph's height is about 0.7 of its font size; the sizes are these.
    const empty: FeatureCollection = { type: "FeatureCollection", features: [] };
    const projector = buildStyle({
      basemap: { countries: empty, borders: empty, coastline: empty } as unknown as Basemap,
      places: empty,
      theme: PROJECTOR,
      assetUrl: (path: string) => `http://localhost/${path}`,
      lang: "de",
      storyLayers: storyLayers(PROJECTOR),
    });
    const spec = (latest as unknown as Record<string, Record<string, unknown>>).layout_symbol?.["text-size"];
    const small: string[] = [];
    let checked = 0;
    for (const layer of projector.layers) {
      if (layer.type !== "symbol" || !layer.layout?.["text-field"]) continue;
      const size = layer.layout["text-size"];
      expect(size, layer.id).toBeDefined();
      const parsed = expression.createPropertyExpression(size, `layers.${layer.id}.layout.text-size`, spec as never);
      if (parsed.result !== "success") throw new Error(layer.id);
      checked++;
      for (const zoom of [0, 1, 2, 3, 4, 5, 6, 8, 10])
        for (const properties of [{}, { small: true }, { kind: "sea", rank: 1 }, { kind: "country", rank: 9 }]) {
          const px = (parsed.value as { evaluate(g: unknown, f: unknown): number }).evaluate(
            { zoom },
            { properties, type: "Point" },
          );
          if (px < 18) small.push(`${layer.id} at zoom ${zoom}: ${px} px`);
        }
    }
    expect(checked).toBeGreaterThan(8);
    expect(small).toEqual([]);
  });
});
