import type { Position } from "geojson";
import { lonLatBounds } from "../geo/antimeridian";
import type { Place } from "../story/schema";

/**
 * The opening frame, as pure geometry: which places it must show (the story's main places, by
 * rank) and where on the map it may put them (the largest part of the map that no control or
 * overlay covers). map_view.ts turns the result into MapLibre's `fitBounds` padding.
 */

/** A screen rectangle in CSS px (viewport or container coordinates, as long as all agree). */
export interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** MapLibre's padding shape, in px from each edge of the map. */
export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export type Bounds = [[number, number], [number, number]];

/** Places of this rank or better are the story's main places: the opening view shows them all. */
export const MAIN_RANK = 2;

/**
 * The bounds ([[west, south], [east, north]], degrees) of the places ranked `MAIN_RANK` or better,
 * taking the short way round (see lonLatBounds: Wladiwostok and Anchorage give west 131.9,
 * east 210.1), or `fallback` (the story's `meta.view.bounds`, see unwrapBounds) when fewer than
 * two places are that important. West ≤ east always; east exceeds 180 across the antimeridian.
 */
export function mainPlaceBounds(places: readonly Place[], fallback: Bounds): Bounds {
  const main = places.filter((p) => p.rank <= MAIN_RANK);
  if (main.length < 2) return unwrapBounds(fallback);
  return lonLatBounds(main.map((p) => [p.lon, p.lat]));
}

/**
 * A box as RFC 7946 writes one that crosses the antimeridian (west > east, both in −180..180)
 * turned into one with west ≤ east (east + 360), as fitBounds and mercatorAspect want it.
 * Any other box is returned unchanged.
 */
export function unwrapBounds(bounds: Bounds): Bounds {
  const [[west, south], [east, north]] = bounds;
  return west > east
    ? [
        [west, south],
        [east + 360, north],
      ]
    : bounds;
}

/** Width over height of `bounds` in Web Mercator, so a frame can be judged before it is drawn. */
export function mercatorAspect(bounds: Bounds): number {
  // In a world 360 px wide: width in degrees, height in the same px.
  const width = bounds[1][0] - bounds[0][0];
  const height = mercatorY(bounds[0][1], 360) - mercatorY(bounds[1][1], 360);
  return height > 1e-9 && width > 1e-9 ? width / height : 1;
}

const intersects = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const width = (b: Box) => Math.max(b.right - b.left, 0);
const height = (b: Box) => Math.max(b.bottom - b.top, 0);

/** How large content of width/height `aspect` can be drawn in `box`: its fitted height, px. */
function fittedHeight(box: Box, aspect: number): number {
  return Math.min(height(box), width(box) / aspect);
}

/** Overlays beyond this many are cut greedily (the search is exponential in them). */
const SEARCH_LIMIT = 7;

/**
 * The rectangle of `map` clear of every box in `overlays` in which content of the given aspect
 * (width / height) is drawn largest once `margin` px are kept free inside it; ties go to the
 * larger area. Each overlay is cut away by one of its four sides (the map keeps what lies right
 * of, left of, below or above it), every combination is tried. Returns `map` itself when nothing
 * covers it.
 */
export function freeArea(map: Box, overlays: readonly Box[], aspect: number, margin = 0): Box {
  const covering = overlays.filter((o) => intersects(o, map) && width(o) > 0 && height(o) > 0);
  const inset = (b: Box): Box => ({
    left: b.left + margin,
    top: b.top + margin,
    right: b.right - margin,
    bottom: b.bottom - margin,
  });
  const better = (a: Box, b: Box) => {
    const fa = fittedHeight(inset(a), aspect);
    const fb = fittedHeight(inset(b), aspect);
    return fa > fb + 1e-6 || (Math.abs(fa - fb) <= 1e-6 && width(a) * height(a) > width(b) * height(b));
  };
  const search = (rect: Box, rest: readonly Box[], depth: number): Box => {
    const hit = rest.find((o) => intersects(o, rect));
    if (!hit) return rect;
    const others = rest.filter((o) => o !== hit);
    const cuts: Box[] = [
      { ...rect, left: Math.max(rect.left, hit.right) },
      { ...rect, right: Math.min(rect.right, hit.left) },
      { ...rect, top: Math.max(rect.top, hit.bottom) },
      { ...rect, bottom: Math.min(rect.bottom, hit.top) },
    ].filter((c) => width(c) > 0 && height(c) > 0);
    if (cuts.length === 0) return { ...rect, right: rect.left, bottom: rect.top };
    if (depth >= SEARCH_LIMIT) {
      const first = cuts.reduce((a, b) => (better(b, a) ? b : a));
      return search(first, others, depth + 1);
    }
    return cuts.map((c) => search(c, others, depth + 1)).reduce((a, b) => (better(b, a) ? b : a));
  };
  return search(map, covering, 0);
}

