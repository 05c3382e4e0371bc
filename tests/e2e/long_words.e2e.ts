import { cpSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useBrowser } from "./app";

/**
 * One 296-character word (and mixed scripts, and a Zalgo cluster) in the story's title, an
 * event's title and its summary: every box wraps it or cuts it with an ellipsis, and the page never scrolls sideways.
 */
const openApp = useBrowser();
const SLUG = "long-words";
const DIR = `dist/stories/${SLUG}`;
const WORD = "Rechtsschutzversicherungsgesellschaftenkapitaldienstleistungsaufsicht".repeat(5).slice(0, 296);
/** A letter with 18 combining marks (Zalgo, a grapheme joiner among them): at 280 px in presenter type it made the page 356 px wide. */
const ZALGO = `Z${"\u0351\u036b\u0313\u036a\u0302\u036b\u033d\u034f\u0334\u0319\u0324\u031e\u0349\u035a\u032f\u031e\u0320\u034d"}ALGO`;
const MIXED = `${WORD.slice(0, 40)}საქართველოსრესპუბლიკისპარლამენტი_جمهوريةأذربيجان_Азербайджанская`;
let eventId = "";

beforeAll(() => {
  cpSync("data/stories/caucasus", DIR, { recursive: true });
  const story = JSON.parse(readFileSync(`${DIR}/story.json`, "utf8"));
  story.meta.title = { de: `Titel ${WORD}`, en: `Title ${WORD}` };
  const event = story.events[0];
  eventId = event.id;
  event.title = { de: `${WORD} ${MIXED} ${ZALGO}`, en: `${WORD} ${MIXED} ${ZALGO}` };
  event.summary = { de: `${MIXED} ${WORD}`, en: `${MIXED} ${WORD}` };
  // The organization's names fill its select (a 60-letter short name at 280 px widened the page)
  // and the legend's heading; the lines' labels fill the legend and the map.
  for (const organization of story.organizations) {
    organization.name = { de: WORD, en: WORD };
    organization.short = { de: WORD.slice(0, 60), en: WORD.slice(0, 60) };
  }
  for (const movement of story.movements) movement.label = { de: WORD, en: WORD };
  for (const relation of story.relations)
    for (const change of relation.changes) if (change.label) change.label = { de: MIXED, en: MIXED };
  writeFileSync(`${DIR}/story.json`, JSON.stringify(story));
});

afterAll(() => {
  rmSync(DIR, { recursive: true, force: true });
});

/** How far the page and each box reach past the viewport's right edge, in px. */
function overflow(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const boxes = [...document.querySelectorAll<HTMLElement>("#app *")]
      .filter((el) => el.getClientRects().length > 0 && !el.closest(".maplibregl-map canvas, svg"))
      .filter((el) => el.getBoundingClientRect().right > width + 1)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
    return { page: document.documentElement.scrollWidth - width, boxes: boxes.slice(0, 8) };
  });
}

describe("long words and mixed scripts", () => {
  for (const width of [1280, 280]) {
    for (const [name, query] of [
      ["the full view", ""],
      ["the embed", "&embed=1"],
      ["presenter mode", "&present=1"],
    ] as const) {
      it(`${name} at ${width} px wraps a 296-character word without widening the page`, async () => {
        const { page, pageErrors } = await openApp(`?story=${SLUG}${query}#event=${eventId}`, {
          viewport: { width, height: 800 },
        });
        await page.locator(`#event-card .event-card[data-event="${eventId}"]`).waitFor({ state: "attached" });
        await page.waitForTimeout(300);
        expect(await overflow(page)).toEqual({ page: 0, boxes: [] });
        // The legend, opened, names the organization in full.
        const legend = page.locator(".legend-slot summary");
        if (await legend.isVisible()) {
          await legend.click();
          await page.locator(".legend-slot details[open]").waitFor();
          expect(await overflow(page)).toEqual({ page: 0, boxes: [] });
        }
        expect(pageErrors).toEqual([]);
      });
    }
  }
});
