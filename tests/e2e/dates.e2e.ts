import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useBrowser } from "./app";

/**
 * Every date a reader sees keeps the precision of what it describes: AZAL 8243 is dated to the
 * month (December 2024), Armenia's announced CSTO exit to the year (2024).
 */
const openApp = useBrowser();

const text = (page: Page, selector: string) => page.locator(selector).first().textContent();

describe("dates at their precision", () => {
  it("shows December 2024, never an invented day, for the month-dated AZAL crash", async () => {
    const { page } = await openApp("#event=azal-8243-crash", { acceptDownloads: true });
    await page.locator("#event-card .event-title").waitFor();
    await expect.poll(() => text(page, ".map-date")).toBe("Dezember 2024");
    expect(await text(page, "#text-view h3")).toBe("Ereignisse bis Dezember 2024");
    expect(await page.locator("[role=slider]").getAttribute("aria-valuetext")).toBe(
      "Dezember 2024 — AZAL-Flug 8243 stürzt bei Aktau ab",
    );

    await page.locator(".masthead-tools button.share-button").click();
    const dialog = page.locator("dialog.share-dialog");
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain("dieser Ansicht (Dezember 2024)");
    const [file] = await Promise.all([
      page.waitForEvent("download"),
      dialog.locator("button[data-download=png]").click(),
    ]);
    expect(file.suggestedFilename()).toBe("caucasus-2024-12.png");
  });

  it("shows the Beijing parade's June–December 2025 wherever a date is shown, as the card does, never June alone", async () => {
    const { page } = await openApp("#event=beijing-parade-handshake", { acceptDownloads: true });
    await page.locator("#event-card .event-title").waitFor();
    const own = await text(page, "#event-card time");
    expect(own).toBe("Juni–Dezember 2025");
    await expect.poll(() => text(page, ".map-date")).toBe(own);
    expect(await text(page, ".controls .current-date")).toBe(own);
    expect(await text(page, "#text-view h3")).toBe(`Ereignisse bis ${own}`);
    expect(await page.locator("[role=slider]").getAttribute("aria-valuetext")).toMatch(/^Juni–Dezember 2025 — /);
    await page.locator(".masthead-tools button.share-button").click();
    const dialog = page.locator("dialog.share-dialog");
    await dialog.waitFor();
    // The link names the month the source gives, not the day the event is spread to.
    expect(await page.locator("#share-link").inputValue()).toMatch(/[#&]t=2025-06&event=beijing-parade-handshake/);
    expect(await dialog.textContent()).toContain("dieser Ansicht (Juni–Dezember 2025)");
    const [file] = await Promise.all([
      page.waitForEvent("download"),
      dialog.locator("button[data-download=png]").click(),
    ]);
    expect(file.suggestedFilename()).toBe("caucasus-2025-06--2025-12.png");
  });

  it("shows 2024, also as the big map date, for an event dated only by its year", async () => {
    const { page } = await openApp("#event=armenia-announces-csto-exit&lang=en");
    await page.locator("#event-card .event-title").waitFor();
    await expect.poll(() => text(page, ".map-date")).toBe("2024");
    expect(await text(page, "#text-view h3")).toBe("Events up to 2024");
    expect(await page.locator("#text-view h3").nth(1).textContent()).toBe("Alliances as of 2024");
  });

  it("marks a card's quote as the German original in English, not in German (a review)", async () => {
    const { page } = await openApp("#event=azal-8243-crash&lang=en");
    const quote = page.locator("#event-card .source-quote blockquote").first();
    await quote.waitFor();
    const before = () => quote.evaluate((q) => getComputedStyle(q, "::before").content);
    expect(await before()).toBe('"German original: "');
    await page.locator(".lang-switch button", { hasText: "DE" }).click();
    await expect.poll(before).toBe("none");
  });

  it("explains the date in the reader's language: German note in German, English in English", async () => {
    const { page } = await openApp("#event=azal-8243-crash");
    const note = page.locator("#event-card details.date-note");
    await note.locator("summary").click();
    expect(await note.locator("summary").textContent()).toBe("Zur Datierung");
    expect(await note.locator("p").textContent()).toMatch(/^Die Artikel nennen nur den Monat: „im Dezember 2024“/);
    expect(await note.locator("p").getAttribute("lang")).toBeNull();
    await page.goto(page.url().replace("#event=azal-8243-crash", "#event=azal-8243-crash&lang=en"));
    await expect.poll(() => note.locator("summary").textContent()).toBe("On the date");
    expect(await note.locator("p").textContent()).toMatch(/^The articles give only the month/);
  });

  it("names an untitled article in the reader's language: „Ohne Überschrift“ in German, „Untitled“ in English", async () => {
    const { page } = await openApp("#event=turkey-closes-armenia-border&lang=en");
    const caption = page.locator("#event-card .source-quote figcaption").first();
    await expect.poll(() => caption.textContent()).toMatch(/^Untitled: „Russland hat als erstes Land/);
    expect(await caption.textContent()).toContain("publisher not named in the text");
    await page.goto(page.url().replace("lang=en", "lang=de"));
    await expect.poll(() => caption.textContent()).toMatch(/^Ohne Überschrift: „Russland/);
  });
});
