import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useBrowser, waitForMapIdle } from "./app";

const openApp = useBrowser();

/** Where [lon, lat] is drawn, px from the map's top left. */
function mapPoint(page: Page, lon: number, lat: number): Promise<{ x: number; y: number }> {
  return page.evaluate(
    ([x, y]) => {
      const w = window as unknown as { __zeitkarte: { project(lon: number, lat: number): { x: number; y: number } } };
      return w.__zeitkarte.project(x ?? 0, y ?? 0);
    },
    [lon, lat],
  );
}

const PLACES = {
  Istanbul: [28.95, 41.014],
  Eriwan: [44.514, 40.181],
} as const;

describe("playback framing on a phone (390×844)", () => {
  it("→ onto Pashinyan in Istanbul frames his whole way from Eriwan, never closer than 12° across", async () => {
    const { page, pageErrors } = await openApp("#event=lavrov-in-yerevan", {
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    await page.locator("#event-card .event-title").waitFor();
    await waitForMapIdle(page);
    await page.waitForFunction(() => "__zeitkarte" in window, undefined, { timeout: 30_000 });
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => page.locator("#event-card .event-title").textContent()).toContain("Erdogan");
    const map = await page.locator("#map").boundingBox();
    if (!map) throw new Error("no map");
    const onMap = async () => {
      const points = await Promise.all(Object.values(PLACES).map(([lon, lat]) => mapPoint(page, lon, lat)));
      return points.every((p) => p.x >= 0 && p.y >= 0 && p.x <= map.width && p.y <= map.height);
    };
    // The camera flies there; the whole way and the context end up on the phone's map.
    await expect.poll(onMap, { timeout: 30_000 }).toBe(true);
    // Once the camera has come to rest (two reads 300 ms apart agree)…
    const settled = async () => {
      const before = await mapPoint(page, 30, 40);
      await page.waitForTimeout(300);
      const after = await mapPoint(page, 30, 40);
      return Math.hypot(after.x - before.x, after.y - before.y) < 0.5;
    };
    await expect.poll(settled, { timeout: 30_000 }).toBe(true);
    expect(await onMap()).toBe(true);
    // …it is not closer than the phone's limit: 12° of longitude fit across the map's shorter side.
    const [a, b] = await Promise.all([mapPoint(page, 30, 40), mapPoint(page, 42, 40)]);
    expect(Math.abs(b.x - a.x)).toBeLessThanOrEqual(Math.min(map.width, map.height) + 1);
    expect(pageErrors).toEqual([]);
  });
});
