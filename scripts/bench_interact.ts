import type { Browser, CDPSession } from "playwright-core";
import { type OpenedPage, openCold } from "./bench_browser";
import { percentile } from "./bench_stats";

/**
 * What a reader does with the keyboard and the language switch, timed in Chromium from the
 * input to the next frame the map draws with its sources loaded (MapView.nextRender): step (→),
 * End, Home and a switch of language, each `repeats` times in turn. Issue 13 asks that a story
 * of 100 000 events answers each within one or two frames, judged as a ratio to the flagship.
 *
 * After each action the map is left to become idle (untimed), so no action pays for the frames
 * of the one before (fades, a camera move, the pulse). Beside the wall time, the CPU time the GPU
 * process spent from the input to that idle: under SwiftShader the drawing is CPU work in that
 * process, and its CPU time does not count the waits of a machine shared with others.
 */
export interface InteractionResult {
  /** Per action, ms from the input to the drawn frame. */
  stepMs: number[];
  endMs: number[];
  homeMs: number[];
  languageMs: number[];
  /** Per action, ms of GPU-process CPU time from the input to the map's idle (empty if not available). */
  gpuMs: Record<Interaction, number[]>;
  loadMs: number;
}

export type Interaction = "step" | "end" | "home" | "language";

/** Presses a key on the page (as the keyboard does) or clicks the other language, then waits for the frame. */
const actionScript = (action: Interaction) => `(async () => {
  const z = window.__zeitkarte;
  const press = (key) => document.body.dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true }));
  const start = performance.now();
  if (${JSON.stringify(action)} === "language") {
    const other = [...document.querySelectorAll("button.lang")].find((b) => b.getAttribute("aria-pressed") !== "true");
    other.click();
  } else press(${JSON.stringify({ step: "ArrowRight", end: "End", home: "Home", language: "" }[action])});
  await z.nextRender();
  const ms = performance.now() - start;
  z.pause();
  await z.idle();
  return ms;
})()`;

/** CPU seconds of the browser's GPU process(es) so far, or NaN where CDP does not say. */
async function gpuCpuSeconds(cdp: CDPSession | undefined): Promise<number> {
  if (!cdp) return Number.NaN;
  const { processInfo } = (await cdp.send("SystemInfo.getProcessInfo")) as {
    processInfo: { type: string; cpuTime: number }[];
  };
  const gpu = processInfo.filter((p) => p.type === "GPU");
  return gpu.length === 0 ? Number.NaN : gpu.reduce((sum, p) => sum + p.cpuTime, 0);
}

export async function measureInteractions(
  browser: Browser,
  url: string,
  repeats: number,
  /** A page already open on `url` (left open), else a cold load of its own (closed after). */
  page?: OpenedPage,
): Promise<InteractionResult> {
  const opened = page ?? (await openCold(browser, url));
  const result: InteractionResult = {
    stepMs: [],
    endMs: [],
    homeMs: [],
    languageMs: [],
    gpuMs: { step: [], end: [], home: [], language: [] },
    loadMs: opened.idleMs,
  };
  const cdp = await browser.newBrowserCDPSession().catch(() => undefined);
  // The map idle before the first input.
  await opened.page.evaluate("window.__zeitkarte.idle()");
  const run = async (action: Interaction) => {
    const before = await gpuCpuSeconds(cdp);
    const ms = (await opened.page.evaluate(actionScript(action))) as number;
    const gpu = ((await gpuCpuSeconds(cdp)) - before) * 1000;
    if (Number.isFinite(gpu)) result.gpuMs[action].push(gpu);
    return ms;
  };
  // One unmeasured round first: shaders, glyphs of the other language, the first card.
  for (const action of ["end", "home", "step", "language", "language"] as const) await run(action);
  for (let i = 0; i < repeats; i++) {
    result.endMs.push(await run("end"));
    result.homeMs.push(await run("home"));
    result.stepMs.push(await run("step"));
    result.languageMs.push(await run("language"));
  }
  await cdp?.detach().catch(() => undefined);
  if (!page) await opened.context.close();
  return result;
}

/** The p95 of each action, ms. */
export function interactionP95(r: InteractionResult): Record<Interaction, number> {
  return {
    step: percentile(r.stepMs, 95),
    end: percentile(r.endMs, 95),
    home: percentile(r.homeMs, 95),
    language: percentile(r.languageMs, 95),
  };
}

/** The median GPU-process CPU time of each action, ms (NaN when not measured). */
export function interactionGpuMedian(r: InteractionResult): Record<Interaction, number> {
  const median = (values: number[] | undefined) => (values && values.length > 0 ? percentile(values, 50) : Number.NaN);
  return {
    step: median(r.gpuMs?.step),
    end: median(r.gpuMs?.end),
    home: median(r.gpuMs?.home),
    language: median(r.gpuMs?.language),
  };
}
