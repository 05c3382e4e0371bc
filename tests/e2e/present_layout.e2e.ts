import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useBrowser, waitForMapIdle } from "./app";

const openApp = useBrowser();

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const overlap = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const inside = (p: { x: number; y: number }, b: Box) =>
  p.x >= b.left && p.x <= b.right && p.y >= b.top && p.y <= b.bottom;

/** The boxes (viewport px) of what sits on the projected map, by name. */
function boxes(page: Page): Promise<Record<string, Box>> {
  return page.evaluate(() => {
    const box = (n: Element) => {
      const { left, top, right, bottom } = n.getBoundingClientRect();
      return { left, top, right, bottom };
    };
    const out: Record<string, Box> = {};
    const one = (name: string, selector: string) => {
      const node = document.querySelector(selector);
      if (node) out[name] = box(node);
    };
    one("map", "#map");
    // The slot is what shows: a long legend scrolls inside it.
    one("legend", ".legend-slot");
    one("date", ".map-date");
    one("progress", ".present-progress");
    one("panel", ".panel");
    document.querySelectorAll("#map .maplibregl-ctrl").forEach((c, i) => {
      if (c.getClientRects().length > 0) out[`control ${i} (${c.className})`] = box(c);
    });
    return out;
  });
}

/** Where [lon, lat] is drawn, viewport px. */
function screenPoint(page: Page, lon: number, lat: number): Promise<{ x: number; y: number }> {
  return page.evaluate(
    ([x, y]) => {
      const w = window as unknown as { __zeitkarte: { project(lon: number, lat: number): { x: number; y: number } } };
      const map = document.querySelector("#map")?.getBoundingClientRect();
      const p = w.__zeitkarte.project(x ?? 0, y ?? 0);
      return { x: p.x + (map?.left ?? 0), y: p.y + (map?.top ?? 0) };
    },
    [lon, lat],
  );
}

// Peking and the two ends of the visits to it (Moskau, Baku): the parade's lines.
const PARADE = {
  Peking: [116.397, 39.908],
  Moskau: [37.616, 55.752],
  Baku: [49.892, 40.378],
} as const;

