import { describe, expect, it } from "vitest";
import { deltaE, type Vision } from "../../../src/ui/color_difference";
import {
  CATEGORY_COLORS,
  LINE_STYLES,
  lineStylesDiffer,
  MIN_WIDTH_RATIO,
  MOVEMENT_COLORS,
  RELATION_COLORS,
  STATUS_COLORS,
} from "../../../src/ui/palette";

// The legend's groups as the reader sees them: observer and partner are one entry.
const { partner: _partner, ...statusEntries } = STATUS_COLORS;
const GROUPS: Record<string, Record<string, string>> = {
  "alliance statuses": statusEntries,
  "relation states": RELATION_COLORS,
  "movement kinds": MOVEMENT_COLORS,
  "event categories": CATEGORY_COLORS,
};
const MINIMUM: Record<Vision, number> = { normal: 15, deuteranopia: 10, protanopia: 10 };

function closePairs(colors: Record<string, string>, vision: Vision): string[] {
  const entries = Object.entries(colors);
  const close: string[] = [];
  entries.forEach(([a, ca], i) => {
    for (const [b, cb] of entries.slice(i + 1)) {
      const d = deltaE(ca, cb, vision);
      if (d < MINIMUM[vision]) close.push(`${a}/${b} ΔE ${d.toFixed(1)}`);
    }
  });
  return close;
}

describe("palette", () => {
  it("deltaE(a, b) matches Sharma et al.'s CIEDE2000 test data", async () => {
    const { ciede2000 } = await import("../../../src/ui/color_difference");
    expect(ciede2000([50, 2.6772, -79.7751], [50, 0, -82.7485])).toBeCloseTo(2.0425, 4);
    expect(ciede2000([50, 2.5, 0], [73, 25, -18])).toBeCloseTo(27.1492, 4);
    expect(ciede2000([2.0776, 0.0795, -1.135], [0.9033, -0.0636, -0.5514])).toBeCloseTo(0.9082, 4);
  });

  for (const [group, colors] of Object.entries(GROUPS)) {
    for (const vision of ["normal", "deuteranopia", "protanopia"] as const) {
      it(`deltaE(…, "${vision}") of every pair of ${group} is at least ${MINIMUM[vision]}`, () => {
        expect(closePairs(colors, vision)).toEqual([]);
      });
    }
  }

  it("LINE_STYLES draws relations dotted, movements solid and planned routes dashed: lines of two groups never look alike", () => {
    const patterns = [
      LINE_STYLES.relation.dasharray,
      LINE_STYLES.movement.dasharray,
      LINE_STYLES.plannedRoute.dasharray,
    ];
    expect(new Set(patterns.map((p) => JSON.stringify(p ?? null))).size).toBe(3);
  });

  // A review took the dashed way ahead of a flight under way for a planned route: every line the
  // map draws, the way ahead and the stub of an unknown end included, looks unlike every other.
  it("lineStylesDiffer(a, b) holds for every pair of LINE_STYLES (the way ahead and the open-end stub included)", () => {
    const alike: string[] = [];
    const entries = Object.entries(LINE_STYLES);
    for (const [i, [name, a]] of entries.entries()) {
      for (const [other, b] of entries.slice(i + 1)) if (!lineStylesDiffer(a, b)) alike.push(`${name}/${other}`);
    }
    expect(alike).toEqual([]);
    // The reviewer's pair, as it was: dashes [1.5, 1.5] at 2.2 px beside a planned route's [2, 2].
    expect(lineStylesDiffer({ dasharray: [1.5, 1.5], width: 1.6, strongWidth: 2.2 }, LINE_STYLES.plannedRoute)).toBe(
      false,
    );
  });

  // Groups that share a symbol on the map: relations and movements are both lines. Each of their
  // cross-group pairs differs by colour as much as entries of one group, or by dash and width.
  it("every relation/movement pair differs by colour (ΔE ≥ 15, ≥ 10 deuteranopia/protanopia) or by dash and width", () => {
    const relation = LINE_STYLES.relation;
    const movementStyle = (kind: string) =>
      kind === "planned-route" ? LINE_STYLES.plannedRoute : LINE_STYLES.movement;
    const alike: string[] = [];
    for (const [state, a] of Object.entries(RELATION_COLORS)) {
      for (const [kind, b] of Object.entries(MOVEMENT_COLORS)) {
        const close = (["normal", "deuteranopia", "protanopia"] as const).filter((v) => deltaE(a, b, v) < MINIMUM[v]);
        if (close.length === 0) continue;
        const m = movementStyle(kind);
        const dash = JSON.stringify(relation.dasharray) !== JSON.stringify(m.dasharray ?? null);
        const ratio = (x: number, y: number) => Math.max(x, y) / Math.min(x, y);
        const width =
          ratio(relation.width, m.width) >= MIN_WIDTH_RATIO &&
          ratio(relation.strongWidth, m.strongWidth) >= MIN_WIDTH_RATIO;
        if (!(dash && width)) alike.push(`${state}/${kind} (${close.join(", ")})`);
      }
    }
    expect(alike).toEqual([]);
  });

  it("deltaE(visit, every relation state) ≥ 15: a visit arc on a relation's great circle (Moskau–Peking, Moskau–Baku) is told apart by colour, not only by dash", () => {
    // A review saw the orange "Besuch" arc cover the orange "angespannt" and green "Partner"
    // lines on the same great circle (ΔE 2.7); visits are indigo now.
    for (const [state, color] of Object.entries(RELATION_COLORS)) {
      for (const vision of ["normal", "deuteranopia", "protanopia"] as const) {
        expect(deltaE(color, MOVEMENT_COLORS.visit, vision), `${state} ${vision}`).toBeGreaterThanOrEqual(15);
      }
    }
    // The pair that still relies on dash and width (troops/hostile) does.
    expect(deltaE(RELATION_COLORS.hostile, MOVEMENT_COLORS.troops)).toBeLessThan(15);
    expect(LINE_STYLES.movement.width / LINE_STYLES.relation.width).toBeGreaterThanOrEqual(MIN_WIDTH_RATIO);
    expect(LINE_STYLES.movement.strongWidth / LINE_STYLES.relation.strongWidth).toBeGreaterThanOrEqual(MIN_WIDTH_RATIO);
  });

  it("deltaE(normalizing, planned route / flight) ≥ 15 (≥ 10 deuteranopia/protanopia): no two thin blue lines", () => {
    // Review r106: "Annäherung" (#3b8fc4, dotted) and "geplante Route" (#56b4e9, dashed) were
    // ΔE 11 apart; a strong relation is as wide as a receded planned route, so only the dash
    // told them apart. "Annäherung" is teal now.
    for (const kind of ["planned-route", "flight"] as const) {
      expect(deltaE(RELATION_COLORS.normalizing, MOVEMENT_COLORS[kind])).toBeGreaterThanOrEqual(15);
      for (const vision of ["deuteranopia", "protanopia"] as const)
        expect(deltaE(RELATION_COLORS.normalizing, MOVEMENT_COLORS[kind], vision)).toBeGreaterThanOrEqual(10);
    }
  });
});
