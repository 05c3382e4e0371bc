import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useBrowser, waitForMapIdle } from "./app";

/**
 * A lost WebGL context (a GPU reset, a long time in the background) is a pause, not a break:
 * playback stops with a notice, and after the restore the map looks as before — relation lines,
 * past events, the alliance — with no uncaught error.
 */
const openApp = useBrowser();

interface TestHooks {
  __zeitkarte: { state(): { playing: boolean; t: number }; play(): void };
  __loseContext?: WEBGL_lose_context;
  __before?: Uint8ClampedArray;
}

/** The map canvas's pixels, kept in the page (as `__before`) or compared with them. */
function capture(page: Page): Promise<void> {
  return page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>("#map canvas");
    const copy = document.createElement("canvas");
    if (!canvas) throw new Error("no map canvas");
    copy.width = canvas.width;
    copy.height = canvas.height;
    const context = copy.getContext("2d");
    context?.drawImage(canvas, 0, 0);
    (window as unknown as TestHooks).__before = context?.getImageData(0, 0, copy.width, copy.height).data;
  });
}

/** Share of pixels that differ from `__before` by more than 24 in some channel. */
function differenceFromBefore(page: Page): Promise<number> {
  return page.evaluate(() => {
    const before = (window as unknown as TestHooks).__before;
    const canvas = document.querySelector<HTMLCanvasElement>("#map canvas");
    if (!before || !canvas) return 1;
    const copy = document.createElement("canvas");
    copy.width = canvas.width;
    copy.height = canvas.height;
    const context = copy.getContext("2d");
    context?.drawImage(canvas, 0, 0);
    const after = context?.getImageData(0, 0, copy.width, copy.height).data;
    if (!after || after.length !== before.length) return 1;
    let differing = 0;
    for (let i = 0; i < after.length; i += 4) {
      for (let c = 0; c < 3; c++) {
        if (Math.abs((after[i + c] ?? 0) - (before[i + c] ?? 0)) > 24) {
          differing++;
          break;
        }
      }
    }
    return differing / (after.length / 4);
  });
}

describe("WebGL context loss", () => {
  it("pauses playback with a notice and, restored, draws the same map again (pixel comparison)", async () => {
    const hash = "#event=armenia-freezes-csto&org=csto";
    const { page, pageErrors, consoleErrors } = await openApp(hash, { reducedMotion: "reduce" });
    await waitForMapIdle(page);
    await page.waitForTimeout(1500);
    await capture(page);

    // Lost during playback.
    await page.evaluate(() => (window as unknown as TestHooks).__zeitkarte.play());
    await page.waitForFunction(() => (window as unknown as TestHooks).__zeitkarte.state().playing);
    await page.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>("#map canvas");
      const gl = canvas?.getContext("webgl2") ?? canvas?.getContext("webgl");
      const extension = gl?.getExtension("WEBGL_lose_context");
      if (!extension) throw new Error("no WEBGL_lose_context");
      (window as unknown as TestHooks).__loseContext = extension;
      extension.loseContext();
    });
    await page.locator("#map .notice.map-lost").waitFor();
    expect(await page.evaluate(() => (window as unknown as TestHooks).__zeitkarte.state().playing)).toBe(false);

    // Back to the view of the first picture, while the context is still lost; then restore.
    await page.evaluate(() => {
      window.location.hash = "#t=2024&lang=de";
    });
    await page.evaluate((h) => {
      window.location.hash = h;
    }, hash);
    await page.evaluate(() => (window as unknown as TestHooks).__loseContext?.restoreContext());
    await page.locator("#map .notice.map-lost").waitFor({ state: "detached" });
    await expect.poll(() => differenceFromBefore(page), { timeout: 20_000, interval: 500 }).toBeLessThan(0.005);
    expect(pageErrors).toEqual([]);
    expect(consoleErrors.filter((e) => !e.includes("WebGL"))).toEqual([]);
  });
});
