import type { StylePropertySpecification } from "@maplibre/maplibre-gl-style-spec";
import { createExpression, latest } from "@maplibre/maplibre-gl-style-spec";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { PLACE_LABEL_LAYERS } from "../../src/map/style";
import { useBrowser, waitForMapIdle } from "./app";
import { GERMAN_PLACE_NAMES } from "./flagship";

const openApp = useBrowser();

/** Every map layer that draws text (style.ts, story_layers.ts). */
const TEXT_LAYERS = [
  ...PLACE_LABEL_LAYERS,
  "line-labels",
  "line-labels-center",
  "line-label-points",
  "movement-end",
  "movement-open-tip",
];
const TEXT_SIZE = (latest as unknown as Record<string, Record<string, StylePropertySpecification>>).layout_symbol?.[
  "text-size"
] as StylePropertySpecification;

interface Drawn {
  layer: string;
  text: string;
  properties: Record<string, unknown>;
}

/**
 * The type size (px) of every text the map draws now: the rendered symbol features of the text
 * layers, each with its layer's `text-size` evaluated at the map's zoom for the feature, as
 * MapLibre evaluates it.
 */
async function mapTextSizes(page: Page): Promise<{ layer: string; text: string; size: number }[]> {
  const { zoom, sizes, drawn } = await page.evaluate((layers) => {
    const api = (
      window as unknown as {
        __zeitkarte: {
          zoom(): number;
          layoutProperty(layer: string, name: string): unknown;
          renderedFeatures(layers: string[]): { layer: string; properties: Record<string, unknown> }[];
        };
      }
    ).__zeitkarte;
    return {
      zoom: api.zoom(),
      sizes: Object.fromEntries(layers.map((l) => [l, api.layoutProperty(l, "text-size")])),
      drawn: api.renderedFeatures(layers).map((f) => ({
        layer: f.layer,
        text: String(f.properties.label ?? f.properties.name_de ?? ""),
        properties: f.properties,
      })),
    };
  }, TEXT_LAYERS);
  return (drawn as Drawn[]).map((f) => {
    const parsed = createExpression(sizes[f.layer], "text-size", TEXT_SIZE, { lang: "de" });
    if (parsed.result !== "success") throw new Error(`${f.layer}: ${parsed.value.map((e) => e.message).join("; ")}`);
    const size = parsed.value.evaluate({ zoom }, { type: "Point", properties: f.properties } as never) as number;
    return { layer: f.layer, text: f.text, size };
  });
}

describe("presenter mode: the map's own text", () => {
  for (const [width, height] of [
    [1024, 768],
    [1920, 1080],
  ] as const) {
    for (const hash of ["", "#event=russia-invades-ukraine", "#event=azal-8243-crash", "#event=lavrov-in-yerevan"]) {
      it(`draws every place name and word on a line at ≥ 18 px, the nine places labelled, at ${width}×${height} ${hash || "(opening)"}`, async () => {
        const { page, pageErrors } = await openApp(`?present=1${hash}`, { viewport: { width, height } });
        await page.waitForFunction(() => "__zeitkarte" in window, undefined, { timeout: 30_000 });
        await waitForMapIdle(page);
        await expect
          .poll(async () => (await mapTextSizes(page)).filter((s) => s.layer.startsWith("place-labels")).length, {
            timeout: 30_000,
          })
          .toBeGreaterThan(0);
        const sizes = await mapTextSizes(page);
        expect(sizes.filter((s) => s.size < 18).map((s) => `${s.layer} ${s.text} ${s.size.toFixed(1)} px`)).toEqual([]);
        if (hash === "") {
          const names = sizes.filter((s) => s.layer.startsWith("place-labels")).map((s) => s.text);
          expect(GERMAN_PLACE_NAMES.filter((n) => !names.includes(n))).toEqual([]);
        }
        expect(pageErrors).toEqual([]);
      });
    }
  }
});
