import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useBrowser, waitForMapIdle } from "./app";

const openApp = useBrowser();

/** Waits for the map's next idle after a render: no camera move or fade running. */
const settled = (page: Page) =>
  page.evaluate(() => (window as unknown as { __zeitkarte: { idle(): Promise<void> } }).__zeitkarte.idle());

/**
 * The open legend's slot, the map area, the card's panel (its box and scroll height) and the
 * current event's ring (viewport px), the smallest type in the legend, and whether the card shows.
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
    const panel = document.querySelector(".panel") as HTMLElement;
    const title = document.querySelector("#event-card .event-title") as HTMLElement | null;
    return {
      slot: rect(slot),
      map,
      panel: rect(panel),
      panelScroll: panel.scrollHeight - panel.clientHeight,
      // Every entry of the key, drawn inside the panel (none cut, none to scroll to).
      entriesInside: [...legend.querySelectorAll("li, summary, .legend-toggle")].every((n) => {
        const b = n.getBoundingClientRect();
        const p = panel.getBoundingClientRect();
        return b.height > 0 && b.top >= p.top - 1 && b.bottom <= p.bottom + 1;
      }),
      ring: ring ? { x: map.left + (ring[0] ?? 0), y: map.top + (ring[1] ?? 0) } : undefined,
      smallest: Math.min(...texts.map((n) => Number.parseFloat(getComputedStyle(n).fontSize))),
      cardShown: title !== null && title.getClientRects().length > 0,
      counter: document.querySelector(".present-progress")?.textContent ?? "",
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
    it(`at ${width}×${height} is a page of its own in the card's place: the whole key in type ≥ 18 px, nothing to scroll, the map and its current event whole beside it`, async () => {
      const { page, pageErrors } = await openApp("#event=azal-8243-crash&present=1", { viewport: { width, height } });
      await page.locator("#event-card .event-title").waitFor();
      await waitForMapIdle(page);
      await page.locator(".legend-slot .legend > summary").click();
      await expect.poll(() => page.locator(".legend-slot .legend[open]").count()).toBe(1);
      await settled(page);
      await expect.poll(async () => (await layout(page)).ring, { timeout: 30_000 }).toBeDefined();
      const seen = await layout(page);
      const ring = seen.ring as { x: number; y: number };
      // In the panel, beside the map, never over it…
      expect(seen.slot.left).toBeGreaterThanOrEqual(seen.panel.left - 1);
      expect(seen.slot.right).toBeLessThanOrEqual(seen.panel.right + 1);
      expect(overlaps(seen.slot, seen.map)).toBe(false);
      // …the whole key at once (a band over the map showed a third of it at 1024×768, a review)…
      expect(seen.entriesInside).toBe(true);
      expect(seen.panelScroll).toBeLessThanOrEqual(1);
      expect(seen.smallest).toBeGreaterThanOrEqual(18);
      // The "all lines" box is as tall as the type beside it (a 12 px speck at 1920, a review).
      const box = await page.locator(".legend-slot .legend .all-lines").boundingBox();
      expect(box?.height ?? 0).toBeGreaterThanOrEqual(18);
      // …with the current event's ring on the map, and the card in the key's place.
      expect(ring.x).toBeGreaterThan(seen.map.left + 9);
      expect(ring.x).toBeLessThan(seen.map.right - 9);
      expect(ring.y).toBeGreaterThan(seen.map.top + 9);
      expect(ring.y).toBeLessThan(seen.map.bottom - 9);
      expect(seen.cardShown).toBe(false);
      // Closing the key brings the card back, and the map its place.
      await page.locator(".legend-slot .legend > summary").click();
      await expect.poll(() => page.locator(".legend-slot .legend[open]").count()).toBe(0);
      await expect.poll(async () => (await layout(page)).cardShown, { timeout: 10_000 }).toBe(true);
      expect(await page.locator(".map-area .legend-slot").count()).toBe(1);
      expect(pageErrors).toEqual([]);
    });
  }

  it("at 1024×768 one clicker press (PageDown) on the open key brings back the card of the event it was opened at; the next press steps once", async () => {
    // A review: the press went on to the next event, so the event being explained was skipped.
    const { page, pageErrors } = await openApp("#event=azal-8243-crash&present=1", {
      viewport: { width: 1024, height: 768 },
    });
    await page.locator("#event-card .event-title").waitFor();
    await waitForMapIdle(page);
    expect((await layout(page)).counter).toContain("29 / 71");
    await page.locator(".legend-slot .legend > summary").click();
    await expect.poll(async () => (await layout(page)).cardShown, { timeout: 10_000 }).toBe(false);
    await page.keyboard.press("PageDown");
    await expect.poll(async () => (await layout(page)).cardShown, { timeout: 10_000 }).toBe(true);
    expect(await page.locator(".legend-slot .legend[open]").count()).toBe(0);
    expect(await page.locator(".map-area .legend-slot").count()).toBe(1);
    await page.waitForTimeout(1500);
    expect((await layout(page)).counter).toContain("29 / 71");
    await page.keyboard.press("PageDown");
    await expect.poll(async () => (await layout(page)).counter, { timeout: 10_000 }).toContain("30 / 71");
    expect(pageErrors).toEqual([]);
  });

  it("at 1024×768 Esc on the open key leaves presenter mode for the reader's layout, the legend back on the map", async () => {
    const { page, pageErrors } = await openApp("#event=azal-8243-crash&present=1", {
      viewport: { width: 1024, height: 768 },
    });
    await page.locator("#event-card .event-title").waitFor();
    await waitForMapIdle(page);
    await page.locator(".legend-slot .legend > summary").click();
    await expect.poll(async () => (await layout(page)).cardShown, { timeout: 10_000 }).toBe(false);
    await page.keyboard.press("Escape");
    await expect.poll(() => page.evaluate(() => document.querySelector(".app.present") === null)).toBe(true);
    await expect.poll(async () => (await layout(page)).cardShown, { timeout: 10_000 }).toBe(true);
    expect(await page.locator(".map-area .legend-slot").count()).toBe(1);
    expect(await page.evaluate(() => document.querySelector(".app.legend-page, .panel.legend-page"))).toBeNull();
    expect(page.url()).not.toContain("present");
    expect(pageErrors).toEqual([]);
  });
});
