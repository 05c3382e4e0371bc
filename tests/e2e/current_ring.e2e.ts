import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { EVENT_RING_PX } from "../../src/map/label_anchors";
import { PROJECTOR } from "../../src/map/theme";
import { useBrowser, waitForMapIdle } from "./app";

const openApp = useBrowser();

/** The app's test hooks this file reads (src/app/mount.ts). */
interface Hooks {
  __zeitkarte: {
    renderedFeatures(layers: string[]): { properties: Record<string, unknown>; screen?: [number, number] }[];
    wordsIn(box: { left: number; top: number; right: number; bottom: number }): string[];
  };
}

/**
 * The words on lines drawn over the current event's rings (map px), each as "word at x,y".
 * `radius`: the ring's with its stroke, px.
 */
function wordsOnRing(page: Page, radius: number): Promise<string[]> {
  return page.evaluate((r) => {
    const api = (window as unknown as Hooks).__zeitkarte;
    const rings = api.renderedFeatures(["event-current"]).filter((f) => f.properties.current === true && f.screen);
    return rings.flatMap(({ screen }) => {
      const [x, y] = screen ?? [0, 0];
      const box = { left: x - r, top: y - r, right: x + r, bottom: y + r };
      return api.wordsIn(box).map((word) => `${word} at ${Math.round(x)},${Math.round(y)}`);
    });
  }, radius);
}

describe("nothing covers the current event's ring (presenter 1024×768)", () => {
  // A review saw "Annäherung" and "feindselig" sit on Eriwan's ring, and the Karabakh operation's
  // dot and an arrowhead over it, on the half-wall map that frames Eriwan with Brüssel or Den Haag.
  for (const event of ["kallas-in-yerevan", "armenia-ratifies-rome-statute", "dushanbe-meeting"]) {
    it(`wordsIn(the ring's box) is empty once the words have settled at #event=${event}`, async () => {
      const { page, pageErrors } = await openApp(`?present=1#event=${event}`, {
        viewport: { width: 1024, height: 768 },
      });
      await page.waitForFunction(() => "__zeitkarte" in window, undefined, { timeout: 30_000 });
      await waitForMapIdle(page);
      const radius = EVENT_RING_PX * PROJECTOR.scale;
      await expect
        .poll(
          () =>
            page.evaluate(
              () =>
                (window as unknown as Hooks).__zeitkarte
                  .renderedFeatures(["event-current"])
                  .filter((f) => f.properties.current === true).length,
            ),
          { timeout: 30_000 },
        )
        .toBeGreaterThan(0);
      // The words arrive over a few idles (line_label_fallback.ts): judged once they have settled.
      await page.waitForTimeout(6000);
      await waitForMapIdle(page);
      expect(await wordsOnRing(page, radius)).toEqual([]);
      expect(pageErrors).toEqual([]);
    });
  }
});
