import { describe, expect, it } from "vitest";
import { useBrowser, waitForMapIdle } from "./app";
import { GERMAN_PLACE_NAMES } from "./flagship";

/**
 * Printing for class (A4 landscape): the map on paper shows the whole story area, even when the
 * reader had zoomed in, and the reader's view returns afterwards.
 */
const openApp = useBrowser();

const labels = (page: import("playwright-core").Page): Promise<string[]> =>
  page.evaluate(() => {
    const w = window as unknown as { __zeitkarte?: { renderedLabels(): string[] } };
    return w.__zeitkarte?.renderedLabels() ?? [];
  });

describe("print", () => {
  it("shows the nine places on A4 landscape after the reader zoomed in, then returns to the reader's view", async () => {
    // A4 landscape at 96 dpi.
    const { page } = await openApp("#event=azal-8243-crash", { viewport: { width: 1123, height: 794 } });
    await waitForMapIdle(page);
    const canvas = page.locator("#map canvas");
    const box = await canvas.boundingBox();
    if (!box) throw new Error("no map canvas");
    // Zoomed in on the Caucasus, as a reader might have been.
    for (let i = 0; i < 3; i++) await canvas.dblclick({ position: { x: box.width * 0.45, y: box.height * 0.6 } });
    await expect.poll(async () => (await labels(page)).includes("Peking"), { timeout: 20_000 }).toBe(false);

    await page.emulateMedia({ media: "print" });
    await expect.poll(() => labels(page), { timeout: 20_000 }).toEqual(expect.arrayContaining(GERMAN_PLACE_NAMES));
    // The printed map lies on the page, wholly.
    const printed = await canvas.boundingBox();
    expect(printed?.width).toBeGreaterThan(300);
    expect(printed?.height).toBeGreaterThan(150);
    const pdf = await page.pdf({ format: "A4", landscape: true, printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");

    await page.emulateMedia({ media: "screen" });
    await expect.poll(async () => (await labels(page)).includes("Peking"), { timeout: 20_000 }).toBe(false);
  });
});
