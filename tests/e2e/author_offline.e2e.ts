import { describe, expect, it } from "vitest";
import { useBrowser } from "./app";

const openApp = useBrowser();

const ARTICLE = "Im Dezember 2024 stürzte ein Passagierflugzeug bei Aktau in Kasachstan ab.";

/** Pastes ARTICLE and presses "Entwurf erstellen". */
async function pasteAndDraft(page: import("playwright-core").Page) {
  await page.locator("#article-text").fill(ARTICLE);
  await page.locator("#article-file").fill("meldung.txt");
  await page.locator("#article-published").fill("2025-07");
  await page.getByRole("button", { name: "Artikel hinzufügen" }).click();
  await page.getByRole("button", { name: "Entwurf erstellen" }).click();
}

describe("authoring page without a connection (author.html)", () => {
  it("fetches the gazetteer and the preview ahead, so drafting and the preview work after the connection is lost", async () => {
    // Listening from before the page loads: the fetch ahead may start at once.
    let fetchedAhead: Promise<unknown> | undefined;
    const { page, context, pageErrors } = await openApp("author.html", {}, async (p) => {
      const fetched = (pattern: RegExp) =>
        p.waitForResponse((r) => pattern.test(r.url()) && r.ok(), { timeout: 30_000 });
      fetchedAhead = Promise.all([
        fetched(/\/gazetteer-[\w-]+\.js$/),
        fetched(/\/preview-[\w-]+\.js$/),
        fetched(/\/maplibre-gl-worker-[\w-]+\.mjs$/),
        fetched(/\/draft_worker-[\w-]+\.js$/),
      ]);
    });
    await fetchedAhead;
    await context.setOffline(true);
    await pasteAndDraft(page);
    const candidates = page.locator("#candidates > li");
    await expect.poll(() => candidates.count(), { timeout: 30_000 }).toBe(1);
    await candidates.nth(0).getByRole("button", { name: "Übernehmen" }).click();
    await expect.poll(() => page.locator("#preview .tl-event").count(), { timeout: 30_000 }).toBe(1);
    expect(await page.locator(".preview-failed").count()).toBe(0);
    expect(pageErrors).toEqual([]);
  }, 90_000);

  it("says so when the gazetteer or the preview cannot be loaded, and tries again later", async () => {
    let blocked = true;
    const { page, pageErrors } = await openApp("author.html", {}, async (p) => {
      // Any query too: after a failure the page asks again with a fresh one (import_again.ts).
      await p.route(/\/(gazetteer|preview)-[\w-]+\.js(\?.*)?$/, (route) =>
        blocked ? route.abort("internetdisconnected") : route.continue(),
      );
    });
    await pasteAndDraft(page);
    await expect
      .poll(() => page.locator("#status").textContent())
      .toContain("Das Ortsverzeichnis konnte nicht geladen werden");
    expect(await page.locator("#candidates > li").count()).toBe(0);

    blocked = false;
    await page.getByRole("button", { name: "Entwurf erstellen" }).click();
    const candidates = page.locator("#candidates > li");
    await expect.poll(() => candidates.count(), { timeout: 30_000 }).toBe(1);
    await expect.poll(() => page.locator("#status").textContent()).not.toContain("nicht geladen");
    expect(pageErrors).toEqual([]);
  }, 90_000);

  it("says so in the preview when its code cannot be loaded, and shows it with the next accept", async () => {
    let blocked = true;
    const { page, pageErrors } = await openApp("author.html", {}, async (p) => {
      await p.route(/\/preview-[\w-]+\.js(\?.*)?$/, (route) =>
        blocked ? route.abort("internetdisconnected") : route.continue(),
      );
    });
    await pasteAndDraft(page);
    const candidate = page.locator("#candidates > li").nth(0);
    await candidate.getByRole("button", { name: "Übernehmen" }).click();
    await page.locator("#preview .preview-failed").waitFor({ timeout: 30_000 });
    expect(await page.locator("#preview .preview-failed").textContent()).toContain(
      "Die Vorschau konnte nicht geladen werden",
    );

    blocked = false;
    await candidate.getByRole("button", { name: "Übernehmen" }).click(); // undo
    await candidate.getByRole("button", { name: "Übernehmen" }).click();
    await expect.poll(() => page.locator("#preview .tl-event").count(), { timeout: 30_000 }).toBe(1);
    expect(await page.locator("#preview .preview-failed").count()).toBe(0);
    expect(pageErrors).toEqual([]);
  }, 90_000);
});
