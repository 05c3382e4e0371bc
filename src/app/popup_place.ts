/**
 * Where the map's popup goes, so that it never hides the current event the card is about: the
 * first of its places (CSS classes on `.map-popup`, "" the default corner) that covers none of
 * the points to keep visible; else the place where a shorter popup (no shorter than
 * `POPUP_MIN_PX`) leaves them visible, with the most room; else the place covering fewest points
 * (earliest on a tie). The points are the current event's places on screen.
 */
export const POPUP_PLACES = ["", "at-right", "at-top"] as const;
export type PopupPlace = (typeof POPUP_PLACES)[number];

/** Which edge of the map each place holds the popup to: it grows away from it. */
const ANCHOR: Record<PopupPlace, "bottom" | "top"> = { "": "bottom", "at-right": "bottom", "at-top": "top" };

/** Room (px) kept around each point: an event's ring and its name's start. */
export const POPUP_CLEARANCE_PX = 28;
/** The shortest popup (px) worth showing: its title and a line or two, the rest scrolling. */
export const POPUP_MIN_PX = 150;

export interface Rect {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}
type Point = { readonly x: number; readonly y: number };

/** Where the popup goes and, when shortened to keep the points visible, its height (px). */
export interface PopupSpot {
  readonly place: PopupPlace;
  readonly maxHeight?: number;
}

/** How many of `points` (px, the rect's frame) lie within `rect` grown by `margin` px. */
export function coveredPoints(rect: Rect, points: readonly Point[], margin = POPUP_CLEARANCE_PX): number {
  return points.filter(
    (p) =>
      p.x >= rect.left - margin &&
      p.x <= rect.right + margin &&
      p.y >= rect.top - margin &&
      p.y <= rect.bottom + margin,
  ).length;
}

/**
 * The height (px) a popup at `rect`, held to its `anchor` edge, may have and leave every point
 * in its column visible (Infinity: no point in its column).
 */
function roomBeside(rect: Rect, anchor: "bottom" | "top", points: readonly Point[], margin: number): number {
  const column = points.filter((p) => p.x >= rect.left - margin && p.x <= rect.right + margin);
  if (column.length === 0) return Number.POSITIVE_INFINITY;
  return anchor === "bottom"
    ? rect.bottom - Math.max(...column.map((p) => p.y)) - margin
    : Math.min(...column.map((p) => p.y)) - margin - rect.top;
}

/**
 * The popup's place: `rectAt(place)` is its box (px, the points' frame) at its full height when
 * put there (the caller applies the class and measures). Stops at the first place that covers
 * nothing.
 */
export function popupPlace(rectAt: (place: PopupPlace) => Rect, points: readonly Point[]): PopupSpot {
  if (points.length === 0) return { place: POPUP_PLACES[0] };
  const tried: { place: PopupPlace; rect: Rect; covered: number }[] = [];
  for (const place of POPUP_PLACES) {
    const rect = rectAt(place);
    const covered = coveredPoints(rect, points);
    if (covered === 0) return { place };
    tried.push({ place, rect, covered });
  }
  let shortened: { place: PopupPlace; maxHeight: number } | undefined;
  for (const { place, rect } of tried) {
    const room = Math.floor(roomBeside(rect, ANCHOR[place], points, POPUP_CLEARANCE_PX));
    if (room >= POPUP_MIN_PX && room > (shortened?.maxHeight ?? 0)) shortened = { place, maxHeight: room };
  }
  if (shortened) return shortened;
  const fewest = tried.reduce((best, next) => (next.covered < best.covered ? next : best));
  return { place: fewest.place };
}
