import {
  expression,
  type LayerSpecification,
  latest,
  type StylePropertySpecification,
} from "@maplibre/maplibre-gl-style-spec";
import type { FeatureCollection } from "geojson";
import { describe, expect, it } from "vitest";
import type { Basemap } from "../../../src/map/basemap";
import { placeFeatures } from "../../../src/map/features";
import { perFeature, perFeatureAndZoom, sharePrograms } from "../../../src/map/shared_programs";
import { storyLayers } from "../../../src/map/story_layers";
import { buildStyle } from "../../../src/map/style";
import { DARK, LIGHT, PROJECTOR, type Theme } from "../../../src/map/theme";
import { tinyStory } from "../story/tiny_story";

const empty: FeatureCollection = { type: "FeatureCollection", features: [] };

function layersOf(theme: Theme): LayerSpecification[] {
  const story = tinyStory();
  return buildStyle({
    basemap: { countries: empty, borders: empty, coastline: empty } as unknown as Basemap,
    places: placeFeatures(story.places, story.meta.view.bounds),
    theme,
    assetUrl: (path: string) => `http://localhost/${path}`,
    lang: "de",
    storySources: {},
    storyLayers: storyLayers(theme),
  }).layers;
}

/** The paint properties MapLibre builds a program of, per kind of program (its binders). */
const PROGRAM_PAINT: Record<string, string[]> = {
  fill: ["fill-color", "fill-opacity"],
  circle: [
    "circle-color",
    "circle-radius",
    "circle-opacity",
    "circle-stroke-color",
    "circle-stroke-width",
    "circle-stroke-opacity",
    "circle-blur",
  ],
  line: ["line-color", "line-width", "line-opacity", "line-gap-width", "line-offset", "line-blur"],
  text: ["text-color", "text-halo-color", "text-halo-width", "text-opacity", "text-halo-blur"],
  icon: ["icon-color", "icon-halo-color", "icon-halo-width", "icon-opacity", "icon-halo-blur"],
};

/** MapLibre's program key for one kind of a layer, as in its program cache: u_ constant or zoom, a_ feature, z_ both. */
function programKey(layer: LayerSpecification, kind: string): string {
  const paint = ((layer as { paint?: Record<string, unknown> }).paint ?? {}) as Record<string, unknown>;
  const specs = (latest as unknown as Record<string, Record<string, StylePropertySpecification>>)[
    `paint_${layer.type}`
  ] as Record<string, StylePropertySpecification>;
  return (PROGRAM_PAINT[kind] ?? [])
    .map((name) => {
      const value = paint[name];
      if (value === undefined) return `u_${name}`;
      const parsed = expression.createPropertyExpression(
        value,
        `${layer.id}.${name}`,
        specs[name] as StylePropertySpecification,
      );
      if (parsed.result !== "success") throw new Error(`${layer.id} ${name}: ${JSON.stringify(parsed.value)}`);
      const k = parsed.value.kind;
      return `${k === "source" ? "a" : k === "composite" ? "z" : "u"}_${name}`;
    })
    .join("/");
}

/** Every program the drawn layers of `layers` need, with the layers needing it. */
function programs(layers: LayerSpecification[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const layer of layers) {
    const layout = ((layer as { layout?: Record<string, unknown> }).layout ?? {}) as Record<string, unknown>;
    const paint = ((layer as { paint?: Record<string, unknown> }).paint ?? {}) as Record<string, unknown>;
    const kinds =
      layer.type === "symbol"
        ? [...(layout["text-field"] ? ["text"] : []), ...(layout["icon-image"] ? ["icon"] : [])]
        : [layer.type];
    for (const kind of kinds) {
      if (!PROGRAM_PAINT[kind] || paint[`${kind}-opacity`] === 0) continue;
      const key = `${kind}:${programKey(layer, kind)}`;
      out.set(key, [...(out.get(key) ?? []), layer.id]);
    }
  }
  return out;
}

describe("sharePrograms(layers)", () => {
  for (const theme of [LIGHT, DARK, PROJECTOR]) {
    it(`sharePrograms(layers) gives the ${theme.name} style one program per kind of layer, basemap and story alike`, () => {
      const byKind = new Map<string, string[]>();
      for (const [key, ids] of programs(layersOf(theme))) {
        const kind = key.split(":")[0] as string;
        // The ✕ of a crash fades in by zoom and feature (end_snap.ts): a program of its own, warmed after the first idle.
        if (ids.every((id) => id === "movement-end")) continue;
        byKind.set(kind, [...(byKind.get(kind) ?? []), key]);
      }
      expect([...byKind.keys()].sort()).toEqual(["circle", "fill", "icon", "line", "text"]);
      for (const keys of byKind.values()) expect(keys).toHaveLength(1);
    });
  }

  it("sharePrograms(layers) writes a constant per feature, and keeps a zoom curve and an invisible layer as they are drawn", () => {
    const [dot, room, coast] = sharePrograms([
      { id: "dot", type: "circle", source: "s", paint: { "circle-radius": 4 } },
      { id: "room", type: "symbol", source: "s", layout: { "icon-image": "blank" }, paint: { "icon-opacity": 0 } },
      {
        id: "coast",
        type: "line",
        source: "s",
        paint: { "line-width": ["interpolate", ["linear"], ["zoom"], 2, 0.6, 6, 1.2] },
      },
    ]);
    const paintOf = (layer: LayerSpecification | undefined) => (layer as { paint: Record<string, unknown> }).paint;
    expect(paintOf(dot)["circle-radius"]).toEqual(perFeature(4));
    expect(paintOf(dot)["circle-color"]).toEqual(perFeature("#000000"));
    expect(paintOf(room)).toEqual({ "icon-opacity": 0 });
    expect(paintOf(coast)["line-width"]).toEqual([
      "interpolate",
      ["linear"],
      ["zoom"],
      2,
      perFeature(0.6),
      6,
      perFeature(1.2),
    ]);
  });

  it("perFeatureAndZoom(value) evaluates to the same width at every zoom, and is idempotent", () => {
    const spec = (latest as unknown as Record<string, Record<string, StylePropertySpecification>>).paint_line?.[
      "line-width"
    ] as StylePropertySpecification;
    const strong = ["case", ["get", "strong"], 4, 2];
    const shared = perFeatureAndZoom(strong);
    expect(perFeatureAndZoom(shared)).toEqual(shared);
    const parsed = expression.createPropertyExpression(shared, "line-width", spec);
    if (parsed.result !== "success" || parsed.value.kind !== "composite") throw new Error("not composite");
    const feature = (strong: boolean) => ({ type: 2 as const, properties: { strong }, geometry: [] });
    for (const zoom of [0, 3.5, 9, 24]) {
      expect(parsed.value.evaluate({ zoom }, feature(true))).toBe(4);
      expect(parsed.value.evaluate({ zoom }, feature(false))).toBe(2);
    }
  });
});
