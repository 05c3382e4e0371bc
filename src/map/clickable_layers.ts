/**
 * The story's layers a click or tap can hit, as one list apart from the hit logic (map_click.ts),
 * so the map is wired for clicks on first load while that logic loads when the browser is idle.
 */

/** The layers a click can hit, topmost first. */
export const CLICKABLE_LAYERS = [
  "event-circles",
  "movement-end",
  "movement-approx-end",
  "movement-open-tip",
  "moving-head",
  "place-dots",
  "place-labels-current",
  "place-labels-main",
  "place-labels",
  "place-dots-secondary",
  "line-labels",
  "line-labels-center",
  "line-label-points",
  "line-label-forced",
  "line-label-over",
  "line-label-over-all",
  "moving-line",
  "moving-ahead",
  "movement-trace",
  "movement-planned",
  "movement-open-line",
  "relation-lines",
  // A country's fill in the chosen alliance (its status): only where nothing else is hit (map_click.ts).
  "alliance-fill",
] as const;
