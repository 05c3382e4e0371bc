import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useBrowser, waitForMapIdle } from "./app";

const openApp = useBrowser();

/** Opens the app at `path` and waits until its map has drawn and the camera settled. */
async function openSettled(path: string) {
  const app = await openApp(path);
  await waitForMapIdle(app.page);
  await app.page.waitForTimeout(1500);
  return app;
}

const cardTitle = (page: Page) => page.locator("#event-card .event-title").textContent();

/** Clicks the map where [lon, lat] is drawn, as a reader would. */
async function clickAt(page: Page, lon: number, lat: number) {
  await page.waitForFunction(() => "__zeitkarte" in window, undefined, { timeout: 30_000 });
  const point = await page.evaluate(
    ([x, y]) => {
      const w = window as unknown as { __zeitkarte: { project(lon: number, lat: number): { x: number; y: number } } };
      return w.__zeitkarte.project(x as number, y as number);
    },
    [lon, lat],
  );
  const box = await page.locator("#map canvas").boundingBox();
  if (!box) throw new Error("no map canvas");
  await page.mouse.click(box.x + point.x, box.y + point.y);
}

describe("the clickable map", () => {
  it("opens the crash card when the AZAL 8243 ✕ near Aktau is clicked", async () => {
    const { page, pageErrors } = await openSettled("#event=dushanbe-meeting");
    expect(await cardTitle(page)).not.toContain("AZAL");
    await clickAt(page, 51.09, 43.86);
    await expect.poll(() => cardTitle(page)).toBe("AZAL-Flug 8243 stürzt bei Aktau ab");
    expect(pageErrors).toEqual([]);
  });

  it("opens the Jekaterinburg card when its marker is clicked", async () => {
    // A time, not an event: the whole map stays in view (a linked event would be framed).
    const { page } = await openSettled("#t=2025-01-15");
    await clickAt(page, 60.612, 56.852);
    await expect.poll(() => page.locator("#event-card article").getAttribute("data-event")).toBe("yekaterinburg-raids");
  });

  it("points at the open card when the current event's own ✕ is clicked", async () => {
    // Its card is open already: the click changed nothing to be seen (a review).
    const { page, pageErrors } = await openSettled("#event=azal-8243-crash");
    expect(await page.locator("#event-card").getAttribute("class")).not.toContain("pointed");
    await clickAt(page, 51.09, 43.86);
    await expect.poll(() => page.locator("#event-card").getAttribute("class")).toContain("pointed");
    expect(await cardTitle(page)).toBe("AZAL-Flug 8243 stürzt bei Aktau ab");
    // The flash is seen: its tint, then none.
    const tint = () => page.locator("#event-card").evaluate((card) => getComputedStyle(card).backgroundColor);
    expect(await tint()).not.toBe("rgba(0, 0, 0, 0)");
    await expect.poll(tint, { timeout: 5000 }).toBe("rgba(0, 0, 0, 0)");
    expect(pageErrors).toEqual([]);
  });

  it("opens a popup listing Baku's events with their dates when Baku is clicked: the time stays, a button opens a card", async () => {
    // Two reviews: a click on Baku at the hit (December 2024) jumped back to August 2024.
    const { page, pageErrors } = await openSettled("#event=azal-8243-hit");
    const before = await cardTitle(page);
    await clickAt(page, 49.892, 40.378);
    const popup = page.locator(".map-popup");
    await popup.waitFor({ state: "visible", timeout: 15_000 });
    expect(await popup.locator(".map-popup-title").textContent()).toBe("Baku");
    const events = popup.locator(".map-popup-events li");
    expect(await events.count()).toBeGreaterThan(1);
    // Each with its date as precise as its source (SOCAR and Gazprom: "August 2024", a month, not a day).
    expect(await events.locator(".map-popup-date").allTextContents()).toContain("August 2024");
    // The events after the time shown (December 2024) come under "Später" (a review: Kiew's
    // popup listed 2025 among its past).
    expect(await popup.locator("li:not(.later) .map-popup-date").allTextContents()).toContain("August 2024");
    const later = popup.locator("li.later-first");
    expect(await later.count()).toBe(1);
    expect(await later.evaluate((li) => getComputedStyle(li, "::before").content)).toBe('"Später"');
    expect(await later.locator(".map-popup-date").textContent()).toMatch(/2025|2026/);
    // And the articles they cite, with their dates as precise as known (a review: no sources).
    const sources = await popup.locator(".map-popup-source").last().textContent();
    expect(sources).toMatch(/^Quellen: /);
    expect(sources).toContain("Berliner Zeitung (2026)");
    expect(await cardTitle(page)).toBe(before);
    await events.locator("button").first().click();
    await expect.poll(() => cardTitle(page)).not.toBe(before);
    expect(pageErrors).toEqual([]);
  });

  it("opens Moskau's popup when its dot is clicked under the Shahed drones' receded end ring", async () => {
    // A review: the ring drawn around Moskau's dot took the click ("Iranische Shahed-Drohnen").
    const { page, pageErrors } = await openSettled("#event=putin-visits-baku");
    await clickAt(page, 37.616, 55.752);
    const popup = page.locator(".map-popup");
    await popup.waitFor({ state: "visible", timeout: 15_000 });
    expect(await popup.locator(".map-popup-title").textContent()).toBe("Moskau");
    expect(pageErrors).toEqual([]);
  });

  it("opens a popup naming Armenia's CSTO status with its history when its fill is clicked, and from the text view", async () => {
    // A review: a click on Armenia's coloured alliance area opened nothing.
    const { page, pageErrors } = await openSettled("#event=armenia-announces-csto-exit");
    // In Armenia's south (Sjunik), away from Eriwan, its ring and the lines from it.
    await clickAt(page, 46.0, 39.35);
    const popup = page.locator(".map-popup");
    await popup.waitFor({ state: "visible", timeout: 15_000 });
    expect(await popup.locator(".map-popup-title").textContent()).toBe(
      "Armenien: OVKS-Austritt angekündigt (seit 2024)",
    );
    const history = await popup.locator(".map-popup-history li .map-popup-when").allTextContents();
    expect(history).toEqual([
      "zuvor: OVKS-Mitglied",
      "2024: OVKS-Mitgliedschaft eingefroren",
      "2024: OVKS-Austritt angekündigt",
    ]);
    await page.keyboard.press("Escape");
    await expect.poll(() => popup.count()).toBe(0);
    // Russland's one state, undated, is no "zuvor" (a review: it read as an earlier state), and
    // says the articles give no date (the next review: it had none).
    await page.locator('.alliance-list .line-link[data-line-select="csto/RUS"]').focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => popup.locator(".map-popup-title").textContent()).toBe("Russland: OVKS-Mitglied");
    expect(await popup.locator(".map-popup-history li .map-popup-when").allTextContents()).toEqual([
      "OVKS-Mitglied (ohne Datum in den Artikeln)",
    ]);
    await page.keyboard.press("Escape");
    await expect.poll(() => popup.count()).toBe(0);
    // The same from the text view's list of alliances, by keyboard.
    const button = page.locator('.alliance-list .line-link[data-line-select="csto/ARM"]');
    await button.focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => popup.locator(".map-popup-title").textContent()).toContain("Armenien: OVKS-Austritt");
    expect(pageErrors).toEqual([]);
  });

  it("reaches the same card from the place list by keyboard", async () => {
    const { page } = await openApp("#event=azal-8243-crash");
    await page.locator("#event-card .event-title").waitFor();
    const button = page.locator('.place-link[data-place-select="yekaterinburg"]');
    await button.focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => page.locator("#event-card article").getAttribute("data-event")).toBe("yekaterinburg-raids");
  });
});

