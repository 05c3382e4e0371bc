import { describe, expect, it } from "vitest";
import type { ScrubResult } from "../../../scripts/bench_browser";
import type { InteractionResult } from "../../../scripts/bench_interact";
import { type Results, rowsOf } from "../../../scripts/bench_rows";

const scrub = (p95Ms: number): ScrubResult => ({
  seeks: 60,
  requested: 60,
  p50Ms: p95Ms / 2,
  p95Ms,
  maxMs: p95Ms,
  loadMs: 1,
});
const interactions = (ms: number): InteractionResult => ({
  stepMs: [ms],
  endMs: [ms],
  homeMs: [ms],
  languageMs: [2 * ms],
  gpuMs: { step: [ms / 2], end: [ms / 2], home: [ms / 2], language: [ms] },
  loadMs: 1,
});
const results = (extra: Partial<Results>): Results => ({ quick: true, settings: {}, errors: {}, ...extra });
const budgetsOf = (r: Results) => rowsOf(r).flatMap((row) => (row.budget ? [row.budget] : []));

describe("rowsOf(results)", () => {
  it("rowsOf(results) judges seek p95 at 100 000 events against 3× the flagship's", () => {
    const ok = budgetsOf(results({ scrubFlagship: scrub(100), scrubLarge: scrub(290) }));
    expect(ok.find((b) => b.name === "scrubbing p95 100k ≤ 3× flagship")?.pass).toBe(true);
    const missed = budgetsOf(results({ scrubFlagship: scrub(100), scrubLarge: scrub(310) }));
    expect(missed.find((b) => b.name === "scrubbing p95 100k ≤ 3× flagship")?.pass).toBe(false);
  });

  it("rowsOf(results) judges step, End, Home and language at 100 000 events against 2× the flagship's", () => {
    const budgets = budgetsOf(results({ interactFlagship: interactions(50), interactLarge: interactions(90) }));
    const names = ["step (→) at 100k ≤ 2× flagship", "End at 100k ≤ 2× flagship", "Home at 100k ≤ 2× flagship"];
    for (const name of [...names, "language switch at 100k ≤ 2× flagship"]) {
      expect(budgets.find((b) => b.name === name)?.pass).toBe(true);
    }
    const slow = budgetsOf(results({ interactFlagship: interactions(50), interactLarge: interactions(120) }));
    expect(slow.find((b) => b.name === "End at 100k ≤ 2× flagship")?.pass).toBe(false);
    // Not measured is missed, never passed.
    const none = budgetsOf(results({ interactFlagship: interactions(50) }));
    expect(none.find((b) => b.name === "Home at 100k ≤ 2× flagship")?.pass).toBe(false);
  });

  it("rowsOf(results) shows each action's GPU-process CPU time at 100 000 events beside the flagship's, without a budget", () => {
    const rows = rowsOf(results({ interactFlagship: interactions(50), interactLarge: interactions(90) }));
    const gpu = rows.filter((row) => row.metric.includes("GPU-process CPU"));
    expect(gpu.map((row) => row.metric.split(" →")[0])).toEqual(["step (→)", "End", "Home", "language switch"]);
    expect(gpu.every((row) => row.budget === undefined)).toBe(true);
    expect(gpu[1]?.value).toContain("= 1.8");
  });
});

const file = (name: string, gzip: number) => ({ file: `/dist/assets/${name}`, raw: gzip * 3, gzip });

const weighed = {
  quick: true,
  settings: {},
  errors: {},
  weight: {
    appJs: [file("index-a.js", 50 * 1024), file("share-b.js", 6 * 1024), file("d3-brush-c.js", 3 * 1024)],
    maplibre: [],
    css: [],
    basemap: file("countries.topo.json", 1),
    storyData: [],
  },
  firstLoad: [{ path: "/assets/index-a.js", raw: 0, gzip: 0 }],
  afterFirstView: [{ path: "/assets/share-b.js", raw: 0, gzip: 0 }],
};

describe("rowsOf(results), weight", () => {
  it("rowsOf(results) budgets the JS loaded until the first idle, not a chunk preloaded after it", () => {
    const rows = rowsOf(weighed);
    const first = rows.find((r) => r.metric.startsWith("app's own JS on first load"));
    expect(first?.budget?.measured).toBe(50);
    expect(first?.budget?.pass).toBe(true);
    expect(rows.find((r) => r.metric === "app's own JS preloaded after the first view")?.value).toMatch(/^6\.00 KB/);
  });

  it("rowsOf(results) lists every chunk with when the page loads it", () => {
    const when = Object.fromEntries(
      rowsOf(weighed)
        .filter((r) => r.metric.startsWith("  "))
        .map((r) => [r.metric.trim(), r.value.split("), ")[1]]),
    );
    expect(when).toEqual({
      "index-a.js": "first load",
      "share-b.js": "preloaded after the first view",
      "d3-brush-c.js": "on first use",
    });
  });
});
