import type { Browser } from "playwright-core";
import { type OpenedPage, openCold } from "./bench_browser";
import { percentile } from "./bench_stats";

/**
 * What a reader does with the keyboard and the language switch, timed in Chromium from the
 * input to the next frame the map draws with its sources loaded (MapView.nextRender): step (→),
 * End, Home and a switch of language, each `repeats` times in turn. Issue 13 asks that a story
 * of 100 000 events answers each within one or two frames, judged as a ratio to the flagship.
 */
export interface InteractionResult {
  /** Per action, ms from the input to the drawn frame. */
  stepMs: number[];
  endMs: number[];
  homeMs: number[];
  languageMs: number[];
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
  return ms;
})()`;

export async function measureInteractions(
  browser: Browser,
  url: string,
  repeats: number,
  /** A page already open on `url` (left open), else a cold load of its own (closed after). */
  page?: OpenedPage,
): Promise<InteractionResult> {
  const opened = page ?? (await openCold(browser, url));
  const result: InteractionResult = { stepMs: [], endMs: [], homeMs: [], languageMs: [], loadMs: opened.idleMs };
  const run = async (action: Interaction) => (await opened.page.evaluate(actionScript(action))) as number;
  // One unmeasured round first: shaders, glyphs of the other language, the first card.
  for (const action of ["end", "home", "step", "language", "language"] as const) await run(action);
  for (let i = 0; i < repeats; i++) {
    result.endMs.push(await run("end"));
    result.homeMs.push(await run("home"));
    result.stepMs.push(await run("step"));
    result.languageMs.push(await run("language"));
  }
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