describe("a place without an event of its own", () => {
  it("opens a popup for Brüssel with the Kallas visit's dates and source, from a click and from the place list", async () => {
    const { page, pageErrors } = await openApp("#t=2025-07-01");
    await waitForMapIdle(page);
    // Brüssel lies west of the opening view: drag the map east as a reader would.
    const box = await page.locator("#map canvas").boundingBox();
    if (!box) throw new Error("no map canvas");
    await page.mouse.move(box.x + 200, box.y + 300);
    await page.mouse.down();
    await page.mouse.move(box.x + 450, box.y + 300, { steps: 10 });
    await page.mouse.move(box.x + 700, box.y + 300, { steps: 10 });
    await page.mouse.up();
    await page.waitForTimeout(1000);
    await waitForMapIdle(page);
    await clickAt(page, 4.349, 50.85);
    const popup = page.locator(".map-popup");
    await expect.poll(() => popup.locator(".map-popup-title").textContent()).toBe("Brüssel");
    const text = (await popup.textContent()) ?? "";
    expect(text).toContain("Belgien");
    expect(text).toContain("Mai–Juni 2025: Kallas nach Eriwan");
    expect(text).toContain("„Wenige Tage danach besuchte");
    expect(text).toContain("Zum Ereignis:");
    await page.keyboard.press("Escape");
    await expect.poll(() => popup.count()).toBe(0);

    const button = page.locator('.place-link[data-place-select="brussels"]');
    await button.focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => popup.locator(".map-popup-title").textContent()).toBe("Brüssel");
    expect(await popup.textContent()).toContain("Kallas nach Eriwan");
    expect(pageErrors).toEqual([]);
  });

  it("brings Brüssel into view when its popup opens from the place list", async () => {
    const { page, pageErrors } = await openApp("#t=2025-07-01");
    await waitForMapIdle(page);
    await page.waitForFunction(() => "__zeitkarte" in window, undefined, { timeout: 30_000 });
    const brussels = () =>
      page.evaluate(() => {
        const w = window as unknown as { __zeitkarte: { project(lon: number, lat: number): { x: number; y: number } } };
        return w.__zeitkarte.project(4.349, 50.85);
      });
    const box = await page.locator("#map canvas").boundingBox();
    if (!box) throw new Error("no map canvas");
    const inView = (p: { x: number; y: number }) => p.x >= 0 && p.x <= box.width && p.y >= 0 && p.y <= box.height;
    // West of the opening view: a reader of the list cannot see where it is.
    expect(inView(await brussels())).toBe(false);
    const button = page.locator('.place-link[data-place-select="brussels"]');
    await button.focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => page.locator(".map-popup .map-popup-title").textContent()).toBe("Brüssel");
    await expect.poll(async () => inView(await brussels()), { timeout: 10_000 }).toBe(true);
    // The popup stays open while the map moves (only a step in time closes it).
    expect(await page.locator(".map-popup").count()).toBe(1);
    expect(pageErrors).toEqual([]);
  });
});
