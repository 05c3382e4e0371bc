import { describe, expect, it } from "vitest";
import { useBrowser } from "./app";

const openApp = useBrowser();

describe("presenter mode", () => {
  it("steps through three events with clicker keys, blanks with B and leaves with Esc", async () => {
    const { page, pageErrors } = await openApp("?present=1#event=lavrov-in-yerevan", {
      viewport: { width: 1920, height: 1080 },
    });
    const count = page.locator(".present-count");
    await page.locator("#event-card .event-title").waitFor();
    expect(await page.locator("#app").getAttribute("class")).toContain("present");
    const start = Number((await count.textContent())?.split(" / ")[0]);
    expect(start).toBeGreaterThan(1);
    await expect.poll(() => count.textContent()).toBe(`${start} / 71`);
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => count.textContent()).toBe(`${start + 1} / 71`);
    await page.keyboard.press("PageDown");
    await expect.poll(() => count.textContent()).toBe(`${start + 2} / 71`);
    await page.keyboard.press("Space");
    await expect.poll(() => count.textContent()).toBe(`${start + 3} / 71`);
    await page.keyboard.press("PageUp");
    await expect.poll(() => count.textContent()).toBe(`${start + 2} / 71`);
    // The timeline is reduced to the progress bar; the card is large.
    expect(await page.locator("#timeline").isVisible()).toBe(false);
    const size = await page.locator(".event-summary").evaluate((n) => Number.parseFloat(getComputedStyle(n).fontSize));
    expect(size).toBeGreaterThanOrEqual(28);

    await page.keyboard.press("b");
    await expect.poll(() => page.locator(".present-blank").isVisible()).toBe(true);
    await page.keyboard.press("b");
    await expect.poll(() => page.locator(".present-blank").isVisible()).toBe(false);

    await page.keyboard.press("Escape");
    await expect.poll(() => page.locator("#app").getAttribute("class")).not.toContain("present");
    expect(await page.locator("#timeline").isVisible()).toBe(true);
    expect(pageErrors).toEqual([]);
  });

  it("starts with the P key and plays a journey when a step reaches it", async () => {
    const { page } = await openApp("#t=2024-11-30");
    await page.locator("#event-card .event-title").waitFor();
    await page.keyboard.press("p");
    await expect.poll(() => page.locator("#app").getAttribute("class")).toContain("present");
    // The next event is the AZAL hit, which starts the flight: the step plays it to the crash.
    await page.keyboard.press("ArrowRight");
    await expect
      .poll(() => page.locator("#event-card .event-title").textContent(), { timeout: 30_000 })
      .toBe("AZAL-Flug 8243 stürzt bei Aktau ab");
  });
});
