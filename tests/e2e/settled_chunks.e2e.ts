import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { de } from "../../src/i18n/de";
import { settledLayerIds } from "../../src/map/settled_ids";
import { ARTICLE, ARTICLE_FILE, nth, tinyStoryInput } from "../unit/story/tiny_story";
import { useBrowser, waitForMapIdle } from "./app";

/**
 * A story of SETTLED_CHUNK movements or more draws its settled movements in chunks of layers
 * of their own, made by a module only such a story loads (map_mount.ts): served beside the
 * build, it loads that module, draws, and shows no error; the flagship never fetches it.
 */
const openApp = useBrowser();
const SERVED = "dist/stories";
const SLUG = "settled-600";

beforeAll(() => {
  // 600 flights that all land at the story's crash: the first 500 are one settled chunk
  // (SETTLED_CHUNK), drawn whole once they have landed.
  const input = tinyStoryInput();
  const flight = nth(input.movements);
  input.movements = Array.from({ length: 600 }, (_, i) => ({ ...flight, id: `flight-${i}` }));
  // An event after they landed (the crash ends the day they land on): the story's end.
  input.events.push({ ...nth(input.events), id: "later", date: "2025-06-01" });
  const dir = join(SERVED, SLUG);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "story.json"), JSON.stringify(input));
  writeFileSync(join(dir, ARTICLE_FILE), ARTICLE);
});

afterAll(() => {
  rmSync(join(SERVED, SLUG), { recursive: true, force: true });
  if (readdirSync(SERVED).length === 0) rmSync(SERVED, { recursive: true });
});

const scripts = (page: Page) =>
  page.evaluate(() =>
    performance
      .getEntriesByType("resource")
      .map((e) => new URL(e.name).pathname.split("/").pop() ?? "")
      .filter((name) => name.endsWith(".js")),
  );

describe("settled chunks", () => {
  it("a story with settled chunks loads their module and draws them once they have landed", async () => {
    const { page, pageErrors, consoleErrors } = await openApp(`?story=${SLUG}`);
    await waitForMapIdle(page, 90_000);
    expect((await scripts(page)).some((name) => name.startsWith("settled_movements-"))).toBe(true);
    // At the story's end (the later event) every flight has landed: chunk 0 is drawn, as done.
    await page.keyboard.press("End");
    const drawn = await page.evaluate(async (layers) => {
      const app = (
        window as unknown as { __zeitkarte: { idle(): Promise<void>; renderedFeatures(l: string[]): unknown[] } }
      ).__zeitkarte;
      await app.idle();
      return app.renderedFeatures(layers).length;
    }, settledLayerIds(1));
    expect(drawn).toBeGreaterThan(0);
    expect(pageErrors).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  it("a story whose settled chunks' module cannot be fetched says so and still draws its recent movements", async () => {
    const { page, pageErrors } = await openApp(`?story=${SLUG}`, {}, async (p) => {
      await p.route(/\/assets\/settled_movements-[\w-]+\.js(\?.*)?$/, (route) => route.abort("internetdisconnected"));
    });
    await page.locator(".notice.part-failed").waitFor({ state: "visible", timeout: 30_000 });
    expect(await page.locator(".notice.part-failed").textContent()).toContain(de.partFailed);
    await waitForMapIdle(page, 60_000);
    // The story's layers went in without the chunks: the flights under way, the event's marker.
    const drawn = await page.evaluate(() => {
      const app = (window as unknown as { __zeitkarte: { renderedFeatures(l: string[]): unknown[] } }).__zeitkarte;
      return app.renderedFeatures(["event-current"]).length;
    });
    expect(drawn).toBeGreaterThan(0);
    expect(pageErrors).toEqual([]);
  });

  it("the flagship never fetches the settled chunks' module", async () => {
    const { page } = await openApp("");
    await waitForMapIdle(page);
    await page.waitForTimeout(2_000);
    expect((await scripts(page)).filter((name) => name.startsWith("settled_movements-"))).toEqual([]);
  });
});
