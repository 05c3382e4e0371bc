import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useBrowser, waitForMapIdle } from "./app";

const openApp = useBrowser();

/** The Kursk region as the story places it (data/stories/caucasus/story.json), degrees. */
const KURSK = [36.1, 51.6];
const TROOPS = "north-korean-troops";
/** Istanbul as the story places it, degrees. */
const ISTANBUL = [28.95, 41.014] as const;
const YEREVAN = [44.514, 40.183] as const;

interface Drawn {
  layer: string;
  properties: Record<string, unknown>;
  point?: number[];
  lines?: number[][][];
}

function drawn(page: Page, layers: string[]): Promise<Drawn[]> {
  return page.evaluate((l) => {
    const w = window as unknown as { __zeitkarte: { renderedFeatures(layers: string[]): Drawn[] } };
    return w.__zeitkarte.renderedFeatures(l);
  }, layers);
}

/** Degrees from the Kursk region to the nearest end of a drawn piece of the troops' way ahead. */
async function aheadEndToKursk(page: Page): Promise<number> {
  const ends = (await drawn(page, ["moving-ahead"]))
    .filter((f) => f.properties.id === TROOPS)
    .flatMap((f) => (f.lines ?? []).flatMap((line) => [line[0], line.at(-1)]));
  const distances = ends.map((p) => Math.hypot((p?.[0] ?? 0) - (KURSK[0] ?? 0), (p?.[1] ?? 0) - (KURSK[1] ?? 0)));
  return distances.length > 0 ? Math.min(...distances) : Number.POSITIVE_INFINITY;
}

async function troopsHeadLon(page: Page): Promise<number | undefined> {
  return (await drawn(page, ["moving-head"])).find((f) => f.properties.id === TROOPS)?.point?.[0];
}

