import type { Category, MembershipStatus, MovementKind, RelationState } from "../story/schema";

/**
 * Colours and line styles that carry meaning, shared by map, timeline, legend and panel.
 *
 * Within each legend group every pair of entries differs by CIEDE2000 ΔE ≥ 15 in normal vision
 * and ≥ 10 under simulated deuteranopia and protanopia (tests/unit/ui/palette.test.ts computes
 * it). Categories start from Okabe–Ito; statuses and relation states run from calm (allied,
 * member) to alarming (hostile, left). Relations and movements are both lines: relations are
 * dotted and thin, movements solid (planned routes dashed) with an arrowhead, so a relation and
 * a movement of similar colour never look alike. Every colour is also named in text.
 */
export const CATEGORY_COLORS: Record<Category, string> = {
  war: "#bc4a44",
  aviation: "#0072b2",
  diplomacy: "#0d9e73",
  arrest: "#d55e00",
  law: "#5a308b",
  economy: "#705201",
  arms: "#cc79a7",
  alliance: "#56b4e9",
  culture: "#626b71",
};

/** Observer and partner share a colour and one legend entry ("Beobachter / Partner"). */
export const STATUS_COLORS: Record<MembershipStatus, string> = {
  member: "#2b6cb0",
  observer: "#7fb3e0",
  partner: "#7fb3e0",
  frozen: "#e0a526",
  "exit-announced": "#d2582b",
  left: "#9b9b9b",
};

export const RELATION_COLORS: Record<RelationState, string> = {
  allied: "#1a7f4b",
  partners: "#6daa76",
  // Teal, not blue: "Annäherung" beside the planned route's light blue was ΔE 11 (review r106).
  normalizing: "#2890a0",
  strained: "#e09b26",
  hostile: "#c03528",
  "no-relations": "#7a7a7a",
};

export const MOVEMENT_COLORS: Record<MovementKind, string> = {
  flight: "#0072b2",
  "planned-route": "#56b4e9",
  troops: "#7b2d26",
  weapons: "#c8307c",
  visit: "#2e2270",
};

/**
 * Line patterns (MapLibre `line-dasharray`, in line widths) and widths in px at scale 1, by the
 * legend group that draws them. Relations and movements share a symbol (a line) and some of
 * their colours are alike ("feindselig" and "Truppen" are both red), so they differ by dash
 * and by width: relations dotted and thin, movements solid or dashed and at least
 * MIN_WIDTH_RATIO times as wide, receded and strong alike (palette.test.ts checks every pair).
 */
export const LINE_STYLES = {
  relation: { dasharray: [0.1, 2.2], width: 1.6, strongWidth: 2.6 },
  movement: { dasharray: undefined, width: 2.6, strongWidth: 4.2 },
  plannedRoute: { dasharray: [2, 2], width: 2.6, strongWidth: 4.2 },
  /** The rest of a movement's route ahead of it: solid like the movement, but thin. */
  ahead: { dasharray: undefined, width: 1.2, strongWidth: 1.6 },
  /** The stub of an end the articles do not name: short ticks, unlike a planned route's dashes. */
  openEnd: { dasharray: [0.5, 1.5], width: 2.6, strongWidth: 4.2 },
} as const;

/**
 * Relation states drawn as a double dotted line (MapLibre `line-gap-width`, px at scale 1
 * between the two): "verbündet" beside "Partner", two greens that read alike on thin lines (a
 * review), differ by more than their colour. The legend's swatch is doubled likewise.
 */
export const DOUBLE_RELATIONS: Partial<Record<RelationState, { gap: number; strongGap: number }>> = {
  allied: { gap: 2, strongGap: 3 },
};

export type LineStyle = { dasharray: readonly number[] | undefined; width: number; strongWidth: number };

/**
 * Whether two line styles of the same colour could be told apart: by pattern (solid against
 * broken, or dash or gap lengths at least twice the other's) or, with the same pattern, by width
 * alone at least twice the other's, receded and strong alike (a thin dashed line beside a wide
 * one 1.6× as wide was taken for it).
 */
export function lineStylesDiffer(a: LineStyle, b: LineStyle): boolean {
  const ratio = (x: number, y: number) => Math.max(x, y) / Math.min(x, y);
  const pattern =
    a.dasharray === undefined || b.dasharray === undefined
      ? a.dasharray !== b.dasharray
      : ratio(a.dasharray[0] ?? 1, b.dasharray[0] ?? 1) >= 2 || ratio(a.dasharray[1] ?? 1, b.dasharray[1] ?? 1) >= 2;
  const width = ratio(a.width, b.width) >= 2 && ratio(a.strongWidth, b.strongWidth) >= 2;
  return pattern || width;
}

/** How much wider the lines of one group are than those of another whose colours are alike. */
export const MIN_WIDTH_RATIO = 1.5;

/** The crash/arrival ✕ of a flight. */
export const CROSS_COLOR = "#b00020";

/**
 * Every symbol the map draws besides the coloured groups, by the name the legend and the
 * layers share: the legend lists each, the layers draw nothing else.
 */
export const MAP_SYMBOLS = [
  "place",
  "current",
  "current-area",
  "past-event",
  "receded",
  "cross",
  "plane",
  "arrow",
  "approximate-end",
  "open-end",
] as const;
export type MapSymbol = (typeof MAP_SYMBOLS)[number];

export function categoryColor(category: string): string {
  return CATEGORY_COLORS[category as Category] ?? "#626b71";
}
