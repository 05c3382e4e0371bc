import type { ExpressionSpecification, LayerSpecification } from "@maplibre/maplibre-gl-style-spec";
import { LINE_STYLES } from "../ui/palette";
import { ARROW_BACK_PX, ARROW_TIP_PX, HEAD_SIZE, ICON_PX, roomLayer } from "./icons";
import { EVENT_DOT_PX, EVENT_RING_PX, RING_CLEAR_PX } from "./label_anchors";

/**
 * px (at scale 1) a movement's line is drawn right of its direction: a visit between two capitals
 * runs beside their relation line on the same great circle, not over it (a review saw a faint
 * visit trace under "angespannt" Moskau–Baku read as a dark outline, and the "Besuch" arc hide
 * "Partner" Moskau–Peking). Half a strong relation's and a strong movement's widths, and a
 * little more. Every line of a movement shares it, so its parts stay joined.
 */
export const MOVEMENT_OFFSET = (LINE_STYLES.relation.strongWidth + LINE_STYLES.movement.strongWidth) / 2 + 0.6;

/**
 * The `icon-offset` (icon px, in the icon's own turned frame: +y is backwards) that puts an
 * arrow of `size` with its tip RING_CLEAR_PX short of an event's ring (EVENT_RING_PX) at its
 * point: it points at the ring, as a graphics desk's arrow points at its place, without touching
 * it (Lawrow's and Pashinyan's tips touched Eriwan's ring, a review). Theme scale cancels out:
 * the ring, the gap and the icon grow with it alike. `behind`: the steps (an arrow's length and a gap) an
 * arrow queued behind another stops further back (arrow_queue.ts queueArrivals). `mark`: the
 * radius (px at theme scale 1) of what is drawn at the point: the ring where the current event
 * is, else EVENT_DOT_PX, a past event's dot, which covers a place's plain dot too (Pashinyan's
 * arrow stopped a ring's width short of Istanbul, where there was no ring: a review).
 */
export function arrivedOffset(size: number, behind = 0, mark: number = EVENT_RING_PX): [number, number] {
  const queued = behind * (ARROW_TIP_PX + ARROW_BACK_PX + RING_CLEAR_PX / size);
  return [onLine(size), Math.round((ARROW_TIP_PX + (mark + RING_CLEAR_PX) / size + queued) * 10) / 10];
}

/** The radius (px at theme scale 1) an arrived head stops short of: its `ringed` property (story_features.ts), absent meaning ringed. */
export const arrivalMark = (ringed: unknown): number => (ringed === false ? EVENT_DOT_PX : EVENT_RING_PX);

/**
 * The `icon-offset` x (icon px, right of the head's way) that puts a head of `size` on its line,
 * drawn MOVEMENT_OFFSET right of its way: beside it, the head sat off its line (a review).
 */
export function onLine(size: number): number {
  return Math.round((MOVEMENT_OFFSET / size) * 10) / 10;
}

/**
 * The `icon-offset` that puts a head of `size` leaving an event's place with its back
 * RING_CLEAR_PX beyond that event's ring: forwards (−y) by the icon's back (ARROW_BACK_PX),
 * the ring and the gap.
 */
export function leavingOffset(size: number): [number, number] {
  return [onLine(size), -Math.round((ARROW_BACK_PX + (EVENT_RING_PX + RING_CLEAR_PX) / size) * 10) / 10];
}

/**
 * A movement head's `icon-offset`: an arrow that has arrived stops with its tip at the edge of its
 * destination's event ring, not over it (Kallas's and the Duschanbe visits' arrows lay on the
 * current event's ring, a review); an aircraft waiting at the current event's place likewise,
 * its nose at the ring (the plane's nose, like the arrow's tip, is ARROW_TIP_PX ahead of its
 * middle). In icon px, turned with the icon (backwards along its way).
 */
export const headOffset: ExpressionSpecification = [
  "case",
  ["boolean", ["get", "arrived"], false],
  // `queue`: how far back it stops, in whole steps of an arrow and a gap (arrow_queue.ts queueArrivals);
  // `ringed`: at the current event's ring, else at a dot (arrivedOffset).
  [
    "case",
    ["boolean", ["get", "ringed"], true],
    ["case", ["get", "strong"], queued(HEAD_SIZE.strong, EVENT_RING_PX), queued(HEAD_SIZE.weak, EVENT_RING_PX)],
    ["case", ["get", "strong"], queued(HEAD_SIZE.strong, EVENT_DOT_PX), queued(HEAD_SIZE.weak, EVENT_DOT_PX)],
  ],
  // Not yet started at the current event's place: just outside its ring, on the way out.
  ["boolean", ["get", "leaving"], false],
  ["case", ["get", "strong"], ["literal", leavingOffset(HEAD_SIZE.strong)], ["literal", leavingOffset(HEAD_SIZE.weak)]],
  // Under way: on its line.
  ["case", ["get", "strong"], ["literal", [onLine(HEAD_SIZE.strong), 0]], ["literal", [onLine(HEAD_SIZE.weak), 0]]],
];

/** An arrived head's offset at `size` before a mark of radius `mark`: arrivedOffset, moved back by its `queue` (0…1) of a whole step. */
function queued(size: number, mark: number): ExpressionSpecification {
  return [
    "interpolate",
    ["linear"],
    ["to-number", ["get", "queue"], 0],
    0,
    ["literal", arrivedOffset(size, 0, mark)],
    1,
    ["literal", arrivedOffset(size, 1, mark)],
  ] as unknown as ExpressionSpecification;
}

/** The room of a strong movement's head (`moving-head`) in label placement at theme scale `s`: its size, turn and offset. */
export function headRoom(s: number): LayerSpecification {
  const room = roomLayer(
    "moving-head-room",
    "moving",
    ["all", ["==", ["geometry-type"], "Point"], ["boolean", ["get", "strong"], false]],
    (HEAD_SIZE.strong * s * ICON_PX) / 2,
  );
  return {
    ...room,
    layout: {
      ...(room.type === "symbol" ? room.layout : {}),
      "icon-rotate": ["get", "bearing"],
      "icon-rotation-alignment": "map",
      "icon-offset": headOffset,
    },
  } as LayerSpecification;
}
