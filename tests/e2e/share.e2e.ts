import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { distinctColorsOfPng, useBrowser, waitForMapIdle } from "./app";

const openApp = useBrowser();
const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

const cardTitle = (page: Page) => page.locator("#event-card .event-title").textContent();
const activeElement = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement;
    return { name: active?.getAttribute("name") ?? "", className: active?.className ?? "" };
  });

/** Opens the dialog from the masthead as a keyboard user would: focus the button, press Enter. */
async function openShare(page: Page): Promise<Locator> {
  await page.locator("#event-card .event-title").waitFor();
  const button = page.locator(".masthead-tools button.share-button");
  await button.focus();
  await page.keyboard.press("Enter");
  const dialog = page.locator("dialog.share-dialog");
  await dialog.waitFor();
  return dialog;
}

async function download(page: Page, kind: "png" | "geojson" | "csv"): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.locator(`dialog.share-dialog button[data-download=${kind}]`).click(),
  ]);
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

interface Violation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

/** axe-core (WCAG 2.1 A/AA and best practices) on the open dialog only. */
async function axeDialog(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const { axe } = window as unknown as {
      axe: { run(context: Element, options: object): Promise<{ violations: Violation[] }> };
    };
    const dialog = document.querySelector("dialog.share-dialog");
    if (!dialog) return [{ id: "no-dialog", help: "dialog missing", nodes: [] }];
    const result = await axe.run(dialog, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
    });
    return result.violations;
  });
  return violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(" | ")}`);
}

describe("share, embed and download", () => {
  it("shares a link that restores the view (same event card in a new page)", async () => {
    const { page, offOrigin } = await openApp("#event=azal-8243-hit", {
      permissions: ["clipboard-read", "clipboard-write"],
    });
    await expect.poll(() => cardTitle(page)).toBe("Russische Luftabwehr beschießt AZAL-Flug 8243");
    const dialog = await openShare(page);
    expect(await dialog.getAttribute("open")).not.toBeNull();
    // Labelled by its heading; focus starts on the link.
    const heading = await dialog.getAttribute("aria-labelledby");
    expect(await page.locator(`#${heading}`).textContent()).toBe("Teilen und einbetten");
    expect((await activeElement(page)).name).toBe("share-link");

    const link = await dialog.locator("input[name=share-link]").inputValue();
    expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/.*\?story=[a-z0-9-]+#t=2024-12&event=azal-8243-hit/);
    await dialog.getByRole("button", { name: "Link kopieren" }).click();
    await expect.poll(() => dialog.locator("[role=status]").textContent()).toBe("Kopiert");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

    const shared = await openApp(link);
    await expect.poll(() => cardTitle(shared.page)).toBe("Russische Luftabwehr beschießt AZAL-Flug 8243");
    // The embed snippet names pym.js for the newsroom's page; the app itself never loads it.
    expect(offOrigin).toEqual([]);
    expect(shared.offOrigin).toEqual([]);
  });

  it("updates the embed code as the options change", async () => {
    const { page } = await openApp("#event=azal-8243-hit", { permissions: ["clipboard-read", "clipboard-write"] });
    const dialog = await openShare(page);
    const code = () => dialog.locator("textarea[name=embed-code]").inputValue();
    const initial = await code();
    expect(initial).toMatch(
      /^<iframe src="[^"]+\?embed=1&amp;story=[a-z0-9-]+&amp;lang=de#t=[\d-]+&amp;event=azal-8243-hit"/,
    );
    expect(initial).toContain('height="600"');
    expect(initial).not.toMatch(/autoplay|controls=/);

    await dialog.locator("input[name=embed-autoplay]").check();
    expect(await code()).toContain("&amp;autoplay=1");
    await dialog.locator("input[name=embed-controls]").uncheck();
    expect(await code()).toContain("&amp;autoplay=1&amp;controls=0");
    await dialog.locator("input[name=embed-lang][value=en]").check();
    expect(await code()).toContain("lang=en");
    expect(await code()).not.toContain("lang=de");
    await dialog.locator("input[name=embed-start][value=story]").check();
    expect(await code()).not.toContain("#t=");
    expect(await code()).not.toContain("event=");

    // Radio groups work by keyboard: ↓ moves from iframe to pym.js.
    expect(await dialog.locator("#share-pym-note").isVisible()).toBe(false);
    await dialog.locator("input[name=embed-kind][value=iframe]").focus();
    await page.keyboard.press("ArrowDown");
    const pym = await code();
    expect(pym).toMatch(
      /^<div data-zeitkarte-embed="[a-z0-9-]+"><\/div>\n<!--[^>]*-->\n<script src="http:\/\/127\.0\.0\.1:\d+\/pym\.v1\.min\.js">/,
    );
    expect(pym).toContain("new pym.Parent(");
    expect(pym).toContain("lang=en&autoplay=1&controls=0");
    expect(await dialog.locator("#share-pym-note").isVisible()).toBe(true);

    await dialog.getByRole("button", { name: "Code kopieren" }).click();
    await expect.poll(() => dialog.locator("[role=status]").textContent()).toBe("Kopiert");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(pym);
  });

  it("downloads the map as a PNG that is neither tiny nor blank", async () => {
    const { page } = await openApp("#event=azal-8243-crash", { acceptDownloads: true });
    await waitForMapIdle(page);
    await openShare(page);
    const { name, bytes } = await download(page, "png");
    expect(name).toMatch(/\.png$/);
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(bytes.subarray(12, 16).toString("ascii")).toBe("IHDR");
    expect(bytes.readUInt32BE(16)).toBeGreaterThan(300);
    expect(bytes.readUInt32BE(20)).toBeGreaterThan(300);
    expect(await distinctColorsOfPng(page, bytes)).toBeGreaterThan(50);
  });

  it("downloads the story as GeoJSON with its 71 events, and as CSV", async () => {
    const { page } = await openApp("", { acceptDownloads: true });
    await openShare(page);
    const geojson = await download(page, "geojson");
    expect(geojson.name).toMatch(/\.geojson$/);
    const collection = JSON.parse(geojson.bytes.toString("utf8")) as {
      type: string;
      features: { properties: { kind: string } }[];
    };
    expect(collection.type).toBe("FeatureCollection");
    expect(collection.features.filter((f) => f.properties.kind === "event")).toHaveLength(71);

    const csv = await download(page, "csv");
    expect(csv.name).toMatch(/\.csv$/);
    const lines = csv.bytes.toString("utf8").split("\r\n");
    expect(lines[0]).toMatch(/^record,id,seq,date,/);
    // One row per event and place: the 71 events have more places than that.
    const eventRows = lines.filter((line) => line.startsWith("event,"));
    expect(eventRows.length).toBeGreaterThan(71);
    expect(new Set(eventRows.map((line) => line.split(",")[1])).size).toBe(71);
    for (const record of ["movement", "membership", "relation"])
      expect(lines.some((line) => line.startsWith(`${record},`))).toBe(true);
    const memberships = collection.features.filter((f) => f.properties.kind === "membership") as unknown as {
      geometry: { type: string } | null;
    }[];
    expect(memberships).toHaveLength(17);
    expect(memberships.every((m) => m.geometry !== null)).toBe(true);
  });

  it("opens and downloads once the network is gone, and offers the classroom file", async () => {
    const { page, context } = await openApp("", { acceptDownloads: true });
    await waitForMapIdle(page);
    // The dialog's code was fetched while the page was idle.
    await expect
      .poll(
        () =>
          page.evaluate(() => performance.getEntriesByType("resource").some((r) => /\/share-[^/]*\.js$/.test(r.name))),
        { timeout: 20_000 },
      )
      .toBe(true);
    await context.setOffline(true);
    const dialog = await openShare(page);
    const csv = await download(page, "csv");
    expect(csv.bytes.toString("utf8")).toMatch(/^record,/);
    const geojson = await download(page, "geojson");
    expect(JSON.parse(geojson.bytes.toString("utf8")).type).toBe("FeatureCollection");
    const classroom = dialog.getByRole("link", { name: "Für den Unterricht: eine Datei" });
    expect(await classroom.getAttribute("href")).toBe("zeitkarte-caucasus.html");
    expect(await classroom.getAttribute("download")).toBe("");
    await context.setOffline(false);
    const response = await page.request.get(new URL("zeitkarte-caucasus.html", page.url()).href);
    expect(response.ok()).toBe(true);
    expect(await response.text()).toContain("Content-Security-Policy");
  });

  it("pauses playback when opened, so the link names the moment on screen, and closes when the hash changes behind it", async () => {
    const { page } = await openApp("#event=azal-8243-hit");
    await waitForMapIdle(page);
    const state = () =>
      page.evaluate(() =>
        (window as unknown as { __zeitkarte: { state(): { playing: boolean; t: number } } }).__zeitkarte.state(),
      );
    await page.locator(".masthead-tools button.share-button").waitFor();
    await page.keyboard.press("Space");
    await expect.poll(async () => (await state()).playing).toBe(true);
    const dialog = await openShare(page);
    expect((await state()).playing).toBe(false);
    const link = await dialog.locator("#share-link").inputValue();
    const { t } = await state();
    await page.waitForTimeout(1500);
    // Nothing moved behind the dialog: its link is still the view on screen.
    expect((await state()).t).toBe(t);
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe(new URL(link).hash);
    await page.evaluate(() => {
      window.location.hash = "#event=azal-8243-crash";
    });
    await expect.poll(() => page.locator("dialog.share-dialog").count()).toBe(0);
  });

  it("closes with Esc and returns focus to the share button", async () => {
    const { page } = await openApp("");
    await openShare(page);
    // Tab stays inside the modal dialog.
    for (let i = 0; i < 20; i++) await page.keyboard.press("Tab");
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest("dialog.share-dialog")))).toBe(true);
    await page.keyboard.press("Escape");
    await expect.poll(() => page.locator("dialog.share-dialog").count()).toBe(0);
    expect((await activeElement(page)).className).toContain("share-button");
  });

  for (const colorScheme of ["light", "dark"] as const) {
    it(`has no axe violations in the dialog (${colorScheme})`, async () => {
      const { page } = await openApp("#event=azal-8243-crash&lang=en", { colorScheme });
      const dialog = await openShare(page);
      expect(await dialog.locator("h2").textContent()).toBe("Share and embed");
      expect(await axeDialog(page)).toEqual([]);
    });
  }
});
