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
  "Am 3. Juni 2025 traf Alijew in Hyderabad den indischen Premierminister.",
].join(" ");
/** Baku in the gazetteer (GeoNames 587084), [lon, lat]. */
const BAKU: [number, number] = [49.892, 40.378];
/** Yerevan in the gazetteer (GeoNames 616052), [lon, lat]. */
const YEREVAN: [number, number] = [44.513, 40.181];

/** Opens the authoring page, pastes ARTICLE as meldung.txt (published July 2025) and drafts it. */
async function drafted() {
  const app = await openApp("author.html", { viewport: { width: 1600, height: 1000 } });
  const { page } = app;
  await page.locator("#article-text").fill(ARTICLE);
  await page.locator("#article-file").fill("meldung.txt");
  await page.locator("#article-published").fill("2025-07");
  await page.getByRole("button", { name: "Artikel hinzufügen" }).click();
  await page.getByRole("button", { name: "Entwurf erstellen" }).click();
  const candidates = page.locator("#candidates > li");
  await expect.poll(() => candidates.count(), { timeout: 30_000 }).toBe(5);
  const candidate = (text: string) => candidates.filter({ has: page.locator("blockquote", { hasText: text }) });
  return { ...app, candidates, candidate };
}

describe("authoring page: review beside the live preview (author.html)", () => {
  it("accepts three candidates, edits places by search, by a map click and among alternatives, merges two, adds a movement, downloads the zip and opens it in the reader", async () => {
    const { page, offOrigin, pageErrors, candidates, candidate } = await drafted();
    const aktau = candidate("Aktau");
    const baku = candidate("in Baku");
    const yerevan = candidate("Eriwan");
    const arrests = candidate("Jekaterinburg");
    const hyderabad = candidate("Hyderabad");

    // Accept three: the preview draws them with the reader's map, timeline and card.
    for (const c of [aktau, yerevan, arrests]) await c.getByRole("button", { name: "Übernehmen" }).click();
    const preview = page.locator("#preview");
    const arrestsId = await arrests.getAttribute("data-id");
    await expect
      .poll(() => preview.locator(".author-preview-body").getAttribute("data-current"), { timeout: 30_000 })
      .toBe(arrestsId);
    await expect.poll(() => preview.locator(".tl-event").count()).toBe(3);
    await preview.locator(".preview-map-canvas[data-loaded='true']").waitFor({ timeout: 30_000 });

    // The editor starts on the movement form; the redraws that follow (new places) keep what is typed.
    const form = page.locator("#add-movement");
    await form.locator("input[name='start']").fill("2024-12-25");

    // A place by gazetteer search: the arrests move to Moscow; the preview's card follows.
    const search = arrests.locator("[data-field='place-search']");
    await search.fill("Moskau");
    await search.press("Enter");
    await expect.poll(() => arrests.locator("select[data-field='place']").inputValue()).toBe("moscow");
    await expect
      .poll(() => preview.locator(".preview-card .event-card").textContent(), { timeout: 30_000 })
      .toContain("Moskau");

    // A further place by a click on the preview map: Baku, beside Yerevan.
    const map = preview.locator(".preview-map-canvas[data-idle='true']");
    await map.waitFor({ timeout: 30_000 });
    await yerevan.locator(".place-add").check();
    await yerevan.getByRole("button", { name: "Auf der Karte wählen" }).click();
    await expect.poll(() => page.locator("#status").textContent()).toContain("Klick auf die Vorschaukarte");
    await map.scrollIntoViewIfNeeded();
    const box = await map.boundingBox();
    const at = await page.evaluate(
      ([lon, lat]) =>
        (
          window as unknown as { __zeitkartePreview: { project(lon: number, lat: number): { x: number; y: number } } }
        ).__zeitkartePreview.project(lon, lat),
      BAKU,
    );
    if (!box) throw new Error("no preview map");
    await page.mouse.click(box.x + at.x, box.y + at.y);
    await expect
      .poll(() =>
        yerevan.locator(".place-chips li").evaluateAll((lis) => lis.map((li) => li.getAttribute("data-place"))),
      )
      .toEqual(["yerevan", "baku"]);

    // An ambiguous name: the stored alternative (Hyderabad in Pakistan) is on offer and can be chosen.
    const alternative = hyderabad.locator(".alternative", { hasText: "Hyderabad, PAK" });
    await alternative.click();
    await expect.poll(() => hyderabad.locator("select[data-field='place']").inputValue()).toBe("hyderabad-pak");

    // Merge the statement in Baku into the crash before it: one event, both sentences.
    await baku.getByRole("button", { name: "Zusammenführen mit …" }).click();
    await expect.poll(() => page.locator("#status").textContent()).toContain("Hierher zusammenführen");
    expect(await baku.getByRole("button", { name: "Hierher zusammenführen" }).isVisible()).toBe(false);
    await aktau.getByRole("button", { name: "Hierher zusammenführen" }).click();
    await expect.poll(() => candidates.count()).toBe(4);

    // A movement: the flight from Baku to Aktau, citing the crash sentence.
    expect(await form.locator("input[name='start']").inputValue()).toBe("2024-12-25");
    await form.locator("select[name='kind']").selectOption("flight");
    await form.locator("select[name='from']").selectOption("baku");
    await form.locator("select[name='to']").selectOption("aktau");
    await form.locator("select[name='sentence']").selectOption("meldung.txt#0");
    const aktauId = (await aktau.getAttribute("data-id")) ?? "";
    await form.locator("select[name='event']").selectOption(aktauId);
    await form.getByRole("button", { name: "Bewegung hinzufügen" }).click();
    await expect.poll(() => page.locator("#added li").count()).toBe(1);
    await expect.poll(() => page.locator("#check").textContent()).toContain("Keine Fehler. Übernommene Ereignisse: 3.");
    await expect.poll(() => preview.locator(".preview-map-canvas").count(), { timeout: 30_000 }).toBe(1);

    // The story's details over the draft's placeholders.
    await page.locator("[data-detail='meta:title:de']").fill("Absturz und Folgen");
    await page.locator("[data-detail='source:meldung.txt:publisher']").fill("Beispielzeitung");
    await page.locator("[data-detail='source:meldung.txt:publisher']").press("Tab");
    await expect.poll(() => page.locator("#check").textContent()).toContain("Keine Fehler. Übernommene Ereignisse: 3.");

    await page.locator("#author[data-saved='true']").waitFor();
    const [download] = await Promise.all([page.waitForEvent("download"), page.locator("#download").click()]);
    const files = unzipSync(new Uint8Array(readFileSync(await download.path())));
    const storyText = strFromU8(files["entwurf/story.json"] as Uint8Array);
    const article = strFromU8(files["entwurf/meldung.txt"] as Uint8Array);
    const result = parseStory(storyText, "entwurf/story.json", new Map([["meldung.txt", article]]));
    expect(result.ok ? [] : result.problems).toEqual([]);
    if (!result.ok) return;
    const story = result.story;
    expect([story.meta.title.de, story.sources[0]?.publisher]).toEqual(["Absturz und Folgen", "Beispielzeitung"]);
    expect(story.events.map((e) => [e.date, e.places, e.sources.length])).toEqual([
      ["2024-12", ["aktau", "baku"], 2],
      ["2025-05-20", ["yerevan", "baku"], 1],
      ["2025-06", ["moscow"], 1],
    ]);
    expect(story.movements.map((m) => [m.kind, m.start, m.events, m.waypoints, m.sources[0]?.quote])).toEqual([
      [
        "flight",
        "2024-12-25",
        [story.events[0]?.id],
        [
          { place: "baku", approximate: false },
          { place: "aktau", approximate: false },
        ],
        "Im Dezember 2024 stürzte ein Passagierflugzeug bei Aktau in Kasachstan ab.",
      ],
    ]);
    expect(offOrigin).toEqual([]);
    expect(pageErrors).toEqual([]);

    // The unzipped folder dropped into dist/stories/ opens in the reader.
    const slug = "e2e-author-review";
    const folder = join("dist", "stories", slug);
    try {
      for (const [name, bytes] of Object.entries(files)) {
        const target = join(folder, name.replace(/^entwurf\//, ""));
        mkdirSync(dirname(target), { recursive: true });
        writeFileSync(target, bytes);
      }
      // As the CLI drafts it: the second event still a draft no editor reviewed.
      const drafted = JSON.parse(storyText);
      drafted.events[1].review.status = "draft";
      writeFileSync(join(folder, "story.json"), JSON.stringify(drafted));
      const reader = await openApp(`?story=${slug}#event=${story.events[0]?.id}`);
      const card = reader.page.locator("#event-card");
      await card.locator(".event-title").waitFor({ timeout: 30_000 });
      expect(await card.locator(".event-position").textContent()).toMatch(/1 \/ 3/);
      expect(await card.textContent()).toContain("Baku");
      expect(await card.textContent()).toContain("Beispielzeitung");
      expect(await reader.page.title()).toContain("Absturz und Folgen");
      expect(await card.locator(".unreviewed").count()).toBe(0);
      await reader.page.keyboard.press("ArrowRight");
      await expect.poll(() => card.locator(".event-position").textContent()).toMatch(/2 \/ 3/);
      expect(await card.locator(".unreviewed").textContent()).toBe("ungeprüft");
      expect(reader.pageErrors).toEqual([]);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
    // One editor's whole session, with a map rebuilt at each change: longer than most tests.
  }, 180_000);

  it("while the live check reports a problem, the preview keeps the last good story and says so", async () => {
    const { page, pageErrors, candidate } = await drafted();
    const arrests = candidate("Jekaterinburg");
    await arrests.getByRole("button", { name: "Übernehmen" }).click();
    const preview = page.locator("#preview");
    await expect.poll(() => preview.locator(".tl-event").count(), { timeout: 30_000 }).toBe(1);
    const actors = arrests.locator("[data-field='actors']");
    await actors.fill("RUSS");
    await actors.press("Tab");
    await expect
      .poll(() => page.locator("#check").textContent())
      .toMatch(/^Kandidat \d+ „[^“]+“, Akteure: Erwartet wird ein ISO-3166-Ländercode/);
    // In the page's language, naming the candidate as the list does, once: no file, no JSON path.
    const lines = await page.locator("#check li").allTextContents();
    expect(lines.join("\n")).not.toMatch(/events\[|story\.json|expected/);
    expect(new Set(lines).size).toBe(lines.length);
    await preview.locator(".preview-stale").waitFor();
    expect(await preview.locator(".tl-event").count()).toBe(1);
    await actors.fill("RUS, AZE");
    await actors.press("Tab");
    await expect.poll(() => preview.locator(".preview-stale").count()).toBe(0);
    // Nothing accepted: the preview goes away.
    await arrests.getByRole("button", { name: "Übernehmen" }).click();
    await expect.poll(() => preview.locator(".author-preview-body").count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });

  it("an edit keeps the preview's camera and the event the editor moved the playhead to", async () => {
    const { page, pageErrors, candidate } = await drafted();
    const aktau = candidate("Aktau");
    const yerevan = candidate("Eriwan");
    for (const c of [aktau, yerevan]) await c.getByRole("button", { name: "Übernehmen" }).click();
    const preview = page.locator("#preview");
    const body = preview.locator(".author-preview-body");
    const yerevanId = await yerevan.getAttribute("data-id");
    const aktauId = await aktau.getAttribute("data-id");
    await expect.poll(() => body.getAttribute("data-current"), { timeout: 30_000 }).toBe(yerevanId);
    await preview.locator(".preview-map-canvas[data-loaded='true']").waitFor({ timeout: 30_000 });

    // The editor picks the crash on the timeline: the playhead moves there and the map frames it.
    await preview.locator(`.tl-event[data-id='${aktauId}']`).click();
    await expect.poll(() => body.getAttribute("data-current")).toBe(aktauId);
    const bakuOnScreen = () =>
      page.evaluate(
        ([lon, lat]) =>
          (
            window as unknown as {
              __zeitkartePreview: { project(lon: number, lat: number): { x: number; y: number } };
            }
          ).__zeitkartePreview.project(lon, lat),
        BAKU,
      );
    // Wait until the camera is still: two reads in a row agree.
    let last = { x: Number.NaN, y: Number.NaN };
    const still = async () => {
      const now = await bakuOnScreen();
      const same = Math.abs(now.x - last.x) < 0.5 && Math.abs(now.y - last.y) < 0.5;
      last = now;
      return same;
    };
    await expect.poll(still, { timeout: 30_000, interval: 250 }).toBe(true);
    const before = last;

    // An edit of the story's details rebuilds the preview (a new map) …
    await preview.locator(".preview-map-canvas").evaluate((node) => node.setAttribute("data-replaced", "true"));
    const title = page.locator("[data-detail='meta:title:de']");
    await title.fill("Absturz und Folgen");
    await title.press("Tab");
    await preview.locator(".preview-map-canvas[data-loaded='true']:not([data-replaced])").waitFor({ timeout: 30_000 });

    // … which keeps the event under the playhead and the camera (Baku where it was on screen).
    expect(await body.getAttribute("data-current")).toBe(aktauId);
    await expect
      .poll(async () => {
        const now = await bakuOnScreen();
        return Math.round(Math.hypot(now.x - before.x, now.y - before.y));
      })
      .toBeLessThanOrEqual(1);
    expect(pageErrors).toEqual([]);
  }, 120_000);

  it("until the editor moves the camera, each rebuilt preview opens on its story's overview", async () => {
    const { page, pageErrors, candidate } = await drafted();
    const preview = page.locator("#preview");
    await candidate("Aktau").getByRole("button", { name: "Übernehmen" }).click();
    await expect.poll(() => preview.locator(".tl-event").count(), { timeout: 30_000 }).toBe(1);
    const canvas = preview.locator(".preview-map-canvas[data-loaded='true']");
    await canvas.waitFor({ timeout: 30_000 });
    await canvas.evaluate((node) => node.setAttribute("data-replaced", "true"));
    // A second event far from the first (Yerevan): the new map frames both, not the close-up of Aktau.
    await candidate("Eriwan").getByRole("button", { name: "Übernehmen" }).click();
    await expect.poll(() => preview.locator(".tl-event").count(), { timeout: 30_000 }).toBe(2);
    const rebuilt = preview.locator(".preview-map-canvas[data-loaded='true']:not([data-replaced])");
    await rebuilt.waitFor({ timeout: 30_000 });
    const yerevanOnMap = () =>
      rebuilt.evaluate((node, [lon, lat]) => {
        const { x, y } = (
          window as unknown as { __zeitkartePreview: { project(lon: number, lat: number): { x: number; y: number } } }
        ).__zeitkartePreview.project(lon, lat);
        return x >= 0 && y >= 0 && x <= node.clientWidth && y <= node.clientHeight;
      }, YEREVAN);
    await expect.poll(yerevanOnMap, { timeout: 30_000 }).toBe(true);
    expect(pageErrors).toEqual([]);
  }, 120_000);

  it("a candidate's note says in German how its date and place were found", async () => {
    const { candidate } = await drafted();
    const note = candidate("Aktau").locator(".candidate-note");
    await expect.poll(() => note.textContent()).toContain("Datum: „Dezember 2024“ steht im Satz.");
    expect(await note.textContent()).toContain("Ort: „Aktau“ → Aktau");
    expect(await note.textContent()).not.toContain("Date:");
  });

  it("an added movement's waypoints and order constraints are shown, editable, checked and kept on reload", async () => {
    const { page, pageErrors, candidate } = await drafted();
    const aktau = candidate("Aktau");
    await aktau.getByRole("button", { name: "Übernehmen" }).click();
    const aktauId = (await aktau.getAttribute("data-id")) ?? "";
    const form = page.locator("#add-movement");
    await form.locator("select[name='kind']").selectOption("flight");
    await form.locator("select[name='from']").selectOption("baku");
    await form.locator("select[name='to']").selectOption("aktau");
    await form.locator("input[name='start']").fill("2024-12");
    await form.locator("select[name='sentence']").selectOption("meldung.txt#0");
    await form.getByRole("button", { name: "Bewegung hinzufügen" }).click();
    const item = page.locator("#added > li.movement-item");
    await expect.poll(() => item.count()).toBe(1);
    const stops = () =>
      item
        .locator(".movement-waypoints [role='listitem']")
        .evaluateAll((n) => n.map((x) => x.getAttribute("data-place")));
    expect(await stops()).toEqual(["baku", "aktau"]);

    // A waypoint between the ends, from the known places.
    await item.locator("select[data-field='via']").selectOption("yerevan");
    await item.getByRole("button", { name: "Zwischenstation vor dem Ziel einfügen" }).click();
    await expect.poll(stops).toEqual(["baku", "yerevan", "aktau"]);

    // An order constraint: the flight comes after the crash event ("drei Tage nach dem Absturz").
    await item.locator("select[data-field='relation']").selectOption("after");
    await item.locator("select[data-field='order-event']").selectOption(aktauId);
    await item.getByRole("button", { name: "Reihenfolge festlegen" }).click();
    const order = item.locator(`.movement-order [data-relation='after'][data-event='${aktauId}']`);
    await expect.poll(() => order.count()).toBe(1);
    expect(await order.textContent()).toContain("nach dem Ereignis");
    await expect.poll(() => page.locator("#check").textContent()).toContain("Keine Fehler");

    // Kept across a reload; the waypoint between the ends can go again.
    await expect.poll(() => page.locator("#author").getAttribute("data-saved"), { timeout: 10_000 }).toBe("true");
    await page.reload();
    await expect.poll(stops, { timeout: 30_000 }).toEqual(["baku", "yerevan", "aktau"]);
    await expect.poll(() => order.count()).toBe(1);
    await item.getByRole("button", { name: "Station Eriwan entfernen" }).click();
    await expect.poll(stops).toEqual(["baku", "aktau"]);
    expect(pageErrors).toEqual([]);
  });

  it("an actors edit is saved while typing, without leaving the field, and survives a reload", async () => {
    const { page, candidate } = await drafted();
    const actors = candidate("Jekaterinburg").locator("[data-field='actors']");
    await actors.fill("RUS, AZE, KAZ");
    // No blur, no Tab: the debounced save stores it.
    await expect.poll(() => page.locator("#author").getAttribute("data-saved"), { timeout: 10_000 }).toBe("true");
    await expect
      .poll(async () => {
        await page.reload();
        return candidate("Jekaterinburg").locator("[data-field='actors']").inputValue();
      })
      .toBe("RUS, AZE, KAZ");
  });

  it("a 1 MB article is cut as the drafter cuts it, sentence pickers list a bounded number of sentences, and long drafts show a page of candidates", async () => {
    const app = await openApp("author.html", { viewport: { width: 1600, height: 1000 } });
    const { page, pageErrors } = app;
    const days = Array.from({ length: 28 }, (_, i) => `Am ${i + 1}. Mai 2025 traf die Delegation in Baku ein.`).join(
      " ",
    );
    const text = `WERBUNG\n\n${`${days} `.repeat(Math.ceil(1_000_000 / (days.length + 1)))}`;
    await page.locator("#article-text").fill(text);
    await page.locator("#article-file").fill("lang.txt");
    await page.locator("#article-published").fill("2025-07");
    await page.getByRole("button", { name: "Artikel hinzufügen" }).click();
    await expect.poll(() => page.locator("[data-notice='articles']").textContent()).toContain("gekürzt");
    await expect
      .poll(() => page.locator(".author-articles li").textContent())
      .toMatch(/lang\.txt \(2025-07, 49\d\.\d{3} Zeichen\)/);
    // Each picker: "choose a sentence" first (nothing pre-chosen, never the WERBUNG marker), then at most 40.
    const picker = page.locator("#add-relation select[name='sentence']");
    expect(await picker.inputValue()).toBe("");
    expect(await picker.locator("option").count()).toBe(41);
    expect(await page.locator("select[name='sentence'] option", { hasText: "WERBUNG" }).count()).toBe(0);
    await page.locator("#add-relation input[name='sentence-search']").fill("28. Mai");
    await expect.poll(() => picker.locator("option").nth(1).textContent()).toContain("Am 28. Mai 2025");
    await page.getByRole("button", { name: "Entwurf erstellen" }).click();
    const candidates = page.locator("#candidates > li");
    await expect.poll(() => candidates.count(), { timeout: 60_000 }).toBe(100);
    const more = page.locator("#more-candidates");
    expect(await more.isVisible()).toBe(true);
    await candidates.first().getByRole("button", { name: "Übernehmen" }).click();
    await expect.poll(() => page.locator("#check").textContent()).toContain("Übernommene Ereignisse: 1");
    await more.click();
    await expect.poll(() => candidates.count()).toBeGreaterThan(100);
    expect(pageErrors).toEqual([]);
  });
});
