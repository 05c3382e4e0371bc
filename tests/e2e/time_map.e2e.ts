import { mkdirSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useBrowser, waitForMapIdle } from "./app";

const openApp = useBrowser();

type Rendered = {
  layer: string;
  id?: string | number;
  properties: Record<string, unknown>;
  state: Record<string, unknown>;
  point?: number[];
};

async function rendered(page: Page, layers: string[]): Promise<Rendered[]> {
  return page.evaluate((l) => {
    const w = window as unknown as { __zeitkarte: { renderedFeatures(layers: string[]): Rendered[] } };
    return w.__zeitkarte.renderedFeatures(l);
  }, layers);
}

async function hookReady(page: Page) {
  await page.waitForFunction(() => "__zeitkarte" in window, undefined, { timeout: 30_000 });
}

const cardTitle = (page: Page) => page.locator("#event-card .event-title").textContent();

describe("the time map", () => {
  it("shows the AZAL 8243 card after pressing → from the end of November 2024", async () => {
    const { page } = await openApp("#t=2024-11-30");
    await page.locator("#event-card .event-title").waitFor();
    expect(await cardTitle(page)).not.toContain("AZAL");
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => cardTitle(page)).toBe("Russische Luftabwehr beschießt AZAL-Flug 8243");
    // Hit and crash are two events of one flight: → plays the way to Aktau, then shows the crash.
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => cardTitle(page), { timeout: 30_000 }).toBe("AZAL-Flug 8243 stürzt bei Aktau ab");
    const card = page.locator("#event-card");
    // The date keeps the articles' precision: a month, never an invented day.
    await expect.poll(() => card.locator(".event-when time").textContent()).toBe("Dezember 2024");
    expect((await card.locator("blockquote").allTextContents()).join(" ")).toContain("38 der 67 Menschen");
    // The card shows where the step goes at once (actions.ts stepTarget); the slider, the time's
    // own place, names the crash once the flight has arrived.
    await expect
      .poll(() => page.locator("[role=slider]").getAttribute("aria-valuetext"), { timeout: 30_000 })
      .toBe("Dezember 2024 — AZAL-Flug 8243 stürzt bei Aktau ab");
  });

  it("flies the aircraft along its path while playing (controlled clock)", async () => {
    const { page } = await openApp("#event=azal-8243-hit");
    await waitForMapIdle(page);
    await hookReady(page);
    // Playback time moves only when the test says so; the map keeps drawing in real time.
    const advance = async (ms: number) => {
      await page.evaluate((step) => {
        const w = window as unknown as { __zeitkarte: { clock: { freeze(): void; advance(ms: number): void } } };
        w.__zeitkarte.clock.freeze();
        w.__zeitkarte.clock.advance(step);
      }, ms);
      await page.waitForTimeout(100);
    };
    const head = async () => {
      const features = await rendered(page, ["moving-head"]);
      return features.find((f) => f.properties.id === "azal-8243-flown")?.point;
    };
    await advance(0);
    // At the hit event the aircraft is where the card says: hit near Grosny, not still at Baku.
    const atHit = await head();
    expect(atHit?.[0]).toBeCloseTo(45.75, 1);
    expect(atHit?.[1]).toBeCloseTo(43.4, 1);
    await page.locator("body").press("Space");
    // The map draws the advanced clock on its next frames; under load those may come late, so
    // wait for the picture rather than a fixed time.
    const lonAfter = async (ms: number) => {
      await advance(ms);
      return (await head())?.[0] ?? 0;
    };
    let lon1 = 0;
    await expect.poll(async () => (lon1 = await lonAfter(100)), { timeout: 30_000 }).toBeGreaterThan(45.75);
    // From Grosny the damaged plane heads east over the Caspian Sea towards Aktau, and keeps moving.
    await expect.poll(() => lonAfter(200), { timeout: 30_000 }).toBeGreaterThan(lon1);
    mkdirSync("test-results", { recursive: true });
    await page.screenshot({ path: "test-results/azal-flight-1280x720.png" });
  });

  it("fills Armenia by its CSTO status, which changes between 2023 and 2025", async () => {
    const statusOfArmenia = async (hash: string) => {
      const { page } = await openApp(hash);
      await waitForMapIdle(page);
      await hookReady(page);
      await page.waitForTimeout(300);
      const armenia = (await rendered(page, ["alliance-fill"])).find((f) => f.id === "ARM");
      const text = await page.locator(".alliance-list").textContent();
      // The status is the country's feature state (story_map.ts): the shapes are sent once per alliance.
      return { map: armenia?.state.status, text };
    };
    const before = await statusOfArmenia("#t=2023-06-01&org=csto");
    const after = await statusOfArmenia("#t=2025-06-01&org=csto");
    expect(before.map).toBe("member");
    expect(after.map).toBe("exit-announced");
    expect(before.text).toContain("Armenien: OVKS-Mitglied");
    expect(after.text).toContain("Armenien: OVKS-Austritt angekündigt (seit 2024)");
  });

  it("can be operated with the keyboard alone", async () => {
    const { page } = await openApp("");
    await page.locator("#event-card .event-title").waitFor();
    await page.keyboard.press("End");
    await expect.poll(() => page.locator("#event-card .event-position").textContent()).toMatch(/^71 \/ 71$/);
    await page.keyboard.press("Home");
    await expect.poll(() => page.locator("#event-card .event-position").textContent()).toMatch(/^1 \/ 71$/);
    expect(await cardTitle(page)).toContain("Türkei");
    await page.keyboard.press("+");
    await page.keyboard.press("+");
    expect(await page.locator("#speed-select").inputValue()).toBe("4");
    await page.keyboard.press("-");
    expect(await page.locator("#speed-select").inputValue()).toBe("2");
    await page.keyboard.press("Space");
    await expect.poll(() => page.locator(".control.play").getAttribute("aria-label")).toBe("Pause");
    await page.keyboard.press("Space");
    await expect.poll(() => page.locator(".control.play").getAttribute("aria-label")).toBe("Abspielen");
    // Tab reaches the controls, each with a visible name.
    let reachedPlay = false;
    for (let i = 0; i < 30 && !reachedPlay; i++) {
      await page.keyboard.press("Tab");
      reachedPlay = await page.evaluate(() => document.activeElement?.classList.contains("play") ?? false);
    }
    expect(reachedPlay).toBe(true);
    await page.keyboard.press("Enter");
    await expect.poll(() => page.locator(".control.play").getAttribute("aria-label")).toBe("Pause");
  });

  it("restores the same view from a copied URL, and Back returns to the previous event", async () => {
    const { page, context } = await openApp("#t=2025-05-01&org=sco&lang=en");
    await page.locator("#event-card .event-title").waitFor();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    const title = await cardTitle(page);
    await expect.poll(() => page.url()).toContain("event=");
    const copied = page.url();
    expect(copied).toContain("org=sco");
    const again = await context.newPage();
    await again.goto(copied);
    await again.locator("#event-card .event-title").waitFor();
    expect(await cardTitle(again)).toBe(title);
    expect(await again.locator("#org-select").inputValue()).toBe("sco");
    expect(await again.locator("html").getAttribute("lang")).toBe("en");
    await page.goBack();
    await expect.poll(() => cardTitle(page)).not.toBe(title);
    await page.goForward();
    await expect.poll(() => cardTitle(page)).toBe(title);
  });

  it("opens the event a link names, also one dated only by its year", async () => {
    for (const [id, title] of [
      ["armenia-announces-csto-exit", "Armenien kündigt Austritt aus der OVKS an"],
      ["azal-8243-crash", "AZAL-Flug 8243 stürzt bei Aktau ab"],
    ]) {
      const { page } = await openApp(`#event=${id}`);
      await expect.poll(() => cardTitle(page)).toBe(title);
    }
  });

  it("falls back to defaults for invalid URL values, without errors", async () => {
    const app = await openApp("#t=2024-02-30&speed=3&org=%3Cscript%3E&lang=fr&event=nope");
    await app.page.locator("#event-card .event-title").waitFor();
    expect(await app.page.locator("#speed-select").inputValue()).toBe("1");
    expect(await app.page.locator("#org-select").inputValue()).toBe("csto");
    expect(await app.page.locator("html").getAttribute("lang")).toBe("de");
    expect(app.pageErrors).toEqual([]);
  });

  it("works as a bottom sheet on a phone", async () => {
    const { page } = await openApp("#event=azal-8243-crash", {
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    await waitForMapIdle(page);
    await page.locator("#event-card .event-title").waitFor();
    const map = await page.locator("#map").boundingBox();
    const panel = await page.locator("#panel").boundingBox();
    expect(map && panel && panel.y >= map.y + map.height).toBe(true);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    mkdirSync("test-results", { recursive: true });
    await page.screenshot({ path: "test-results/azal-390x844.png" });
  });
});
