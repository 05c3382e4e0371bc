import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Frame, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { embedCode } from "../../src/share/embed_code";
import { type StaticServer, serveStatic } from "../support/static_server";
import { type AppPage, useBrowser } from "./app";

/**
 * The app as newsrooms embed it: a host page on another origin (a second local server) frames
 * `?embed=1`, sizes the iframe from the embed's height messages and drives it by postMessage.
 */
const openApp = useBrowser();

let host: StaticServer;
beforeAll(async () => {
  // An article with the share dialog's pym.js code pasted twice, for the same story.
  const code = embedCode({
    baseUrl: inject("baseUrl"),
    story: "caucasus",
    lang: "de",
    title: "Zeitkarte: Moskau verliert den Kaukasus",
    autoplay: false,
    controls: true,
    kind: "pym",
  });
  const twice = `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Zwei Karten</title>
<style>body { margin: 0 auto; max-width: 60rem; padding: 1rem; } iframe { display: block; border: 0; }</style></head>
<body><h1>Ein Artikel</h1><p>Erste Karte:</p>${code}<p>Zweite Karte:</p>${code}<script src="record.js"></script></body></html>`;
  host = await serveStatic(fileURLToPath(new URL("pages/", import.meta.url)), {
    "/two_pym.html": { type: "text/html; charset=utf-8", body: twice },
    "/pym.v1.min.js": {
      type: "text/javascript; charset=utf-8",
      body: readFileSync(fileURLToPath(import.meta.resolve("pym.js/dist/pym.v1.min.js"))),
    },
  });
});
afterAll(async () => {
  await host?.close();
});

interface Received {
  origin: string;
  data: unknown;
}

interface HostPage extends AppPage {
  frame: Frame;
  appOrigin: string;
  /** Every request the embed (any frame but the host page's own) made. */
  embedRequests: string[];
}

/** Opens a host page that frames the app at `?embed=1<query>`, and waits until the embed has spoken. */
async function openHost(
  page: "pym.html" | "iframe.html" | "fixed.html",
  query = "",
  hostQuery = "",
): Promise<HostPage> {
  const appUrl = new URL(`?embed=1${query}`, inject("baseUrl")).href;
  const hostOrigin = new URL(host.url).origin;
  const embedRequests: string[] = [];
  const app = await openApp(`${host.url}${page}?src=${encodeURIComponent(appUrl)}${hostQuery}`, {}, async (tab) => {
    // The host page may load its own files; every other request stays under app.ts's rules.
    await tab.route("**/*", (route) => {
      const request = route.request();
      if (request.frame() === tab.mainFrame() && new URL(request.url()).origin === hostOrigin) return route.continue();
      return route.fallback();
    });
    tab.on("request", (request) => {
      if (request.frame() !== tab.mainFrame()) embedRequests.push(request.url());
    });
  });
  const iframe = await app.page.locator("iframe").elementHandle({ timeout: 30_000 });
  const frame = await iframe?.contentFrame();
  if (!frame) throw new Error("the host page has no iframe");
  await expect.poll(() => states(app.page), { timeout: 30_000 }).not.toHaveLength(0);
  return { ...app, frame, appOrigin: new URL(appUrl).origin, embedRequests };
}

const received = (page: Page) => page.evaluate(() => (window as unknown as { received: Received[] }).received);

type StateMessage = { type: "zeitkarte:state"; requestId?: string; state: Record<string, unknown> };
const states = async (page: Page) =>
  (await received(page))
    .map((m) => m.data)
    .filter((d): d is StateMessage => (d as { type?: unknown } | null)?.type === "zeitkarte:state");

/** What a host page script does: post to the embed's window. */
const post = (page: Page, message: unknown) =>
  page.evaluate((data) => {
    const iframe = document.querySelector("iframe");
    iframe?.contentWindow?.postMessage(data, "*");
  }, message);

/** The height of the app's content inside the frame, as the embed measures it. */
const contentHeight = (frame: Frame) =>
  frame.evaluate(() => {
    const app = document.getElementById("app");
    return app ? Math.ceil(Math.max(app.getBoundingClientRect().height, app.scrollHeight)) : 0;
  });

const iframeHeight = async (page: Page) =>
  page.locator("iframe").evaluate((iframe) => Math.round(iframe.getBoundingClientRect().height));

