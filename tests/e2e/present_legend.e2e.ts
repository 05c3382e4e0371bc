import { describe, expect, it } from "vitest";
import { useBrowser, waitForMapIdle } from "./app";

const openApp = useBrowser();

describe("presenter mode: the open legend", () => {
  for (const [width, height] of [
    [1024, 768],
    [1920, 1080],
  ] as const) {
    it(`at ${width}×${height} fits whole (no scrolling), in type ≥ 18 px, and covers nothing on the map`, async () => {
      const { page, pageErrors } = await openApp("#event=azal-8243-crash&present=1", { viewport: { width, height } });
      await page.locator("#event-card .event-title").waitFor();
      await waitForMapIdle(page);
      await page.locator(".legend-slot .legend > summary").click();
      await expect.poll(() => page.locator(".legend-slot .legend[open]").count()).toBe(1);
      const seen = await page.evaluate(() => {
        const slot = document.querySelector(".legend-slot") as HTMLElement;
        const legend = slot.firstElementChild as HTMLElement;
        const box = slot.getBoundingClientRect();
        const map = (document.querySelector(".map-area") as HTMLElement).getBoundingClientRect();
        const texts = [...legend.querySelectorAll<HTMLElement>("*")].filter((n) =>
          [...n.childNodes].some((c) => c.nodeType === Node.TEXT_NODE && c.textContent?.trim()),
        );
        return {
          scrolls: slot.scrollHeight > slot.clientHeight + 1 || legend.scrollHeight > legend.clientHeight + 1,
          inViewport: box.top >= 0 && box.bottom <= innerHeight && box.left >= 0 && box.right <= innerWidth,
          overlapsMap:
            box.left < map.right - 1 && box.right > map.left + 1 && box.top < map.bottom && box.bottom > map.top,
          smallest: Math.min(...texts.map((n) => Number.parseFloat(getComputedStyle(n).fontSize))),
        };
      });
      expect(seen.scrolls).toBe(false);
      expect(seen.inViewport).toBe(true);
      expect(seen.overlapsMap).toBe(false);
      expect(seen.smallest).toBeGreaterThanOrEqual(18);
      // Closed again, the card is back in view.
      await page.locator(".legend-slot .legend > summary").click();
      await expect.poll(() => page.locator(".legend-slot .legend[open]").count()).toBe(0);
      expect(await page.locator("#event-card .event-title").isVisible()).toBe(true);
      expect(pageErrors).toEqual([]);
    });
  }
});
