import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useBrowser, waitForMapIdle } from "./app";

const openApp = useBrowser();

/**
 * Issue 11: no name lies under a marker. For every viewport, the place names MapLibre placed
 * (queryRenderedFeatures of `place-labels`) meet none of the markers drawn: an event's dot, the
 * current event's ring, a crash's ✕. Box sizes as story_layers.ts draws them (markers.ts), times
 * the theme's scale (presenter 1.6). The pulse (a ring expanding for a second) lies under the names.
 */
interface View {
  name: string;
  query: string;
  width: number;
  height: number;
  touch?: boolean;
  scale?: number;
}

const VIEWS: View[] = [
  { name: "phone 390×844", query: "", width: 390, height: 844, touch: true },
  { name: "tablet 768×1024", query: "", width: 768, height: 1024, touch: true },
  { name: "1024×768", query: "", width: 1024, height: 768 },
  { name: "1280×800", query: "", width: 1280, height: 800 },
  { name: "1920×1080", query: "", width: 1920, height: 1080 },
  { name: "presenter 1024×768", query: "?present=1", width: 1024, height: 768, scale: 1.6 },
  { name: "presenter 1920×1080", query: "?present=1", width: 1920, height: 1080, scale: 1.6 },
  { name: "embed 320×640", query: "?embed=1", width: 320, height: 640, touch: true },
  { name: "embed 480×640", query: "?embed=1", width: 480, height: 640 },
  { name: "embed 720×640", query: "?embed=1", width: 720, height: 640 },
];

/** "name under marker" for each shown place name whose placed box meets a drawn marker's box. */
function namesUnderMarkers(page: Page, scale: number): Promise<string[]> {
  return page.evaluate((s) => {
    interface Feature {
      layer: string;
      properties: Record<string, unknown>;
      state: Record<string, unknown>;
      screen: [number, number] | undefined;
    }
    interface Label {
      name: string;
      covered: boolean;
    }
    const api = (
      window as unknown as {
        __zeitkarte: {
          renderedFeatures(layers: string[]): Feature[];
          labelsIn(box: { left: number; top: number; right: number; bottom: number }): Label[];
        };
      }
    ).__zeitkarte;
    const markers = api.renderedFeatures(["event-circles", "event-current", "movement-end"]).flatMap((f) => {
      if (!f.screen) return [];
      if (f.layer === "movement-end") return f.properties.stage === 2 ? [{ at: f.screen, r: 13.2 * s, what: "✕" }] : [];
      const current = f.properties.current === true;
      return [{ at: f.screen, r: (current ? 11.5 : 6.7) * s, what: current ? "ring" : "dot" }];
    });
    const problems = new Set<string>();
    for (const { at, r, what } of markers) {
      const box = { left: at[0] - r, top: at[1] - r, right: at[0] + r, bottom: at[1] + r };
      for (const label of api.labelsIn(box)) {
        if (!label.covered) problems.add(`${label.name} under ${what} at ${Math.round(at[0])},${Math.round(at[1])}`);
      }
    }
    return [...problems];
  }, scale);
}

describe("place names and markers", () => {
  for (const view of VIEWS) {
    for (const hash of ["", "#event=azal-8243-crash"]) {
      it(`no name lies under a marker ${hash || "at the opening view"}: ${view.name}`, async () => {
        const touch = view.touch === true;
        const viewport = { width: view.width, height: view.height };
        const { page } = await openApp(`${view.query}${hash}`, { viewport, hasTouch: touch, isMobile: touch });
        await page.waitForFunction(() => "__zeitkarte" in window);
        await waitForMapIdle(page);
        await expect.poll(() => namesUnderMarkers(page, view.scale ?? 1), { timeout: 20_000 }).toEqual([]);
      });
    }
  }
});
