import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useBrowser } from "./app";

/** A browser without WebGL (old hardware, locked-down machines): the story still works as text. */
const openApp = useBrowser(["--disable-webgl", "--disable-3d-apis"]);

const cardTitle = (page: Page) => page.locator("#event-card .event-title").textContent();

describe("without WebGL", () => {
  it("says the map needs WebGL and tells the story as text, with a working timeline", async () => {
    const { page, pageErrors, offOrigin } = await openApp("#t=2024-11-30");
    const notice = page.locator("#map .notice[role=status]");
    await notice.waitFor();
    expect(await notice.textContent()).toBe(
      "Die Karte braucht WebGL, das dieser Browser nicht bietet. Die Geschichte steht unten als Text.",
    );
    expect(await page.evaluate(() => document.createElement("canvas").getContext("webgl2"))).toBeNull();
    expect(await page.locator("#map canvas").count()).toBe(0);

    // The text view carries the story: events so far, alliances and relations as they stand.
    await page.locator(".text-view .event-list li").first().waitFor();
    expect(await page.locator(".text-view .alliance-list li").count()).toBeGreaterThan(0);
    expect(await page.locator(".text-view .relation-list li").count()).toBeGreaterThan(0);
    expect(await page.locator("#timeline [role=slider]").isVisible()).toBe(true);

    const before = await cardTitle(page);
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => cardTitle(page)).toBe("Russische Luftabwehr beschießt AZAL-Flug 8243");
    expect(before).not.toBe("Russische Luftabwehr beschießt AZAL-Flug 8243");

    await page.keyboard.press("End");
    await expect.poll(() => page.locator("#event-card .event-position").textContent()).toBe("71 / 71");
    await expect.poll(() => page.locator(".text-view .event-list li").count()).toBe(71);

    await page.locator(".lang[lang=en]").click();
    await expect
      .poll(() => notice.textContent())
      .toBe("The map needs WebGL, which this browser does not provide. The story follows below as text.");
    expect(pageErrors).toEqual([]);
    expect(offOrigin).toEqual([]);
  });
});