describe("the embed", () => {
  it("keeps its „open full map“ link on the current view after End, Home and a language change", async () => {
    const { page, pageErrors } = await openApp("?story=caucasus&embed=1");
    const link = page.locator("a.embed-full-link");
    await link.waitFor({ state: "attached", timeout: 30_000 });
    const hashes = () =>
      page.evaluate(() => ({
        page: location.hash,
        link: new URL((document.querySelector("a.embed-full-link") as HTMLAnchorElement).href).hash,
      }));
    // The page's hash follows the state after a throttle (a jump first writes the view it leaves);
    // once it has settled, the link must name that same view, never the one before.
    const settlesOn = async (before: string) => {
      await expect
        .poll(
          async () => {
            const now = await hashes();
            return now.page !== before && now.link === now.page;
          },
          { timeout: 15_000 },
        )
        .toBe(true);
      expect(new URL((await link.getAttribute("href")) ?? "").searchParams.has("embed")).toBe(false);
      return (await hashes()).page;
    };
    await page.locator("body").focus();
    let hash = (await hashes()).page;
    await page.keyboard.press("End");
    hash = await settlesOn(hash);
    await page.keyboard.press("Home");
    hash = await settlesOn(hash);
    await page.keyboard.press("ArrowRight");
    hash = await settlesOn(hash);
    await page.locator("button.lang[lang='en']").click();
    hash = await settlesOn(hash);
    expect(hash).toContain("lang=en");
    expect(pageErrors).toEqual([]);
  });

  it("takes its content's height in an unmodified pym.Parent, also after the viewport narrows", async () => {
    const { page, frame, pageErrors } = await openHost("pym.html");
    const iframe = page.locator("#container iframe");
    const pymHeights = async () =>
      (await received(page))
        .map((m) => m.data)
        .filter((d): d is string => typeof d === "string" && d.startsWith("pymxPYMxcontainerxPYMxheightxPYMx"))
        .map((d) => Number(d.split("xPYMx")[3]));
    const fitted = async () => {
      const attribute = Number.parseInt((await iframe.getAttribute("height")) ?? "", 10);
      return Math.abs(attribute - (await contentHeight(frame))) <= 1 && (await iframeHeight(page)) === attribute;
    };

    await expect.poll(pymHeights, { timeout: 15_000 }).not.toHaveLength(0);
    await expect.poll(fitted, { timeout: 15_000 }).toBe(true);
    const wide = await iframeHeight(page);
    expect(wide).toBeGreaterThan(200);
    expect((await pymHeights()).at(-1)).toBe(wide);
    // All of the map is visible: the frame does not scroll inside the article.
    expect(await frame.evaluate(() => document.documentElement.scrollHeight - window.innerHeight)).toBeLessThanOrEqual(
      1,
    );

    await page.setViewportSize({ width: 420, height: 720 });
    await expect.poll(() => iframeHeight(page), { timeout: 15_000 }).not.toBe(wide);
    await expect.poll(fitted, { timeout: 15_000 }).toBe(true);
    expect(pageErrors).toEqual([]);
  });

  it("sends a Datawrapper-style height that the Datawrapper listener applies", async () => {
    const { page, frame } = await openHost("iframe.html", "&id=zk-test");
    const dwHeights = async () =>
      (await received(page))
        .map((m) => (m.data as { "datawrapper-height"?: Record<string, number> } | null)?.["datawrapper-height"])
        .filter((d) => d !== undefined);
    await expect.poll(dwHeights, { timeout: 15_000 }).not.toHaveLength(0);
    const [first] = await dwHeights();
    expect(Object.keys(first ?? {})).toEqual(["zk-test"]);
    expect(first?.["zk-test"]).toBeGreaterThan(200);
    await expect
      .poll(async () => Math.abs((await iframeHeight(page)) - (await contentHeight(frame))), { timeout: 15_000 })
      .toBeLessThanOrEqual(1);
  });

  it("answers the postMessage API and shrugs off malformed messages", async () => {
    const { page, frame, appOrigin, pageErrors, consoleErrors } = await openHost("iframe.html");
    const answer = async (requestId: string) => (await states(page)).find((m) => m.requestId === requestId);

    await post(page, { type: "zeitkarte:select-event", id: "azal-8243-crash" });
    await post(page, { type: "zeitkarte:get-state", requestId: "r1" });
    await expect.poll(() => answer("r1")).toBeDefined();
    expect((await answer("r1"))?.state).toMatchObject({ story: "caucasus", event: "azal-8243-crash", playing: false });
    const answered = (await received(page)).find((m) => (m.data as StateMessage | null)?.requestId === "r1");
    expect(answered?.origin).toBe(appOrigin);
    // The change was also announced to the parent unasked.
    await expect
      .poll(async () =>
        (await states(page)).some((m) => m.requestId === undefined && m.state.event === "azal-8243-crash"),
      )
      .toBe(true);

    // Asked right after set-lang (English is a chunk of its own): the answer is in English.
    await post(page, JSON.stringify({ type: "zeitkarte:set-lang", lang: "en" }));
    await post(page, { type: "zeitkarte:get-state", requestId: "r1b" });
    await expect.poll(() => answer("r1b")).toBeDefined();
    expect((await answer("r1b"))?.state.lang).toBe("en");
    await expect.poll(() => frame.evaluate(() => document.documentElement.lang)).toBe("en");

    // The state names the event the card shows at the playhead, not null.
    await post(page, { type: "zeitkarte:set-time", t: "2025-02" });
    await post(page, { type: "zeitkarte:get-state", requestId: "r2" });
    await expect.poll(() => answer("r2")).toBeDefined();
    const shown = await frame.locator("#event-card .event-card").getAttribute("data-event");
    expect(shown).not.toBeNull();
    expect((await answer("r2"))?.state).toMatchObject({ t: "2025-02-01", event: shown, lang: "en" });

    for (const malformed of [
      "x",
      { type: "zeitkarte:set-time", t: {} },
      { type: "zeitkarte:set-time", t: 1e300 },
      { type: "zeitkarte:select-event", id: "<img src=x onerror=alert(1)>" },
      '{"type":"zeitkarte:set-lang","lang":"de","__proto__":{"polluted":true}}',
      `{"type":"zeitkarte:set-lang","lang":"de","pad":"${"x".repeat(20_000)}"}`,
      null,
      42,
      [1, 2, 3],
    ])
      await post(page, malformed);
    await page.evaluate(() => {
      // An object literal with __proto__ sets its prototype; the clone that arrives is empty.
      document.querySelector("iframe")?.contentWindow?.postMessage({ __proto__: { type: "zeitkarte:play" } }, "*");
    });
    await post(page, { type: "zeitkarte:get-state", requestId: "r3" });
    await expect.poll(() => answer("r3")).toBeDefined();
    expect((await answer("r3"))?.state).toMatchObject({ t: "2025-02-01", event: shown, lang: "en", playing: false });
    expect(await frame.evaluate(() => document.documentElement.lang)).toBe("en");
    expect(pageErrors).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  it("requests nothing from any origin but its own", async () => {
    const { frame, appOrigin, embedRequests, offOrigin } = await openHost("pym.html");
    await frame
      .locator("#map[data-idle='true'], #map.no-webgl")
      .first()
      .waitFor({ state: "attached", timeout: 30_000 });
    expect(embedRequests.length).toBeGreaterThan(0);
    expect(embedRequests.filter((url) => !/^(data|blob):/.test(url) && new URL(url).origin !== appOrigin)).toEqual([]);
    expect(offOrigin).toEqual([]);
  });

  for (const height of [480, 640, 800])
    it(`shows the map, the controls and the current event's title and date in a fixed ${height} px iframe`, async () => {
      const { page, frame } = await openHost("fixed.html", "#event=azal-8243-crash", `&h=${height}`);
      await page.setViewportSize({ width: 420, height: 900 });
      const iframe = page.locator("iframe");
      expect(await iframeHeight(page)).toBe(height);
      await frame.locator(".event-title").waitFor();
      // Nothing to scroll inside the frame, and each part lies wholly inside it.
      await expect
        .poll(() => frame.evaluate(() => document.documentElement.scrollHeight - window.innerHeight))
        .toBeLessThanOrEqual(0);
      const inside = (selector: string) =>
        frame.locator(selector).evaluate((element) => {
          const box = element.getBoundingClientRect();
          return box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight + 0.5;
        });
      for (const selector of [".map-area", ".event-title", ".event-when", ".control.play", ".timeline"])
        expect(await inside(selector), selector).toBe(true);
      expect(await frame.locator(".event-title").textContent()).toContain("AZAL");
      expect(await frame.locator(".event-when").textContent()).toContain("2024");
      expect(await frame.locator(".map-area").evaluate((e) => e.getBoundingClientRect().height)).toBeGreaterThan(90);
      expect(await iframe.evaluate((e) => e.getBoundingClientRect().height)).toBe(height);
    });

  it("asks a resizing host for more height than the short-frame rule takes, and gives a fixed 640 px frame a map ≥ 260 px tall", async () => {
    // A review measured the map at 218 px in a 480×640 frame and 261 px at 720×640.
    const { page, pageErrors } = await openApp("?embed=1#event=azal-8243-crash", {
      viewport: { width: 320, height: 1400 },
    });
    await page.locator(".event-title").waitFor();
    const measured: string[] = [];
    for (const width of [320, 480, 560, 561, 720, 1000]) {
      await page.setViewportSize({ width, height: 1400 });
      await page.waitForTimeout(300);
      // What embedHeight (src/app/embed_layout.ts) asks a resizing host for at this width.
      const asked = await page.evaluate((w) => {
        const root = document.querySelector(".app") as HTMLElement;
        const map = document.querySelector(".map-area") as HTMLElement;
        const rest =
          Math.max(root.getBoundingClientRect().height, root.scrollHeight) - map.getBoundingClientRect().height;
        return Math.ceil(rest + Math.round(Math.min(520, Math.max(260, w * 0.56))));
      }, width);
      expect(asked, `asked at ${width}`).toBeGreaterThan(width > 560 ? 660 : 560);
      await page.setViewportSize({ width, height: asked });
      await page.waitForTimeout(300);
      // At the asked height the overview strip (hidden in short frames) is there.
      expect(await page.locator(".tl-overview").isVisible(), `overview at ${width}×${asked}`).toBe(true);
      await page.setViewportSize({ width, height: 640 });
      await page.waitForTimeout(300);
      const map = await page.locator(".map-area").evaluate((e) => Math.round(e.getBoundingClientRect().height));
      measured.push(`${width}: ${map}`);
      expect(map, `map at ${width}×640`).toBeGreaterThanOrEqual(260);
      expect(await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight)).toBeLessThanOrEqual(
        0,
      );
    }
    expect(pageErrors, measured.join(", ")).toEqual([]);
  });

  it("keeps one pym.js height per width through playback and stepping", async () => {
    const { page, frame } = await openHost("pym.html");
    const iframe = page.locator("#container iframe");
    await frame
      .locator("#map[data-idle='true'], #map.no-webgl")
      .first()
      .waitFor({ state: "attached", timeout: 30_000 });
    const settled = async () => {
      const attribute = Number.parseInt((await iframe.getAttribute("height")) ?? "", 10);
      return attribute > 200 && (await iframeHeight(page)) === attribute;
    };
    await expect.poll(settled, { timeout: 15_000 }).toBe(true);
    // Every height pym.js gives the iframe from now on.
    await page.evaluate(() => {
      const target = document.querySelector("#container iframe") as HTMLIFrameElement;
      const seen = new Set<string>([target.getAttribute("height") ?? ""]);
      (window as unknown as { heights: Set<string> }).heights = seen;
      new MutationObserver(() => seen.add(target.getAttribute("height") ?? "")).observe(target, {
        attributes: true,
        attributeFilter: ["height", "style"],
      });
    });
    const heights = () => page.evaluate(() => [...(window as unknown as { heights: Set<string> }).heights]);
    // Stepping through events with short and long titles, and playing across several.
    for (const id of ["azal-8243-crash", "turkey-closes-armenia-border", "azal-8243-hit"])
      await post(page, { type: "zeitkarte:select-event", id });
    await post(page, { type: "zeitkarte:set-time", t: "2024-01" });
    const card = () => frame.evaluate(() => document.querySelector(".event-card")?.getAttribute("data-event") ?? "");
    await expect.poll(card).not.toBe("azal-8243-hit");
    const before = await card();
    await post(page, { type: "zeitkarte:play" });
    // Played on until at least two more events have had the card.
    const shown = new Set<string>([before]);
    await expect
      .poll(
        async () => {
          shown.add(await card());
          return shown.size;
        },
        { timeout: 60_000 },
      )
      .toBeGreaterThanOrEqual(3);
    for (let step = 0; step < 6; step++) await frame.locator("body").press("ArrowRight");
    await post(page, { type: "zeitkarte:pause" });
    await frame.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 300))));
    expect(await heights()).toHaveLength(1);
  });

  it("gives two pastes of the same pym.js code two containers, two pym ids and two sized frames", async () => {
    const { page } = await openApp(`${host.url}two_pym.html`, {}, async (tab) => {
      const hostOrigin = new URL(host.url).origin;
      await tab.route("**/*", (route) =>
        route.request().frame() === tab.mainFrame() && new URL(route.request().url()).origin === hostOrigin
          ? route.continue()
          : route.fallback(),
      );
    });
    const frames = page.locator("iframe");
    await expect.poll(() => frames.count(), { timeout: 30_000 }).toBe(2);
    const containers = await page.locator("[data-zeitkarte-embed]").evaluateAll((boxes) => boxes.map((box) => box.id));
    expect(containers).toEqual(["zeitkarte-caucasus-1", "zeitkarte-caucasus-2"]);
    const childIds = await frames.evaluateAll((list) =>
      list.map((f) => new URL((f as HTMLIFrameElement).src).searchParams.get("childId")),
    );
    expect(childIds).toEqual(["zeitkarte-caucasus-1", "zeitkarte-caucasus-2"]);
    // Each frame is sized by its own embed's height messages.
    for (const i of [0, 1])
      await expect
        .poll(() => frames.nth(i).evaluate((f) => Math.round(f.getBoundingClientRect().height)), { timeout: 30_000 })
        .toBeGreaterThan(400);
  });

  it("keeps the map's height in a 320 px pym.js frame when the reader opens „Mehr“", async () => {
    const { page, frame } = await openHost("pym.html", "#event=azal-8243-crash");
    // The host page has 1rem padding: a 352 px window gives the frame 320 px.
    await page.setViewportSize({ width: 352, height: 800 });
    await expect.poll(() => page.locator("iframe").evaluate((f) => f.getBoundingClientRect().width)).toBe(320);
    await frame.locator(".event-title").waitFor();
    const mapHeight = () =>
      frame.locator(".map-area").evaluate((area) => Math.round(area.getBoundingClientRect().height));
    const frameHeight = () => iframeHeight(page);
    // The natural 260 px, give or take the pixel that rounding the frame's height adds.
    const natural = async () => Math.abs((await mapHeight()) - 260) <= 1;
    await expect.poll(natural, { timeout: 15_000 }).toBe(true);
    const closedFrame = await frameHeight();
    await frame.locator(".card-more").click();
    expect(await frame.locator(".card-more").getAttribute("aria-expanded")).toBe("true");
    // The frame grows by the card's extra height; the map keeps its natural 260 px.
    await expect.poll(frameHeight, { timeout: 15_000 }).toBeGreaterThan(closedFrame + 50);
    await expect.poll(natural, { timeout: 15_000 }).toBe(true);
    await frame.locator(".card-more").click();
    await expect.poll(frameHeight, { timeout: 15_000 }).toBe(closedFrame);
    expect(await natural()).toBe(true);
  });

  it("keeps its map's height in a fixed 320×640 embed while → steps through dates of every length", async () => {
    // A review: "Februar 2022" wrapped the controls' date onto a row of its own, and the map
    // shrank from 264 to 234 px and sprang back at the next "2022".
    const { page, pageErrors } = await openApp("?embed=1", { viewport: { width: 320, height: 640 }, hasTouch: true });
    await page.locator(".event-title").waitFor();
    const mapHeight = () =>
      page.locator(".map-area").evaluate((area) => Math.round(area.getBoundingClientRect().height));
    const heights = [await mapHeight()];
    for (let step = 0; step < 4; step++) {
      await page.keyboard.press("ArrowRight");
      await page.waitForTimeout(400);
      heights.push(await mapHeight());
    }
    expect(new Set(heights).size, heights.join(", ")).toBe(1);
    expect(pageErrors).toEqual([]);
  });

  for (const width of [320, 480, 720]) {
    it(`shows its whole source line in a fixed ${width}×640 frame: one line with an ellipsis, whole on a tap`, async () => {
      // A review: "Quelle: Nach fünf Artikeln: …" was cut with no way to read the rest.
      const { page, pageErrors } = await openApp("?embed=1", { viewport: { width, height: 640 }, hasTouch: true });
      await page.locator(".event-title").waitFor();
      const credit = page.locator(".embed-credit");
      const story = JSON.parse(readFileSync("data/stories/caucasus/story.json", "utf8")) as {
        meta: { credit: { de: string } };
      };
      const whole = `Quelle: ${story.meta.credit.de}`;
      expect(await credit.textContent()).toBe(whole);
      expect(await credit.getAttribute("title")).toBe(whole);
      const shown = () =>
        credit.evaluate((c) => ({ cut: c.scrollWidth > c.clientWidth + 1, height: c.getBoundingClientRect().height }));
      const before = await shown();
      const mapHeight = () => page.locator(".map-area").evaluate((m) => m.getBoundingClientRect().height);
      const mapBefore = await mapHeight();
      await credit.tap();
      await expect.poll(async () => (await shown()).cut).toBe(false);
      expect((await shown()).height).toBeGreaterThanOrEqual(before.height);
      // Laid over the map: the map keeps its size (a review saw it shrink from 264 to 171 px).
      expect(await mapHeight()).toBe(mapBefore);
      expect(await credit.getAttribute("aria-expanded")).toBe("true");
      // Still inside the frame, beside the map.
      const box = await credit.boundingBox();
      expect((box?.x ?? -1) + (box?.width ?? 0)).toBeLessThanOrEqual(width);
      await credit.tap();
      expect(await credit.getAttribute("aria-expanded")).toBe("false");
      expect((await shown()).height).toBe(before.height);
      expect(pageErrors).toEqual([]);
    });
  }

  it("lets a plain wheel over the embedded map scroll the article, and says how to zoom", async () => {
    const { page, frame } = await openHost("fixed.html", "", "&h=640");
    await frame
      .locator("#map[data-idle='true'], #map.no-webgl")
      .first()
      .waitFor({ state: "attached", timeout: 30_000 });
    const box = await page.locator("iframe").boundingBox();
    if (!box) throw new Error("no iframe box");
    await page.mouse.move(box.x + box.width / 2, box.y + 200);
    await page.mouse.wheel(0, 400);
    await expect.poll(() => page.evaluate(() => window.scrollY), { timeout: 10_000 }).toBeGreaterThan(100);
    await expect
      .poll(() => frame.locator(".maplibregl-cooperative-gesture-screen").textContent())
      .toMatch(/Strg \+ Mausrad zum Zoomen|⌘ \+ Mausrad zum Zoomen/);
  });

  it("lets a plain wheel over the embedded timeline scroll the article, not zoom the timeline", async () => {
    const { page, frame } = await openHost("fixed.html", "", "&h=640");
    const focus = frame.locator(".tl-focus").first();
    await focus.waitFor({ timeout: 30_000 });
    const ticks = () => frame.locator(".tl-focus .tick text").allTextContents();
    const before = await ticks();
    // Bring the whole frame into view, so the strip is under the pointer.
    await page.evaluate(() => window.scrollTo(0, 100));
    const scrolled = await page.evaluate(() => window.scrollY);
    const box = await focus.boundingBox();
    if (!box) throw new Error("no focus strip box");
    // The first pointer loads the timeline's zoom; then the wheel turns.
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForTimeout(500);
    for (let i = 0; i < 3; i++) await page.mouse.wheel(0, 300);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrolled + 100);
    expect(await ticks()).toEqual(before);
  });
});

