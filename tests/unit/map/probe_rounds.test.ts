import { describe, expect, it } from "vitest";
import type { WordTier } from "../../../src/map/line_label_points";
import { afterRound } from "../../../src/map/probe_rounds";

const tiers = (entries: [string, WordTier][]) => new Map(entries);

describe("afterRound(probing, drawn, again)", () => {
  it("afterRound finds the lines with a probe drawn", () => {
    const round = afterRound(tiers([["a", "free"]]), new Set(["a"]), new Set());
    expect(round).toEqual({ found: ["a"], probing: new Map(), forced: [], again: new Set() });
  });

  it("afterRound probes a line once more in its tier when another line found its word (contested)", () => {
    // Türkei–Aserbaidschan's "verbündet" lost its one gap to the probes of "keine Beziehungen" (a review).
    const round = afterRound(
      tiers([
        ["beziehungen", "free"],
        ["verbuendet", "free"],
      ]),
      new Set(["beziehungen"]),
      new Set(),
    );
    expect(round.found).toEqual(["beziehungen"]);
    expect(round.probing).toEqual(tiers([["verbuendet", "free"]]));
    expect(round.again).toEqual(new Set(["verbuendet"]));
  });

  it("afterRound moves a line to the next tier after its second try, or when no line found room", () => {
    const second = afterRound(
      tiers([
        ["a", "small"],
        ["b", "free"],
      ]),
      new Set(["b"]),
      new Set(["a"]),
    );
    expect(second.probing).toEqual(tiers([["a", "forced"]]));
    expect(second.again).toEqual(new Set());
    const none = afterRound(
      tiers([
        ["a", "free"],
        ["b", "free"],
      ]),
      new Set(),
      new Set(),
    );
    expect(none.probing).toEqual(
      tiers([
        ["a", "small"],
        ["b", "small"],
      ]),
    );
  });

  it("afterRound forces a line with no room in the last tier", () => {
    const round = afterRound(tiers([["a", "all"]]), new Set(), new Set());
    expect(round).toEqual({ found: [], probing: new Map(), forced: ["a"], again: new Set() });
  });
});
