import type { Browser, BrowserContext, Page } from "playwright-core";
import type { BareHook } from "../bench/bare";
import { type FrameStats, frameStats, percentile, seededRandom } from "./bench_stats";

/**
 * The measurements in Chromium. Every figure is taken inside the page with performance.now() or
 * requestAnimationFrame timestamps, so Playwright's round trips never enter a timing. Page code
 * is passed as strings: tsx would otherwise compile helpers into the functions that the page
 * does not have.
 */
declare global {
  interface Window {
    __bare?: BareHook;
    __benchIdleAt?: number;
    __benchLoadAt?: number;
  }
}

const VIEWPORT = { width: 1280, height: 720 };
const IDLE_TIMEOUT = 120_000;

/**
 * Records performance.now() (ms since navigation start) when #map first gets data-loaded="true"
 * (MapLibre's load: the first complete frame with the basemap) and data-idle="true".
 */
const IDLE_PROBE = `(() => {
  const observer = new MutationObserver(() => {
    const map = document.getElementById("map");
    if (!map) return;
    if (map.getAttribute("data-loaded") === "true" && window.__benchLoadAt === undefined)
      window.__benchLoadAt = performance.now();
    if (map.getAttribute("data-idle") === "true" && window.__benchIdleAt === undefined) {
      window.__benchIdleAt = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { subtree: true, attributes: true, attributeFilter: ["data-idle", "data-loaded"] });
})()`;

/**
 * Device profiles for cold loads. "laptop": a classroom laptop, Chrome DevTools Protocol CPU
 * throttling 4× and a network of 10 Mbit/s down, 5 up, 40 ms latency.
 */
export type Profile = "desk" | "laptop";

async function applyProfile(page: Page, context: BrowserContext, profile: Profile): Promise<void> {
  if (profile === "desk") return;
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: 40,
    downloadThroughput: (10 * 1024 * 1024) / 8,
    uploadThroughput: (5 * 1024 * 1024) / 8,
  });
}

const recordFrames = (ms: number) => `new Promise((resolve) => {
  const stamps = [];
  const start = performance.now();
  const frame = (now) => {
    stamps.push(now);
    if (now - start < ${ms}) requestAnimationFrame(frame);
    else resolve(stamps);
  };
  requestAnimationFrame(frame);
})`;

/**
 * Seeks to each time in turn, each timed from the call to the next drawn frame; between seeks
 * (untimed) the map becomes idle, so a seek does not pay for the fades of the one before. Stops
 * early once `budgetMs` have passed (a slow story must not stall the run).
 */
const scrubScript = (times: readonly number[], budgetMs = Number.POSITIVE_INFINITY) => `(async () => {
  const z = window.__zeitkarte;
  const out = [];
  const begin = performance.now();
  await z.idle();
  for (const t of ${JSON.stringify(times)}) {
    if (performance.now() - begin > ${budgetMs}) break;
    const start = performance.now();
    z.seek(t);
    await z.nextRender();
    out.push(performance.now() - start);
    await z.idle();
  }
  return out;
})()`;

export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  /** ms from navigation start to the map's first idle, measured in the page. */
  idleMs: number;
  /** ms from navigation start to the map's load (first complete frame with the basemap). */
  loadMs: number;
  /** Same-origin paths the page requested (workers included) until idle. */
  requested: string[];
}

