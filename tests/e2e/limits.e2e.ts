import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ARTICLE, ARTICLE_FILE, nth, tinyStoryInput } from "../unit/story/tiny_story";
import { useBrowser, waitForHook } from "./app";

/** Stories past the loader's limits, served beside the build: an error panel names the limit. */
const openApp = useBrowser();
const SERVED = "dist/stories";
const written: string[] = [];

function serveStory(slug: string, files: Record<string, string>): void {
  const dir = join(SERVED, slug);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  written.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
}

afterAll(() => {
  for (const dir of written) rmSync(dir, { recursive: true, force: true });
  try {
    if (readdirSync(SERVED).length === 0) rmSync(SERVED, { recursive: true });
  } catch {
    // already gone
  }
});

describe("stories past the limits", () => {
  it("a story with 130 000 events shows the limit's error panel, not 'Lädt …'", async () => {
    const input = tinyStoryInput();
    const event = nth(input.events);
    input.events = Array.from({ length: 130_000 }, (_, i) => ({ ...event, id: `e${i}` }));
    serveStory("limit-events", { "story.json": JSON.stringify(input), [ARTICLE_FILE]: ARTICLE });
    const { page, pageErrors } = await openApp("?story=limit-events");
    const panel = page.locator(".story-errors[role=alert]");
    await panel.waitFor({ timeout: 60_000 });
    expect(await panel.locator("li").allTextContents()).toEqual([
      'stories/limit-events/story.json: events: has 130,000 events; a story may have at most 100,000 (see README, "Limits")',
    ]);
    expect(await page.locator("#app").getAttribute("aria-busy")).toBeNull();
    expect(pageErrors).toEqual([]);
  });

  // Named by its path beside the story, as the story file is: a bare "a.txt" left the newsroom to guess which story's folder.
  it("an article over 5 MB shows the limit's error panel naming the article by its path", async () => {
    serveStory("limit-article", {
      "story.json": JSON.stringify(tinyStoryInput()),
      [ARTICLE_FILE]: `${ARTICLE}\n${"Wort ".repeat(1_100_000)}`,
    });
    const { page } = await openApp("?story=limit-article");
    const items = page.locator(".story-errors[role=alert] li");
    await items.first().waitFor({ timeout: 60_000 });
    const texts = await items.allTextContents();
    expect(texts).toHaveLength(1);
    expect(nth(texts)).toMatch(
      /^stories\/limit-article\/a\.txt: is 5,500,\d{3} bytes; an article may have at most 5,000,000 bytes \(see README, "Limits"\)$/,
    );
  });

  it("a part of the page that fails to load (the share dialog's chunk) shows a notice", async () => {
    const { page, pageErrors } = await openApp("", {}, async (p) => {
      await p.route(/\/assets\/share[^/?]*\.js(\?.*)?$/, (route) => route.abort("failed"));
    });
    await page.locator("#event-card .event-title").waitFor();
    const mapTop = () => page.locator("#map").evaluate((map) => map.getBoundingClientRect().top);
    const before = await mapTop();
    await page.locator(".masthead-tools button.share-button").click();
    const notice = page.locator(".notice.part-failed[role=status]");
    await notice.waitFor();
    expect(await notice.evaluate((n) => n.firstChild?.textContent)).toBe(
      "Ein Teil der Seite konnte nicht geladen werden. Bitte laden Sie die Seite neu.",
    );
    // Over the page, not in the masthead's flow: the map did not move (a review saw it pushed down).
    expect(await mapTop()).toBe(before);
    await notice.getByRole("button", { name: "Schließen" }).click();
    expect(await notice.count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });

  it("a chunk that failed offline loads on the next use once the connection is back (the share dialog)", async () => {
    // Chromium 150 keeps a failed module fetch in its module map: the same import() failed for
    // the life of the page, so Share stayed dead after the network returned. Its stylesheet,
    // which Vite never asks for again, left the dialog unstyled, and its failure put the page's
    // "unstyled" banner over the layout (a review).
    let blocked = true;
    const { page, pageErrors } = await openApp("", {}, async (p) => {
      await p.route(/\/assets\/share[^/?]*\.(js|css)(\?.*)?$/, (route) =>
        blocked ? route.abort("internetdisconnected") : route.continue(),
      );
    });
    await page.locator("#event-card .event-title").waitFor();
    const share = page.locator(".masthead-tools button.share-button");
    await share.click();
    const notice = page.locator(".notice.part-failed[role=status]");
    await notice.waitFor();
    await page.waitForTimeout(500);
    expect(await page.locator(".boot-notice").count()).toBe(0);
    blocked = false;
    await share.click();
    await page.locator("dialog.share-dialog[open]").waitFor({ timeout: 15_000 });
    expect(await page.locator("dialog.share-dialog").evaluate((d) => getComputedStyle(d).borderRadius)).toBe("8px");
    // Back online, the notice goes.
    await expect.poll(() => notice.count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });

  it("the timeline's zoom that failed offline loads on its next use; presenting offline stays in the reader's view", async () => {
    let blocked = true;
    const { page, pageErrors } = await openApp("", {}, async (p) => {
      await p.route(/\/assets\/(d3-zoom|presenter)[^/?]*\.js(\?.*)?$/, (route) =>
        blocked ? route.abort("internetdisconnected") : route.continue(),
      );
    });
    await page.locator("#event-card .event-title").waitFor();
    await waitForHook(page);
    const notice = page.locator(".notice.part-failed[role=status]");
    await page.locator(".tl-focus").dispatchEvent("pointerdown");
    await notice.waitFor();
    await page.locator("button.present-button").click();
    await expect
      .poll(() =>
        page.evaluate(
          () => (window as unknown as { __zeitkarte: { state(): { present: boolean } } }).__zeitkarte.state().present,
        ),
      )
      .toBe(false);
    expect(await page.locator(".app.present").count()).toBe(0);
    blocked = false;
    const zoomFetched = page.waitForResponse((r) => /\/d3-zoom[^/?]*\.js/.test(r.url()) && r.ok(), { timeout: 15_000 });
    await page.locator(".tl-focus").dispatchEvent("pointerdown");
    await zoomFetched;
    expect(pageErrors).toEqual([]);
  });

  it("the chunks a click on the map and a first use of the timeline load, failed to load, show the notice, never an uncaught error", async () => {
    // A fresh-eyes review blocked them: a click on the map did nothing, the timeline's zoom and
    // brush were silently dead, and "Failed to fetch dynamically imported module" went uncaught.
    const { page, pageErrors } = await openApp("", {}, async (p) => {
      await p.route(/\/assets\/(map_click|map_popup|d3-zoom|d3-brush)[^/?]*\.js(\?.*)?$/, (route) =>
        route.abort("failed"),
      );
    });
    await page.locator("#event-card .event-title").waitFor();
    const notice = page.locator(".notice.part-failed[role=status]");
    // What a click on a place opens (the place list's buttons open the same as the map).
    await page.locator("[data-place-select=baku]").dispatchEvent("click");
    await notice.waitFor();
    await page.evaluate(() => document.querySelector(".notice.part-failed")?.remove());
    // The timeline's zoom and brush load on its first use.
    await page.locator(".tl-overview").dispatchEvent("pointerdown");
    await page.locator(".tl-focus").dispatchEvent("pointerdown");
    await notice.waitFor();
    expect(await notice.evaluate((n) => n.firstChild?.textContent)).toBe(
      "Ein Teil der Seite konnte nicht geladen werden. Bitte laden Sie die Seite neu.",
    );
    await page.waitForTimeout(500);
    expect(pageErrors).toEqual([]);
  });

  it("a font that fails to load shows the notice too (the page falls back to a system font)", async () => {
    const { page, pageErrors } = await openApp("", {}, async (p) => {
      await p.route(/\/fonts\/noto-sans-latin-400-normal\.woff2$/, (route) => route.abort("failed"));
    });
    await page.locator("#event-card .event-title").waitFor();
    await page.locator(".notice.part-failed[role=status]").waitFor();
    expect(pageErrors).toEqual([]);
  });
});
