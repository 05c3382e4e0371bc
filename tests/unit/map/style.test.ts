import { validateStyleMin } from "@maplibre/maplibre-gl-style-spec";
import type { FeatureCollection } from "geojson";
import { describe, expect, it } from "vitest";
import type { Basemap } from "../../../src/map/basemap";
import { placeFeatures } from "../../../src/map/features";
import { buildStyle } from "../../../src/map/style";
import { LIGHT } from "../../../src/map/theme";
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

  it("buildStyle(input) sorts every label layer by the place's rank", () => {
    const labels = style().layers.filter((l) => l.type === "symbol");
    expect(labels.length).toBeGreaterThan(0);
    for (const layer of labels) {
      if (layer.type === "symbol") expect(layer.layout?.["symbol-sort-key"]).toEqual(["get", "rank"]);
    }
  });
});
