import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { de } from "../../src/i18n/de";
import { formatDate, mustParseDate } from "../../src/story/dates";
import type { Story } from "../../src/story/schema";
import { useBrowser, waitForMapIdle } from "./app";

const STORY = JSON.parse(readFileSync("data/stories/caucasus/story.json", "utf8")) as Story;

const openApp = useBrowser();

const popupTitle = (page: Page) => page.locator(".map-popup .map-popup-title").textContent();
const popupText = (page: Page) => page.locator(".map-popup").textContent();
const cardTitle = (page: Page) => page.locator("#event-card .event-title").textContent();

/** Everything a click can hit, as the map lists it (map_click.ts CLICKABLE_LAYERS) and the place names. */
const CLICKABLE = [
  "event-circles",
  "movement-end",
  "movement-approx-end",
  "movement-open-tip",
  "moving-head",
  "place-dots",
  "place-labels-current",
  "place-labels-main",
  "place-labels",
  "place-dots-secondary",
  "line-labels",
  "line-labels-center",
  "line-label-points",
  "line-label-forced",
  "line-label-over",
  "line-label-over-all",
  "moving-line",
  "movement-trace",
  "movement-planned",
  "movement-open-line",
  "relation-lines",
];

interface Drawn {
  layer: string;
  id: string;
  screen: [number, number] | undefined;
  pieces: { x: number; y: number }[][];
}

/** Distance (px) from p to segment a–b. */
function toSegment(p: { x: number; y: number }, a: { x: number; y: number }, b: { x: number; y: number }) {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const k =
    dx === 0 && dy === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(p.x - a.x - k * dx, p.y - a.y - k * dy);
}

/** The features drawn now in `layers`, their lines projected to map px, and the map's box (page px). */
async function drawnFeatures(
  page: Page,
  layers: readonly string[],
): Promise<{ drawn: Drawn[]; map: { left: number; top: number; width: number; height: number } }> {
  return page.evaluate((layers) => {
    interface Feature {
      layer: string;
      id: string | number | undefined;
      properties: Record<string, unknown>;
      screen: [number, number] | undefined;
      lines: number[][][] | undefined;
    }
    const api = (
      window as unknown as {
        __zeitkarte: {
          renderedFeatures(layers: string[]): Feature[];
          project(lon: number, lat: number): { x: number; y: number };
        };
      }
    ).__zeitkarte;
    const box = (document.querySelector("#map") as HTMLElement).getBoundingClientRect();
    return {
      map: { left: box.left, top: box.top, width: box.width, height: box.height },
      drawn: api.renderedFeatures([...layers]).map((f) => ({
        layer: f.layer,
        id: String(f.properties.id ?? f.id),
        screen: f.screen,
        pieces: (f.lines ?? []).map((piece) => piece.map(([lon, lat]) => api.project(lon ?? 0, lat ?? 0))),
      })),
    };
  }, layers);
}

/**
 * A relation line drawn now and a point (page px) on it with nothing else clickable near it: no
 * other line within 16 px (a click takes what lies within 10 px), no point (marker, place, label
 * anchor) within 45 px, inside the map.
 */
async function clearPointOnRelation(page: Page): Promise<{ id: string; x: number; y: number } | undefined> {
  const { drawn: features, map } = await drawnFeatures(page, CLICKABLE);
  const ids = new Set(features.filter((f) => f.layer === "relation-lines").map((f) => f.id));
  for (const id of ids) {
    const at = clearPoint(features, id, map);
    if (at) return { id, ...at };
  }
  return undefined;
}

