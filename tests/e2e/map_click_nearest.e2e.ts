import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useBrowser, waitForMapIdle } from "./app";

const openApp = useBrowser();

interface Hit {
  layer: string;
  id: string;
  distance: number | undefined;
}

/**
 * Points (map px) along the drawn relation `id`, each with what a click there hits
 * (__zeitkarte.hitsAt: layer, id, px from the point as drawn), inside the map's free middle.
 */
function pointsOnRelation(page: Page, id: string) {
  return page.evaluate(async (id) => {
    const api = (
      window as unknown as {
        __zeitkarte: {
          renderedFeatures(layers: string[]): { properties: Record<string, unknown>; lines?: number[][][] }[];
          project(lon: number, lat: number): { x: number; y: number };
          hitsAt(x: number, y: number): Promise<{ layer: string; id: string; distance: number | undefined }[]>;
        };
      }
    ).__zeitkarte;
    const map = (document.querySelector("#map") as HTMLElement).getBoundingClientRect();
    const points: { x: number; y: number; hits: { layer: string; id: string; distance: number | undefined }[] }[] = [];
    for (const f of api.renderedFeatures(["relation-lines"])) {
      if (f.properties.id !== id) continue;
      for (const piece of f.lines ?? []) {
        for (let i = 1; i < piece.length; i++) {
          const a = api.project(piece[i - 1]?.[0] ?? 0, piece[i - 1]?.[1] ?? 0);
          const b = api.project(piece[i]?.[0] ?? 0, piece[i]?.[1] ?? 0);
          for (let k = 0; k < 1; k += 0.125) {
            const x = a.x + k * (b.x - a.x);
            const y = a.y + k * (b.y - a.y);
            if (x < 60 || y < 60 || x > map.width - 60 || y > map.height - 60) continue;
            points.push({ x: x + map.left, y: y + map.top, hits: await api.hitsAt(x, y) });
          }
        }
      }
    }
    return points;
  }, id);
}

const popupTitle = (page: Page) =>
  page
    .locator(".map-popup .map-popup-title")
    .textContent({ timeout: 1000 })
    .catch(() => null);

/** The popup's title is inside the map, not cut by its top edge or the header. */
async function titleInsideMap(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const title = document.querySelector(".map-popup .map-popup-title")?.getBoundingClientRect();
    const map = (document.querySelector("#map") as HTMLElement).getBoundingClientRect();
    return title !== undefined && title.top >= map.top && title.bottom <= map.bottom;
  });
}

describe("a click on the map opens what the reader sees under the pointer", () => {
  it("at the AZAL crash, a click on the Moskau–Baku 'angespannt' line opens the relation's popup, not a card", async () => {
    const { page, pageErrors } = await openApp("#event=azal-8243-crash", { viewport: { width: 1280, height: 800 } });
    await page.waitForFunction(() => "__zeitkarte" in window, undefined, { timeout: 30_000 });
    await waitForMapIdle(page);
    const onLineWithTrace = async () =>
      (await pointsOnRelation(page, "rus-aze")).find(
        (p) =>
          // (A faint visit trace ran along this line until relations bowed off their great
          // circles, map/bowed_line.ts: where a trace and a relation meet, the nearest drawn
          // wins, tests/unit/map/map_click.test.ts.)
          p.hits.some((h: Hit) => h.layer === "relation-lines" && h.id === "rus-aze" && (h.distance ?? 0) < 1) &&
          !p.hits.some((h: Hit) => h.id.startsWith("azal-8243")) &&
          !p.hits.some((h: Hit) => /^(event-circles|place-|line-label)/.test(h.layer)),
      );
    // The point the poll found, not a second search: the words beside the lines may still move
    // (line_label_fallback.ts), and a point clear of them then may not be the next moment.
    let found: Awaited<ReturnType<typeof onLineWithTrace>>;
    await expect
      .poll(async () => (found = await onLineWithTrace()), {
        timeout: 30_000,
        message: "a point where a trace runs on the line",
      })
      .toBeDefined();
    const at = found as unknown as { x: number; y: number };
    const card = await page.locator("#event-card .event-title").textContent();
    await page.mouse.click(at.x, at.y);
    await expect
      .poll(() => popupTitle(page), { timeout: 10_000 })
      .toMatch(/^Russland – Aserbaidschan: angespannt – Krise nach dem Abschuss von AZAL 8243/);
    expect(await titleInsideMap(page)).toBe(true);
    // The card stays the crash's: no visit card opened underneath.
    expect(await page.locator("#event-card .event-title").textContent()).toBe(card);
    expect(await page.evaluate(() => location.hash)).toContain("event=azal-8243-crash");
    expect(pageErrors).toEqual([]);
  });

  it("a click on the word 'angespannt' on that line opens the same popup", async () => {
    const { page, pageErrors } = await openApp("#event=azal-8243-crash", { viewport: { width: 1280, height: 800 } });
    await page.waitForFunction(() => "__zeitkarte" in window, undefined, { timeout: 30_000 });
    await waitForMapIdle(page);
    const onWord = async () =>
      (await pointsOnRelation(page, "rus-aze")).find((p) =>
        // On the line, or beside it on its plate (line_label_fallback.ts).
        p.hits.some((h: Hit) => h.layer.startsWith("line-label") && h.id === "rus-aze" && h.distance === 0),
      );
    let found: Awaited<ReturnType<typeof onWord>>;
    await expect
      .poll(async () => (found = await onWord()), { timeout: 30_000, message: "a point on the line's word" })
      .toBeDefined();
    const at = found as unknown as { x: number; y: number };
    await page.mouse.click(at.x, at.y);
    await expect
      .poll(() => popupTitle(page), { timeout: 10_000 })
      .toMatch(/^Russland – Aserbaidschan: angespannt – Krise nach dem Abschuss von AZAL 8243/);
    expect(await titleInsideMap(page)).toBe(true);
    expect(pageErrors).toEqual([]);
  });
});
