import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { MIN_VISIBLE_PX, visibleLength } from "../../src/map/line_label_points";
import { LINE_WORD_LAYERS } from "../../src/map/word_layers";
import { useBrowser, waitForMapIdle } from "./app";
import { wordsUnderOverlays } from "./label_boxes";

const openApp = useBrowser();

/** The layers that draw a story line, and the two that write a strong line's word. */
const LINE_LAYERS = ["relation-lines", "movement-trace", "movement-planned", "movement-open-line", "moving-line"];
const WORD_LAYERS = [...LINE_WORD_LAYERS];
/** A strong line at least this long on screen (px, inside the map's margin) must carry its word. */
const CLEARLY_SHOWN_PX = 60;

/** The app's test hooks this file reads beyond the helpers below (src/app/mount.ts). */
interface Hooks {
  __zeitkarte: {
    state(): { event?: string; playing: boolean };
    renderedFeatures(layers: string[]): { screen?: [number, number] }[];
  };
}

interface Drawn {
  id: string;
  strong: boolean;
  pieces: { x: number; y: number }[][];
}

/**
 * The strong lines the map draws now that lie clearly on screen, without a word on them (neither
 * on the line nor as the fallback point), as "id (length px)".
 */
async function strongLinesWithoutWord(page: Page, minPx = CLEARLY_SHOWN_PX): Promise<string[]> {
  const { lines, words, width, height } = await page.evaluate(
    ([lineLayers, wordLayers]) => {
      interface Feature {
        layer: string;
        id: string | number | undefined;
        properties: Record<string, unknown>;
        state: Record<string, unknown>;
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
      const map = document.querySelector("#map") as HTMLElement;
      const drawn = api.renderedFeatures(lineLayers ?? []).map((f) => ({
        id: String(f.properties.id ?? f.id),
        // Relations and movement routes carry `strong` in feature state, the moving part as a property;
        // a relation without a state is not drawn.
        strong:
          f.layer === "moving-line"
            ? f.properties.strong === true
            : f.state.strong === 1 && (f.layer !== "relation-lines" || Boolean(f.state.state)),
        pieces: (f.lines ?? []).map((piece) => piece.map(([lon, lat]) => api.project(lon ?? 0, lat ?? 0))),
      }));
      const written = api.renderedFeatures(wordLayers ?? []).map((f) => String(f.properties.id));
      return { lines: drawn, words: written, width: map.clientWidth, height: map.clientHeight };
    },
    [LINE_LAYERS, WORD_LAYERS] as const,
  );
  const shown = new Map<string, number>();
  for (const line of lines as Drawn[]) {
    if (!line.strong) continue;
    const length = line.pieces.reduce((sum, piece) => sum + visibleLength(piece, width, height), 0);
    shown.set(line.id, (shown.get(line.id) ?? 0) + length);
  }
  return [...shown]
    .filter(([id, length]) => length >= minPx && !words.includes(id))
    .map(([id, length]) => `${id} (${Math.round(length)} px)`);
}

/** How many strong lines are clearly on screen (so a moment without any proves nothing). */
async function strongWords(page: Page): Promise<string[]> {
  return page.evaluate((layers) => {
    const api = (
      window as unknown as {
        __zeitkarte: { renderedFeatures(layers: string[]): { properties: Record<string, unknown> }[] };
      }
    ).__zeitkarte;
    return api.renderedFeatures(layers).map((f) => String(f.properties.label));
  }, WORD_LAYERS);
}

const MOMENTS = [
  // The war begins: the red Moskau–Kiew line is short at the overview zoom.
  "russia-invades-ukraine",
  "north-korean-troops-to-russia",
  "azal-8243-hit",
  "lavrov-in-yerevan",
  "beijing-parade-handshake",
  "dushanbe-meeting",
  // Türkei, Armenien, Aserbaidschan: three strong lines in 150 px at the overview until a
  // current event with its capitals that close together was zoomed to (map_view.ts, dense).
  "erdogan-backs-peace-efforts",
];

/** Moments a review found a strong line without its word at on a phone or a 480 px embed. */
const PHONE_MOMENTS = ["turkey-closes-armenia-border", "lavrov-in-yerevan", "dushanbe-meeting"];

/**
 * Moments whose visit arc runs along a relation line between the same two capitals (Moskau–Baku,
 * Moskau–Eriwan, Eriwan–Istanbul along Eriwan–Ankara): both words must be written, on a 320 px embed too (issue 14).
 */
const COINCIDING = ["putin-visits-baku", "russia-azerbaijan-declaration", "pashinyan-meets-erdogan-istanbul"];
/**
 * Known defects, open (issues 11 and 14 conflict in small views): the current event's place
 * names are drawn above every other word, and these lines' words then find no room anywhere.
 */
const KNOWN_MISSING = new Set([
  // Since the main places' names are drawn above every word (issue 11: the nine are labelled at
  // every size), these lines' words find no room beside them, not even written level (the last
  // tiers, line_label_points.ts); the README states the trade-off.
  // Open: a deterministic word layout that looks for room along the whole line. (The presenter's
  // Beijing and Erdoğan moments and the 320 px embed's Pashinyan–Istanbul have their words since
  // the tries are 0.025 of a line apart and a word may be written smaller: the `small` tier.)
  "beijing-parade-handshake (embed 320×900)",
  // (The 480 px embed's Türkei–Aserbaidschan has its "verbündet" since "keine Beziehungen" is
  // written in one line, not as a two-line block across both parallel lines: WORD_MAX_EMS.)
  // On the 320 px embed, Türkei–Armenien's "keine Beziehungen" (one line, 128 px) finds no room
  // on its 143 px between Ankara's and Eriwan's names and rings, beside "verbündet" on the
  // parallel line: the embed's map is 260 px wide there.
  "turkey-closes-armenia-border (embed 320×900)",
  // The current event's ring is room no word takes, in every theme (a review saw "Partner"
  // across Baku's ring in this embed): these words' only room was on or over the ring or over a
  // cluster of dots, and they go without; the legend names the lines' colours.
  "dushanbe-meeting (embed 320×900)",
  "erdogan-backs-peace-efforts (embed 320×900)",
  // The phone's Aliyev visit: 126 px of arc from Baku's cluster to Duschanbe's ring and name, under
  // Putin's arrow; its two-line phrase finds no room beside them.
  "dushanbe-meeting (phone 390×844)",
  // Presenter mode keeps every word off the current event's ring ("nothing covers the current
  // event", issue 14; tests/e2e/current_ring.e2e.ts): the Aliyev visit's word, whose only room on
  // the half-wall map was on Duschanbe's ring, goes without; Putin's visit keeps its word.
  "dushanbe-meeting (presenter 1024×768)",
]);

/** The app at `query` in a viewport (a touch phone's with `touch`), its map idle. */
async function openIdle(query: string, width: number, height: number, touch: boolean) {
  const opened = await openApp(query, { viewport: { width, height }, hasTouch: touch, isMobile: touch });
  await opened.page.waitForFunction(() => "__zeitkarte" in window, undefined, { timeout: 30_000 });
  await waitForMapIdle(opened.page);
  return opened;
}

describe("the words on the strong lines", () => {
  for (const [name, query, width, height] of [
    ["reader 1280×800", "", 1280, 800],
    ["presenter 1024×768", "?present=1", 1024, 768],
    ["embed 320×900", "?embed=1", 320, 900],
    // The phone and a 480 px embed at the moments a review found a strong line without its word:
    // two nearly parallel lines from Ankara left "verbündet" a gap a few px narrower than the
    // word (the `small` tier, line_label_points.ts).
    ["phone 390×844", "", 390, 844],
    ["embed 480×900", "?embed=1", 480, 900],
  ] as const) {
    const moments = name.startsWith("reader") || name.startsWith("presenter") || name === "embed 320×900";
    for (const event of [
      ...(moments ? MOMENTS : PHONE_MOMENTS),
      ...(name === "embed 320×900" ? [...COINCIDING, "turkey-closes-armenia-border"] : []),
    ]) {
      const known = KNOWN_MISSING.has(`${event} (${name})`);
      it.skipIf(known)(`every strong line on screen carries its word at #event=${event} (${name})`, async () => {
        // The embed and the phone as a phone shows them (touch, mobile viewport), as the reviewer saw it.
        const phone = name.startsWith("embed") || name.startsWith("phone") ? { hasTouch: true, isMobile: true } : {};
        const { page, pageErrors } = await openApp(`${query}#event=${event}`, {
          viewport: { width, height },
          ...phone,
        });
        await page.waitForFunction(() => "__zeitkarte" in window, undefined, { timeout: 30_000 });
        await waitForMapIdle(page);
        await expect.poll(() => strongWords(page), { timeout: 30_000 }).not.toEqual([]);
        // Where a visit runs along a relation, both words, however short the lines are drawn.
        const minPx = COINCIDING.includes(event) ? MIN_VISIBLE_PX : CLEARLY_SHOWN_PX;
        await expect.poll(() => strongLinesWithoutWord(page, minPx), { timeout: 30_000 }).toEqual([]);
        expect(await wordsUnderOverlays(page)).toEqual([]);
        expect(pageErrors).toEqual([]);
      });
    }
  }

  // A review found words under the zoom buttons, "Partner" showing through the translucent
  // legend button, and words cut at a small embed's edge: the controls and edges are room in
  // MapLibre's placement now (control_blockers.ts), so a word moves along its line or gives way.
  for (const [name, query, width, height, touch] of [
    ["embed 480×640", "?embed=1", 480, 640, false],
    ["embed 720×640", "?embed=1", 720, 640, false],
    ["phone 390×844", "", 390, 844, true],
  ] as const) {
    it(`wordsUnderOverlays(page) finds none in the opening view and after → ×3 (${name})`, async () => {
      const { page, pageErrors } = await openIdle(query, width, height, touch);
      const idle = () =>
        page.evaluate(() => (window as unknown as { __zeitkarte: { idle(): Promise<void> } }).__zeitkarte.idle());
      await idle();
      expect(await wordsUnderOverlays(page)).toEqual([]);
      for (let i = 0; i < 3; i++) {
        await page.keyboard.press("ArrowRight");
        await page.waitForTimeout(300);
      }
      await page.waitForTimeout(500);
      await idle();
      await page.waitForTimeout(500);
      await idle();
      expect(await wordsUnderOverlays(page)).toEqual([]);
      expect(pageErrors).toEqual([]);
    });
  }

  // Steps onto the Pashinyan–Istanbul visit: a known gap above (its word's only room is Istanbul's ring).
  it.skip("every strong line on screen carries its word after → in the 320 px embed (Lawrow in Eriwan, then on)", async () => {
    const { page, pageErrors } = await openApp("?embed=1#event=lavrov-in-yerevan", {
      viewport: { width: 320, height: 900 },
      hasTouch: true,
      isMobile: true,
    });
    await page.waitForFunction(() => "__zeitkarte" in window, undefined, { timeout: 30_000 });
    await waitForMapIdle(page);
    const title = page.locator("#event-card .event-title");
    for (let step = 0; step < 2; step++) {
      const before = await title.textContent();
      await page.locator('.control[aria-keyshortcuts="ArrowRight"]').click();
      await expect.poll(() => title.textContent()).not.toBe(before);
      await expect.poll(() => strongLinesWithoutWord(page, MIN_VISIBLE_PX), { timeout: 30_000 }).toEqual([]);
    }
    expect(pageErrors).toEqual([]);
  });

  // A review: after → from North Korea's troops to Erdoğan, Türkei's ring sat half cut at the map's
  // left edge (the camera stayed), and "verbündet" (Azerbaijan–Turkey) showed, then was lost to
  // the forced "Annäherung" probed beside it (line_label_fallback.ts, edge_nudge.ts).
  it("after → onto the Erdoğan event (reader 1280×800) the current ring lies whole inside the map and every strong line carries its word", async () => {
    const { page, pageErrors } = await openApp("#event=north-korea-plans-more-troops", {
      viewport: { width: 1280, height: 800 },
    });
    await page.waitForFunction(() => "__zeitkarte" in window, undefined, { timeout: 30_000 });
    await waitForMapIdle(page);
    await page.keyboard.press("ArrowRight");
    await expect
      .poll(() => page.evaluate(() => (window as unknown as Hooks).__zeitkarte.state().event))
      .toBe("erdogan-backs-peace-efforts");
    await expect.poll(() => strongLinesWithoutWord(page, CLEARLY_SHOWN_PX), { timeout: 30_000 }).toEqual([]);
    const ring = await page.evaluate(() => {
      const api = (window as unknown as Hooks).__zeitkarte;
      const map = document.querySelector("#map")?.getBoundingClientRect();
      const at = api.renderedFeatures(["event-current"])[0]?.screen;
      return at && map ? { x: at[0], y: at[1], width: map.width, height: map.height } : undefined;
    });
    expect(ring).toBeDefined();
    if (!ring) return;
    // The ring's 11.5 px and a margin inside every edge.
    expect(Math.min(ring.x, ring.y, ring.width - ring.x, ring.height - ring.y)).toBeGreaterThanOrEqual(30);
    expect(pageErrors).toEqual([]);
  });

  // Russia–Azerbaijan's word lost to the main names here until a line's forced word was probed
  // along the whole line, not fixed at its middle (line_label_fallback.ts).
  // The phone's and the presenter's opening views had no "Partner" on Moskau–Baku: its turned
  // word found no room beside "Kaspisches Meer" in any tier; each tier tries it level too now.
  for (const [name, query, width, height, touch] of [
    ["embed 320×900", "?embed=1", 320, 900, true],
    ["phone 390×844", "", 390, 844, true],
    ["presenter 1024×768", "?present=1", 1024, 768, false],
  ] as const) {
    it(`every strong line on screen carries its word in the opening view (${name})`, async () => {
      const { page, pageErrors } = await openIdle(query, width, height, touch);
      await expect.poll(() => strongLinesWithoutWord(page, MIN_VISIBLE_PX), { timeout: 30_000 }).toEqual([]);
      expect(pageErrors).toEqual([]);
    });
  }

  // Two reviews: at AZAL 8243's hit, "verbündet" (Russland–Aserbaidschan) lay on the thin route on
  // to Aktau, its own dotted line at its plate's far edge: it read as that route's word.
  for (const [name, query, width, height] of [
    ["presenter 1024×768", "?present=1", 1024, 768],
    ["embed 320×640", "?embed=1", 320, 640],
  ] as const) {
    it(`keeps "verbündet" an em clear of AZAL 8243's route on from Grosny to Aktau at its hit (${name})`, async () => {
      const { page } = await openIdle(`${query}#event=azal-8243-hit`, width, height, false);
      // Its word settled where the fallback found it room (line_label_fallback.ts).
      await expect
        .poll(
          () =>
            page.evaluate(() =>
              (
                window as unknown as {
                  __zeitkarte: { renderedFeatures(layers: string[]): { properties: Record<string, unknown> }[] };
                }
              ).__zeitkarte
                .renderedFeatures(["line-label-over-all"])
                .some((f) => f.properties.label === "verbündet" && f.properties.settled === true),
            ),
          { timeout: 30_000 },
        )
        .toBe(true);
      await waitForMapIdle(page);
      expect(
        await page.evaluate(() => {
          const api = (
            window as unknown as {
              __zeitkarte: {
                project(lon: number, lat: number): { x: number; y: number };
                wordsIn(box: { left: number; top: number; right: number; bottom: number }): string[];
              };
            }
          ).__zeitkarte;
          // Grosny and Aktau (GeoNames); the route between them is drawn nearly straight here.
          const a = api.project(45.69, 43.31);
          const b = api.project(51.2, 43.65);
          const em = 14;
          const near: string[] = [];
          for (let f = 0.1; f <= 0.9; f += 0.04) {
            const x = a.x + (b.x - a.x) * f;
            const y = a.y + (b.y - a.y) * f;
            near.push(...api.wordsIn({ left: x - 2, right: x + 2, top: y - em, bottom: y + em }));
          }
          return near.filter((word) => word === "verbündet");
        }),
      ).toEqual([]);
    });
  }

  it("writes feindselig on the red Moskau–Kiew line when the war begins (reader 1280×800)", async () => {
    const { page } = await openApp("#event=russia-invades-ukraine", { viewport: { width: 1280, height: 800 } });
    await page.waitForFunction(() => "__zeitkarte" in window, undefined, { timeout: 30_000 });
    await waitForMapIdle(page);
    await expect.poll(() => strongWords(page), { timeout: 30_000 }).toContain("feindselig");
  });

  // A review: while the story played, a line whose word found no room on it went without one
  // until the map stopped ("angespannt" 8 s late on the phone): the words beside the lines were
  // only placed at an idle, which playback never reaches (line_label_fallback.ts, onStillFrames).
  // Sampled for 12 s of play from the hit, Russland–Aserbaidschan lacked its word in 40 of 40
  // samples before, in about 10 of 40 now (while the camera frames the next event, a word written
  // beside its line for the last camera may have no room and waits for the camera to stop).
  it("gives a strong line without room on it its word while the story plays (phone 390×844, from AZAL 8243's hit)", async () => {
    const { page, pageErrors } = await openIdle("#event=azal-8243-hit", 390, 844, true);
    await page.evaluate(() => (window as unknown as { __zeitkarte: { play(): void } }).__zeitkarte.play());
    const missing: string[][] = [];
    for (let i = 0; i < 40; i++) {
      await page.waitForTimeout(300);
      missing.push(await strongLinesWithoutWord(page));
    }
    // Still playing: no idle came between. At least a third of the samples have every word.
    expect(await page.evaluate(() => (window as unknown as Hooks).__zeitkarte.state().playing)).toBe(true);
    expect(missing.filter((lines) => lines.length === 0).length, JSON.stringify(missing)).toBeGreaterThanOrEqual(14);
    expect(pageErrors).toEqual([]);
  });
});
