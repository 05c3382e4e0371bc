import type { LayerSpecification } from "@maplibre/maplibre-gl-style-spec";
import { validateStyleMin } from "@maplibre/maplibre-gl-style-spec";
import type { FeatureCollection } from "geojson";
import { describe, expect, it } from "vitest";
import type { Basemap } from "../../../src/map/basemap";
import {
  createWarmUp,
  WARM_UP_SOURCE,
  type WarmUpMap,
  warmUpCandidates,
  warmUpFeatures,
  warmUpLayerIds,
  warmUpLayers,
} from "../../../src/map/shader_warm_up";
import { SETTLED_CHUNKS, storyLayers } from "../../../src/map/story_layers";
import { buildStyle } from "../../../src/map/style";
import { LIGHT } from "../../../src/map/theme";

const layers = storyLayers(LIGHT);
const empty: FeatureCollection = { type: "FeatureCollection", features: [] };
const background: LayerSpecification = { id: "water", type: "background", paint: { "background-color": "#fff" } };

/** Every property name a layer reads with ["get", "name"]. */
function readProperties(value: unknown, out = new Set<string>()): Set<string> {
  if (!Array.isArray(value)) {
    if (value && typeof value === "object") for (const v of Object.values(value)) readProperties(v, out);
    return out;
  }
  if (value[0] === "get" && typeof value[1] === "string") out.add(value[1]);
  for (const v of value) readProperties(v, out);
  return out;
}

describe("warmUpLayers(layers)", () => {
  const warm = warmUpLayers([background, ...layers]);

  it("warmUpLayers(layers) copies each layer with a source, with its type, paint and layout (the same program), symbols placed whatever they overlap", () => {
    expect(warm).toHaveLength(layers.length);
    for (const [i, copy] of warm.entries()) {
      const original = layers[i] as LayerSpecification & { layout?: object; paint?: object };
      expect(copy.type).toBe(original.type);
      expect((copy as { paint?: object }).paint).toEqual(original.paint);
      const placed = copy.type === "symbol" ? { "text-allow-overlap": true, "icon-allow-overlap": true } : {};
      expect((copy as { layout?: object }).layout).toEqual({ ...original.layout, ...placed, visibility: "visible" });
      expect((copy as { source?: string }).source).toBe(WARM_UP_SOURCE);
      expect("filter" in copy).toBe(false);
    }
  });

  it("warmUpLayers(layers) gives ids that warmUpLayerIds(ids) finds, and no original's", () => {
    const ids = warm.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(warmUpLayerIds([...layers.map((l) => l.id), ...ids])).toEqual(ids);
    expect(warmUpLayers(warm)).toEqual([]);
  });

  it("warmUpLayers(layers) with warmUpFeatures(at) forms a valid style", () => {
    const errors = validateStyleMin({
      version: 8,
      sources: { [WARM_UP_SOURCE]: { type: "geojson", data: warmUpFeatures([10, 50], 1), maxzoom: 0 } },
      glyphs: "glyphs/{fontstack}/{range}.pbf",
      state: { [SETTLED_CHUNKS]: { default: 0 }, lang: { default: "de" } },
      layers: warm,
    });
    expect(errors).toEqual([]);
  });
});

describe("warmUpFeatures(at, direction)", () => {
  it("warmUpFeatures(at, direction) carries every property the story layers read, on a point and a line", () => {
    const features = warmUpFeatures([10, 50], -1).features;
    expect(features.map((f) => f.geometry.type)).toEqual(["Point", "LineString"]);
    for (const name of readProperties(layers)) expect(features[0]?.properties).toHaveProperty(name);
  });

  it("warmUpFeatures(at, direction) carries every property the base style's layers read (a control blocker's size)", () => {
    // A missing one evaluated to null: MapLibre warned about
    // "layers[control-blockers~warm-up].layout.icon-size" at every load (a fresh-eyes review).
    const base = buildStyle({
      basemap: { countries: empty, borders: empty, coastline: empty } as unknown as Basemap,
      places: empty,
      theme: LIGHT,
      assetUrl: (path: string) => path,
      lang: "de",
    });
    // The copies draw unfiltered: what a layer's layout and paint read is what must be there.
    const drawn = base.layers.filter((l) => "source" in l).map((l) => ({ layout: l.layout, paint: l.paint }));
    const read = readProperties(drawn);
    expect(read).toContain("size");
    const properties = warmUpFeatures([10, 50], 1).features[0]?.properties;
    for (const name of read) expect(properties).toHaveProperty(name);
  });

  it("warmUpFeatures(at, direction) runs the line away from the view, 8° along the parallel", () => {
    const line = warmUpFeatures([10, 50], -1).features[1]?.geometry;
    expect(line).toEqual({
      type: "LineString",
      coordinates: [
        [10, 50],
        [6, 50],
        [2, 50],
      ],
    });
  });
});

