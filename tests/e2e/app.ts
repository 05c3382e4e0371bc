import { mkdirSync } from "node:fs";
import type { Browser, BrowserContext, BrowserContextOptions, Frame, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, inject } from "vitest";
import { launchChromium } from "../support/chromium";

/**
 * What every e2e test needs: one browser per file, a fresh page per test that records console
 * errors, uncaught exceptions and every request to another origin (blocked, so none succeeds),
 * and a screenshot under test-results/ when a test fails.
 */
export interface AppPage {
  page: Page;
  context: BrowserContext;
  offOrigin: string[];
  consoleErrors: string[];
  /** MapLibre's warnings about the style (a property it could not read for a feature: "layers[…]"). */
  styleWarnings: string[];
  pageErrors: string[];
}

export function useBrowser(launchArgs: readonly string[] = []) {
  let browser: Browser;
  const open: AppPage[] = [];
  beforeAll(async () => {
    browser = await launchChromium(launchArgs);
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async (context) => {
    const failed = context.task.result?.state === "fail";
    for (const app of open.splice(0)) {
      if (failed) {
        mkdirSync("test-results", { recursive: true });
        const name = context.task.name.replace(/[^\w.-]+/g, "_").slice(0, 120);
        await app.page.screenshot({ path: `test-results/${name}.png` }).catch(() => undefined);
      }
      await app.context.close().catch(() => undefined);
    }
  });

  /** Opens the built app at `path` (query and/or hash); `setup` runs before navigation. */
  return async function openApp(
    path = "",
    options: BrowserContextOptions = {},
    setup?: (page: Page) => Promise<void>,
  ): Promise<AppPage> {
    const baseUrl = inject("baseUrl");
    const origin = new URL(baseUrl).origin;
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, ...options });
    const app: AppPage = {
      page: await context.newPage(),
      context,
      offOrigin: [],
      consoleErrors: [],
      styleWarnings: [],
      pageErrors: [],
    };
    open.push(app);
    await context.route("**/*", (route) => {
      const url = route.request().url();
      if (url.startsWith("data:") || url.startsWith("blob:") || new URL(url).origin === origin) return route.continue();
      app.offOrigin.push(url);
      return route.abort("blockedbyclient");
    });
    app.page.on("console", (message) => {
      if (message.type() === "error") app.consoleErrors.push(message.text());
      if (message.type() === "warning" && message.text().startsWith("layers[")) app.styleWarnings.push(message.text());
    });
    app.page.on("pageerror", (error) => app.pageErrors.push(String(error)));
    if (setup) await setup(app.page);
    await app.page.goto(new URL(path, baseUrl).href);
    return app;
  };
}

/** Waits until the map has drawn everything it has (MapLibre's `idle`). */
export async function waitForMapIdle(page: Page | Frame, timeout = 30_000): Promise<void> {
  await page.locator("#map[data-idle='true']").waitFor({ state: "attached", timeout });
  await waitForHook(page, timeout);
}

/** Waits for the page's `window.__zeitkarte` (src/app/test_hook.ts), set just after the first view. */
export async function waitForHook(page: Page | Frame, timeout = 30_000): Promise<void> {
  // Polled with evaluate, which the built app's CSP allows (waitForFunction evaluates with eval).
  for (const start = Date.now(); !(await page.evaluate(() => "__zeitkarte" in window)); ) {
    if (Date.now() - start > timeout) throw new Error(`no window.__zeitkarte after ${timeout} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Opens the legend as a reader does (a click on its button) and waits for its key: the key is a
 * chunk of its own (legend_view.ts), loaded after the first view or, if the reader is quicker, then.
 */
export async function openLegend(page: Page): Promise<void> {
  await page.locator(".legend summary").click();
  await page.locator(".legend[open] li").first().waitFor({ state: "visible", timeout: 15_000 });
}

/** Distinct colours in a screenshot of `selector`. */
export async function distinctColors(page: Page, selector: string): Promise<number> {
  return distinctColorsOfPng(page, await page.locator(selector).screenshot());
}

/** Distinct colours of a PNG, decoded in the page (no PNG library needed). */
export async function distinctColorsOfPng(page: Page, png: Buffer): Promise<number> {
  const { data } = await pngPixels(page, png);
  const colors = new Set<number>();
  for (let i = 0; i < data.length; i += 4) {
    colors.add(((data[i] ?? 0) << 16) | ((data[i + 1] ?? 0) << 8) | (data[i + 2] ?? 0));
  }
  return colors.size;
}

/** A region of an image in px: its top-left corner and size. */
export interface PixelRegion {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * The RGBA pixels (row by row, 4 bytes each) of `png`, or of `region` of it (clipped to the
 * image), decoded by the page's own canvas (no PNG library needed). Returns the region read.
 */
export async function pngPixels(
  page: Page,
  png: Buffer,
  region?: PixelRegion,
): Promise<PixelRegion & { data: Uint8Array }> {
  const read = await page.evaluate(
    async ({ base64, region }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement("canvas");
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext("2d");
      if (!context) throw new Error("pngPixels: no 2D canvas");
      context.drawImage(image, 0, 0);
      const left = Math.max(0, Math.floor(region?.left ?? 0));
      const top = Math.max(0, Math.floor(region?.top ?? 0));
      const width = Math.max(1, Math.min(image.width - left, Math.ceil(region?.width ?? image.width)));
      const height = Math.max(1, Math.min(image.height - top, Math.ceil(region?.height ?? image.height)));
      const bytes = context.getImageData(left, top, width, height).data;
      let binary = "";
      for (let i = 0; i < bytes.length; i += 0x8000) {
        binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      }
      return { left, top, width, height, rgba: btoa(binary) };
    },
    { base64: png.toString("base64"), region },
  );
  const { rgba, ...at } = read;
  return { ...at, data: new Uint8Array(Buffer.from(rgba, "base64")) };
}

/** The current event's ring's middle on the page (px), from the map's own rendering. */
export async function ringAt(page: Page): Promise<[number, number]> {
  const [x, y] = await page.evaluate(() => {
    const api = (
      window as unknown as {
        __zeitkarte: {
          renderedFeatures(l: string[]): { properties: Record<string, unknown>; screen?: [number, number] }[];
        };
      }
    ).__zeitkarte;
    const ring = api.renderedFeatures(["event-current"]).find((f) => f.properties.current === true && f.screen);
    return ring?.screen ?? [Number.NaN, Number.NaN];
  });
  const box = (await page.locator("#map").boundingBox()) ?? { x: 0, y: 0 };
  return [box.x + x, box.y + y];
}
