import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useBrowser, waitForMapIdle } from "./app";

const openApp = useBrowser();

/** Waits for the map's next idle after a render: no camera move or fade running. */
const settled = (page: Page) =>
  page.evaluate(() => (window as unknown as { __zeitkarte: { idle(): Promise<void> } }).__zeitkarte.idle());

/**
 * The open legend's slot, the map area, the card's panel and the current event's ring (viewport
 * px), and the smallest type in the legend.
 */
function layout(page: Page) {
  return page.evaluate(() => {
    const rect = (e: Element | null) => {
      const b = (e as HTMLElement).getBoundingClientRect();
      return { left: b.left, top: b.top, right: b.right, bottom: b.bottom };
    };
    const slot = document.querySelector(".legend-slot") as HTMLElement;
    const legend = slot.firstElementChild as HTMLElement;
    const texts = [...legend.querySelectorAll<HTMLElement>("*")].filter((n) =>
      [...n.childNodes].some((c) => c.nodeType === Node.TEXT_NODE && c.textContent?.trim()),
    );
    const api = (
      window as unknown as {
        __zeitkarte: {
          renderedFeatures(layers: string[]): { properties: Record<string, unknown>; screen?: number[] }[];
        };
      }
    ).__zeitkarte;
    const ring = api.renderedFeatures(["event-circles"]).find((f) => f.properties.current === true)?.screen;
    const map = rect(document.querySelector("#map"));
    return {
      slot: rect(slot),
      area: rect(document.querySelector(".map-area")),
      panel: rect(document.querySelector(".panel")),
      title: rect(document.querySelector("#event-card .event-title")),
      ring: ring ? { x: map.left + (ring[0] ?? 0), y: map.top + (ring[1] ?? 0) } : undefined,
      smallest: Math.min(...texts.map((n) => Number.parseFloat(getComputedStyle(n).fontSize))),
    };
  });
}

type Box = { left: number; top: number; right: number; bottom: number };
const overlaps = (a: Box, b: Box) =>
  a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;

describe("presenter mode: the open legend", () => {
  for (const [width, height] of [
    [1024, 768],
    [1920, 1080],
  ] as const) {
    it(`at ${width}×${height} lies over the map in type ≥ 18 px, and covers neither the card nor the current event`, async () => {
      const { page, pageErrors } = await openApp("#event=azal-8243-crash&present=1", { viewport: { width, height } });
      await page.locator("#event-card .event-title").waitFor();
      await waitForMapIdle(page);
      await page.locator(".legend-slot .legend > summary").click();
      await expect.poll(() => page.locator(".legend-slot .legend[open]").count()).toBe(1);
      // The camera frames the event again in the map the legend leaves free.
      await settled(page);
      await expect.poll(async () => (await layout(page)).ring, { timeout: 30_000 }).toBeDefined();
      const seen = await layout(page);
      const ring = seen.ring as { x: number; y: number };
      // Over the map, inside it…
      expect(seen.slot.left).toBeGreaterThanOrEqual(seen.area.left - 1);
      expect(seen.slot.right).toBeLessThanOrEqual(seen.area.right + 1);
      expect(seen.slot.top).toBeGreaterThanOrEqual(seen.area.top - 1);
      expect(seen.slot.bottom).toBeLessThanOrEqual(seen.area.bottom + 1);
      // …never over the card, which stays in view…
      expect(overlaps(seen.slot, seen.panel)).toBe(false);
      expect(await page.locator("#event-card .event-title").isVisible()).toBe(true);
      // …nor over the current event's ring (and its 9 px radius at projector scale).
      const margin = 16;
      expect(
        overlaps(seen.slot, {
          left: ring.x - margin,
          top: ring.y - margin,
          right: ring.x + margin,
          bottom: ring.y + margin,
        }),
      ).toBe(false);
      expect(ring.y).toBeLessThanOrEqual(seen.area.bottom);
      expect(seen.smallest).toBeGreaterThanOrEqual(18);
      await page.locator(".legend-slot .legend > summary").click();
      await expect.poll(() => page.locator(".legend-slot .legend[open]").count()).toBe(0);
      expect(await page.locator("#event-card .event-title").isVisible()).toBe(true);
      expect(pageErrors).toEqual([]);
    });
  }
});