describe("warmUpCandidates(width, height)", () => {
  it("warmUpCandidates(width, height) lies a whole viewport outside the map, heading outwards", () => {
    for (const { point, direction } of warmUpCandidates(800, 600)) {
      expect(point[0] < 0 || point[0] > 800).toBe(true);
      expect(point[1] < 0 || point[1] > 600).toBe(true);
      expect(direction).toBe(point[0] < 0 ? -1 : 1);
    }
  });
});

/** A map whose view spans longitudes −30…30 (20 px a degree), with a land layer and the water. */
function fakeMap() {
  const order = ["water", "land"];
  const sources = new Set<string>();
  const added: { id: string; validate: boolean | undefined }[] = [];
  const renders = new Set<() => void>();
  const attributes = new Map<string, string>();
  let loaded = false;
  const map: WarmUpMap = {
    getLayersOrder: () => [...order],
    getLayer: (id) =>
      order.includes(id)
        ? { serialize: () => (id === "water" ? background : { id, type: "fill", source: "countries", paint: {} }) }
        : undefined,
    getBounds: () => ({ contains: ([lng]) => Math.abs(lng) < 30 }),
    getContainer: () =>
      ({ clientWidth: 800, clientHeight: 600, setAttribute: (k: string, v: string) => attributes.set(k, v) }) as never,
    unproject: ([x, y]) => ({ lng: x / 20, lat: -y / 20 }),
    getSource: (id) => (sources.has(id) ? {} : undefined),
    addSource: (id) => sources.add(id),
    style: {
      addLayer: (layer, _before, options) => {
        order.push(layer.id);
        added.push({ id: layer.id, validate: options?.validate });
      },
    },
    removeLayer: (id) => order.splice(order.indexOf(id), 1),
    removeSource: (id) => sources.delete(id),
    isSourceLoaded: () => loaded,
    triggerRepaint: () => {},
    on: (_type, listener) => renders.add(listener),
    off: (_type, listener) => renders.delete(listener),
  };
  const render = () => {
    for (const listener of [...renders]) listener();
  };
  return { map, order, added, attributes, render, load: () => (loaded = true) };
}

describe("createWarmUp(map, lost)", () => {
  it("createWarmUp(map, lost).warm() draws a copy of each layer with a source off the view, unchecked, then removes them", () => {
    const fake = fakeMap();
    const warm = createWarmUp(fake.map, () => false);
    warm.warm();
    expect(fake.added).toEqual([{ id: "land~warm-up", validate: false }]);
    fake.render();
    expect(fake.order).toContain("land~warm-up");
    fake.load();
    fake.render(); // the frame that drew the loaded tile
    fake.render();
    expect(fake.order).toEqual(["water", "land"]);
    expect(fake.map.getSource(WARM_UP_SOURCE)).toBeUndefined();
    expect(fake.attributes.get("data-shaders-warm")).toBe("true");
    // Warmed once: a later idle adds nothing, until a restored context forgets them.
    warm.warm();
    expect(fake.added).toHaveLength(1);
    warm.remove(true);
    warm.warm();
    expect(fake.added).toHaveLength(2);
  });

  it("createWarmUp(map, lost).warm() adds nothing while the context is lost", () => {
    const fake = fakeMap();
    createWarmUp(fake.map, () => true).warm();
    expect(fake.added).toEqual([]);
  });
});
