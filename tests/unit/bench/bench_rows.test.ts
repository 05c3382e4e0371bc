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
});
