import { cpSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useBrowser, waitForMapIdle } from "./app";

/**
 * A small story across the Bering Sea (the alps fixture with its places moved): Wladiwostok
 * (131.886, 43.115) and Anchorage (−149.9, 61.218). The opening frame and „Gesamtansicht“ take
 * the short way across 180°, so both sit well inside the map, not at its opposite edges.
 */
const openApp = useBrowser();
const SLUG = "bering";
const DIR = `dist/stories/${SLUG}`;
const WLADIWOSTOK: [number, number] = [131.886, 43.115];
const ANCHORAGE: [number, number] = [-149.9, 61.218];

beforeAll(() => {
  cpSync("tests/fixtures/stories/alps", DIR, { recursive: true });
  const story = JSON.parse(readFileSync(`${DIR}/story.json`, "utf8"));
  const moved: Record<string, [number, number, number]> = {
    meiringen: [...WLADIWOSTOK, 1],
    oberwald: [...ANCHORAGE, 1],
    bern: [132.5, 44, 5],
    rom: [-150.5, 60.5, 5],
  };
  for (const place of story.places) {
    const [lon, lat, rank] = moved[place.id] ?? [0, 0, 5];
    Object.assign(place, { lon, lat, rank });
  }
  for (const movement of story.movements) {
    for (const waypoint of movement.waypoints) if ("lon" in waypoint) Object.assign(waypoint, { lon: 179.5, lat: 55 });
  }
  // The story's own box written as RFC 7946 does across the antimeridian (west > east).
  story.meta.view.bounds = [
    [130, 40],
    [-148, 63],
  ];
  writeFileSync(`${DIR}/story.json`, JSON.stringify(story));
});

afterAll(() => {
  rmSync(DIR, { recursive: true, force: true });
});

/** Where both places are drawn (the world copy nearest the middle), as fractions of the map's width and height (0.5 is the middle). */
async function placesOnMap(page: Page) {
  return page.evaluate(
    (places) => {
      const w = window as unknown as { __zeitkarte: { project(lon: number, lat: number): { x: number; y: number } } };
      const map = document.getElementById("map") as HTMLElement;
      const { width, height } = map.getBoundingClientRect();
      return places.map(([lon, lat]) => {
        // The world repeats every 360°: the copy of the place nearest the middle is the one seen.
        const p = [lon - 360, lon, lon + 360]
          .map((l) => w.__zeitkarte.project(l, lat))
          .reduce((best, q) => (Math.abs(q.x - width / 2) < Math.abs(best.x - width / 2) ? q : best));
        return { x: p.x / width, y: p.y / height };
      });
    },
    [WLADIWOSTOK, ANCHORAGE],
  );
}

/**
 * Both places on screen (the opening frame keeps them 18 px inside the map), Wladiwostok west of
 * Anchorage — framed the long way round, over Eurasia, they swap sides and sit at opposite
 * edges of a world view — and the pair centred across the map.
 */
const framedShortWay = ([a, b]: { x: number; y: number }[]) =>
  [a, b].every((p) => p && p.x > 0.01 && p.x < 0.99 && p.y > 0.01 && p.y < 0.99) &&
  (a?.x ?? 1) < (b?.x ?? 0) &&
  Math.abs(((a?.x ?? 0) + (b?.x ?? 0)) / 2 - 0.5) < 0.2;

function expectFramedShortWay(places: { x: number; y: number }[]) {
  const [a, b] = places;
  expect(a?.x ?? 1).toBeLessThan(b?.x ?? 0);
  expect(framedShortWay(places)).toBe(true);
}

describe("a story across the antimeridian", () => {
  it("opens on Wladiwostok and Anchorage across 180°, and „Gesamtansicht“ returns there", async () => {
    const { page, pageErrors } = await openApp(`?story=${SLUG}`);
    await waitForMapIdle(page);
    expectFramedShortWay(await placesOnMap(page));
    // Both main places are named, not only drawn: a review found Anchorage a bare dot (the label
    // layout projected its raw longitude, a world away from the copy on screen).
    await expect
      .poll(() =>
        page.evaluate(() =>
          (window as unknown as { __zeitkarte: { placeLabels(): { name: string; covered: boolean }[] } }).__zeitkarte
            .placeLabels()
            .filter((l) => !l.covered)
            .map((l) => l.name),
        ),
      )
      .toEqual(expect.arrayContaining(["Meiringen", "Oberwald"]));

    // Away to Europe, then back to the whole story.
    await page.evaluate(() => {
      const w = window as unknown as { __zeitkarte: { seek(t: number): void } };
      w.__zeitkarte.seek(Date.UTC(2019, 0, 1));
    });
    await page.locator("#map").hover();
    await page.mouse.wheel(0, 600);
    await page.locator(".maplibregl-ctrl button[aria-label='Gesamtansicht']").click();
    await expect.poll(async () => framedShortWay(await placesOnMap(page)), { timeout: 15_000 }).toBe(true);
    await waitForMapIdle(page);
    expectFramedShortWay(await placesOnMap(page));
    expect(pageErrors).toEqual([]);
  });
});