/**
 * MapLibre padding that keeps a fitted frame inside `free` (a part of `map`), `margin` px further
 * in so the outermost labels and dots stay clear of the edges too. Never negative, and always
 * leaving at least `MIN_FRAME` px of each dimension to draw in: on a map too small for that the
 * free area's own share is kept with EDGE_INSET, then without margins, and where even that does
 * not fit, EDGE_INSET all round.
 */
export function paddingFor(map: Box, free: Box, margin: number): Padding {
  const padding = {
    top: Math.max(0, free.top - map.top + margin),
    bottom: Math.max(0, map.bottom - free.bottom + margin),
    left: Math.max(0, free.left - map.left + margin),
    right: Math.max(0, map.right - free.right + margin),
  };
  const fits = (a: number, b: number, extent: number) => a + b <= extent - MIN_FRAME;
  if (!fits(padding.top, padding.bottom, height(map)) || !fits(padding.left, padding.right, width(map))) {
    // A smaller margin first: with none, the outermost places lie on the free area's edges, and
    // where that is the map's edge, their dots are cut (Moskau and Eriwan in a 320 px embed).
    if (margin > EDGE_INSET) return paddingFor(map, free, EDGE_INSET);
    if (margin > 0) return paddingFor(map, free, 0);
    // Not even the free area fits: a small inset all round, so the frame's outermost places are
    // not drawn on the edges (Moskau and Eriwan on the top and bottom edge of a 320 px embed).
    const inset = (extent: number) => Math.max(0, Math.min(EDGE_INSET, (extent - MIN_FRAME) / 2));
    const [v, h] = [inset(height(map)), inset(width(map))];
    return { top: v, bottom: v, left: h, right: h };
  }
  return padding;
}

/** The inset all round of a map too small for its free area's padding, px: a dot and a little. */
const EDGE_INSET = 14;

/** The least the frame keeps of each dimension, px. */
const MIN_FRAME = 40;

/** Which edge of the opening frame a place lies on: its label then points inward. */
export type Edge = "west" | "east" | "north" | "south" | "north-west" | "north-east" | "south-west" | "south-east" | "";

/**
 * The outer share of the frame whose places count as on its edge: wide east and west, where a
 * whole name must fit beside the dot; narrow north and south, where half a line of type must.
 */
const EDGE_SHARE = { x: 0.15, y: 0.05 };

/**
 * The edge of `frame` (see `mainPlaceBounds`) that `lon`/`lat` (degrees) lies on, "" inside.
 * Places outside the frame count as on the edge they are beyond. A frame across 180° (east past
 * 180) holds −149.9 as 210.1: the place's world copy nearest the frame's middle is the one judged.
 */
export function edgeOf(lon: number, lat: number, frame: Bounds): Edge {
  const [[west, south], [east, north]] = frame;
  const near = lon + Math.round(((west + east) / 2 - lon) / 360) * 360;
  const x = east > west ? (near - west) / (east - west) : 0.5;
  const y = north > south ? (lat - south) / (north - south) : 0.5;
  return edgeAt(x, y);
}

/**
 * The edge of the map on screen (`width` × `height` px) that the point `x`, `y` (px from the
 * map's top left) lies on or beyond, "" inside: edgeOf for the camera as it is, so a label near
 * the map's side points inward after the camera has moved away from the opening frame.
 */
