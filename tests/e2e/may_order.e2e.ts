import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import type { StoryInput } from "../../src/story/schema";
import { useBrowser } from "./app";

/**
 * May 2025 in the order the articles give it: the 9 May parade Aliyev skipped, "später im selben
 * Monat" the Ukrainian foreign minister in Baku, Lavrov in Yerevan on 20–21 May, "wenige Tage
 * danach" Kallas, as the flagship's `after` constraints place them.
 */
const story = JSON.parse(readFileSync("data/stories/caucasus/story.json", "utf8")) as StoryInput;
const title = (id: string) => story.events.find((e) => e.id === id)?.title.de ?? id;
const MAY = [
  "aliyev-skips-victory-parade",
  "ukrainian-foreign-minister-in-baku",
  "lavrov-in-yerevan",
  "kallas-in-yerevan",
];

const openApp = useBrowser();
const cardTitle = (page: Page) => page.locator("#event-card .event-title").textContent();

describe("May 2025", () => {
  it("steps through the parade, the Ukrainian minister, Lavrov and Kallas in that order", async () => {
    const { page } = await openApp("#t=2025-04-30");
    await page.locator("#event-card .event-title").waitFor();
    const seen: string[] = [];
    for (let i = 0; i < 12; i++) {
      const before = await cardTitle(page);
      await page.keyboard.press("ArrowRight");
      await expect.poll(() => cardTitle(page)).not.toBe(before);
      seen.push((await cardTitle(page)) ?? "");
    }
    const positions = MAY.map((id) => seen.indexOf(title(id)));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });
});
