import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useBrowser } from "./app";

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
