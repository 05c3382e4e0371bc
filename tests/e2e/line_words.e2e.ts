import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { visibleLength } from "../../src/map/line_label_points";
import { useBrowser, waitForMapIdle } from "./app";

const openApp = useBrowser();

/** The layers that draw a story line, and the two that write a strong line's word. */
const LINE_LAYERS = ["relation-lines", "movement-trace", "movement-planned", "movement-open-line", "moving-line"];
const WORD_LAYERS = ["line-labels", "line-label-points", "line-label-forced"];
/** A strong line at least this long on screen (px, inside the map's margin) must carry its word. */
const CLEARLY_SHOWN_PX = 60;

interface Drawn {
  id: string;
  strong: boolean;
  pieces: { x: number; y: number }[][];
}

/**
 * The strong lines the map draws now that lie clearly on screen, without a word on them (neither
 * on the line nor as the fallback point), as "id (length px)".
 */
async function strongLinesWithoutWord(page: Page): Promise<string[]> {
  const { lines, words, width, height } = await page.evaluate(
    ([lineLayers, wordLayers]) => {
      interface Feature {
        layer: string;
        id: string | number | undefined;
        properties: Record<string, unknown>;
        state: Record<string, unknown>;
        lines: number[][][] | undefined;
      }
      const api = (
        window as unknown as {
          __zeitkarte: {
            renderedFeatures(layers: string[]): Feature[];
            project(lon: number, lat: number): { x: number; y: number };
          };
        }
      ).__zeitkarte;
      const map = document.querySelector("#map") as HTMLElement;
      const drawn = api.renderedFeatures(lineLayers ?? []).map((f) => ({
        id: String(f.properties.id ?? f.id),
        // Relations and movement routes carry `strong` in feature state, the moving part as a property;
        // a relation without a state is not drawn.
        strong:
          f.layer === "moving-line"
            ? f.properties.strong === true
            : f.state.strong === 1 && (f.layer !== "relation-lines" || Boolean(f.state.state)),
        pieces: (f.lines ?? []).map((piece) => piece.map(([lon, lat]) => api.project(lon ?? 0, lat ?? 0))),
      }));
      const written = api.renderedFeatures(wordLayers ?? []).map((f) => String(f.properties.id));
      return { lines: drawn, words: written, width: map.clientWidth, height: map.clientHeight };
    },
    [LINE_LAYERS, WORD_LAYERS] as const,
  );
  const shown = new Map<string, number>();
  for (const line of lines as Drawn[]) {
    if (!line.strong) continue;
    const length = line.pieces.reduce((sum, piece) => sum + visibleLength(piece, width, height), 0);
    shown.set(line.id, (shown.get(line.id) ?? 0) + length);
  }
  return [...shown]
    .filter(([id, length]) => length >= CLEARLY_SHOWN_PX && !words.includes(id))
    .map(([id, length]) => `${id} (${Math.round(length)} px)`);
}

/** How many strong lines are clearly on screen (so a moment without any proves nothing). */
async function strongWords(page: Page): Promise<string[]> {
  return page.evaluate((layers) => {
    const api = (
      window as unknown as {
        __zeitkarte: { renderedFeatures(layers: string[]): { properties: Record<string, unknown> }[] };
      }
    ).__zeitkarte;
    return api.renderedFeatures(layers).map((f) => String(f.properties.label));
  }, WORD_LAYERS);
}

const MOMENTS = [
  // The war begins: the red Moskau–Kiew line is short at the overview zoom.
  "russia-invades-ukraine",
  "north-korean-troops-to-russia",
  "azal-8243-hit",
  "lavrov-in-yerevan",
  "beijing-parade-handshake",
  "dushanbe-meeting",
];

describe("the words on the strong lines", () => {
  for (const [name, query, width, height] of [
    ["reader 1280×800", "", 1280, 800],
    ["presenter 1024×768", "?present=1", 1024, 768],
  ] as const) {
    for (const event of MOMENTS) {
      it(`every strong line on screen carries its word at #event=${event} (${name})`, async () => {
        const { page, pageErrors } = await openApp(`${query}#event=${event}`, { viewport: { width, height } });
        await page.waitForFunction(() => "__zeitkarte" in window, undefined, { timeout: 30_000 });
        await waitForMapIdle(page);
        await expect.poll(() => strongWords(page), { timeout: 30_000 }).not.toEqual([]);
        await expect.poll(() => strongLinesWithoutWord(page), { timeout: 30_000 }).toEqual([]);
        expect(pageErrors).toEqual([]);
      });
    }
  }

  it("writes feindselig on the red Moskau–Kiew line when the war begins (reader 1280×800)", async () => {
    const { page } = await openApp("#event=russia-invades-ukraine", { viewport: { width: 1280, height: 800 } });
    await page.waitForFunction(() => "__zeitkarte" in window, undefined, { timeout: 30_000 });
    await waitForMapIdle(page);
    await expect.poll(() => strongWords(page), { timeout: 30_000 }).toContain("feindselig");
  });
});
