import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useBrowser, waitForMapIdle } from "./app";
import { axe } from "./axe";

const openApp = useBrowser();
async function ready(page: Page) {
  await page.locator("#event-card .event-title").waitFor();
  await waitForMapIdle(page);
}

describe("accessibility (axe-core)", () => {
  for (const lang of ["de", "en"] as const) {
    it(`has no violations in the full view (${lang})`, async () => {
      const { page } = await openApp(`#event=azal-8243-crash&lang=${lang}`);
      await ready(page);
      expect(await axe(page)).toEqual([]);
    });

    it(`has no violations in the embed view (${lang})`, async () => {
      const { page } = await openApp(`?embed=1#event=lavrov-in-yerevan&lang=${lang}`, {
        viewport: { width: 600, height: 900 },
      });
      await ready(page);
      expect(await axe(page)).toEqual([]);
    });

    it(`has no violations in presenter mode (${lang})`, async () => {
      const { page } = await openApp(`?present=1#event=azal-8243-crash&lang=${lang}`, {
        viewport: { width: 1920, height: 1080 },
      });
      await ready(page);
      expect(await axe(page)).toEqual([]);
      const body = await page
        .locator(".event-summary")
        .evaluate((node) => Number.parseFloat(getComputedStyle(node).fontSize));
      expect(body).toBeGreaterThanOrEqual(28);
    });
  }

  for (const [view, path] of [
    ["full", "#event=azal-8243-crash"],
    ["embed", "?embed=1#event=azal-8243-crash"],
    ["presenter", "?present=1#event=azal-8243-crash"],
  ] as const)
    it(`has no violations in the ${view} view in dark mode`, async () => {
      const { page } = await openApp(path, { colorScheme: "dark" });
      await ready(page);
      expect(await axe(page)).toEqual([]);
    });
});

describe("keyboard", () => {
  it("reaches Play within 8 presses of Tab", async () => {
    const { page } = await openApp("#event=azal-8243-crash");
    await ready(page);
    const names: string[] = [];
    for (let press = 1; press <= 8; press++) {
      await page.keyboard.press("Tab");
      names.push(
        await page.evaluate(
          () => document.activeElement?.getAttribute("aria-label") ?? document.activeElement?.textContent ?? "",
        ),
      );
      if (names.at(-1) === "Abspielen") break;
    }
    expect(names, names.join(" | ")).toContain("Abspielen");
  });

  it("makes the timeline's events one tab stop, with arrows inside", async () => {
    const { page } = await openApp("#event=azal-8243-crash");
    await ready(page);
    const stops = () => page.locator(".tl-event[tabindex='0']").count();
    expect(await page.locator(".tl-event").count()).toBeGreaterThan(3);
    expect(await stops()).toBe(1);
    // The tab stop is the current event's mark.
    expect(await page.locator(".tl-event[tabindex='0']").getAttribute("data-id")).toBe("azal-8243-crash");
    await page.locator(".tl-event[tabindex='0']").focus();
    const focused = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.id);
    const first = await focused();
    await page.keyboard.press("ArrowRight");
    const second = await focused();
    expect(second).toBeDefined();
    expect(second).not.toBe(first);
    expect(await stops()).toBe(1);
    // Arrows move focus only; the story stays on its event until Enter.
    expect(await page.evaluate(() => window.location.hash)).toContain("event=azal-8243-crash");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.locator("#event-card .event-card").getAttribute("data-event")).toBe(second);
    // Tab leaves the marks at once.
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.closest(".tl-event") ?? null)).toBeNull();
  });

  it("skip link moves focus to the text view and leaves the URL's hash alone", async () => {
    const { page } = await openApp("#event=azal-8243-crash&org=sco");
    await ready(page);
    const before = await page.evaluate(() => window.location.hash);
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.className)).toBe("skip-link");
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("text-view");
    expect(await page.evaluate(() => window.location.hash)).toBe(before);
    expect(await page.locator("main").count()).toBe(1);
  });

  it("keeps ←/→/Home/End inside the place list: → goes to the column beside, the story stays (a review)", async () => {
    const { page } = await openApp("#event=lavrov-in-yerevan");
    await ready(page);
    const before = await page.evaluate(() => window.location.hash);
    await page.locator('.place-link[tabindex="0"]').focus();
    const at = () =>
      page.evaluate(() => {
        const r = document.activeElement?.getBoundingClientRect();
        return { name: document.activeElement?.textContent ?? "", left: r?.left ?? 0, top: r?.top ?? 0 };
      });
    const first = await at();
    await page.keyboard.press("ArrowRight");
    const beside = await at();
    expect(beside.left).toBeGreaterThan(first.left + 20);
    expect(Math.abs(beside.top - first.top)).toBeLessThan(4);
    await page.keyboard.press("End");
    expect((await at()).name).toBe(await page.locator(".place-link").last().textContent());
    await page.keyboard.press("Home");
    expect((await at()).name).toBe(first.name);
    await page.keyboard.press("ArrowLeft");
    expect((await at()).name).toBe(first.name);
    expect(await page.evaluate(() => window.location.hash)).toBe(before);
  });

  it("text view's link reaches the place list in one press (a review: 50 Tabs)", async () => {
    const { page } = await openApp("#event=azal-8243-hit");
    await ready(page);
    const before = await page.evaluate(() => window.location.hash);
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Zu den Orten der Geschichte");
    expect(await page.locator(".text-view-skip").evaluate((a) => a.getBoundingClientRect().width)).toBeGreaterThan(50);
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.className)).toBe("place-link");
    await page.keyboard.press("ArrowDown");
    expect(await page.evaluate(() => document.activeElement?.closest(".place-list") !== null)).toBe(true);
    expect(await page.evaluate(() => window.location.hash)).toBe(before);
  });
});
