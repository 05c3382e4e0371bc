import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { openLegend, ringAt, useBrowser, waitForMapIdle } from "./app";

const openApp = useBrowser();

type Rendered = { layer: string; id?: string | number; state: Record<string, unknown> };

async function strongRelations(page: Page): Promise<number> {
  return page.evaluate(() => {
    const w = window as unknown as { __zeitkarte: { renderedFeatures(l: string[]): Rendered[] } };
    const ids = w.__zeitkarte
      .renderedFeatures(["relation-lines"])
      .filter((f) => f.state.strong === 1)
      .map((f) => f.id);
    return new Set(ids).size;
  });
}

describe("the legend", () => {
  it("stays open across alliances and says when the alliance has no members (NATO), as the text view does", async () => {
    const { page } = await openApp("#event=azal-8243-crash&org=csto");
    await openLegend(page);
    expect(await page.locator(".legend").evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    await page.locator("#org-select").selectOption("nato");
    await expect.poll(() => page.locator(".legend .no-members").count()).toBe(1);
    expect(await page.locator(".legend").evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    expect(await page.locator(".text-view .no-members").textContent()).toContain("keine Mitglieder");
    await page.locator("#org-select").selectOption("csto");
    await expect.poll(() => page.locator(".legend .no-members").count()).toBe(0);
    expect(await page.locator(".legend").evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
  });

  it("lists the map's symbols (the crash ✕, a place's dot and an earlier event's faded dot among them) and shows all lines strong on request", async () => {
    const { page } = await openApp("#event=azal-8243-crash");
    await waitForMapIdle(page);
    await page.waitForFunction(() => "__zeitkarte" in window, undefined, { timeout: 30_000 });
    await openLegend(page);
    expect(await page.locator(".legend .swatch.cross").count()).toBe(1);
    expect(await page.locator(".legend .swatch.place").count()).toBe(1);
    expect(await page.locator(".legend .swatch.past-event").count()).toBe(1);
    // Beside the faded dot around a city's dot, the faded dot alone, as at a country, region or
    // sea (a review found the legend showing only the first).
    const second = await page.locator(".legend .swatch.past-event").evaluate((s) => ({
      content: getComputedStyle(s, "::after").content,
      fill: getComputedStyle(s, "::after").backgroundColor,
    }));
    expect(second.content).not.toBe("none");
    // The pale traces and lines that do not bear on the event (a review found them unexplained).
    expect(await page.locator(".legend .swatch.receded").count()).toBe(1);
    // Drawn as on the map: the current event's dot filled in its category's colour (the crash is
    // "Luftfahrt"), an earlier one faded in it (a review found them hollow and grey).
    const fill = (symbol: string) =>
      page.locator(`.legend .swatch.${symbol}`).evaluate((s) => getComputedStyle(s).backgroundColor);
    const aviation = await page
      .locator(".legend-section li", { hasText: "Luftfahrt" })
      .locator(".swatch")
      .evaluate((s) => getComputedStyle(s).backgroundColor);
    expect(await fill("current")).toBe(aviation);
    expect(await fill("past-event")).toBe(aviation);
    expect(second.fill).toBe(aviation);
    await expect.poll(() => strongRelations(page)).toBeGreaterThan(0);
    const few = await strongRelations(page);
    await page.locator(".legend .all-lines").check();
    await expect.poll(() => strongRelations(page), { timeout: 10_000 }).toBeGreaterThan(few);
  });

  // At 720×640 the map is tall enough for the open legend as a column on it (the short-frame
  // layout, embed.css); at 480×640 it hangs below the map, in the panel's flow.
  for (const { width, below } of [
    { width: 480, below: true },
    { width: 720, below: false },
  ]) {
    it(`opened in a ${width}×640 embed, ${below ? "goes above the card in the panel's flow" : "is a column on the map that scrolls"}: every timeline control and the card's button stay in sight and in reach`, async () => {
      const { page } = await openApp("?embed=1", { viewport: { width, height: 640 } });
      await waitForMapIdle(page);
      await openLegend(page);
      if (!below) {
        await expect.poll(() => page.locator(".map-area > .legend-slot .legend[open]").count()).toBe(1);
        const slot = page.locator(".map-area > .legend-slot");
        expect(await slot.evaluate((e) => e.scrollHeight > e.clientHeight && getComputedStyle(e).overflowY)).toBe(
          "auto",
        );
        const map = await page.locator(".map-area").boundingBox();
        const box = await slot.boundingBox();
        expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual((map?.y ?? 0) + (map?.height ?? 0));
      } else {
        await expect.poll(() => page.locator(".legend-slot.below .legend[open]").count()).toBe(1);
        // Moved on its "toggle" event, which comes after the click.
        await expect.poll(() => page.locator(".panel > .legend-slot").count()).toBe(1);
      }
      const hidden = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>(".timeline-area button, .timeline-area select")]
          .filter((control) => {
            const box = control.getBoundingClientRect();
            if (box.width === 0 || box.bottom > innerHeight) return false;
            const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
            return !(top && (control === top || control.contains(top)));
          })
          .map((control) => control.getAttribute("aria-label") ?? control.className),
      );
      expect(hidden).toEqual([]);
      if (!below) return;
      // A reader scrolls the panel with the wheel (or a finger) to the legend's last rows and the
      // card: a review found it clipped, `overflow: hidden`, at 480×640 and 720×640.
      const panel = page.locator(".panel.with-legend");
      const box = await panel.boundingBox();
      if (!box) throw new Error("no panel");
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      // Wheeled again while polling: a wheel over the legend while it still settles into the
      // panel's flow scrolled nothing (flaky under load).
      await expect
        .poll(async () => {
          await page.mouse.wheel(0, 400);
          return panel.evaluate((p) => p.scrollTop);
        })
        .toBeGreaterThan(0);
      // The legend lies in the panel's flow, above the card: the card is scrolled to, not covered.
      const more = page.locator(".panel .card-more");
      await more.scrollIntoViewIfNeeded();
      expect(
        await more.evaluate((button) => {
          const box = button.getBoundingClientRect();
          const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
          return top !== null && (button === top || button.contains(top));
        }),
      ).toBe(true);
      // Closed again, the legend's toggle goes back onto the map.
      await page.locator(".legend summary").click();
      await expect.poll(() => page.locator(".map-area > .legend-slot").count()).toBe(1);
    });
  }

  it("opened at 1024×768 taller than its band says 'mehr ▾' at its foot until the reader has scrolled to its end", async () => {
    // A review: the band cut the key at "Bewegungen" and nothing said it scrolls.
    const { page } = await openApp("#event=lavrov-in-yerevan", { viewport: { width: 1024, height: 768 } });
    await waitForMapIdle(page);
    await openLegend(page);
    const slot = page.locator(".legend-slot");
    await expect.poll(() => slot.getAttribute("data-more")).toBe("mehr ▾");
    const cue = () =>
      slot.evaluate((s) => {
        const after = getComputedStyle(s, "::after");
        return { content: after.content, display: after.display };
      });
    expect(await cue()).toEqual({ content: '"mehr ▾"', display: "block" });
    await slot.evaluate((s) => s.scrollTo(0, s.scrollHeight));
    await expect.poll(() => slot.getAttribute("data-more")).toBeNull();
    expect((await cue()).content).toBe("none");
    // Closed, nothing to scroll, no cue.
    await slot.evaluate((s) => s.scrollTo(0, 0));
    await page.locator(".legend summary").click();
    await expect.poll(() => slot.getAttribute("data-more")).toBeNull();
  });

  it("opened on a 390×844 phone lies under the big date, which stays on one line", async () => {
    // The date kept left of the open legend's button as if it were beside it: "Dezembe/r 2024" (a review).
    const { page } = await openApp("#event=azal-8243-hit", { viewport: { width: 390, height: 844 } });
    await waitForMapIdle(page);
    await page.locator(".legend summary").click();
    await expect.poll(() => page.locator(".legend[open]").count()).toBe(1);
    await page.waitForTimeout(300);
    const seen = await page.evaluate(() => {
      const date = document.querySelector(".map-date") as HTMLElement;
      const legend = (document.querySelector(".legend summary") as HTMLElement).getBoundingClientRect();
      const box = date.getBoundingClientRect();
      return {
        height: box.height,
        lineHeight: Number.parseFloat(getComputedStyle(date).fontSize) * 1.6,
        legendTop: legend.top,
        dateBottom: box.bottom,
      };
    });
    expect(seen.height).toBeLessThan(seen.lineHeight);
    expect(seen.legendTop).toBeGreaterThanOrEqual(seen.dateBottom - 1);
  });

  it("folded on a 390×844 phone, its button keeps 8 px clear of a two-month date, which wraps", async () => {
    // "Dezember 2024 – Januar 2025" touched the button's edge: the date kept clear of the
    // summary's text, 10 px inside the button's box (a review).
    const { page } = await openApp("#event=aliyev-address-to-nation", { viewport: { width: 390, height: 844 } });
    await waitForMapIdle(page);
    await page.waitForTimeout(300);
    const seen = await page.evaluate(() => {
      const date = document.querySelector(".map-date") as HTMLElement;
      const text = document.createRange();
      text.selectNodeContents(date);
      const lines = [...text.getClientRects()];
      const button = (document.querySelector(".legend") as HTMLElement).getBoundingClientRect();
      return {
        right: Math.max(...lines.map((r) => r.right)),
        top: Math.min(...lines.map((r) => r.top)),
        lines: new Set(lines.map((r) => Math.round(r.top))).size,
        button: { left: button.left, top: button.top, bottom: button.bottom },
      };
    });
    expect(seen.button.top).toBeLessThan(seen.top + 30);
    expect(seen.right).toBeLessThanOrEqual(seen.button.left - 8);
    expect(seen.lines).toBe(2);
  });

  it("opened over the current event after the reader zoomed in (390×844), moves the map just enough: the ring is not under it", async () => {
    // A review: one zoom step in at the crash, then the legend opened: its band lay over Aktau's
    // ring and the ✕. The reader's own zoom stays where the event fits beside the legend.
    const { page } = await openApp("#event=azal-8243-crash", { viewport: { width: 390, height: 844 } });
    await waitForMapIdle(page);
    const zoom = () =>
      page.evaluate(() => (window as unknown as { __zeitkarte: { zoom(): number } }).__zeitkarte.zoom());
    const framed = await zoom();
    await page.locator(".maplibregl-ctrl-zoom-in").click();
    await expect.poll(zoom).toBeGreaterThan(framed + 0.9);
    // The zoom button's ease has run out: two reads 300 ms apart agree.
    const settled = async () => {
      const a = await zoom();
      await page.waitForTimeout(300);
      return Math.abs((await zoom()) - a);
    };
    await expect.poll(settled, { timeout: 10_000 }).toBeLessThan(0.001);
    // And the map's idle: no camera move running. (Under load a frame can take longer than the
    // 300 ms between two reads, and the ease ran on after them: the zoom "changed" by 0.06.)
    await page.evaluate(() => (window as unknown as { __zeitkarte: { idle(): Promise<void> } }).__zeitkarte.idle());
    const readers = await zoom();
    await page.locator(".legend summary").click();
    await page.locator(".legend[open] li").first().waitFor({ state: "visible", timeout: 15_000 });
    await page.waitForTimeout(2_500);
    const ring = await ringAt(page);
    const seen = await page.evaluate(() => ({
      legendBottom: (document.querySelector(".legend-slot") as HTMLElement).getBoundingClientRect().bottom,
      map: (document.getElementById("map") as HTMLElement).getBoundingClientRect().bottom,
    }));
    const seenRing = Number.isFinite(ring[0]) ? ring : undefined;
    expect(seenRing).toBeDefined();
    const [, y] = seenRing ?? [0, 0];
    expect(y).toBeGreaterThan(seen.legendBottom + 10);
    expect(y).toBeLessThan(seen.map);
    // The reader's own zoom stays: only a pan brings the ring out (a review saw the flight's
    // whole route from Baku framed instead, a zoom step out).
    expect(Math.abs((await zoom()) - readers)).toBeLessThan(0.05);
  });
});