describe("presenter layout with the legend open", () => {
  for (const [width, height] of [
    [1024, 768],
    [1920, 1080],
  ] as const) {
    it(`covers nothing at ${width}×${height}: legend, buttons, date and progress apart (the open legend a page in the card's place, beside the map); the parade's lines on the map`, async () => {
      const { page, pageErrors } = await openApp("?present=1#event=beijing-parade-handshake", {
        viewport: { width, height },
      });
      await page.locator("#event-card .event-title").waitFor();
      await waitForMapIdle(page);
      await page.waitForFunction(() => "__zeitkarte" in window, undefined, { timeout: 30_000 });
      await page.locator(".legend summary").click();
      await expect.poll(() => page.locator(".legend").getAttribute("open")).not.toBeNull();
      await expect.poll(() => page.locator(".panel > .legend-slot").count()).toBe(1);

      const b = await boxes(page);
      // The open legend is a page in the panel's place (the card comes back when it closes).
      const names = Object.keys(b).filter((n) => n !== "map" && n !== "panel");
      expect(names.filter((n) => n.startsWith("control")).length).toBeGreaterThanOrEqual(2);
      for (const [i, a] of names.entries()) {
        for (const other of names.slice(i + 1)) {
          expect(overlap(b[a] as Box, b[other] as Box), `${a} overlaps ${other}`).toBe(false);
        }
      }
      // The date stays on the map; the open legend lies in the panel, off the map (issue 14 item 5).
      const map = b.map as Box;
      const date = b.date as Box;
      expect(date.right <= map.right && date.bottom <= map.bottom, "date").toBe(true);
      const legend = b.legend as Box;
      const panel = b.panel as Box;
      expect(
        legend.left >= panel.left - 1 &&
          legend.right <= panel.right + 1 &&
          legend.top >= panel.top - 1 &&
          legend.bottom <= panel.bottom + 1,
        "legend within the panel",
      ).toBe(true);
      expect(overlap(legend, map), "legend over the map").toBe(false);
      // The camera keeps the parade on the map beside the legend.
      for (const [name, [lon, lat]] of Object.entries(PARADE)) {
        await expect
          .poll(
            async () => {
              const p = await screenPoint(page, lon, lat);
              const now = await boxes(page);
              return inside(p, now.map as Box) && !inside(p, now.legend as Box);
            },
            { timeout: 30_000, message: `${name} on the map and clear of the legend` },
          )
          .toBe(true);
      }
      expect(pageErrors).toEqual([]);
    });
  }

  for (const [width, height] of [
    [390, 844],
    [280, 700],
  ] as const) {
    it(`on a phone (${width}×${height}) keeps the reader's stacked layout across the whole width, never wider than the screen`, async () => {
      // A fresh-eyes review: the 3:2 columns stayed, the right 40 % was blank and words broke mid-word.
      const { page } = await openApp("?present=1", { viewport: { width, height }, hasTouch: true, isMobile: true });
      await waitForMapIdle(page);
      const sizes = await page.evaluate(() => {
        const rect = (selector: string) => document.querySelector(selector)?.getBoundingClientRect();
        return {
          map: rect("#map")?.width ?? 0,
          panel: rect(".panel")?.width ?? 0,
          page: document.documentElement.scrollWidth,
          window: window.innerWidth,
        };
      });
      expect(sizes.map).toBeGreaterThanOrEqual(width - 2);
      expect(sizes.panel).toBeGreaterThanOrEqual(width - 2);
      expect(sizes.page).toBe(sizes.window);
    });
  }

  // A fresh-eyes review: at 280 and 320 px the projected date ran under the Legende button.
  for (const width of [280, 320, 390]) {
    it(`on a phone (${width} px) the projected date and the Legende button lie apart, the date inside the map`, async () => {
      const { page, pageErrors } = await openApp("?present=1#event=azal-8243-crash&present=1", {
        viewport: { width, height: 700 },
        hasTouch: true,
        isMobile: true,
      });
      await waitForMapIdle(page);
      const boxes = await page.evaluate(() => {
        const rect = (selector: string) => {
          const r = document.querySelector(selector)?.getBoundingClientRect();
          return r ? { left: r.left, top: r.top, right: r.right, bottom: r.bottom } : undefined;
        };
        const date = document.querySelector(".map-area .map-date");
        // The text's own width, not its box's.
        const range = document.createRange();
        if (date) range.selectNodeContents(date);
        const text = range.getBoundingClientRect();
        return {
          date: { left: text.left, top: text.top, right: text.right, bottom: text.bottom },
          text: date?.textContent ?? "",
          button: rect(".legend-slot summary"),
          map: rect("#map"),
        };
      });
      expect(boxes.text).toContain("2024");
      const { date, button, map } = boxes;
      if (!button || !map) throw new Error("no legend button or map");
      const apart =
        date.right <= button.left ||
        button.right <= date.left ||
        date.bottom <= button.top ||
        button.bottom <= date.top;
      expect(apart).toBe(true);
      expect(date.right).toBeLessThanOrEqual(map.right);
      expect(pageErrors).toEqual([]);
    });
  }

  // A review at 1024×768 found the summary of 18 of the 71 cards cut at the wall's foot: a
  // clicker has no ↓ to read on. The quotes may read on (the card's foot fades); the headline,
  // date and summary of every card fit beside the map.
  for (const [width, height] of [
    [1024, 768],
    [1920, 1080],
  ] as const) {
    it(`every card's summary fits the wall at ${width}×${height}, one clicker press at a time`, async () => {
      // At 8× a step that plays a movement under way takes a third of a second, not 2.5.
      const { page, pageErrors } = await openApp("?present=1#speed=8", { viewport: { width, height } });
      await page.locator("#event-card .event-title").waitFor();
      await page.keyboard.press("Home");
      const total = Number((await page.locator(".present-count").textContent())?.split("/")[1]);
      expect(total).toBeGreaterThan(50);
      const seen: string[] = [];
      const cut: string[] = [];
      for (let n = 1; n <= total; n++) {
        const { count, below } = await page.evaluate(() => {
          const summary = document.querySelector(".event-summary")?.getBoundingClientRect();
          const panel = document.querySelector(".panel")?.getBoundingClientRect();
          return {
            count: document.querySelector(".present-count")?.textContent ?? "",
            below: summary && panel ? summary.bottom - panel.bottom : Number.POSITIVE_INFINITY,
          };
        });
        seen.push(count);
        if (below > 0) cut.push(`${count}: ${Math.round(below)} px`);
        if (n === total) break;
        await page.keyboard.press("PageDown");
        // A movement's step plays before its card counts as shown.
        await page.waitForFunction(
          (want) => document.querySelector(".present-count")?.textContent === want,
          `${n + 1} / ${total}`,
          { polling: 50, timeout: 10_000 },
        );
      }
      // Each press showed the next card.
      expect(new Set(seen).size).toBe(total);
      expect(cut).toEqual([]);
      expect(pageErrors).toEqual([]);
    }, 120_000);
  }
});
