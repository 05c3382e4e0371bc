import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { EVENT_RING_PX, RING_CLEAR_PX } from "../../src/map/label_anchors";
import { PROJECTOR } from "../../src/map/theme";
import { CROSS_COLOR } from "../../src/ui/palette";
import { pngPixels, ringAt, useBrowser, waitForMapIdle } from "./app";

const openApp = useBrowser();

/**
 * The page px of the pixels of the ✕'s colour (CROSS_COLOR, within a small distance) within
 * `outer` px (a square) of `at` (page px): the page's screenshot decoded in the page.
 */
async function crossColored(page: Page, at: [number, number], outer: number): Promise<[number, number][]> {
  const { left, top, width, height, data } = await pngPixels(page, await page.screenshot(), {
    left: at[0] - outer,
    top: at[1] - outer,
    width: 2 * outer,
    height: 2 * outer,
  });
  const [r0, g0, b0] = [1, 3, 5].map((i) => Number.parseInt(CROSS_COLOR.slice(i, i + 2), 16));
  const points: [number, number][] = [];
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      const off =
        Math.abs((data[i] ?? 0) - (r0 ?? 0)) +
        Math.abs((data[i + 1] ?? 0) - (g0 ?? 0)) +
        Math.abs((data[i + 2] ?? 0) - (b0 ?? 0));
      if (off < 60) points.push([left + x, top + y]);
    }
  return points;
}

/** Pixels of the ✕'s colour within `radius` px of `at` (page px), and beyond it up to `outer`. */
async function crossPixels(page: Page, at: [number, number], radius: number, outer: number) {
  const distances = (await crossColored(page, at, outer)).map(([x, y]) => Math.hypot(x - at[0], y - at[1]));
  return {
    inside: distances.filter((d) => d <= radius).length,
    near: distances.filter((d) => d > radius && d <= outer).length,
  };
}

describe("the crash ✕ beside Aktau's ring", () => {
  // helper-86 saw the ✕ cover the top-left of Aktau's ring at every size; drawn in the ring, it
  // still read as covering it (helper-87). It stands just clear of the ring, on the crash site's side.
  for (const [name, query, width, height, scale] of [
    ["390×844", "", 390, 844, 1],
    ["1280×800", "", 1280, 800, 1],
    ["presenter 1024×768", "?present=1", 1024, 768, PROJECTOR.scale],
    ["embed 320×640", "?embed=1", 320, 640, 1],
  ] as const) {
    it(`at #event=azal-8243-crash (${name}) no ✕ pixel lies on the ring, and the ✕ is drawn beside it`, async () => {
      const { page, pageErrors } = await openApp(`${query}#event=azal-8243-crash`, { viewport: { width, height } });
      await page.waitForFunction(() => "__zeitkarte" in window, undefined, { timeout: 30_000 });
      await waitForMapIdle(page);
      await page.waitForTimeout(1_000);
      const at = await ringAt(page);
      expect(Number.isFinite(at[0])).toBe(true);
      const ring = (EVENT_RING_PX + RING_CLEAR_PX) * scale;
      const { inside, near } = await crossPixels(page, at, ring, ring * 3);
      expect(inside).toBe(0);
      expect(near).toBeGreaterThan(20);
      expect(pageErrors).toEqual([]);
    });
  }
});

/** The box (map px) of the ✕-coloured pixels within `outer` px of `at` (page px). */
async function crossBox(page: Page, at: [number, number], outer: number) {
  const points = await crossColored(page, at, outer);
  const map = (await page.locator("#map").boundingBox()) ?? { x: 0, y: 0 };
  const xs = points.map(([x]) => x - map.x);
  const ys = points.map(([, y]) => y - map.y);
  return { left: Math.min(...xs), top: Math.min(...ys), right: Math.max(...xs), bottom: Math.max(...ys) };
}

describe("place names clear of the crash ✕", () => {
  // A review: on a phone one zoom step in, "Aktau" lay over the ✕; with the legend open at
  // 1280×800, "Kaspisches Meer" did. The names are laid out clear of the ✕ as drawn.
  for (const [name, width, height, step] of [
    ["390×844, one zoom step in", 390, 844, ".maplibregl-ctrl-zoom-in"],
    ["1280×800, legend open", 1280, 800, ".legend summary"],
    ["1024×768", 1024, 768, undefined],
  ] as const) {
    it(`labelsIn(the ✕'s box) is empty at #event=azal-8243-crash (${name})`, async () => {
      const { page, pageErrors } = await openApp("#event=azal-8243-crash", { viewport: { width, height } });
      await waitForMapIdle(page);
      if (step) {
        await page.locator(step).click();
        await page.evaluate(() => (window as unknown as { __zeitkarte: { idle(): Promise<void> } }).__zeitkarte.idle());
      }
      await page.waitForTimeout(1_500);
      const at = await ringAt(page);
      const box = await crossBox(page, at, (EVENT_RING_PX + RING_CLEAR_PX) * 4);
      expect(box.right - box.left).toBeGreaterThan(5);
      const names = await page.evaluate(
        (b) =>
          (window as unknown as { __zeitkarte: { labelsIn(b: object): { name: string }[] } }).__zeitkarte
            .labelsIn(b)
            .map((l) => l.name),
        box,
      );
      expect(names).toEqual([]);
      expect(pageErrors).toEqual([]);
    });
  }
});
