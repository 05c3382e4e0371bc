import type { ExpressionSpecification } from "@maplibre/maplibre-gl-style-spec";
import type { Feature, Position } from "geojson";
import { mercatorDelta } from "./framing";
import { CROSS_REACH_PX, CROSS_SIZE } from "./icons";
import { EVENT_RING_PX, RING_CLEAR_PX } from "./label_anchors";
import type { Dot } from "./label_layout";
import { MOVEMENT_STAGE } from "./stages";

/**
 * A flight's end ✕ beside the place of the event it ends with: AZAL 8243's crash site lies 24 km
 * from Aktau, and at the zooms that frame the story the ✕ lay over the crash's ring (a review);
 * drawn in the ring instead, it still read as covering it (the next review). Where the two
 * cannot be drawn apart at their true places, the ✕ is moved out just clear of the ring, on the
 * crash site's side (cartographic displacement, role "end-beside": besideOffset); from the zoom
 * where its true place is that far out, it is drawn there (role "end"), so it moves on from
 * where it stood. The event it ends with is the one its movement lists last (story_features.ts);
 * story_layers.ts draws one or the other by zoom (bySnapZoom).
 */

/** How far (px at theme scale 1) the ✕'s middle must lie from a ring's for the two to stay clear: the ring, its gap and the ✕'s reach. */
export const END_CLEAR_PX = EVENT_RING_PX + RING_CLEAR_PX + CROSS_REACH_PX * CROSS_SIZE.own;

/** A zoom beyond any map's: an end at its event's very place stays beside the ring. */
export const ALWAYS_SNAPPED = 24;

/**
 * The zoom (Web Mercator, 512 px tiles) from which an end ✕ at `end` lies clear of a ring at
 * `place` (both [lon, lat], degrees) at theme scale 1: log2(END_CLEAR_PX / their distance in px
 * at zoom 0). At theme scale `s` the ✕ and ring are s times larger: add log2(s). 0 when they are
 * clear at every zoom; ALWAYS_SNAPPED when `end` is the place itself.
 */
export function snapZoom(end: Position, place: Position): number {
  const [dx, dy] = mercatorDelta(end, place, 512);
  const distance = Math.hypot(dx, dy);
  if (distance === 0) return ALWAYS_SNAPPED;
  return Math.min(ALWAYS_SNAPPED, Math.max(0, Math.log2(END_CLEAR_PX / distance)));
}

/**
 * The `icon-offset` (icon px at CROSS_SIZE.own, x right, y down) that puts a ✕ drawn at `place`
 * END_CLEAR_PX from it towards `end` (both [lon, lat], degrees): just clear of the ring. Where
 * `end` is the place itself, towards `before` (the route's point before its end: the side the
 * flight came from); else above. At theme scale s the offset scales with the icon, as the ring does.
 */
export function besideOffset(end: Position, place: Position, before?: Position): [number, number] {
  const toward = (to: Position) => mercatorDelta(place, to, 512);
  let [dx, dy] = toward(end);
  if (dx === 0 && dy === 0 && before) [dx, dy] = toward(before);
  const length = Math.hypot(dx, dy);
  const [ux, uy] = length > 0 ? [dx / length, dy / length] : [0, -1];
  const reach = END_CLEAR_PX / CROSS_SIZE.own;
  return [Math.round(ux * reach * 10) / 10, Math.round(uy * reach * 10) / 10];
}

/** The highest whole zoom at which the layers switch (MapLibre's maximum). */
const MAX_ZOOM = 22;

/**
 * `visible` for the ✕ drawn where it belongs at the map's zoom, 0 for the other: at each whole
 * zoom z, role "end" from its `snapZoom` (at theme scale `s`: + log2 s) on, "end-beside" below
 * it. A step over ["zoom"]: MapLibre evaluates a data-driven one at the tile's whole zoom, below
 * the map's, so the ✕ at its own place is clear of the ring; until the next whole zoom the ✕
 * beside the ring stands on the way to its own place, at most its own size short of it (fading
 * between the two left both drawn at a zoom between whole ones, a review). Beside the ring also
 * once its flight no longer bears on the event: at its own place the faint ✕ lay on Aktau's dot
 * and read as "Aktau crossed out" (a review).
 */
export function bySnapZoom(s: number, visible: ExpressionSpecification): ExpressionSpecification {
  const at = (z: number): ExpressionSpecification => [
    "case",
    ["==", ["<=", ["to-number", ["get", "snapZoom"], 0], z - Math.log2(s)], ["==", ["get", "role"], "end"]],
    visible,
    0,
  ];
  const stops: (number | ExpressionSpecification)[] = [];
  for (let z = 1; z <= MAX_ZOOM; z++) stops.push(z, at(z));
  const expression = ["step", ["zoom"], at(0), ...stops] as unknown as ExpressionSpecification;
  snapped.set(expression, visible);
  return expression;
}

const snapped = new WeakMap<object, ExpressionSpecification>();

/** `visible` of an expression bySnapZoom made, else `value` itself (settled_movements.ts: its chunks hold no ✕ beside a ring). */
export function unsnapped(value: unknown): unknown {
  return (typeof value === "object" && value !== null && snapped.get(value)) || value;
}

/**
 * Where the drawn ✕ are at `zoom` and theme scale `s`, as dots (label_layout.ts, px from the
 * map's top left, `r` its reach) that place names keep clear of (place_labels.ts `marks`): of
 * the movement ends `ends` (story_features.ts, with their `stage`), each ✕ of a done movement in
 * the role bySnapZoom draws at this zoom, at its point or its `offset` beside the ring.
 * Strong ones first, at most `limit` (a name laid out against hundreds of ✕ would cost a step).
 */
export function crossDots(
  ends: readonly Feature[],
  zoom: number,
  s: number,
  project: (lonLat: [number, number]) => { x: number; y: number },
  limit = 24,
): Dot[] {
  const z = Math.floor(zoom) - Math.log2(s);
  const size = CROSS_SIZE.own * s;
  const dots: Dot[] = [];
  for (const f of [...ends].sort((a, b) => Number(b.properties?.strong) - Number(a.properties?.strong))) {
    const p = f.properties ?? {};
    const beside = p.role === "end-beside";
    if (dots.length >= limit) break;
    if (p.stage !== MOVEMENT_STAGE.done || f.geometry.type !== "Point") continue;
    if (!(beside || p.role === "end") || Number(p.snapZoom ?? 0) <= z === beside) continue;
    const [lon = 0, lat = 0] = f.geometry.coordinates;
    const [dx, dy] = beside ? (p.offset as [number, number]) : [0, 0];
    const { x, y } = project([lon, lat]);
    dots.push({ id: `✕${String(f.id)}`, x: x + dx * size, y: y + dy * size, r: CROSS_REACH_PX * size });
  }
  return dots;
}

/**
 * The ✕ of `ends` that crossDots may draw (done movements' ends), as one text: place names are
 * laid out again when it changes, not on every change of the moving flights' ends while playing.
 */
export function crossKey(ends: readonly Feature[]): string {
  let key = "";
  for (const f of ends) {
    const p = f.properties ?? {};
    if (p.stage === MOVEMENT_STAGE.done && (p.role === "end" || p.role === "end-beside")) key += `${String(f.id)},`;
  }
  return key;
}
