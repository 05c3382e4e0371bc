import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useBrowser, waitForMapIdle } from "./app";

const openApp = useBrowser();

/** map_view.ts: the current event is lost among more than 5 markers within this many px. */
const CROWD_PX = 18;
const ADDRESS = "aliyev-address-to-nation";
const TITLE = "Alijew: Flugzeug „von Russland abgeschossen“";

interface Marker {
  properties: Record<string, unknown>;
  point?: number[];
  screen?: [number, number];
}

/**
 * Markers of other places drawn within CROWD_PX of the current event's ring (markers at the
 * ring's own place stack under it at every zoom and do not count), or undefined without a ring.
 */
function othersNearRing(page: Page): Promise<number | undefined> {
  return page.evaluate((px) => {
    const w = window as unknown as { __zeitkarte: { renderedFeatures(layers: string[]): Marker[] } };
    const markers = w.__zeitkarte.renderedFeatures(["event-circles"]);
    const ring = markers.find((m) => m.properties.current === true);
    if (!ring?.screen || !ring.point) return undefined;
    const [x, y] = ring.screen;
    const [lon = 0, lat = 0] = ring.point;
    return markers.filter((m) => {
      const samePlace = Math.abs((m.point?.[0] ?? 0) - lon) < 1e-6 && Math.abs((m.point?.[1] ?? 0) - lat) < 1e-6;
      return !samePlace && Math.abs((m.screen?.[0] ?? 0) - x) <= px && Math.abs((m.screen?.[1] ?? 0) - y) <= px;
    }).length;
  }, CROWD_PX);
}

const zoom = (page: Page) =>
  page.evaluate(() => (window as unknown as { __zeitkarte: { zoom(): number } }).__zeitkarte.zoom());

/** Waits for the map's next idle after a render: no camera move or fade running. */
const settled = (page: Page) =>
  page.evaluate(() => (window as unknown as { __zeitkarte: { idle(): Promise<void> } }).__zeitkarte.idle());

async function ready(page: Page) {
  await page.waitForFunction(() => "__zeitkarte" in window, undefined, { timeout: 30_000 });
  await page.locator("#event-card .event-title").waitFor();
  await waitForMapIdle(page);
}

describe("the current event in a dense cluster is framed without follow mode", () => {
  for (const viewport of [
    { width: 1024, height: 768 },
    { width: 390, height: 844 },
  ]) {
    it(`at ${viewport.width}×${viewport.height}, a link to Aliyev's address at Baku zooms in past the overview until no other place's marker is within ${CROWD_PX} px of its ring`, async () => {
      const { page, pageErrors } = await openApp("#lang=de", { viewport });
      await ready(page);
      const overview = await zoom(page);
      await page.evaluate((id) => {
        window.location.hash = `#event=${id}&lang=de`;
      }, ADDRESS);
      await expect.poll(() => page.locator("#event-card .event-title").textContent()).toBe(TITLE);
      await expect.poll(() => zoom(page), { timeout: 30_000 }).toBeGreaterThan(overview + 0.5);
      await waitForMapIdle(page);
      await expect.poll(() => othersNearRing(page), { timeout: 30_000 }).toBe(0);
      expect(pageErrors).toEqual([]);
    });

    it(`at ${viewport.width}×${viewport.height}, the deep link #event=${ADDRESS} opens framed, and → from a zoomed-out map onto it frames it again`, async () => {
      const { page } = await openApp(`#event=${ADDRESS}&lang=de`, { viewport });
      await ready(page);
      await expect.poll(() => othersNearRing(page), { timeout: 30_000 }).toBe(0);
      const framed = await zoom(page);
      await page.keyboard.press("ArrowLeft");
      await expect.poll(() => page.locator("#event-card .event-title").textContent()).not.toBe(TITLE);
      // ← frames the crash (a movement): let that flight end before zooming out.
      await settled(page);
      // Zoomed out, as a reader might, then back onto the address with →.
      const before = await zoom(page);
      // Each click eases one level out from where the camera is: the next waits for the first.
      await page.locator(".maplibregl-ctrl-zoom-out").click();
      await expect.poll(() => zoom(page), { timeout: 30_000 }).toBeLessThan(before - 0.9);
      await settled(page);
      await page.locator(".maplibregl-ctrl-zoom-out").click();
      await expect.poll(() => zoom(page), { timeout: 30_000 }).toBeLessThan(before - 1.9);
      await settled(page);
      const zoomedOut = await zoom(page);
      await page.keyboard.press("ArrowRight");
      await expect.poll(() => page.locator("#event-card .event-title").textContent()).toBe(TITLE);
      await expect
        .poll(() => zoom(page), { timeout: 30_000 })
        .toBeGreaterThan(Math.min(framed - 0.25, zoomedOut + 0.5));
      await waitForMapIdle(page);
      await expect.poll(() => othersNearRing(page), { timeout: 30_000 }).toBe(0);
    });
  }
});

describe("a link to a moment (#t=…) frames the event on its card, as #event=… does", () => {
  it("at 390×844, #t=2025-11-15 opens on the embassy strike in Kiew framed: no other place's marker within 18 px of its ring", async () => {
    const { page, pageErrors } = await openApp("#t=2025-11-15&lang=de", { viewport: { width: 390, height: 844 } });
    await ready(page);
    await expect.poll(() => othersNearRing(page), { timeout: 30_000 }).toBe(0);
    expect(pageErrors).toEqual([]);
  });
});
