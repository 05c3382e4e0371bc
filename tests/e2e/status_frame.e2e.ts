import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useBrowser, waitForMapIdle } from "./app";

const openApp = useBrowser();

/** Armenia's extent as drawn (px across its shorter side), from its bounding box in degrees. */
function armeniaPx(page: Page): Promise<number> {
  return page.evaluate(() => {
    const api = (window as unknown as { __zeitkarte: { project(lon: number, lat: number): { x: number; y: number } } })
      .__zeitkarte;
    const sw = api.project(43.45, 38.84);
    const ne = api.project(46.63, 41.3);
    return Math.min(Math.abs(ne.x - sw.x), Math.abs(sw.y - ne.y));
  });
}

async function open(page: Page) {
  await page.waitForFunction(() => "__zeitkarte" in window, undefined, { timeout: 30_000 });
  await page.locator("#event-card .event-title").waitFor();
  await waitForMapIdle(page);
}

describe("an alliance status change is seen on the country's fill", () => {
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 390, height: 844 },
  ]) {
    it(`at ${viewport.width}×${viewport.height}, a link to Armenia's CSTO freeze from the overview frames Armenia (≥ 100 px across)`, async () => {
      const { page, pageErrors } = await openApp("#t=2022-01-01&lang=de", { viewport });
      await open(page);
      // The overview draws Armenia a few dozen px across, under the Eriwan ring.
      expect(await armeniaPx(page)).toBeLessThan(100);
      await page.evaluate(() => {
        window.location.hash = "#event=armenia-freezes-csto";
      });
      await expect
        .poll(() => page.locator("#event-card .event-title").textContent())
        .toBe("Armenien friert seine Teilnahme an der OVKS ein");
      await expect.poll(() => armeniaPx(page), { timeout: 30_000 }).toBeGreaterThanOrEqual(100);
      expect(pageErrors).toEqual([]);
    });
  }

  it("→ onto Armenia's CSTO freeze frames Armenia too", async () => {
    const { page } = await openApp("#event=armenia-freezes-csto&lang=de", { viewport: { width: 1280, height: 800 } });
    await open(page);
    await page.keyboard.press("ArrowLeft");
    await expect
      .poll(() => page.locator("#event-card .event-title").textContent())
      .not.toBe("Armenien friert seine Teilnahme an der OVKS ein");
    // Zoomed out, as a reader might, then back onto the freeze.
    await page.locator(".maplibregl-ctrl-zoom-out").click();
    await page.locator(".maplibregl-ctrl-zoom-out").click();
    // The zoom-out eases: wait until it has made Armenia small again.
    await expect.poll(() => armeniaPx(page), { timeout: 30_000 }).toBeLessThan(100);
    await waitForMapIdle(page);
    await page.keyboard.press("ArrowRight");
    await expect
      .poll(() => page.locator("#event-card .event-title").textContent())
      .toBe("Armenien friert seine Teilnahme an der OVKS ein");
    await expect.poll(() => armeniaPx(page), { timeout: 30_000 }).toBeGreaterThanOrEqual(100);
  });
});
