import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useBrowser, waitForMapIdle } from "./app";
import { namesOnDots } from "./label_boxes";

const openApp = useBrowser();

/**
 * Framed views on small screens, where the Caucasus is a few px across: a review found names
 * printed on other places' dots there ("Eriwan" on Ankara's dot, "Bal●" for Baku on Eriwan's,
 * "Istanbul" across two dots), where the label layout found no room and MapLibre placed the
 * name itself, blind to the dots. A name without room is left out now, or its place gives way.
 */
const VIEWS = [
  { name: "phone 390×844 after → ×3", query: "", width: 390, height: 844, touch: true, steps: 3 },
  { name: "embed 320×640 after → ×3", query: "?embed=1", width: 320, height: 640, touch: true, steps: 3 },
  {
    name: "embed 320×640 #t=2025-06&event=caspian-war-speculation",
    query: "?embed=1#t=2025-06&event=caspian-war-speculation",
    width: 320,
    height: 640,
    touch: true,
    steps: 0,
  },
  {
    name: "embed 480×640 #event=new-year-greetings-alliance",
    query: "?embed=1#event=new-year-greetings-alliance",
    width: 480,
    height: 640,
    touch: false,
    steps: 0,
    // Belgrad's ring overlaps Budapest's: every name of one crossed the other's ring, and Belgrad went unnamed.
    named: ["Belgrad", "Budapest"],
  },
  // Moskau (rank 3, an earlier event's dot there) was unnamed while Minsk and Brüssel (rank 4–5)
  // were named: its own marker's room in placement blocked every position of its name.
  {
    name: "embed 480×640 #event=sco-meeting-new-delhi",
    query: "?embed=1#event=sco-meeting-new-delhi",
    width: 480,
    height: 640,
    touch: false,
    steps: 0,
    named: ["Moskau"],
  },
  {
    name: "phone 390×844 #event=kallas-in-yerevan",
    query: "#event=kallas-in-yerevan",
    width: 390,
    height: 844,
    touch: true,
    steps: 0,
    named: ["Moskau"],
  },
];

async function settle(page: Page) {
  await page.waitForFunction(() => "__zeitkarte" in window);
  await waitForMapIdle(page);
}

describe("names in framed views", () => {
  for (const view of VIEWS) {
    it(`namesOnDots(page) finds none, placeLabels() has ${(view.named ?? []).join(", ") || "the rest"}: ${view.name}`, async () => {
      const { page } = await openApp(view.query, {
        viewport: { width: view.width, height: view.height },
        hasTouch: view.touch,
        isMobile: view.touch,
      });
      await settle(page);
      for (let i = 0; i < view.steps; i++) {
        await page.keyboard.press("ArrowRight");
        await page.waitForTimeout(300);
      }
      // The camera flies to the event's frame; the names are laid out once it settles (on the
      // way they may meet dots): the idle after the flight, then the one after the new layout.
      const idle = () =>
        page.evaluate(() => (window as unknown as { __zeitkarte: { idle(): Promise<void> } }).__zeitkarte.idle());
      await page.waitForTimeout(500);
      await idle();
      await page.waitForTimeout(500);
      await idle();
      expect(await namesOnDots(page)).toEqual([]);
      const names = await page.evaluate(() =>
        (window as unknown as { __zeitkarte: { placeLabels(): { name: string; covered: boolean }[] } }).__zeitkarte
          .placeLabels()
          .filter((l) => !l.covered)
          .map((l) => l.name),
      );
      expect(names).toEqual(expect.arrayContaining(view.named ?? []));
    });
  }
});

describe("the current event's place is never under a control", () => {
  it("→ onto the strikes on Iran with Teheran under the attribution (the reader panned there) moves the camera until its marker is clear", async () => {
    const { page } = await openApp("#event=strikes-on-iran&lang=de", { viewport: { width: 390, height: 844 } });
    await settle(page);
    const title = () => page.locator("#event-card .event-title").textContent();
    const onStrikes = await title();
    await page.keyboard.press("ArrowLeft");
    await expect.poll(title).not.toBe(onStrikes);
    await page.evaluate(() => (window as unknown as { __zeitkarte: { idle(): Promise<void> } }).__zeitkarte.idle());
    const teheran = () =>
      page.evaluate(() => {
        const api = (
          window as unknown as { __zeitkarte: { project(lon: number, lat: number): { x: number; y: number } } }
        ).__zeitkarte;
        const map = (document.querySelector("#map") as HTMLElement).getBoundingClientRect();
        const p = api.project(51.422, 35.694);
        const [x, y] = [p.x + map.left, p.y + map.top];
        const inside = x >= map.left && x <= map.right && y >= map.top && y <= map.bottom;
        const under = [...document.querySelectorAll(".maplibregl-ctrl")].some((c) => {
          const b = c.getBoundingClientRect();
          return x >= b.left - 9 && x <= b.right + 9 && y >= b.top - 9 && y <= b.bottom + 9;
        });
        return { x, y, clear: inside && !under };
      });
    // The reader drags the map until Teheran lies under the attribution pill.
    const from = await teheran();
    const pill = await page.locator(".maplibregl-ctrl-attrib").boundingBox();
    if (!pill) throw new Error("no attribution");
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(pill.x + pill.width / 2, pill.y + pill.height / 2, { steps: 12 });
    await page.mouse.up();
    // MapLibre ends a drag released over a control at the pointer's next move: until then the
    // map counts as moving and never idles. A reader's pointer moves on; so does this one.
    await page.mouse.move(from.x, from.y - 120, { steps: 4 });
    await page.evaluate(() => (window as unknown as { __zeitkarte: { idle(): Promise<void> } }).__zeitkarte.idle());
    expect((await teheran()).clear).toBe(false);
    await page.keyboard.press("ArrowRight");
    await expect.poll(title).toBe(onStrikes);
    await expect.poll(async () => (await teheran()).clear, { timeout: 30_000 }).toBe(true);
  });
});

