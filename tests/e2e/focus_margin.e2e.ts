import { describe, expect, it } from "vitest";
import { useBrowser, waitForMapIdle } from "./app";

const openApp = useBrowser();

/**
 * The current event is framed away from the map's edge: on the upright presenter map at
 * 1024×768 (512×666), Baku's ring on the last card lay 33 px above the map's foot beside the
 * zoom buttons, with Moskau (its context) at the top (a review). It now keeps focusMargin
 * (20 % of the map's shorter side, event_frame.ts) from every edge; the context may lie nearer.
 */
const CASES = [
  { name: "End onto card 71 (Baku)", hash: "#speed=8", key: "End", place: [49.892, 40.378] },
  {
    name: "#event=armenia-announces-csto-exit (Eriwan)",
    hash: "#event=armenia-announces-csto-exit",
    key: "",
    place: [44.514, 40.181],
  },
] as const;

describe("the current event's margin from the map's edge (presenter 1024×768)", () => {
  for (const c of CASES) {
    it(`${c.name}: its place lies at least 20 % of the map's width from each edge`, async () => {
      const { page, pageErrors } = await openApp(`?present=1${c.hash}`, { viewport: { width: 1024, height: 768 } });
      await page.locator("#event-card .event-title").waitFor();
      await page.waitForFunction(() => "__zeitkarte" in window, undefined, { timeout: 30_000 });
      if (c.key) await page.keyboard.press(c.key);
      await waitForMapIdle(page);
      await expect
        .poll(
          () =>
            page.evaluate(([lon, lat]) => {
              const w = window as unknown as {
                __zeitkarte: { project(lon: number, lat: number): { x: number; y: number } };
              };
              const map = document.querySelector("#map")?.getBoundingClientRect();
              if (!map) return -1;
              const p = w.__zeitkarte.project(lon ?? 0, lat ?? 0);
              return Math.min(p.x, p.y, map.width - p.x, map.height - p.y) / Math.min(map.width, map.height);
            }, c.place),
          { timeout: 15_000 },
        )
        .toBeGreaterThanOrEqual(0.19);
      expect(pageErrors).toEqual([]);
    });
  }
});
