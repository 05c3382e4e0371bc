import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../support/chromium";
import { distinctColors } from "./app";
import { axe } from "./axe";
import { GERMAN_PLACE_NAMES } from "./flagship";

/**
 * The classroom copy (`npm run build` → dist/zeitkarte-caucasus.html), opened as a teacher
 * would: double-clicked, from file://, on a machine without network (every request that is
 * not the file itself, data: or blob: is aborted and recorded).
 */
const FILE = resolve("dist/zeitkarte-caucasus.html");

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium([]);
});
afterAll(async () => {
  await browser?.close();
});

async function openFile(hash = ""): Promise<{ page: Page; blocked: string[]; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  const blocked: string[] = [];
  const errors: string[] = [];
  const url = pathToFileURL(FILE).href;
  await context.route("**/*", (route) => {
    const requested = route.request().url();
    if (requested.startsWith("data:") || requested.startsWith("blob:") || requested.split("#")[0] === url)
      return route.continue();
    blocked.push(requested);
    return route.abort("internetdisconnected");
  });
  page.on("pageerror", (error) => errors.push(String(error)));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  await page.goto(`${url}${hash}`);
  return { page, blocked, errors };
}

describe("the single-file classroom copy", () => {
  it("is written by the build", () => {
    expect(existsSync(FILE)).toBe(true);
  });

  it("opened from file:// offline, draws the map and lists and labels the nine places", async () => {
    const { page, blocked, errors } = await openFile();
    await page.locator("#map[data-idle='true']").waitFor({ state: "attached", timeout: 60_000 });
    expect(await distinctColors(page, "#map canvas")).toBeGreaterThan(200);
    // The list comes with the text view, just after the first view (mount.ts).
    await page.locator(".place-list li").first().waitFor();
    const names = await page
      .locator(".place-list li")
      .evaluateAll((items) => items.map((li) => li.querySelector("button")?.firstChild?.textContent ?? ""));
    for (const name of GERMAN_PLACE_NAMES) expect(names).toContain(name);
    const labels: string[] = await page.evaluate(() => {
      const w = window as unknown as { __zeitkarte?: { renderedLabels(): string[] } };
      return w.__zeitkarte?.renderedLabels() ?? [];
    });
    for (const name of GERMAN_PLACE_NAMES) expect(labels).toContain(name);
    expect(blocked).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("share from file:// offers the view to add to the file's address, never a file:// link", async () => {
    const { page, errors } = await openFile("#event=azal-8243-crash");
    await page.locator("#event-card .event-title").waitFor();
    await page.locator(".masthead-tools button.share-button").click();
    const dialog = page.locator("dialog.share-dialog");
    await dialog.waitFor();
    const view = await dialog.locator("#share-link").inputValue();
    // The month the source gives, not the day the crash is spread to (the link names no day the data lacks).
    expect(view).toBe("#t=2024-12&event=azal-8243-crash&lang=de");
    expect(await dialog.locator("label[for=share-link]").textContent()).toBe(
      "Ansicht, an die Adresse dieser Datei anzuhängen",
    );
    expect(await dialog.textContent()).toContain("ein Link darauf öffnet sie nur hier");
    const values = await dialog
      .locator("input, textarea")
      .evaluateAll((fields) => fields.map((f) => (f as HTMLInputElement).value));
    const hrefs = await dialog
      .locator("a[href]")
      .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    expect([...values, ...hrefs, (await dialog.textContent()) ?? ""].filter((v) => v.includes("file:"))).toEqual([]);
    expect(await dialog.locator("#share-embed-code").count()).toBe(0);
    // The view, added to the file's address, reopens the same card.
    await page.keyboard.press("Escape");
    await page.goto(`${pathToFileURL(FILE).href}#t=2025-05-21&lang=de`);
    await page.goto(`${pathToFileURL(FILE).href}${view}`);
    await expect.poll(() => page.locator("#event-card .event-card").getAttribute("data-event")).toBe("azal-8243-crash");
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("plays, steps and enters presenter mode from file://", async () => {
    const { page, errors } = await openFile();
    await page.locator("#map[data-idle='true']").waitFor({ state: "attached", timeout: 60_000 });
    const play = page.getByRole("button", { name: "Abspielen" });
    await play.click();
    await expect.poll(() => page.evaluate(() => window.location.hash), { timeout: 20_000 }).toMatch(/t=/);
    await page.keyboard.press("p");
    await page.locator(".present-progress").waitFor({ state: "visible" });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  for (const colorScheme of ["light", "dark"] as const)
    it(`passes axe (WCAG and best practices) from file:// (${colorScheme}, de and en)`, async () => {
      for (const lang of ["de", "en"]) {
        const { page } = await openFile(`#event=azal-8243-crash&lang=${lang}`);
        await page.emulateMedia({ colorScheme });
        await page.locator("#map[data-idle='true']").waitFor({ state: "attached", timeout: 60_000 });
        expect(await axe(page)).toEqual([]);
        await page.context().close();
      }
    });
});
