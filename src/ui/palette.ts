import type { Category, MembershipStatus, MovementKind, RelationState } from "../story/schema";

/**
 * Colours that carry meaning, shared by map, timeline, legend and panel. Categories follow the
 * Okabe–Ito palette (distinguishable with colour-blindness); statuses and relation states run
 * from calm (allied, member) to alarming (hostile, left) and are always named in text as well.
 */
export const CATEGORY_COLORS: Record<Category, string> = {
  war: "#c0392b",
  aviation: "#0072b2",
  diplomacy: "#009e73",
  arrest: "#d55e00",
  law: "#6a3d9a",
  economy: "#8c6d1f",
  arms: "#cc3d8f",
  alliance: "#1f78b4",
  culture: "#5f6b73",
};

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
  partners: "#63a36f",
  normalizing: "#3b8fc4",
  strained: "#e09b26",
  hostile: "#c0392b",
  "no-relations": "#7a7a7a",
};

export const MOVEMENT_COLORS: Record<MovementKind, string> = {
  flight: "#0072b2",
  "planned-route": "#0072b2",
  troops: "#b03a2e",
  weapons: "#cc3d8f",
  visit: "#1a7f4b",
};

export function categoryColor(category: string): string {
  return CATEGORY_COLORS[category as Category] ?? "#5f6b73";
}
