import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { parseStory } from "../../src/story/load";
import { useBrowser } from "./app";

const openApp = useBrowser();

const ARTICLE = [
  "Im Dezember 2024 stürzte ein Passagierflugzeug bei Aktau in Kasachstan ab.",
  "Drei Tage nach dem Absturz erklärte der aserbaidschanische Präsident in Baku, Russland trage die Schuld.",
  "Der russische Außenminister Sergej Lawrow besuchte Eriwan am 20. und 21. Mai 2025.",
  "Im Juni wurden im russischen Jekaterinburg rund 50 Aserbaidschaner festgenommen.",
].join(" ");

describe("authoring page (author.html)", () => {
  it("pastes an article, accepts three candidates, edits a place, keeps the work on reload, downloads the zip and opens it in the reader", async () => {
    const { page, offOrigin, pageErrors } = await openApp("author.html");
    await page.locator("#article-text").fill(ARTICLE);
    await page.locator("#article-file").fill("meldung.txt");
    await page.locator("#article-published").fill("2025-07");
    await page.getByRole("button", { name: "Artikel hinzufügen" }).click();
    await page.getByRole("button", { name: "Entwurf erstellen" }).click();
    const candidates = page.locator("#candidates > li");
    await expect.poll(() => candidates.count(), { timeout: 30_000 }).toBe(4);

    for (const i of [0, 2, 3]) await candidates.nth(i).getByRole("button", { name: "Übernehmen" }).click();
    await candidates.nth(1).getByRole("button", { name: "Verwerfen" }).click();
    // Edit one place: the Yekaterinburg arrests, moved to Moscow found in the gazetteer.
    const search = candidates.nth(3).locator("[data-field='place-search']");
    await search.fill("Moskau");
    await search.press("Enter");
    await expect.poll(() => candidates.nth(3).locator("select[data-field='place']").inputValue()).toBe("moscow");
    await expect
      .poll(() => candidates.nth(3).locator(".candidate-note").textContent())
      .toContain("Ort: von der Redaktion gesetzt (Moskau).");
    expect(await candidates.nth(3).locator(".candidate-note").textContent()).not.toContain("Jekaterinburg");
    await expect.poll(() => page.locator("#check").textContent()).toContain("Keine Fehler. Übernommene Ereignisse: 3.");
    // The draft's placeholders are warned of, the download stays possible.
    const check = await page.locator("#check").textContent();
    expect(check).toContain("Hinweis: Titel (deutsch) ist noch der Platzhalter des Entwurfs.");
    expect(check).toContain("Hinweis: Das Medium von „meldung.txt“ ist noch nicht angegeben");
    expect(check).toMatch(/Hinweis: Kandidat 4 „[^“]+“, Titel \(englisch\): noch der Satz des Artikels/);

    await page.locator("#author[data-saved='true']").waitFor();
    await page.reload();
    await expect.poll(() => page.locator("#candidates > li.accepted").count(), { timeout: 30_000 }).toBe(3);

    const [download] = await Promise.all([page.waitForEvent("download"), page.locator("#download").click()]);
    const path = await download.path();
    const files = unzipSync(new Uint8Array(readFileSync(path)));
    expect(Object.keys(files).sort()).toEqual(["entwurf/meldung.txt", "entwurf/story.json"]);
    const storyText = strFromU8(files["entwurf/story.json"] as Uint8Array);
    const article = strFromU8(files["entwurf/meldung.txt"] as Uint8Array);
    const result = parseStory(storyText, "entwurf/story.json", new Map([["meldung.txt", article]]));
    expect(result.ok ? [] : result.problems).toEqual([]);
    if (!result.ok) return;
    expect(result.story.events.map((e) => [e.date, e.places])).toEqual([
      ["2024-12", ["aktau"]],
      ["2025-05-20", ["yerevan"]],
      ["2025-06", ["moscow"]],
    ]);
    expect(result.story.events.every((e) => e.review?.status === "reviewed")).toBe(true);
    // The edited place replaces the drafter's explanation, and the id follows it.
    const moved = result.story.events[2];
    expect(moved?.id).toBe("2025-06-moscow");
    expect(moved?.review?.note).toMatch(/^Place: set by the editor \(Moscow\)\. Date: /);
    expect(moved?.review?.note).not.toMatch(/Jekaterinburg|Yekaterinburg/);
    expect(offOrigin).toEqual([]);
    expect(pageErrors).toEqual([]);

    // The unzipped folder dropped into dist/stories/ opens in the reader.
    const slug = "e2e-author-draft";
    const folder = join("dist", "stories", slug);
    try {
      for (const [name, bytes] of Object.entries(files)) {
        const target = join(folder, name.replace(/^entwurf\//, ""));
        mkdirSync(dirname(target), { recursive: true });
        writeFileSync(target, bytes);
      }
      const reader = await openApp(`?story=${slug}#event=${result.story.events[2]?.id}`);
      await reader.page.locator("#event-card .event-title").waitFor({ timeout: 30_000 });
      expect(await reader.page.locator("#event-card .event-position").textContent()).toMatch(/3 \/ 3/);
      expect(reader.pageErrors).toEqual([]);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it("an edit keeps the focus where the editor moved it and redraws only the edited candidate", async () => {
    const { page, pageErrors } = await openApp("author.html");
    await page.locator("#article-text").fill(ARTICLE);
    await page.locator("#article-published").fill("2025-07");
    await page.getByRole("button", { name: "Artikel hinzufügen" }).click();
    await page.getByRole("button", { name: "Entwurf erstellen" }).click();
    const candidates = page.locator("#candidates > li");
    await expect.poll(() => candidates.count(), { timeout: 30_000 }).toBe(4);
    // Mark every item; a redraw would replace the marked nodes.
    await page.evaluate(() => {
      for (const li of document.querySelectorAll<HTMLElement>("#candidates > li"))
        (li as { mark?: boolean }).mark = true;
    });
    await candidates.nth(0).locator("[data-field='title-de']").fill("Absturz bei Aktau");
    await page.keyboard.press("Tab");
    await expect
      .poll(() => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.field))
      .toBe("title-en");
    expect(await page.evaluate(() => document.activeElement?.closest("li")?.dataset.id)).toBe(
      await candidates.nth(0).getAttribute("data-id"),
    );
    expect(await candidates.nth(0).locator("[data-field='title-de']").inputValue()).toBe("Absturz bei Aktau");
    await candidates.nth(1).getByRole("button", { name: "Übernehmen" }).click();
    await expect.poll(() => candidates.nth(1).getAttribute("class")).toContain("accepted");
    expect(
      await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>("#candidates > li")].map(
          (li) => (li as { mark?: boolean }).mark === true,
        ),
      ),
    ).toEqual([true, true, true, true]);
    // The toggle reads the item's current state: a second click takes the decision back.
    await candidates.nth(1).getByRole("button", { name: "Übernehmen" }).click();
    await expect.poll(() => candidates.nth(1).getAttribute("class")).toContain("pending");
    expect(pageErrors).toEqual([]);
  });
});
