import { describe, expect, it } from "vitest";
import { distinctColors, useBrowser, waitForMapIdle } from "./app";
import { GERMAN_PLACE_NAMES } from "./flagship";

const openApp = useBrowser();

describe("the map", () => {
  it("reaches idle and draws a map, not a blank canvas", async () => {
    const { page } = await openApp();
    await waitForMapIdle(page);
    expect(await page.locator("#map canvas").count()).toBe(1);
    // A blank or single-colour canvas has a handful of colours; land, water, borders and
    // anti-aliased labels give hundreds.
    expect(await distinctColors(page, "#map canvas")).toBeGreaterThan(200);
  });

  it("lists all nine places of the story by their German names", async () => {
    const { page } = await openApp();
    await page.locator(".place-list li").first().waitFor();
    const names = await page
      .locator(".place-list li")
      .evaluateAll((items) => items.map((li) => li.querySelector("button")?.firstChild?.textContent ?? ""));
    for (const name of GERMAN_PLACE_NAMES) expect(names).toContain(name);
    // In alphabetical order, as an index of places (a review: by rank it read as no order).
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "de")));
  });

  it("labels the places on the map itself", async () => {
    const { page } = await openApp();
    await waitForMapIdle(page);
    const rendered: string[] = await page.evaluate(() => {
      const w = window as unknown as { __zeitkarte?: { renderedLabels(): string[] } };
      return w.__zeitkarte?.renderedLabels() ?? [];
    });
    for (const name of GERMAN_PLACE_NAMES) expect(rendered).toContain(name);
  });

  it("names the map canvas and its zoom buttons in the page's language, German then English", async () => {
    const { page } = await openApp();
    await waitForMapIdle(page);
    const names = () =>
      page.evaluate(() =>
        ["#map canvas", "#map .maplibregl-ctrl-zoom-in", "#map .maplibregl-ctrl-zoom-out"].map((selector) =>
          document.querySelector(selector)?.getAttribute("aria-label"),
        ),
      );
    expect(await names()).toEqual(["Karte", "Hineinzoomen", "Herauszoomen"]);
    await page.locator('.lang-switch button[lang="en"]').click();
    await expect.poll(names, { timeout: 20_000 }).toEqual(["Map", "Zoom in", "Zoom out"]);
  });

  it("makes no request to any host but its own and logs no errors", async () => {
    const app = await openApp();
    await waitForMapIdle(app.page);
    await app.page.waitForLoadState("networkidle");
    expect(app.offOrigin).toEqual([]);
    expect(app.pageErrors).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
  });
});
