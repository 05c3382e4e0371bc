import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useBrowser, waitForMapIdle } from "./app";

const openApp = useBrowser();

const slider = (page: Page) => page.locator(".tl-playhead[role=slider]");

/** "inside" when the focus strip shows the playhead, else the side it is off to. */
async function playheadSide(page: Page): Promise<string> {
  const classes = (await slider(page).getAttribute("class")) ?? "";
  if (classes.includes("tl-before")) return "before";
  if (classes.includes("tl-after")) return "after";
  return "inside";
}

async function ready(page: Page) {
  await page.locator("#event-card .event-title").waitFor();
  await slider(page).waitFor();
}

describe("the first view", () => {
  it("at 1920×1080 opens with the legend folded and the story's places in the middle of the map, not squeezed under the legend", async () => {
    const { page } = await openApp("", { viewport: { width: 1920, height: 1080 } });
    await waitForMapIdle(page);
    await page.waitForFunction(() => "__zeitkarte" in window, undefined, { timeout: 30_000 });
    expect(await page.locator(".legend").evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    const height = await page.locator("#map").evaluate((m) => m.getBoundingClientRect().height);
    const ys = await page.evaluate(() => {
      type Hit = { properties: Record<string, unknown>; screen?: [number, number] };
      const w = window as unknown as { __zeitkarte: { renderedFeatures(l: string[]): Hit[] } };
      const wanted = ["Baku", "Eriwan", "Moskau", "Duschanbe"];
      return w.__zeitkarte
        .renderedFeatures(["place-dots", "place-dots-secondary"])
        .filter((f) => wanted.includes(String(f.properties.name_de)))
        .map((f) => f.screen?.[1] ?? -1);
    });
    expect(ys.length).toBe(4);
    // Before: Baku, Eriwan and Duschanbe sat 20–30 px above the bottom edge.
    for (const y of ys) {
      expect(y).toBeGreaterThan(height * 0.1);
      expect(y).toBeLessThan(height * 0.85);
    }
  });

  it("opens on the first event of the story's window: map date, card, slider and focus strip agree", async () => {
    const { page } = await openApp();
    await ready(page);
    const title = await page.locator("#event-card .event-title").textContent();
    const when = await page.locator("#event-card .event-when time").first().textContent();
    expect(when).toBe("2022");
    // The first event of 2022 in the order the articles give: the year-dated trade figure.
    expect(title).toBe("Handel Russland–Aserbaidschan wächst um fast 25 Prozent");
    expect(await slider(page).getAttribute("aria-valuetext")).toBe(`${when} — ${title}`);
    expect(await page.locator(".map-date").textContent()).toContain("2022");
    expect(await playheadSide(page)).toBe("inside");
    // The focus strip shows the story's window, 2022 to 2026, with the playhead at its start.
    const ticks = await page.locator(".tl-focus .tick text").allTextContents();
    expect(ticks.join(" ")).toContain("2022");
    expect(ticks.join(" ")).toContain("2026");
    // The background is one key away: ← goes to the event before the window.
    await page.locator("body").press("ArrowLeft");
    await expect.poll(() => page.locator("#event-card .event-when time").first().textContent()).toBe("August 2021");
    await expect.poll(() => playheadSide(page)).toBe("inside");
  });

  it("keeps the playhead in the focus strip after Home, End and ←/→ across a decade", async () => {
    const { page } = await openApp();
    await ready(page);
    await page.locator("body").press("Home");
    await expect.poll(() => slider(page).getAttribute("aria-valuenow")).toBe("0");
    await expect.poll(() => playheadSide(page)).toBe("inside");
    // 1993 → 2000 → 2001 → 2003 → 2014 → 2021: each step must bring the strip along.
    for (let step = 0; step < 6; step++) {
      const before = await slider(page).getAttribute("aria-valuenow");
      await page.locator("body").press("ArrowRight");
      await expect.poll(() => slider(page).getAttribute("aria-valuenow")).not.toBe(before);
      await expect.poll(() => playheadSide(page)).toBe("inside");
    }
    await page.locator("body").press("End");
    await expect.poll(() => page.locator("#event-card .event-position").textContent()).toBe("71 / 71");
    await expect.poll(() => playheadSide(page)).toBe("inside");
    for (let step = 0; step < 3; step++) {
      const before = await slider(page).getAttribute("aria-valuenow");
      await page.locator("body").press("ArrowLeft");
      await expect.poll(() => slider(page).getAttribute("aria-valuenow")).not.toBe(before);
      await expect.poll(() => playheadSide(page)).toBe("inside");
    }
  });

  it("shows the playhead in the focus strip on a deep link to 1993", async () => {
    const { page } = await openApp("#t=1993-01-01");
    await ready(page);
    expect(await page.locator("#event-card .event-when time").first().textContent()).toBe("1993");
    await expect.poll(() => playheadSide(page)).toBe("inside");
    const ticks = await page.locator(".tl-focus .tick text").allTextContents();
    expect(ticks.join(" ")).toContain("1994");
  });
});