describe("the embed's legend button", () => {
  // A fresh-eyes review: in a 320×480 embed the map is lower than the map's column of buttons,
  // and the reset button lay over "Legende" (cut to "Legen…").
  for (const [width, height] of [
    [320, 480],
    [320, 900],
    [480, 640],
  ] as const) {
    it(`lies clear of the map's buttons at ${width}×${height}`, async () => {
      const { page, pageErrors } = await openApp("?embed=1#event=putin-visits-baku", {
        viewport: { width, height },
        hasTouch: true,
        isMobile: true,
      });
      await page.locator("#map[data-idle='true']").waitFor({ state: "attached", timeout: 30_000 });
      const overlaps = () =>
        page.evaluate(() => {
          const button = document.querySelector(".legend-slot summary")?.getBoundingClientRect();
          if (!button) return ["no legend button"];
          return [...document.querySelectorAll(".maplibregl-ctrl")]
            .map((control) => ({ name: control.className, b: control.getBoundingClientRect() }))
            .filter(
              ({ b }) =>
                b.width > 0 &&
                b.left < button.right &&
                b.right > button.left &&
                b.top < button.bottom &&
                b.bottom > button.top,
            )
            .map(({ name }) => name);
        });
      await expect.poll(overlaps, { timeout: 10_000 }).toEqual([]);
      expect(pageErrors).toEqual([]);
    });
  }
});
