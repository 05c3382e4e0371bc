import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { useBrowser } from "./app";

const openApp = useBrowser();
/** The message under the article form. */
const status = (page: import("playwright-core").Page) => page.locator("[data-notice='articles']").textContent();
/** Bytes of a PNG header and zeros, as a dropped image reads as text. */
const BINARY = `\u0089PNG\r\n\u001a\n${"\u0000\u0001\u0002\ufffd".repeat(200)}`;

describe("authoring page: what the editor pastes, drops and drafts (author.html)", () => {
  it("answers an empty 'Entwurf erstellen' with what to do first", async () => {
    const { page, pageErrors } = await openApp("author.html");
    await page.getByRole("button", { name: "Entwurf erstellen" }).click();
    await expect.poll(() => status(page)).toContain("Noch kein Artikel");
    expect(await page.locator("#candidates > li").count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });

  it("keeps pasted or dropped binary data out of the text box and says so", async () => {
    const { page, pageErrors } = await openApp("author.html");
    const box = page.locator("#article-text");
    // A paste of binary data, as the browser delivers it.
    await box.evaluate((node, text) => {
      const data = new DataTransfer();
      data.setData("text/plain", text);
      node.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
    }, BINARY);
    await expect.poll(() => status(page)).toContain("sieht nach Binärdaten aus");
    expect(await box.inputValue()).toBe("");

    await page.locator("#article-file").fill("x.txt");
    await box.evaluate((node, text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], "foto.png", { type: "image/png" }));
      node.dispatchEvent(new DragEvent("drop", { dataTransfer: data, bubbles: true, cancelable: true }));
    }, BINARY);
    await expect.poll(() => status(page)).toContain("„foto.png“ sieht nach Binärdaten aus");
    expect(await box.inputValue()).toBe("");
    expect(await page.locator("#article-file").inputValue()).toBe("x.txt");

    // Typed in some other way (a script, an extension): "Artikel hinzufügen" refuses it too.
    await box.fill(BINARY);
    await page.getByRole("button", { name: "Artikel hinzufügen" }).click();
    await expect.poll(() => status(page)).toContain("„x.txt“ sieht nach Binärdaten aus");
    expect(await page.locator(".author-articles li").count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });

  it("takes every file dropped together as an article, with the publication date typed", async () => {
    const { page, pageErrors } = await openApp("author.html");
    await page.locator("#article-published").fill("2025-06");
    await page.locator("#article-text").evaluate((node, binary) => {
      const data = new DataTransfer();
      data.items.add(new File(["Baku protestierte am 3. Juni 2025."], "eins.txt", { type: "text/plain" }));
      data.items.add(new File(["Moskau antwortete am 4. Juni 2025."], "zwei.txt", { type: "text/plain" }));
      data.items.add(new File(["Eriwan schwieg am 5. Juni 2025."], "drei.txt", { type: "text/plain" }));
      data.items.add(new File([binary], "foto.png", { type: "image/png" }));
      node.dispatchEvent(new DragEvent("drop", { dataTransfer: data, bubbles: true, cancelable: true }));
    }, BINARY);
    const articles = page.locator(".author-articles > li");
    await expect.poll(() => articles.count()).toBe(3);
    const texts = await articles.allTextContents();
    for (const [i, name] of ["eins.txt (2025-06", "zwei.txt (2025-06", "drei.txt (2025-06"].entries())
      expect(texts[i]).toContain(name);
    await expect.poll(() => status(page)).toContain("„foto.png“ sieht nach Binärdaten aus");
    expect(pageErrors).toEqual([]);
  });

  it("a place search without an exact match says so and keeps the place; same-name places are told apart", async () => {
    const { page, pageErrors } = await openApp("author.html");
    await page
      .locator("#article-text")
      .fill("Am 3. Juni 2025 protestierte die Regierung in Baku gegen die Festnahmen.");
    await page.locator("#article-published").fill("2025-06");
    await page.getByRole("button", { name: "Artikel hinzufügen" }).click();
    await page.getByRole("button", { name: "Entwurf erstellen" }).click();
    const candidate = page.locator("#candidates > li").first();
    await candidate.waitFor({ timeout: 30_000 });
    const place = candidate.locator("select[data-field='place']");
    const before = await place.inputValue();
    const search = candidate.locator("[data-field='place-search']");
    await search.fill("Poti");
    await search.press("Enter");
    await expect
      .poll(() => candidate.locator(".form-notice").textContent(), { timeout: 30_000 })
      .toContain("Kein genauer Treffer für „Poti“");
    expect(await place.inputValue()).toBe(before);
    await expect.poll(() => candidate.locator("button.alternative").allTextContents()).toContain("Potiskum, NGA");

    await search.fill("Springfield");
    await search.press("Enter");
    await expect.poll(() => place.inputValue()).not.toBe(before);
    const labels = await candidate.locator("button.alternative").allTextContents();
    const american = labels.filter((l) => l.startsWith("Springfield, USA"));
    expect(american.length).toBeGreaterThan(0);
    expect(new Set(american).size).toBe(american.length);
    expect(american.every((l) => /\(\d+\.\d\d° N, \d+\.\d\d° W/.test(l))).toBe(true);
    expect(pageErrors).toEqual([]);
  });

  it("drafts a 5 MB text in a worker, cut as the drafter cuts it", async () => {
    const { page, pageErrors } = await openApp("author.html");
    const one = readFileSync("data/stories/caucasus/000_829ee0a41ba233db.txt", "utf8");
    const big = one.repeat(Math.ceil(5_000_000 / one.length)).slice(0, 5_000_000);
    await page.locator("#article-text").evaluate((node, text) => {
      (node as HTMLTextAreaElement).value = text;
    }, big);
    await page.locator("#article-published").fill("2025-07");
    await page.getByRole("button", { name: "Artikel hinzufügen" }).click();
    await expect.poll(() => status(page)).toContain("gekürzt");
    await page.getByRole("button", { name: "Entwurf erstellen" }).click();
    await expect.poll(() => page.locator("#candidates > li").count(), { timeout: 60_000 }).toBeGreaterThan(0);
    expect(page.workers().some((w) => /draft_worker/.test(w.url()))).toBe(true);
    expect(pageErrors).toEqual([]);
  }, 120_000);

  it("answers each addition form under it, names forms and buttons differently, and offers no place only a rejected candidate named", async () => {
    const { page, pageErrors } = await openApp("author.html");
    await page
      .locator("#article-text")
      .fill("Im Dezember 2024 stürzte ein Flugzeug bei Aktau ab. Am 3. Juni 2025 traf Alijew in Baku den Präsidenten.");
    await page.locator("#article-published").fill("2025-07");
    await page.getByRole("button", { name: "Artikel hinzufügen" }).click();
    await page.getByRole("button", { name: "Entwurf erstellen" }).click();
    const candidates = page.locator("#candidates > li");
    await expect.poll(() => candidates.count(), { timeout: 30_000 }).toBe(2);

    // No sentence chosen: the answer is under the membership form, at once, without loading anything.
    const membership = page.locator("#add-membership");
    await membership.locator("input[name='org']").fill("OVKS");
    await membership.locator("input[name='country']").fill("ARM");
    await membership.locator("input[name='date']").fill("2024-02");
    await membership.getByRole("button", { name: "Bündnis-Mitgliedschaft ändern" }).click();
    await expect.poll(() => membership.locator("[data-notice]").textContent()).toContain("Bitte einen Satz");
    expect(await page.locator("#status").textContent()).not.toContain("wird geladen");
    expect(await page.locator("[data-notice='add-movement']").textContent()).toBe("");

    for (const form of await page.locator("form.author-addition").all()) {
      expect(await form.locator("h3").textContent()).not.toBe(
        await form.locator("button[type='submit']").textContent(),
      );
      for (const date of await form.locator("input[name='date'], input[name='start']").all())
        expect(await date.getAttribute("placeholder")).toBe("JJJJ-MM(-TT)");
    }

    const from = page.locator("#add-movement select[name='from'] option");
    await expect.poll(() => from.allTextContents()).toContain("Aktau");
    await candidates.nth(0).getByRole("button", { name: "Verwerfen" }).click();
    await expect.poll(() => from.allTextContents()).not.toContain("Aktau");
    expect(await from.allTextContents()).toContain("Baku");
    expect(pageErrors).toEqual([]);
  }, 90_000);
});
