import type { LayerSpecification } from "@maplibre/maplibre-gl-style-spec";
import { createExpression, latest, validateStyleMin } from "@maplibre/maplibre-gl-style-spec";
import { describe, expect, it } from "vitest";
import { baseLayer, settledLayerIds } from "../../../src/map/settled_ids";
import { settledLayers, withSettledLayers } from "../../../src/map/settled_movements";
import { SETTLED_CHUNKS, SETTLED_FROM, storyLayers } from "../../../src/map/story_layers";
import { LIGHT } from "../../../src/map/theme";

const layers = storyLayers(LIGHT);

describe("settledLayers(layers, chunks)", () => {
  const settled = settledLayers(layers, 3);

  it("settledLayers(layers, chunks) copies the six movement layers per chunk, clickable as their originals", () => {
    expect(new Set(settled.map((l) => l.id))).toEqual(new Set(settledLayerIds(3)));
    expect(settled).toHaveLength(18);
    expect(new Set(settled.map((l) => baseLayer(l.id)))).toEqual(
      new Set([
        "movement-planned",
        "movement-trace",
        "movement-open-line",
        "movement-approx-end",
        "movement-open-tip",
        "movement-end",
      ]),
    );
  });

  it("settledLayers(layers, chunks) shows chunk c by SETTLED_FROM ≤ c < SETTLED_CHUNKS alone: its opacities read no feature data", () => {
    for (const layer of settled) {
      const c = Number(layer.id.split("@")[1]);
      const spec = (latest as unknown as Record<string, Record<string, unknown>>)[`paint_${layer.type}`] ?? {};
      for (const [name, value] of Object.entries((layer as { paint?: Record<string, unknown> }).paint ?? {})) {
        if (!name.endsWith("-opacity")) continue;
        // Constant per layer (no ["get", …]): MapLibre changes a uniform, it lays out nothing again.
        expect(JSON.stringify(value)).not.toContain('"get"');
        for (const [from, to] of [
          [0, c],
          [0, c + 1],
          [c, c + 1],
          [c + 1, c + 2],
        ] as const) {
          const parsed = createExpression(
            value,
            name as never,
            spec[name] as never,
            { [SETTLED_CHUNKS]: to, [SETTLED_FROM]: from } as never,
          );
          if (parsed.result !== "success") throw new Error(`${layer.id} ${name}`);
          const opacity = parsed.value.evaluate({ zoom: 4 }, { type: "Point", properties: {} } as never);
          expect(opacity > 0).toBe(from <= c && c < to);
        }
      }
    }
  });

  it("settledLayers(layers, chunks) starts every chunk hidden by layout visibility (the story map shows those in range)", () => {
    for (const layer of settled)
      expect((layer as { layout?: { visibility?: string } }).layout?.visibility).toBe("none");
  });

  it("settledLayers(layers, chunks) lays out nothing that follows the language: a switch reloads no chunk", () => {
    for (const layer of settled)
      expect(JSON.stringify((layer as { layout?: unknown }).layout ?? {})).not.toContain("global-state");
  });

  it("withSettledLayers(layers, chunks) puts the chunks under the first movement layer, and the style stays valid", () => {
    const all = withSettledLayers(layers, 2);
    const firstMovement = all.findIndex((l) => l.id === "movement-planned");
    expect(all.findIndex((l) => l.id === "movement-trace@0")).toBeLessThan(firstMovement);
    const sources = Object.fromEntries(
      [...new Set(all.flatMap((l) => ("source" in l ? [l.source as string] : [])))].map((id) => [
        id,
        { type: "geojson" as const, data: { type: "FeatureCollection" as const, features: [] } },
      ]),
    );
    const errors = validateStyleMin({
      version: 8,
      sources,
      glyphs: "glyphs/{fontstack}/{range}.pbf",
      state: { [SETTLED_CHUNKS]: { default: 0 }, [SETTLED_FROM]: { default: 0 }, lang: { default: "de" } },
      layers: all as LayerSpecification[],
    });
    expect(errors).toEqual([]);
  });
});