export function edgeOnScreen(x: number, y: number, width: number, height: number): Edge {
  return edgeAt(width > 0 ? x / width : 0.5, height > 0 ? 1 - y / height : 0.5);
}

/** The edge for a point at shares `x` (west 0 → east 1) and `y` (south 0 → north 1) of a frame. */
function edgeAt(x: number, y: number): Edge {
  const ns = y > 1 - EDGE_SHARE.y ? "north" : y < EDGE_SHARE.y ? "south" : "";
  const ew = x > 1 - EDGE_SHARE.x ? "east" : x < EDGE_SHARE.x ? "west" : "";
  return (ns && ew ? `${ns}-${ew}` : ns || ew) as Edge;
}

/** Main places farther apart than this (degrees, east–west shrunk by latitude) do not crowd. */
const CROWD_DEGREES = 8;

/** The eight compass directions, counter-clockwise from east. */
export const DIRECTIONS = [
  "east",
  "north-east",
  "north",
  "north-west",
  "west",
  "south-west",
  "south",
  "south-east",
] as const;
export type Direction = (typeof DIRECTIONS)[number];

/**
 * The compass direction pointing away from the other main places within `CROWD_DEGREES` of
 * `lon`/`lat` (closer ones weigh more), or "" when none is that close: the label writes that way,
 * so a dense cluster (Eriwan, Baku, Grosny, Aktau around the Caspian) spreads its names outward.
 */
export function awayFrom(lon: number, lat: number, id: string, places: readonly Place[]): Direction | "" {
  const shrink = Math.cos((lat * Math.PI) / 180);
  let x = 0;
  let y = 0;
  for (const other of places) {
    if (other.id === id || other.rank > MAIN_RANK) continue;
    // The short way round: neighbours across 180° are near, not a world apart.
    const dx = (other.lon - lon - Math.round((other.lon - lon) / 360) * 360) * shrink;
    const dy = other.lat - lat;
    const d = Math.hypot(dx, dy);
    if (d < 1e-9 || d > CROWD_DEGREES) continue;
    x -= dx / (d * d);
    y -= dy / (d * d);
  }
  if (Math.hypot(x, y) < 1e-9) return "";
  const turn = Math.atan2(y, x) / (2 * Math.PI);
  return DIRECTIONS[(Math.round(turn * 8) + 8) % 8] as Direction;
}

/** A camera as MapLibre's `cameraForBounds` gives it, north up and flat: centre [lon, lat] in degrees. */
export interface FlatCamera {
  center: [number, number];
  zoom: number;
}

/** `point` ([lon, lat], degrees) as `camera` draws it on a map `width` × `height` px: map px, on the world copy nearest the centre. */
export function projectFlat(
  [lon, lat]: readonly [number, number],
  camera: FlatCamera,
  width: number,
  height: number,
): { x: number; y: number } {
  const [dx, dy] = mercatorDelta(camera.center, [lon, lat], 512 * 2 ** camera.zoom);
  return { x: width / 2 + dx, y: height / 2 + dy };
}

/**
 * Where `to` lies from `from` (both [lon, lat], degrees) on a Web Mercator world `scale` px wide:
 * [dx, dy] in px, x east, y south, the shorter way round across the antimeridian.
 */
export function mercatorDelta(from: Position, to: Position, scale: number): [number, number] {
  const dLon = (((((to[0] ?? 0) - (from[0] ?? 0)) % 360) + 540) % 360) - 180;
  return [(dLon / 360) * scale, mercatorY(to[1] ?? 0, scale) - mercatorY(from[1] ?? 0, scale)];
}

/** Web Mercator y of `lat` (degrees) in a world `scale` px tall, px from the north edge. */
export function mercatorY(lat: number, scale: number): number {
  const sin = Math.sin((Math.max(-85.05, Math.min(85.05, lat)) * Math.PI) / 180);
  return (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * scale;
}

/** The latitude (degrees) at Web Mercator y px from the north edge of a world `scale` px tall. */
export function latitudeAt(y: number, scale: number): number {
  return (Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / scale))) * 180) / Math.PI;
}
