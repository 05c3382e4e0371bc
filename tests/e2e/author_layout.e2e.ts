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
