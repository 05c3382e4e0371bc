import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useBrowser, waitForMapIdle } from "./app";

const openApp = useBrowser();

const card = (page: Page) => page.locator("#event-card .event-card");
const cardEvent = (page: Page) => card(page).getAttribute("data-event");
const position = (page: Page) => page.locator("#event-card .event-position").textContent();

/** Changes only the hash of the open tab, as a typed URL or a link would. */
async function setHash(page: Page, hash: string, event: string): Promise<void> {
  await page.evaluate((h) => {
    window.location.hash = h;
  }, hash);
  await page.locator(`#event-card .event-card[data-event="${event}"]`).waitFor({ timeout: 10_000 });
}

describe("the URL is the view, both ways", () => {
  it("a hash-only change to #event=armenia-freezes-csto opens that card in the open tab", async () => {
    const { page, pageErrors } = await openApp("#event=azal-8243-crash");
    await card(page).waitFor();
    expect(await cardEvent(page)).toBe("azal-8243-crash");
    await setHash(page, "#event=armenia-freezes-csto", "armenia-freezes-csto");
    expect(await cardEvent(page)).toBe("armenia-freezes-csto");
    await setHash(page, "#t=2025-05&event=lavrov-in-yerevan", "lavrov-in-yerevan");
    expect(await cardEvent(page)).toBe("lavrov-in-yerevan");
    expect(pageErrors).toEqual([]);
  });

  it("a hash-only change to an event off screen frames it, as a fresh load of the link does", async () => {
    const { page, pageErrors } = await openApp("#event=armenia-freezes-csto", { reducedMotion: "reduce" });
    await waitForMapIdle(page);
    // The reader zooms in on the middle of the map: the AZAL crash (Aktau, by the hit near
    // Grosny) is off screen.
    const zoomIn = page.locator(".maplibregl-ctrl-zoom-in");
    for (let i = 0; i < 4; i++) await zoomIn.click();
    const onScreen = () =>
      page.evaluate(() => {
        const hooks = (
          window as unknown as { __zeitkarte: { project(lon: number, lat: number): { x: number; y: number } } }
        ).__zeitkarte;
        const box = document.querySelector("#map")?.getBoundingClientRect();
        if (!box) return [];
        return [
          [51.167, 43.65],
          [45.689, 43.312],
        ].map(([lon, lat]) => {
          const p = hooks.project(lon ?? 0, lat ?? 0);
          return p.x >= 0 && p.y >= 0 && p.x <= box.width && p.y <= box.height;
        });
      });
    await expect.poll(onScreen, { timeout: 10_000 }).not.toEqual([true, true]);
    await setHash(page, "#event=azal-8243-crash", "azal-8243-crash");
    await expect.poll(onScreen, { timeout: 10_000 }).toEqual([true, true]);
    expect(pageErrors).toEqual([]);
  });

  it("the legend's 'all lines' writes lines=all, a new tab opens with it, and a hash without it unchecks it", async () => {
    const { page, context } = await openApp("#event=azal-8243-crash");
    await page.waitForFunction(() => "__zeitkarte" in window, undefined, { timeout: 30_000 });
    await page.locator(".legend summary").click();
    await page.locator(".legend .all-lines").check();
    await page.waitForFunction(() => window.location.hash.includes("lines=all"));
    const hash = await page.evaluate(() => window.location.hash);
    const other = await context.newPage();
    await other.goto(page.url().replace(/#.*$/, hash));
    await other.locator(".legend summary").click();
    await expect.poll(() => other.locator(".legend .all-lines").isChecked(), { timeout: 20_000 }).toBe(true);
    await setHash(other, "#event=armenia-freezes-csto", "armenia-freezes-csto");
    await expect.poll(() => other.locator(".legend .all-lines").isChecked()).toBe(false);
  });

  it("a hash-only change to #org=sco chooses the SCO in the open tab", async () => {
    const { page } = await openApp("");
    await card(page).waitFor();
    expect(await page.locator("#org-select").inputValue()).toBe("csto");
    await page.evaluate(() => {
      window.location.hash = "#org=sco";
    });
    await page.waitForFunction(
      () => (window as unknown as { __zeitkarte?: { state(): { org: string } } }).__zeitkarte?.state().org === "sco",
    );
    expect(await page.locator("#org-select").inputValue()).toBe("sco");
  });

  it("after End the URL reopens the last card in a new tab and on Back", async () => {
    const { page, context } = await openApp("");
    await card(page).waitFor();
    await page.keyboard.press("End");
    const total = (await position(page))?.split("/")[1]?.trim();
    await page.waitForFunction(() => window.location.hash.includes("event="));
    expect(await position(page)).toBe(`${total} / ${total}`);
    const url = page.url();
    const fresh = await context.newPage();
    await fresh.goto(url);
    await fresh.locator("#event-card .event-position").waitFor();
    expect(await position(fresh)).toBe(`${total} / ${total}`);
    await page.keyboard.press("Home");
    await page.waitForFunction((u) => window.location.href !== u, url);
    await page.goBack();
    await page.waitForFunction((u) => window.location.href === u, url);
    await page
      .locator("#event-card .event-position")
      .filter({ hasText: `${total} / ${total}` })
      .waitFor();
  });
});