/** A cold load: a new context (empty cache) per call. The caller closes `context`. */
export async function openCold(browser: Browser, url: string, profile: Profile = "desk"): Promise<OpenedPage> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const origin = new URL(url).origin;
  const requested: string[] = [];
  context.on("request", (request) => {
    const target = new URL(request.url());
    if (target.origin === origin) requested.push(decodeURIComponent(target.pathname));
  });
  await context.addInitScript(IDLE_PROBE);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(String(error)));
  await applyProfile(page, context, profile);
  await page.goto(url);
  try {
    // Not waitForFunction: it evaluates its predicate with eval, which the app's CSP forbids.
    await page.locator("#map[data-idle='true']").waitFor({ state: "attached", timeout: IDLE_TIMEOUT });
  } catch (error) {
    await context.close();
    throw new Error(`${url}: the map never became idle (${errors.join("; ") || String(error)})`);
  }
  // The app's hook (src/app/test_hook.ts) comes just after the first view (the bare page has none).
  const app = (await page.evaluate("document.getElementById('app') !== null")) as boolean;
  for (const start = Date.now(); app && !(await page.evaluate("'__zeitkarte' in window")); ) {
    if (Date.now() - start > IDLE_TIMEOUT) throw new Error(`${url}: no window.__zeitkarte after the first view`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const idleMs = (await page.evaluate("window.__benchIdleAt")) as number;
  const loadMs = ((await page.evaluate("window.__benchLoadAt")) as number | undefined) ?? Number.NaN;
  return { page, context, idleMs, loadMs, requested };
}

export async function mapSize(page: Page): Promise<{ width: number; height: number }> {
  return page.evaluate(`(() => {
    const r = document.getElementById("map").getBoundingClientRect();
    return { width: Math.round(r.width), height: Math.round(r.height) };
  })()`);
}

export interface StartupResult {
  profile: Profile;
  /** Navigation start → first idle. */
  appMs: number[];
  bareMs: number[];
  /** Navigation start → MapLibre's load: the first complete frame with the basemap. */
  appLoadMs: number[];
  bareLoadMs: number[];
}

/** Cold loads of app and bare page, alternating so drift in the machine hits both alike. */
export async function measureStartup(
  browser: Browser,
  appUrl: string,
  bareUrl: string,
  runs: number,
  profile: Profile = "desk",
) {
  const result: StartupResult = { profile, appMs: [], bareMs: [], appLoadMs: [], bareLoadMs: [] };
  for (let i = 0; i < runs; i++) {
    for (const [url, idle, load] of [
      [bareUrl, result.bareMs, result.bareLoadMs],
      [appUrl, result.appMs, result.appLoadMs],
    ] as const) {
      const opened = await openCold(browser, url, profile);
      idle.push(opened.idleMs);
      load.push(opened.loadMs);
      await opened.context.close();
    }
  }
  return result;
}

export interface PlaybackResult {
  app: FrameStats & { playingAtEnd: boolean };
  bare: FrameStats;
}

/** rAF timestamps for `ms`: the app playing at 4×, the bare page panning with chained easeTo. */
export async function measurePlayback(browser: Browser, appUrl: string, bareUrl: string, ms: number) {
  const app = await openCold(browser, `${appUrl}#speed=4`);
  await app.page.waitForTimeout(500);
  await app.page.evaluate("window.__zeitkarte.play()");
  const appStamps = (await app.page.evaluate(recordFrames(ms))) as number[];
  const playingAtEnd = (await app.page.evaluate("window.__zeitkarte.state().playing")) as boolean;
  await app.context.close();

  const bare = await openCold(browser, bareUrl);
  await bare.page.waitForTimeout(500);
  await bare.page.evaluate("window.__bare.startPanning()");
  const bareStamps = (await bare.page.evaluate(recordFrames(ms))) as number[];
  await bare.context.close();
  return { app: { ...frameStats(appStamps), playingAtEnd }, bare: frameStats(bareStamps) } satisfies PlaybackResult;
}

export interface ScrubResult {
  /** Seeks measured; fewer than requested when the time limit ran out. */
  seeks: number;
  requested: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  loadMs: number;
}

/**
 * `seeks` seeks to seeded random times in `span`, each timed from the call to the next drawn
 * frame, for at most `limitMs` in all.
 */
export async function measureScrub(
  browser: Browser,
  url: string,
  span: [number, number],
  seeks: number,
  limitMs: number,
  /** A page already open on `url` (left open), else a cold load of its own (closed after). */
  page?: OpenedPage,
) {
  const opened = page ?? (await openCold(browser, url));
  const random = seededRandom(7);
  const at = () => Math.round(span[0] + random() * (span[1] - span[0]));
  // A few unmeasured seeks first, so the first measured one does not pay for compiling shaders.
  await opened.page.evaluate(scrubScript(Array.from({ length: 10 }, at), limitMs / 10));
  const times = Array.from({ length: seeks }, at);
  const durations = (await opened.page.evaluate(scrubScript(times, limitMs))) as number[];
  if (!page) await opened.context.close();
  return {
    seeks: durations.length,
    requested: seeks,
    p50Ms: percentile(durations, 50),
    p95Ms: percentile(durations, 95),
    maxMs: Math.max(...durations),
    loadMs: opened.idleMs,
  } satisfies ScrubResult;
}

export interface MemoryResult {
  earlyAtS: number;
  lateAtS: number;
  earlyBytes: number;
  lateBytes: number;
  growthBytes: number;
  loops: number;
}

/** JS heap after a full GC, `earlyS` and `lateS` seconds into looping playback at 8×. */
export async function measureMemory(browser: Browser, appUrl: string, earlyS: number, lateS: number) {
  const opened = await openCold(browser, `${appUrl}#speed=8&loop=1`);
  const cdp = await opened.page.context().newCDPSession(opened.page);
  const heap = async () => {
    await cdp.send("HeapProfiler.collectGarbage");
    return (await cdp.send("Runtime.getHeapUsage")).usedSize;
  };
  // Count loops: t jumping back to the start means playback wrapped around.
  await opened.page.evaluate(`(() => {
    window.__benchLoops = 0;
    let last = window.__zeitkarte.state().t;
    const watch = () => {
      const t = window.__zeitkarte.state().t;
      if (t < last) window.__benchLoops++;
      last = t;
      requestAnimationFrame(watch);
    };
    requestAnimationFrame(watch);
  })()`);
  const started = Date.now();
  await opened.page.evaluate("window.__zeitkarte.play()");
  const until = (s: number) => opened.page.waitForTimeout(Math.max(0, s * 1000 - (Date.now() - started)));
  await until(earlyS);
  const earlyBytes = await heap();
  await until(lateS);
  const lateBytes = await heap();
  const loops = (await opened.page.evaluate("window.__benchLoops")) as number;
  await opened.context.close();
  return {
    earlyAtS: earlyS,
    lateAtS: lateS,
    earlyBytes,
    lateBytes,
    growthBytes: lateBytes - earlyBytes,
    loops,
  } satisfies MemoryResult;
}
