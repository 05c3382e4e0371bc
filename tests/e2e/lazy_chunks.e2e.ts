import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { de } from "../../src/i18n/de";
import { en } from "../../src/i18n/en";
import { useBrowser, waitForMapIdle } from "./app";

/**
 * What the first view does not need loads later (issue 16): the other language's strings are a
 * chunk of their own, fetched when the page is idle after its first view or when first needed.
 */
const openApp = useBrowser();

/** Records, in the page's own clock, when the map first became idle. */
async function recordIdle(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const observer = new MutationObserver(() => {
      if (document.getElementById("map")?.getAttribute("data-idle") !== "true") return;
      Object.assign(window, { __idleAt: performance.now() });
      observer.disconnect();
    });
    observer.observe(document, { subtree: true, attributes: true, attributeFilter: ["data-idle"] });
  });
}

/** The app's script files the page started to fetch before (`before`) or after its first idle. */
function scriptsFetched(page: Page, when: "before" | "after"): Promise<string[]> {
  return page.evaluate((which) => {
    const idle = (window as unknown as { __idleAt: number }).__idleAt;
    return performance
      .getEntriesByType("resource")
      .filter((e) => e.name.endsWith(".js") && (which === "before" ? e.startTime < idle : e.startTime >= idle))
      .map((e) => new URL(e.name).pathname.split("/").pop() ?? "");
  }, when);
}

/** The app's test hooks this file reads (src/app/test_hook.ts). */
interface Hooks {
  __zeitkarte: { state(): { t: number; playing: boolean } };
}

const orgLabel = (page: Page) => page.locator("label[for=org-select]").textContent();

describe("lazy chunks", () => {
  it("a German page fetches the English strings only after its first view, and EN then works offline", async () => {
    const { page, context, pageErrors } = await openApp("", {}, recordIdle);
    await waitForMapIdle(page);
    expect(await orgLabel(page)).toBe(de.organization);
    expect((await scriptsFetched(page, "before")).filter((f) => f.startsWith("en-"))).toEqual([]);
    // Preloaded once the browser is idle after the first view.
    // (requestIdleCallback waits up to 5 s on a busy machine.)
    await expect
      .poll(async () => (await scriptsFetched(page, "after")).some((f) => f.startsWith("en-")), { timeout: 30_000 })
      .toBe(true);
    await context.setOffline(true);
    await page.locator(".lang[lang=en]").click();
    await expect.poll(() => orgLabel(page)).toBe(en.organization);
    expect(await page.locator(".present-button").textContent()).toBe(en.present);
    expect(pageErrors).toEqual([]);
  });

  it("the legend's key loads after the first view: opened before it came, the legend opens with it, the map refitted, focus kept", async () => {
    // The key's chunk held back until the reader has opened the legend by keyboard.
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const { page, pageErrors } = await openApp("#event=azal-8243-crash", {}, async (p) => {
      await recordIdle(p);
      await p.route(/\/assets\/legend-[\w-]+\.js(\?.*)?$/, async (route) => {
        await held;
        await route.continue();
      });
    });
    await waitForMapIdle(page);
    expect((await scriptsFetched(page, "before")).filter((f) => f.startsWith("legend-"))).toEqual([]);
    await page.locator(".legend summary").focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => page.locator(".legend[open]").count()).toBe(1);
    const before = await page.locator(".legend-slot").boundingBox();
    release();
    await page.locator(".legend[open] .swatch.cross").waitFor({ state: "visible", timeout: 15_000 });
    expect(await page.evaluate(() => document.activeElement?.matches(".legend summary"))).toBe(true);
    // The key's own size, placed for it: taller than the button alone.
    await expect
      .poll(async () => (await page.locator(".legend-slot").boundingBox())?.height ?? 0)
      .toBeGreaterThan((before?.height ?? 0) + 50);
    expect(pageErrors).toEqual([]);
  });

  it("a legend whose key cannot be fetched (offline before it came) says so when opened", async () => {
    const { page, pageErrors } = await openApp("#event=azal-8243-crash", {}, async (p) => {
      await p.route(/\/assets\/legend-[\w-]+\.js(\?.*)?$/, (route) => route.abort("internetdisconnected"));
    });
    await waitForMapIdle(page);
    await page.locator(".legend summary").click();
    await page.locator(".notice.part-failed").waitFor({ state: "visible", timeout: 15_000 });
    expect(await page.locator(".notice.part-failed").textContent()).toContain(de.partFailed);
    expect(pageErrors).toEqual([]);
  });

  it("the playback pace loads after the first view: a play pressed before it came starts once it arrives", async () => {
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const { page, pageErrors } = await openApp("#event=lavrov-in-yerevan", {}, async (p) => {
      await recordIdle(p);
      await p.route(/\/assets\/pacing-[\w-]+\.js(\?.*)?$/, async (route) => {
        await held;
        await route.continue();
      });
    });
    await waitForMapIdle(page);
    expect((await scriptsFetched(page, "before")).filter((f) => f.startsWith("pacing-"))).toEqual([]);
    const t = () => page.evaluate(() => (window as unknown as Hooks).__zeitkarte.state().t);
    await page.waitForFunction(() => "__zeitkarte" in window, undefined, { timeout: 30_000 });
    const before = await t();
    await page.getByRole("button", { name: de.play }).click();
    await page.waitForTimeout(800);
    // Playing, waiting for its pace: the time has not moved.
    expect(await page.evaluate(() => (window as unknown as Hooks).__zeitkarte.state().playing)).toBe(true);
    expect(await t()).toBe(before);
    release();
    await expect.poll(t, { timeout: 15_000 }).toBeGreaterThan(before);
    expect(pageErrors).toEqual([]);
  });

  it("a play whose pace cannot be fetched (offline before it came) says so", async () => {
    const { page, pageErrors } = await openApp("#event=lavrov-in-yerevan", {}, async (p) => {
      await p.route(/\/assets\/pacing-[\w-]+\.js(\?.*)?$/, (route) => route.abort("internetdisconnected"));
    });
    await waitForMapIdle(page);
    await page.getByRole("button", { name: de.play }).click();
    await page.locator(".notice.part-failed").waitFor({ state: "visible", timeout: 15_000 });
    expect(await page.locator(".notice.part-failed").textContent()).toContain(de.partFailed);
    expect(pageErrors).toEqual([]);
  });

  it("?lang=en shows its first view in English, with no German string on the way", async () => {
    const { page, pageErrors } = await openApp("?lang=en", {}, async (p) => {
      // Every text the masthead's organization label ever had, from its first rendering on.
      await p.addInitScript(() => {
        const seen: string[] = [];
        Object.assign(window, { __orgLabels: seen });
        new MutationObserver(() => {
          const text = document.querySelector("label[for=org-select]")?.textContent;
          if (text && seen.at(-1) !== text) seen.push(text);
        }).observe(document, { subtree: true, childList: true, characterData: true });
      });
    });
    await waitForMapIdle(page);
    expect(await page.evaluate(() => (window as unknown as { __orgLabels: string[] }).__orgLabels)).toEqual([
      en.organization,
    ]);
    expect(await page.locator(".share-button").textContent()).toBe(en.shareButton);
    expect(pageErrors).toEqual([]);
  });
});
