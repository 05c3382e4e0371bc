/**
 * `npm run bench` (issue 7): weight, start-up, playback, scrubbing, scale and memory of the built
 * app, each against a budget. Prints one table, writes bench/results.json and exits non-zero when
 * a budget is missed. `--quick` takes fewer runs and shorter durations (for iterating; its numbers
 * are noisier), `--skip-build` reuses dist/ and bench/dist-bare/ when both exist, `--only=a,b`
 * runs only the named sections (build, weight, probe, start-up, playback, memory, …).
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join, resolve } from "node:path";
import type { Browser } from "playwright-core";
import { parseStory } from "../src/story/load";
import { indexStory } from "../src/time/story_index";
import { launchChromium } from "../tests/support/chromium";
import { serveStatic } from "../tests/support/static_server";
import { mapSize, measureMemory, measurePlayback, measureScrub, measureStartup, openCold } from "./bench_browser";
import { measureInteractions } from "./bench_interact";
import { machine, renderTable } from "./bench_report";
import { type Results, rowsOf } from "./bench_rows";
import { measureScale } from "./bench_scale";
import { buildApp, buildBare, fileWeight, weigh } from "./bench_weight";
import { syntheticStory } from "./synthetic_story";

const ROOT = resolve(import.meta.dirname, "..");
const DIST = join(ROOT, "dist");
const BARE_DIST = join(ROOT, "bench/dist-bare");
const FLAGSHIP = "data/stories/caucasus";
const syntheticSlug = (events: number) => `bench-${events / 1000}k`;
/** How long the probe keeps listing requests after the first idle (idle-time preloads). */
const AFTER_IDLE_MS = 4000;

const quick = process.argv.includes("--quick");
/** `--only=scrub,interactions`: run just those sections (for iterating; the budgets of the rest count as missed). */
const only = process.argv
  .find((a) => a.startsWith("--only="))
  ?.slice("--only=".length)
  .split(",");
const skipBuild = process.argv.includes("--skip-build");
const settings = quick
  ? {
      startupRuns: 3,
      laptopRuns: 1,
      playbackMs: 4000,
      seeks: 60,
      scrubLimitMs: 20_000,
      interactionRepeats: 5,
      snapshotSamples: 3000,
      memoryEarlyS: 5,
      memoryLateS: 20,
    }
  : {
      startupRuns: 5,
      // The classroom-laptop profile is four times slower: fewer runs keep the bench under 10 minutes.
      laptopRuns: 3,
      playbackMs: 10_000,
      // Up to 100 seeks with the map idle between them (untimed), at most 30 s a story (15 s at
      // 100 000 events): with the waits for idle the bench keeps within 10 minutes.
      seeks: 100,
      scrubLimitMs: 30_000,
      interactionRepeats: 8,
      snapshotSamples: 10_000,
      memoryEarlyS: 5,
      memoryLateS: 60,
    };

const results: Results = { quick, settings, errors: {} };
const loadAtStart = loadavg().map((n) => Number(n.toFixed(2)));
const started = Date.now();
const step = (text: string) => console.error(`[bench ${((Date.now() - started) / 1000).toFixed(0)}s] ${text}`);

/** Runs one section; a failure is recorded (its budgets then count as missed) and the rest go on. */
async function section<T>(name: string, run: () => Promise<T> | T): Promise<T | undefined> {
  if (only && !only.some((o) => name.startsWith(o))) return undefined;
  step(name);
  try {
    return await run();
  } catch (error) {
    results.errors[name] = error instanceof Error ? error.message : String(error);
    step(`${name} failed: ${results.errors[name]}`);
    return undefined;
  }
}

await section("build", async () => {
  if (skipBuild && existsSync(join(DIST, "index.html")) && existsSync(join(BARE_DIST, "bare.html"))) return;
  await buildApp(ROOT);
  await buildBare();
});
results.weight = await section("weight", () => weigh(ROOT));
// The budgets judge the constant-density series; the dense one (1990–2030 at every size) shows
// how snapshotAt grows with what is visible at t, without a budget. Both share the 1 000 story.
results.scale = await section("scale", () =>
  measureScale(
    [
      ...[1000, 10_000, 100_000].map((events) => ({ events, density: "constant" as const })),
      ...[10_000, 100_000].map((events) => ({ events, density: "dense" as const })),
    ],
    settings.snapshotSamples,
  ),
);

const flagshipSpan = await section("flagship index", () => spanOf(FLAGSHIP));
const syntheticSpan = await section("synthetic story 10k", () => writeSynthetic(10_000));
const largeSpan = await section("synthetic story 100k", () => writeSynthetic(100_000));

