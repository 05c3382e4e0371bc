import { describe, expect, it } from "vitest";
import { useBrowser } from "./app";

const openApp = useBrowser();

/**
 * A language switch gives the timeline's marks their words in the new language and keeps the
 * marks and the overview's density columns as they are: they do not depend on the language, and
 * redrawing them cost hundreds of ms at 100 000 events (issue 13 item 6).
 */
describe("the timeline in another language", () => {
  it("switching to English relabels the same marks and keeps the density columns", async () => {
    const { page } = await openApp();
    await page.locator(".tl-focus g.tl-event").first().waitFor({ state: "attached" });
    await page.locator(".tl-overview .tl-columns rect").first().waitFor({ state: "attached" });
    const before = await page.evaluate(() => {
      const mark = document.querySelector<SVGGElement>(".tl-focus g.tl-event");
      const column = document.querySelector(".tl-overview .tl-columns rect");
      // Every write to the columns (a redraw sets each attribute again, even to the same value).
      const writes: unknown[] = [];
      const columns = document.querySelector(".tl-overview .tl-columns");
      if (columns)
        new MutationObserver((records) => writes.push(...records)).observe(columns, {
          attributes: true,
          childList: true,
          subtree: true,
        });
      Object.assign(window, { __keptMark: mark, __keptColumn: column, __columnWrites: writes });
      return { id: mark?.dataset.id, label: mark?.getAttribute("aria-label") };
    });
    expect(before.label).toBeTruthy();
    await page.locator('.lang-switch button[lang="en"]').click();
    const kept = () =>
      page.evaluate(() => {
        const w = window as unknown as { __keptMark: SVGGElement; __keptColumn: Element; __columnWrites: unknown[] };
        return {
          id: w.__keptMark.dataset.id,
          label: w.__keptMark.getAttribute("aria-label"),
          connected: w.__keptMark.isConnected && w.__keptColumn.isConnected,
          columnWrites: w.__columnWrites.length,
          lang: document.documentElement.lang,
        };
      });
    await expect.poll(async () => (await kept()).lang, { timeout: 20_000 }).toBe("en");
    await expect.poll(async () => (await kept()).label !== before.label, { timeout: 20_000 }).toBe(true);
    expect(await kept()).toMatchObject({ id: before.id, connected: true, columnWrites: 0 });
    // And back: the German words again, on the same mark.
    await page.locator('.lang-switch button[lang="de"]').click();
    await expect.poll(async () => (await kept()).label, { timeout: 20_000 }).toBe(before.label);
    expect(await kept()).toMatchObject({ id: before.id, connected: true, columnWrites: 0 });
  });
});