describe("a movement under way is drawn on to its destination", () => {
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 390, height: 844 },
  ]) {
    it(`at ${viewport.width}×${viewport.height}, in October 2024 the North Korean troops' arc runs on to the Kursk region`, async () => {
      const { page, pageErrors } = await openApp("#t=2024-10-20&lang=de", { viewport });
      await page.waitForFunction(() => "__zeitkarte" in window, undefined, { timeout: 30_000 });
      await waitForMapIdle(page);
      // The head is between Pyongyang and Kursk, in Siberia…
      await expect.poll(() => troopsHeadLon(page), { timeout: 30_000 }).toBeGreaterThan(45);
      // …and the route still to come, drawn from it, ends at the Kursk region.
      await expect.poll(() => aheadEndToKursk(page), { timeout: 30_000 }).toBeLessThan(0.5);
      expect(pageErrors).toEqual([]);
    });
  }

  it("while playing, the arc still ends at the Kursk region as the head moves on", async () => {
    const { page } = await openApp("#t=2024-09-20&lang=de", { viewport: { width: 1280, height: 800 } });
    await page.waitForFunction(() => "__zeitkarte" in window, undefined, { timeout: 30_000 });
    await waitForMapIdle(page);
    await expect.poll(() => troopsHeadLon(page), { timeout: 30_000 }).toBeGreaterThan(45);
    const before = (await troopsHeadLon(page)) ?? 0;
    await page.evaluate(() => {
      const w = window as unknown as { __zeitkarte: { clock: { freeze(): void } } };
      w.__zeitkarte.clock.freeze();
    });
    await page.keyboard.press("Space");
    await expect.poll(() => page.locator(".control.play").getAttribute("aria-label")).toBe("Pause");
    // Playback time moves only when the test says so: step the clock until the head has moved west.
    await expect
      .poll(
        async () => {
          await page.evaluate(() => {
            const w = window as unknown as { __zeitkarte: { clock: { advance(ms: number): void } } };
            w.__zeitkarte.clock.advance(150);
          });
          return (await troopsHeadLon(page)) ?? before;
        },
        { timeout: 30_000 },
      )
      .toBeLessThan(before - 1);
    await page.keyboard.press("Space");
    await expect.poll(() => page.locator(".control.play").getAttribute("aria-label")).toBe("Abspielen");
    await expect.poll(() => aheadEndToKursk(page), { timeout: 30_000 }).toBeLessThan(0.5);
  });

  it("at the troops' own event, before they set off, the arrow points into the Kursk region, not out of Pjöngjang", async () => {
    // Drawn outside Pjöngjang's ring, its way ahead ran on from its tip like a shaft and the arrow
    // read as arriving at Pjöngjang (a review, phone, 480 px embed and 1920).
    const { page, pageErrors } = await openApp("#event=north-korean-troops-to-russia&lang=de", {
      viewport: { width: 390, height: 844 },
    });
    await page.waitForFunction(() => "__zeitkarte" in window, undefined, { timeout: 30_000 });
    await waitForMapIdle(page);
    const head = async () => (await drawn(page, ["moving-head"])).find((f) => f.properties.id === TROOPS);
    await expect.poll(async () => (await head())?.point?.[0], { timeout: 30_000 }).toBeCloseTo(KURSK[0] ?? 0, 0);
    const drawnHead = await head();
    expect(drawnHead?.point?.[1]).toBeCloseTo(KURSK[1] ?? 0, 0);
    // Heading into Kursk from the east: its bearing points west (between south-west and north-west).
    const bearing = Number(drawnHead?.properties.bearing);
    expect(bearing).toBeGreaterThan(225);
    expect(bearing).toBeLessThan(315);
    expect(pageErrors).toEqual([]);
  });

  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 390, height: 844 },
  ]) {
    it(`at ${viewport.width}×${viewport.height}, #event=lavrov-in-yerevan, no place name lies under Pashinyan's arrowhead pointing into Istanbul`, async () => {
      // "Istanbul" lay under the head, which stopped on it (a review): the names keep off heads at rest.
      const { page, pageErrors } = await openApp("#event=lavrov-in-yerevan&lang=de", { viewport });
      await page.waitForFunction(() => "__zeitkarte" in window, undefined, { timeout: 30_000 });
      await waitForMapIdle(page);
      const named = async () => {
        const drawnHead = (await drawn(page, ["moving-head"])).find((f) => f.properties.id === "pashinyan-to-istanbul");
        const [lon = 0, lat = 0] = drawnHead?.point ?? [];
        const at = await page.evaluate(
          ([x, y]) =>
            (
              window as unknown as { __zeitkarte: { project(lon: number, lat: number): { x: number; y: number } } }
            ).__zeitkarte.project(x, y),
          [lon, lat] as const,
        );
        // The head lies behind its point, against its bearing, up to an arrow's length (about 25 px).
        const b = (Number(drawnHead?.properties.bearing ?? 0) * Math.PI) / 180;
        const [cx, cy] = [at.x - Math.sin(b) * 18, at.y + Math.cos(b) * 18];
        const box = { left: cx - 8, top: cy - 6, right: cx + 8, bottom: cy + 6 };
        return page.evaluate(
          (area) =>
            (window as unknown as { __zeitkarte: { labelsIn(box: typeof area): { name: string }[] } }).__zeitkarte
              .labelsIn(area)
              .map((l) => l.name),
          box,
        );
      };
      await expect.poll(named, { timeout: 30_000 }).toEqual([]);
      expect(pageErrors).toEqual([]);
    });
  }

  it("presenter 1024×768, #event=pashinyan-meets-erdogan-istanbul: Eriwan and Istanbul, both ends of Pashinyan's arrow, are on the wall", async () => {
    // The wall framed Eriwan and Lawrow's way only; Pashinyan's arrow ran off its left edge (a
    // review). It now sets off after Lawrow's card (movement_times.ts) and arrives with its own.
    const { page, pageErrors } = await openApp("?present=1#event=pashinyan-meets-erdogan-istanbul&lang=de", {
      viewport: { width: 1024, height: 768 },
    });
    await page.waitForFunction(() => "__zeitkarte" in window, undefined, { timeout: 30_000 });
    await waitForMapIdle(page);
    const inside = (at: readonly [number, number]) =>
      page.evaluate(([lon, lat]) => {
        const { x, y } = (
          window as unknown as { __zeitkarte: { project(lon: number, lat: number): { x: number; y: number } } }
        ).__zeitkarte.project(lon, lat);
        const map = document.querySelector("#map") as HTMLElement;
        // Room for its dot and the arrowhead's tip beside it.
        return Math.min(x, y, map.clientWidth - x, map.clientHeight - y) >= 10;
      }, at);
    await expect.poll(() => inside(ISTANBUL), { timeout: 30_000 }).toBe(true);
    expect(await inside(YEREVAN)).toBe(true);
    expect(pageErrors).toEqual([]);
  });
});