let browser: Browser | undefined;
const app = await serveStatic(DIST);
const bare = await serveStatic(BARE_DIST);
try {
  browser = await launchChromium(["--enable-precise-memory-info"]);
  const chromium = browser;
  // One unmeasured load: warms the disk cache and tells the bare page the app map's size.
  const probe = await section("probe", async () => {
    const opened = await openCold(chromium, app.url);
    const size = await mapSize(opened.page);
    // What the page fetches once the first view is drawn (preloads for later use, e.g. Share):
    // resources whose fetch started at or after the first idle, by the page's own clock.
    await opened.page.waitForTimeout(AFTER_IDLE_MS);
    const after = (await opened.page.evaluate(`performance
      .getEntriesByType("resource")
      .filter((e) => e.startTime >= window.__benchIdleAt)
      .map((e) => decodeURIComponent(new URL(e.name).pathname))`)) as string[];
    const before = (await opened.page.evaluate(`performance
      .getEntriesByType("resource")
      .filter((e) => e.startTime < window.__benchIdleAt)
      .map((e) => decodeURIComponent(new URL(e.name).pathname))`)) as string[];
    await opened.context.close();
    const all = [...new Set(opened.requested)];
    const later = all.filter((path) => after.includes(path) && !before.includes(path));
    return { size, requested: all.filter((path) => !later.includes(path)), later };
  });
  const size = probe?.size ?? { width: 1280, height: 720 };
  const bareUrl = `${bare.url}bare.html?w=${size.width}&h=${size.height}`;
  results.mapSize = size;
  if (probe) {
    results.firstLoad = probe.requested.map((path) => ({ path, ...weighServed(path) }));
    results.afterFirstView = probe.later.map((path) => ({ path, ...weighServed(path) }));
  }
  results.startup = await section("start-up", () => measureStartup(chromium, app.url, bareUrl, settings.startupRuns));
  results.startupLaptop = await section("start-up, classroom laptop", () =>
    measureStartup(chromium, app.url, bareUrl, settings.laptopRuns, "laptop"),
  );
  results.playback = await section("playback", () => measurePlayback(chromium, app.url, bareUrl, settings.playbackMs));
  if (flagshipSpan)
    results.scrubFlagship = await section("scrub flagship", () =>
      measureScrub(chromium, app.url, flagshipSpan, settings.seeks, settings.scrubLimitMs),
    );
  if (syntheticSpan)
    results.scrubSynthetic = await section("scrub 10k", () =>
      measureScrub(
        chromium,
        `${app.url}?story=${syntheticSlug(10_000)}`,
        syntheticSpan,
        settings.seeks,
        settings.scrubLimitMs,
      ),
    );
  results.interactFlagship = await section("interactions flagship", () =>
    measureInteractions(chromium, app.url, settings.interactionRepeats),
  );
  // The 100 000-event story loads once for both of its sections: a cold load of it takes a
  // minute on a shared machine, and the bench has to finish within 10 minutes.
  const largeUrl = `${app.url}?story=${syntheticSlug(100_000)}`;
  // If this load fails, each section tries its own and records why.
  const wanted = !only || only.some((o) => "scrub 100k".startsWith(o) || "interactions 100k".startsWith(o));
  const large = largeSpan && wanted ? await openCold(chromium, largeUrl).catch(() => undefined) : undefined;
  try {
    if (largeSpan)
      results.scrubLarge = await section("scrub 100k", () =>
        measureScrub(
          chromium,
          largeUrl,
          largeSpan,
          settings.seeks,
          // Half the time of the others: the whole bench stays within 10 minutes.
          settings.scrubLimitMs / 2,
          large,
        ),
      );
    results.interactLarge = await section("interactions 100k", () =>
      measureInteractions(chromium, largeUrl, settings.interactionRepeats, large),
    );
  } finally {
    await large?.context.close();
  }
  results.memory = await section("memory", () =>
    measureMemory(chromium, app.url, settings.memoryEarlyS, settings.memoryLateS),
  );
} catch (error) {
  results.errors.browser = String(error);
} finally {
  results.machine = machine(browser?.version());
  await browser?.close();
  await app.close();
  await bare.close();
}

const rows = rowsOf(results);
const budgets = rows.flatMap((r) => (r.budget ? [r.budget] : []));
results.budgets = budgets;
writeFileSync(join(ROOT, "bench/results.json"), `${JSON.stringify(results, null, 2)}\n`);

const m = results.machine;
console.log(`\nZeitkarte benchmark${quick ? " (--quick: fewer runs, noisier)" : ""}`);
console.log(`${m.cpu}, ${m.cores} cores, ${m.ram} RAM · Chromium ${m.chromium} · Node ${m.node} · ${m.date}`);
console.log(`load average at start ${loadAtStart.join(" / ")}, at end ${m.loadAverage.join(" / ")} (1/5/15 min)\n`);
console.log(renderTable(rows));
for (const [name, message] of Object.entries(results.errors)) console.log(`\nerror in ${name}: ${message}`);
const missed = budgets.filter((b) => !b.pass);
console.log(`\n${budgets.length - missed.length}/${budgets.length} budgets met. Results: bench/results.json`);
for (const b of missed) console.log(`MISSED ${b.name}: ${b.miss}`);
process.exitCode = missed.length > 0 ? 1 : 0;

/** The span the app scrubs over (index.span), from the story as the app loads it. */
function spanOf(folder: string): [number, number] {
  const dir = join(ROOT, folder);
  const text = readFileSync(join(dir, "story.json"), "utf8");
  const names = (JSON.parse(text) as { sources: { file: string }[] }).sources.map((s) => s.file);
  const articles = new Map(names.map((name) => [name, readFileSync(join(dir, name), "utf8")]));
  const result = parseStory(text, join(folder, "story.json"), articles);
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.path} ${p.message}`).join("; "));
  return indexStory(result.story).span;
}

/** Writes a synthetic story beside the built app (dist/stories/<slug>/), as a newsroom would. */
function writeSynthetic(events: number): [number, number] {
  const slug = syntheticSlug(events);
  const folder = join(DIST, "stories", slug);
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  const { story, articles } = syntheticStory(events, events);
  writeFileSync(join(folder, "story.json"), JSON.stringify(story));
  for (const [name, text] of articles) writeFileSync(join(folder, name), text);
  return spanOf(`dist/stories/${slug}`);
}

function weighServed(path: string) {
  const file = join(DIST, path.endsWith("/") ? `${path}index.html` : path);
  if (!existsSync(file)) return { raw: 0, gzip: 0 };
  const { raw, gzip } = fileWeight(file);
  return { raw, gzip };
}
