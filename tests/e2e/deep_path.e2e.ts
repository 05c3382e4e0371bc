import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../support/chromium";
import { type StaticServer, serveStatic } from "../support/static_server";
import { waitForMapIdle } from "./app";

/**
 * The built app opened under a path the server maps to index.html (`/foo/bar?story=…`,
 * `/foo/bar/`): it finds its files one folder up at a time (src/boot/asset_boot.ts) and draws
 * the map; when the files are missing altogether, an error panel names them. Never "Lädt …"
 * forever, never a blank page.
 */
let browser: Browser;
const servers: StaticServer[] = [];
const folders: string[] = [];
const entry = readdirSync("dist/assets").find((name) => /^index-.*\.js$/.test(name)) ?? "";

/** A copy of dist/ without the files `drop` matches, served with an SPA fallback. */
async function serve(drop?: RegExp): Promise<string> {
  const root = mkdtempSync(join(tmpdir(), "zeitkarte-deep-"));
  folders.push(root);
  cpSync("dist", root, { recursive: true, filter: (path) => !drop?.test(path) });
  mkdirSync(join(root, "assets"), { recursive: true });
  const server = await serveStatic(root, {}, 0, { spaFallback: true });
  servers.push(server);
  return server.url;
}

async function open(url: string): Promise<{ page: Page; pageErrors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on("pageerror", (error) => pageErrors.push(String(error)));
  await page.goto(url);
  return { page, pageErrors };
}

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  for (const server of servers) await server.close();
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

describe("the built app under an unexpected deep path (SPA fallback server)", () => {
  for (const path of ["foo/bar?story=caucasus", "foo/bar/", "foo/bar/baz/#event=azal-8243-crash"]) {
    it(`/${path} finds its files and draws the map with its styles`, async () => {
      const base = await serve();
      const { page, pageErrors } = await open(new URL(path, base).href);
      await waitForMapIdle(page);
      expect(await page.locator(".loading").count()).toBe(0);
      expect(await page.locator(".boot-error, .boot-notice").count()).toBe(0);
      // The stylesheet came along: the masthead is laid out, not a bare list.
      expect(await page.locator("#map").evaluate((map) => getComputedStyle(map).position)).not.toBe("static");
      // Basemap and fonts came from the app's folder: places are labelled, no notice.
      expect(await page.locator(".notice").count()).toBe(0);
      const labels = () =>
        page.evaluate(() =>
          (window as unknown as { __zeitkarte: { renderedLabels(): string[] } }).__zeitkarte.renderedLabels(),
        );
      await expect.poll(labels).toContain("Baku");
      if (path.includes("azal")) await page.locator("#event-card .event-title").waitFor();
      expect(pageErrors).toEqual([]);
      await page.context().close();
    });
  }
});

describe("sharing from a deep path", () => {
  it("/foo/bar?story=caucasus: the pym.js code loads pym.js from the app's folder, not /foo/", async () => {
    const base = await serve();
    const { page } = await open(new URL("foo/bar?story=caucasus", base).href);
    await page.locator(".masthead-tools button.share-button").click();
    const dialog = page.locator("dialog.share-dialog");
    await dialog.waitFor();
    await dialog.locator("input[name=embed-kind][value=pym]").check();
    const code = await dialog.locator("#share-embed-code").inputValue();
    expect(code).toContain(`<script src="${new URL("pym.v1.min.js", base).href}"></script>`);
    expect(code).toContain(`"${new URL("foo/bar?embed=1&story=caucasus", base).href}`);
    await page.context().close();
  });
});

describe("the built app whose files are missing", () => {
  it("/foo/bar/ without assets/ shows an error panel naming the entry file at every folder tried", async () => {
    const base = await serve(/[/\\]assets[/\\]/);
    const { page } = await open(new URL("foo/bar/", base).href);
    const panel = page.locator(".boot-error[role=alert]");
    await panel.waitFor();
    expect(await panel.locator("h1").textContent()).toBe("Die Zeitkarte konnte nicht geladen werden");
    const urls = await panel.locator("li code").allTextContents();
    for (const folder of ["foo/bar/", "foo/", ""])
      expect(urls).toContain(new URL(`${folder}assets/${entry}`, base).href);
    expect(await page.locator(".loading").count()).toBe(0);
    expect(await page.locator("#app").getAttribute("aria-busy")).toBeNull();
    await page.context().close();
  });

  // A review blocked MapLibre's chunk: the panel named only the entry, index-….js, as missing.
  it("without MapLibre's chunk, the error panel names that chunk first", async () => {
    const chunk = readdirSync("dist/assets").find((name) => /^maplibre-.*\.js$/.test(name)) ?? "";
    expect(chunk).not.toBe("");
    const base = await serve(new RegExp(`${chunk.replace(/[.]/g, "\\.")}$`));
    const { page } = await open(base);
    const panel = page.locator(".boot-error[role=alert]");
    await panel.waitFor();
    const urls = await panel.locator("li code").allTextContents();
    expect(urls[0]).toBe(new URL(`assets/${chunk}`, base).href);
    await page.context().close();
  });

  it("/?lang=en without assets/ says so in English", async () => {
    const base = await serve(/[/\\]assets[/\\]/);
    const { page } = await open(new URL("#lang=en", base).href);
    const panel = page.locator(".boot-error[role=alert]");
    await panel.waitFor();
    expect(await panel.locator("h1").textContent()).toBe("Zeitkarte could not be loaded");
    expect(await panel.locator("li code").allTextContents()).toContain(new URL(`assets/${entry}`, base).href);
    await page.context().close();
  });

  it("a missing stylesheet gets a notice naming it while the app runs", async () => {
    const base = await serve(/[/\\]assets[/\\]index-[^/\\]*\.css$/);
    const { page } = await open(new URL("foo/bar?story=caucasus", base).href);
    const notice = page.locator(".boot-notice[role=status]");
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(
      /^Die Gestaltung der Seite konnte nicht geladen werden.*assets\/index-.*\.css/,
    );
    await page.locator("#event-card, .event-card, .timeline").first().waitFor({ state: "attached" });
    await page.context().close();
  });
});
