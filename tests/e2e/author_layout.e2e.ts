import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { useBrowser } from "./app";

const openApp = useBrowser();
const FLAGSHIP = "data/stories/caucasus/000_829ee0a41ba233db.txt";

describe("authoring page on a phone (author.html at 390 px)", () => {
  it("has no sideways scroll, and the check and download stay reachable anywhere in a long candidate list", async () => {
    const { page, pageErrors } = await openApp("author.html", {
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    await page.locator("#article-text").fill(readFileSync(FLAGSHIP, "utf8"));
    await page.locator("#article-file").fill("artikel.txt");
    await page.locator("#article-published").fill("2025-07");
    await page.getByRole("button", { name: "Artikel hinzufügen" }).click();
    await page.getByRole("button", { name: "Entwurf erstellen" }).click();
    const candidates = page.locator("#candidates > li");
    await expect.poll(() => candidates.count(), { timeout: 30_000 }).toBeGreaterThan(8);
    await candidates.nth(0).getByRole("button", { name: "Übernehmen" }).click();
    await expect.poll(() => page.locator("#check").textContent()).toContain("Übernommene Ereignisse: 1");

    // Every form (the sentence pickers' long options included) fits the width.
    const width = () => page.evaluate(() => document.documentElement.scrollWidth);
    await expect.poll(width).toBeLessThanOrEqual(390);

    // Halfway down the list, the download button is on screen and takes a tap.
    await candidates.nth(6).scrollIntoViewIfNeeded();
    const reachable = () =>
      page.evaluate(() => {
        const button = document.querySelector("#download") as HTMLElement;
        const box = button.getBoundingClientRect();
        const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
        return box.top >= 0 && box.bottom <= innerHeight && hit === button;
      });
    await expect.poll(reachable).toBe(true);
    await expect
      .poll(() => page.evaluate(() => document.querySelector("#check")?.getBoundingClientRect().top ?? -1))
      .toBeGreaterThan(0);
    expect(pageErrors).toEqual([]);
  }, 120_000);
});

describe("authoring page on a laptop (author.html at 1280 px)", () => {
  it("keeps the preview map where it is while check messages come and go, and the forms inside their column", async () => {
    const { page, pageErrors } = await openApp("author.html", { viewport: { width: 1280, height: 800 } });
    await page.locator("#article-text").fill(readFileSync(FLAGSHIP, "utf8"));
    await page.locator("#article-published").fill("2025-07");
    await page.getByRole("button", { name: "Artikel hinzufügen" }).click();
    await page.getByRole("button", { name: "Entwurf erstellen" }).click();
    const candidates = page.locator("#candidates > li");
    await expect.poll(() => candidates.count(), { timeout: 30_000 }).toBeGreaterThan(3);
    const first = candidates.nth(0);
    await first.getByRole("button", { name: "Übernehmen" }).click();
    await page.locator("#preview .preview-map").waitFor({ timeout: 30_000 });
    /** The map's top within the preview column, px. */
    const mapTop = () =>
      page.evaluate(() => {
        const map = document.querySelector("#preview .preview-map")?.getBoundingClientRect();
        const column = document.querySelector("#preview")?.getBoundingClientRect();
        return map && column ? Math.round(map.top - column.top) : -1;
      });
    const before = await mapTop();
    const actors = first.locator("[data-field='actors']");
    await actors.fill("RUSS");
    await actors.press("Tab");
    await page.locator("#preview .preview-stale").waitFor();
    await expect.poll(() => page.locator("#check li").count()).toBeGreaterThan(0);
    expect(await mapTop()).toBe(before);

    // The sentence pickers' long options stay inside the candidates' column, not under the preview.
    const overflow = await page.evaluate(() => {
      const column = document.querySelector(".author-work")?.getBoundingClientRect().right ?? 0;
      const fields = [...document.querySelectorAll(".author-work select, .author-work input")];
      return fields.filter((f) => f.getBoundingClientRect().right > column + 1).length;
    });
    expect(overflow).toBe(0);
    expect(pageErrors).toEqual([]);
  }, 120_000);
});