function clearPoint(
  features: Drawn[],
  id: string,
  map: { left: number; top: number; width: number; height: number },
): { x: number; y: number } | undefined {
  const own = features.filter((f) => f.layer === "relation-lines" && f.id === id);
  const others = features.filter((f) => !(f.layer === "relation-lines" && f.id === id));
  for (const piece of own.flatMap((f) => f.pieces)) {
    for (let i = 1; i < piece.length; i++) {
      const a = piece[i - 1] as { x: number; y: number };
      const b = piece[i] as { x: number; y: number };
      for (const k of [0.5, 0.3, 0.7, 0.15, 0.85]) {
        const p = { x: a.x + k * (b.x - a.x), y: a.y + k * (b.y - a.y) };
        if (p.x < 60 || p.y < 60 || p.x > map.width - 60 || p.y > map.height - 60) continue;
        const clear = others.every((f) => {
          if (f.screen) return Math.hypot(f.screen[0] - p.x, f.screen[1] - p.y) > 45;
          return f.pieces.every((q) => q.every((c, j) => j === 0 || toSegment(p, q[j - 1] as typeof c, c) > 16));
        });
        if (clear) return { x: p.x + map.left, y: p.y + map.top };
      }
    }
  }
  return undefined;
}

describe("relation lines and movement arcs: popups with dates and sources, by mouse and keyboard", () => {
  it("a click on a relation line names the relation, its state's date and every change up to t with its date and source", async () => {
    const { page, pageErrors } = await openApp("#event=aliyev-address-to-nation", {
      viewport: { width: 1280, height: 800 },
    });
    await page.waitForFunction(() => "__zeitkarte" in window, undefined, { timeout: 30_000 });
    await waitForMapIdle(page);
    await expect
      .poll(() => clearPointOnRelation(page), { timeout: 30_000, message: "a clear point on a relation line" })
      .toBeDefined();
    const at = (await clearPointOnRelation(page)) as { id: string; x: number; y: number };
    await page.mouse.click(at.x, at.y);
    const relation = STORY.relations.find((r) => r.id === at.id);
    const [a, b] = (relation?.countries ?? []).map((c) => STORY.meta.countries[c]?.de);
    await expect.poll(() => popupTitle(page)).toMatch(new RegExp(`^${a} – ${b}: .+$`));
    const text = await popupText(page);
    // Each change up to t (Dezember 2024) with its date (or "zuvor") and its state's word.
    for (const change of relation?.changes ?? []) {
      if (change.date && change.date.slice(0, 7) > "2024-12") continue;
      const date = change.date ? formatDate(mustParseDate(change.date), "de-DE") : "zuvor";
      expect(text).toContain(`${date}: ${de[`relation_${change.status}`]}`);
    }
    // The change with its source: the quote, then the article's title.
    expect(text).toMatch(/„.+“ — \S/);
    // Opened by a mouse click (the focus is not in it): Esc closes it all the same.
    await page.keyboard.press("Escape");
    await expect.poll(() => page.locator(".map-popup").count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });

  it("the text view's relation entry opens the same popup by keyboard; Esc closes it and returns the focus; its button opens the event that set the state", async () => {
    const { page, pageErrors } = await openApp("#event=aliyev-address-to-nation", {
      viewport: { width: 1280, height: 800 },
    });
    await page.locator("#event-card .event-title").waitFor();
    const entry = page.locator('.relation-list [data-line-select="rus-aze"]');
    // A wrapped entry starts on its bullet's line (a review saw the bullet beside its last line).
    expect(await entry.evaluate((b) => getComputedStyle(b).verticalAlign)).toBe("top");
    await entry.focus();
    await page.keyboard.press("Enter");
    await expect
      .poll(() => popupTitle(page))
      .toBe("Russland – Aserbaidschan: angespannt – Krise nach dem Abschuss von AZAL 8243 (seit Dezember 2024)");
    const text = await popupText(page);
    expect(text).toContain("zuvor: Partner – Gleichgewicht");
    expect(text).toContain("22. Februar 2022: verbündet – Bündniserklärung im Kreml");
    expect(text).toContain("Dezember 2024: angespannt – Krise nach dem Abschuss");
    // Not what came after t: the raids of June 2025.
    expect(text).not.toContain("Juni 2025");
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest(".map-popup") !== null)).toBe(true);
    await page.keyboard.press("Escape");
    await expect.poll(() => page.locator(".map-popup").count()).toBe(0);
    await expect
      .poll(() => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.lineSelect))
      .toBe("rus-aze");
    // Still the reader's view: Esc closed only the popup.
    expect(await cardTitle(page)).not.toBe("AZAL-Flug 8243 stürzt bei Aktau ab");
    await page.keyboard.press("Enter");
    await page.locator(".map-popup-event").click();
    await expect.poll(() => cardTitle(page)).toBe("AZAL-Flug 8243 stürzt bei Aktau ab");
    expect(pageErrors).toEqual([]);
  });

  for (const { name, viewport, hash } of [
    { name: "1280×800", viewport: { width: 1280, height: 800 }, hash: "#event=azal-8243-hit" },
    { name: "presenter 1024×768", viewport: { width: 1024, height: 768 }, hash: "#event=azal-8243-hit&present=1" },
  ]) {
    it(`a popup leaves the current event's place visible (${name}): AZAL 8243's hit at Grosny, left of the map`, async () => {
      const { page, pageErrors } = await openApp(hash, { viewport });
      await page.waitForFunction(() => "__zeitkarte" in window, undefined, { timeout: 30_000 });
      await waitForMapIdle(page);
      // The text view's entry opens what a click on the line opens (presenter mode hides the list).
      await page.locator('.relation-list [data-line-select="rus-aze"]').dispatchEvent("click");
      const popup = page.locator(".map-popup");
      await popup.waitFor();
      const grozny = STORY.places.find((p) => p.id === "grozny") as { lon: number; lat: number };
      const { point, box, map } = await page.evaluate(
        ([lon, lat]) => {
          const api = (
            window as unknown as { __zeitkarte: { project(lon: number, lat: number): { x: number; y: number } } }
          ).__zeitkarte;
          const mapBox = (document.querySelector("#map") as HTMLElement).getBoundingClientRect();
          const p = api.project(lon as number, lat as number);
          const b = (document.querySelector(".map-popup") as HTMLElement).getBoundingClientRect();
          return {
            point: { x: mapBox.left + p.x, y: mapBox.top + p.y },
            box: { left: b.left, top: b.top, right: b.right, bottom: b.bottom },
            map: { left: mapBox.left, right: mapBox.right },
          };
        },
        [grozny.lon, grozny.lat],
      );
      // Grosny is on the map, and its ring (about 20 px) lies wholly outside the popup.
      expect(point.x).toBeGreaterThan(map.left);
      expect(point.x).toBeLessThan(map.right);
      const inside =
        point.x > box.left - 20 && point.x < box.right + 20 && point.y > box.top - 20 && point.y < box.bottom + 20;
      expect(inside, `Grosny at ${JSON.stringify(point)}, popup ${JSON.stringify(box)}`).toBe(false);
      // Still a popup worth reading: its title and its first entry.
      expect(box.bottom - box.top).toBeGreaterThan(140);
      // It lists what the map shows at the hit: allied still; "angespannt" (December 2024) comes
      // with the crash, the event that change cites (a review saw the popup name it a step early).
      expect(await popupTitle(page)).toContain("Bündniserklärung");
      expect(await popupText(page)).toContain(`: ${de.relation_allied}`);
      expect(await popupText(page)).not.toContain(de.relation_strained);
      expect(await popup.locator(".map-popup-title").isVisible()).toBe(true);
      expect(pageErrors).toEqual([]);
    });
  }

  it("presenter 1024×768 at AZAL 8243's hit: a click anywhere on the strong double 'verbündet' line opens it, also where a faint arc runs beside it", async () => {
    const { page, pageErrors } = await openApp("#event=azal-8243-hit&present=1", {
      viewport: { width: 1024, height: 768 },
    });
    await page.waitForFunction(() => "__zeitkarte" in window, undefined, { timeout: 30_000 });
    await waitForMapIdle(page);
    type Hit = { layer: string; id: string; distance: number | undefined };
    const probe = async () => {
      const { drawn, map } = await drawnFeatures(page, CLICKABLE);
      return { map, lines: drawn };
    };
    await expect
      .poll(async () => (await probe()).lines.some((f) => f.layer === "relation-lines" && f.id === "rus-aze"))
      .toBe(true);
    const { map, lines } = await probe();
    const own = lines.filter((f) => f.layer === "relation-lines" && f.id === "rus-aze").flatMap((f) => f.pieces);
    const others = lines.filter((f) => f.id !== "rus-aze" && f.pieces.some((q) => q.length > 1));
    // Points along the line inside the map, each with its normal and the nearest other line's distance.
    const samples: { x: number; y: number; nx: number; ny: number; near: number }[] = [];
    for (const piece of own) {
      for (let i = 1; i < piece.length; i++) {
        const a = piece[i - 1] as { x: number; y: number };
        const b = piece[i] as { x: number; y: number };
        const length = Math.hypot(b.x - a.x, b.y - a.y);
        if (length < 4) continue;
        const p = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
        if (p.x < 40 || p.y < 40 || p.x > map.width - 40 || p.y > map.height - 40) continue;
        const n = { x: -(b.y - a.y) / length, y: (b.x - a.x) / length };
        const near = Math.min(
          ...others.flatMap((f) =>
            f.pieces.flatMap((q) => q.slice(1).map((c, j) => toSegment(p, q[j] as typeof c, c))),
          ),
        );
        samples.push({ ...p, nx: n.x, ny: n.y, near });
      }
    }
    expect(samples.length).toBeGreaterThan(3);
    // At presenter scale (1.6) the strong double line's band reaches 6.5 px either side of its
    // centre: 0, 3 and 6 px out, on either side, are on it (distance 0 as a click measures it).
    const hitsAt = (x: number, y: number) =>
      page.evaluate(
        ([px, py]) =>
          (window as unknown as { __zeitkarte: { hitsAt(x: number, y: number): Promise<Hit[]> } }).__zeitkarte.hitsAt(
            px as number,
            py as number,
          ),
        [x, y],
      );
    for (const sample of samples.slice(0, 6)) {
      for (const offset of [0, 3, 6, -3, -6]) {
        const hits = await hitsAt(sample.x + sample.nx * offset, sample.y + sample.ny * offset);
        const line = hits.find((h) => h.layer === "relation-lines" && h.id === "rus-aze");
        expect(line?.distance, `${offset} px beside the line at ${sample.x}, ${sample.y}`).toBe(0);
      }
    }
    // A mouse click 6 px out on the side of the nearest other line (an arc running beside it)
    // opens Russland – Aserbaidschan.
    const closest = samples.reduce((best, s) => (s.near < best.near ? s : best));
    const side = await Promise.all(
      [6, -6].map(async (o) => {
        const hits = await hitsAt(closest.x + closest.nx * o, closest.y + closest.ny * o);
        return { o, other: Math.min(...hits.filter((h) => h.id !== "rus-aze").map((h) => h.distance ?? 0)) };
      }),
    );
    const o = side.reduce((a, b) => (b.other < a.other ? b : a)).o;
    await page.mouse.click(map.left + closest.x + closest.nx * o, map.top + closest.y + closest.ny * o);
    await expect.poll(() => popupTitle(page)).toMatch(/^Russland – Aserbaidschan: /);
    expect(pageErrors).toEqual([]);
  });

  it("the text view's movement entry opens what a click on its arc opens: a popup naming the visit, its dates and source, and a button to its card", async () => {
    const { page } = await openApp("#event=dushanbe-meeting", { viewport: { width: 1280, height: 800 } });
    await page.locator("#event-card .event-title").waitFor();
    const before = await cardTitle(page);
    const entry = page.locator('.movement-list [data-line-select="lavrov-to-yerevan"]');
    await expect.poll(() => entry.textContent()).toContain("Mai 2025");
    await entry.focus();
    await page.keyboard.press("Enter");
    const popup = page.locator(".map-popup");
    await popup.waitFor();
    // Named, dated and sourced; the time has not moved (a review saw a click on a trace jump back).
    expect(await popup.locator(".map-popup-title").textContent()).toContain("Lawrow");
    expect(await popup.locator(".map-popup-when").first().textContent()).toContain("Mai 2025");
    expect(await popup.locator(".map-popup-source").count()).toBeGreaterThan(0);
    expect(await cardTitle(page)).toBe(before);
    await popup.locator(".map-popup-event").first().click();
    await expect.poll(() => cardTitle(page)).toBe("Lawrow besucht Eriwan");
  });
});