/** The flagship's main cities (rank ≤ 2), [name, lon, lat]. */
const MAIN_CITIES: [string, number, number][] = [
  ["Baku", 49.892, 40.378],
  ["Grosny", 45.689, 43.312],
  ["Aktau", 51.167, 43.65],
  ["Jekaterinburg", 60.612, 56.852],
  ["Eriwan", 44.514, 40.181],
  ["Istanbul", 28.95, 41.014],
  ["Duschanbe", 68.779, 38.536],
  ["Peking", 116.397, 39.908],
];

/** The main cities whose dot the map draws within 9 px of a control, the date or the legend's button. */
function citiesUnderControls(page: Page): Promise<string[]> {
  return page.evaluate((cities) => {
    const api = (window as unknown as { __zeitkarte: { project(lon: number, lat: number): { x: number; y: number } } })
      .__zeitkarte;
    const map = (document.querySelector("#map") as HTMLElement).getBoundingClientRect();
    const covers = [...document.querySelectorAll(".maplibregl-ctrl, .map-date, .legend-slot")]
      .map((c) => c.getBoundingClientRect())
      .filter((b) => b.width > 0);
    return cities.flatMap(([name, lon, lat]) => {
      const p = api.project(lon, lat);
      const [x, y] = [p.x + map.left, p.y + map.top];
      if (x < map.left || x > map.right || y < map.top || y > map.bottom) return [];
      const under = covers.some((b) => x >= b.left - 9 && x <= b.right + 9 && y >= b.top - 9 && y <= b.bottom + 9);
      return under ? [name] : [];
    });
  }, MAIN_CITIES);
}

describe("an event's frame keeps the main places it shows clear of the controls", () => {
  // A review found Baku under the zoom button, Duschanbe under the attribution and Jekaterinburg
  // under the legend's button in these framed views.
  for (const [query, width, height] of [
    ["?embed=1#event=pashinyan-meets-erdogan-istanbul", 480, 640],
    ["?embed=1#event=baku-cancels-state-visits", 480, 640],
    ["#event=russia-azerbaijan-trade-2025", 390, 844],
  ] as const) {
    it(`citiesUnderControls(page) finds none at ${query} (${width}×${height})`, async () => {
      const touch = width < 400;
      const { page } = await openApp(query, { viewport: { width, height }, hasTouch: touch, isMobile: touch });
      await settle(page);
      await page.evaluate(() => (window as unknown as { __zeitkarte: { idle(): Promise<void> } }).__zeitkarte.idle());
      expect(await citiesUnderControls(page)).toEqual([]);
    });
  }
});

describe("an event's frame follows the map's size", () => {
  // A review found Eriwan, the event's only place, on the bottom edge of a 320 px embed's map,
  // under its card: the frame was fitted for a map 30 px taller than the one drawn.
  it("at 320×640 ?embed=1#event=lavrov-in-yerevan, Eriwan's dot is on the visible map, the canvas on top there", async () => {
    const { page } = await openApp("?embed=1#event=lavrov-in-yerevan", {
      viewport: { width: 320, height: 640 },
      hasTouch: true,
      isMobile: true,
    });
    await settle(page);
    const eriwanShown = () =>
      page.evaluate(() => {
        const api = (
          window as unknown as { __zeitkarte: { project(lon: number, lat: number): { x: number; y: number } } }
        ).__zeitkarte;
        const map = (document.querySelector("#map") as HTMLElement).getBoundingClientRect();
        const p = api.project(44.514, 40.181);
        const [x, y] = [p.x + map.left, p.y + map.top];
        if (x < map.left + 9 || x > map.right - 9 || y < map.top + 9 || y > map.bottom - 9) return false;
        return document.elementFromPoint(x, y)?.classList.contains("maplibregl-canvas") === true;
      });
    await expect.poll(eriwanShown, { timeout: 30_000 }).toBe(true);
  });
});
