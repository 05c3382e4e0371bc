import { describe, expect, it } from "vitest";
import { useBrowser } from "./app";

/**
 * When the basemap cannot be loaded, the map says so — in its middle, clear of the big date at
 * its top left, the legend and every map button, at a desktop and a phone width.
 */
const openApp = useBrowser();

describe("a basemap that fails to load", () => {
  for (const viewport of [
    { width: 1280, height: 720 },
    { width: 320, height: 640 },
  ]) {
    it(`says so at ${viewport.width} px without covering any control or overlay of the map`, async () => {
      const { page } = await openApp("", { viewport }, async (p) => {
        await p.route(/\/basemap\//, (route) => route.abort("failed"));
      });
      const notice = page.locator("#map .notice.basemap-failed");
      await notice.waitFor({ timeout: 30_000 });
      expect(await notice.textContent()).toBe(
        "Die Basiskarte konnte nicht geladen werden. Die Geschichte steht unten als Text.",
      );
      const covered = await page.evaluate(() => {
        const box = document.querySelector("#map .notice.basemap-failed")?.getBoundingClientRect();
        if (!box) return ["no notice"];
        const area = document.getElementById("map")?.parentElement ?? document.body;
        return [...area.querySelectorAll<HTMLElement>("*")]
          .filter((el) => !el.closest(".notice.basemap-failed, canvas") && el.tagName !== "CANVAS")
          .filter((el) => el.children.length === 0 || el.matches("button, a, select, .map-date, .legend-slot > *"))
          .filter((el) => {
            const r = el.getBoundingClientRect();
            // A closed legend keeps its rows laid out but unrendered: checkVisibility skips them.
            const shown = el.checkVisibility({ opacityProperty: true, visibilityProperty: true });
            return r.width > 0 && r.height > 0 && shown;
          })
          .filter((el) => {
            const r = el.getBoundingClientRect();
            return r.left < box.right && box.left < r.right && r.top < box.bottom && box.top < r.bottom;
          })
          .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
      });
      expect(covered).toEqual([]);
    });
  }

  it("a map whose worker cannot start (a server sending .mjs with the wrong type) says it cannot be drawn, after a wait", async () => {
    const { page } = await openApp("", { viewport: { width: 1280, height: 720 } }, async (p) => {
      await p.route(/maplibre-gl-worker-[^/]*\.mjs$/, (route) => route.abort("failed"));
    });
    const notice = page.locator("#map .notice.map-stalled");
    await notice.waitFor({ timeout: 60_000 });
    expect(await notice.textContent()).toContain(
      "Die Karte lässt sich in diesem Browser oder von diesem Server nicht zeichnen",
    );
    // The story is still told: the card and the timeline are there.
    expect(await page.locator("#event-card .event-title").count()).toBe(1);
  });
});