describe("the line popup on a phone", () => {
  /** The popup's and the map's boxes (page px), and whether its content scrolls within it. */
  const boxes = (page: Page) =>
    page.evaluate(() => {
      const box = (selector: string) => {
        const b = document.querySelector(selector)?.getBoundingClientRect();
        return b ? { left: b.left, top: b.top, right: b.right, bottom: b.bottom, height: b.height } : undefined;
      };
      const popup = document.querySelector<HTMLElement>(".map-popup");
      return {
        popup: box(".map-popup"),
        close: box(".map-popup-close"),
        map: box("#map"),
        scrolls: popup ? popup.scrollHeight > popup.clientHeight : false,
      };
    });

  it("at 390×844 a tap on a relation line opens a compact popup: at most half the map, scrolling within, closed by × and by Esc", async () => {
    const { page, pageErrors } = await openApp("#event=aliyev-address-to-nation&lang=de", {
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      isMobile: true,
    });
    await page.waitForFunction(() => "__zeitkarte" in window, undefined, { timeout: 30_000 });
    await waitForMapIdle(page);
    await expect
      .poll(() => clearPointOnRelation(page), { timeout: 30_000, message: "a clear point on a relation line" })
      .toBeDefined();
    const at = (await clearPointOnRelation(page)) as { id: string; x: number; y: number };
    await page.touchscreen.tap(at.x, at.y);
    await expect.poll(() => popupTitle(page)).toMatch(/^.+ – .+: .+$/);
    const open = await boxes(page);
    if (!open.popup || !open.map || !open.close) throw new Error("no popup, map or ×");
    // Compact: inside the map, at most half its height (the reviewer measured 352×521 px).
    expect(open.popup.height).toBeLessThanOrEqual(open.map.height / 2 + 1);
    expect(open.popup.top).toBeGreaterThanOrEqual(open.map.top);
    expect(open.popup.bottom).toBeLessThanOrEqual(open.map.bottom);
    // Readable: a long history scrolls inside it, and the × stays in view when it is scrolled.
    if (open.scrolls) {
      await page.locator(".map-popup").evaluate((popup) => {
        popup.scrollTop = popup.scrollHeight;
      });
      await expect
        .poll(async () => {
          const scrolled = await boxes(page);
          return (scrolled.close?.top ?? -1) >= (scrolled.popup?.top ?? 0) - 1;
        })
        .toBe(true);
    }
    // Closable by its button, a finger's size…
    expect(open.close.bottom - open.close.top).toBeGreaterThanOrEqual(40);
    await page.locator(".map-popup-close").tap();
    await expect.poll(() => page.locator(".map-popup").count()).toBe(0);
    // …and by Esc: opened again from the text view's entry of the same relation (a second tap on
    // the map so soon would be a double tap, which zooms).
    await page.locator(`.relation-list [data-line-select="${at.id}"]`).click();
    await expect.poll(() => page.locator(".map-popup").count()).toBe(1);
    await page.keyboard.press("Escape");
    await expect.poll(() => page.locator(".map-popup").count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });
});
