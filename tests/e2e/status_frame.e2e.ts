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

  it("in presenter mode at 1024×768, PageDown onto Armenia's CSTO freeze frames Armenia (≥ 100 px across), clear of the map's edges", async () => {
    // A review: the presenter's half-wall map framed Moskau to Eriwan, Armenia 60 px at the edge.
    const { page, pageErrors } = await openApp("?present=1#event=armenia-ratifies-rome-statute&lang=de", {
      viewport: { width: 1024, height: 768 },
    });
    await open(page);
    await page.waitForTimeout(1500);
    await page.keyboard.press("PageDown");
    await expect
      .poll(() => page.locator("#event-card .event-title").textContent(), { timeout: 30_000 })
      .toBe("Armenien friert seine Teilnahme an der OVKS ein");
    await expect.poll(() => armeniaPx(page), { timeout: 30_000 }).toBeGreaterThanOrEqual(100);
    await waitForMapIdle(page);
    const eriwan = await page.evaluate(() => {
      const api = (
        window as unknown as { __zeitkarte: { project(lon: number, lat: number): { x: number; y: number } } }
      ).__zeitkarte;
      const map = (document.querySelector("#map") as HTMLElement).getBoundingClientRect();
      return { ...api.project(44.51, 40.18), width: map.width, height: map.height };
    });
    expect(eriwan.x).toBeGreaterThan(36);
    expect(eriwan.x).toBeLessThan(eriwan.width - 36);
    expect(eriwan.y).toBeGreaterThan(36);
    expect(eriwan.y).toBeLessThan(eriwan.height - 36);
    expect(pageErrors).toEqual([]);
  });

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

  it("a link to the SCO meeting in Neu-Delhi (nine countries' status) frames the visit, not the nine countries (Russia to Chukotka): not the whole world", async () => {
    const viewport = { width: 480, height: 640 };
    const { page } = await openApp("?embed=1#event=sco-meeting-new-delhi&lang=de", { viewport });
    await open(page);
    const view = () =>
      page.evaluate(() => {
        const api = (
          window as unknown as {
            __zeitkarte: { zoom(): number; project(lon: number, lat: number): { x: number; y: number } };
          }
        ).__zeitkarte;
        const box = (document.querySelector("#map") as HTMLElement).getBoundingClientRect();
        const inside = (p: { x: number; y: number }) => p.x >= 0 && p.y >= 0 && p.x <= box.width && p.y <= box.height;
        // Moskau (the visit's start) and Neu-Delhi.
        return { zoom: api.zoom(), both: inside(api.project(37.616, 55.752)) && inside(api.project(77.224, 28.636)) };
      });
    // The world fits this map's width once at zoom log2(480 / 512) ≈ −0.1; it opened at −1.2, the
    // world three times over. Moskau to Neu-Delhi in a 218 px high map is about zoom 0.7.
    await expect.poll(async () => (await view()).zoom, { timeout: 30_000 }).toBeGreaterThan(0.5);
    expect((await view()).both).toBe(true);
  });
});
