import { earthRadius } from "@turf/helpers";
import type { Position } from "geojson";
import { unwrapLongitudes } from "../geo/antimeridian";

/**
 * Where a moving thing is along its route. A route is drawn along great circles (the way a
 * plane flies), densified once; then every animation frame asks for the point, heading and
 * travelled part at a fraction of the route, answered by binary search over cumulative
 * distances and plain arithmetic — no turf call and no per-vertex allocation in the frame loop.
 *
 * The great-circle math is our own (spherical linear interpolation) rather than
 * @turf/great-circle, which returns a MultiLineString across the antimeridian and NaN for
 * identical endpoints; here a route is always one list of positions with continuous
 * (unwrapped) longitudes: across the antimeridian they leave -180..180 (181.2 rather than
 * -178.8), so a map draws the short arc. Exports split such lines (geo/antimeridian.ts).
 */

const RAD = Math.PI / 180;
const EARTH_RADIUS_KM = earthRadius / 1000;

export interface PreparedPath {
  /** Shared with callers (e.g. as a LineString's coordinates); never mutated. */
  readonly coords: Position[];
  /** cumulative[i] = distance in km from coords[0] to coords[i] along the path. */
  readonly cumulative: Float64Array;
  /** Total length in km. */
  readonly length: number;
}

/**
 * Great-circle arcs through consecutive waypoints, each with `pointsPerSegment` positions — or,
 * with `kmPerPoint`, one position per that many km (at most `pointsPerSegment`), so a short hop
 * costs a few points and an intercontinental arc stays smooth.
 */
export function greatCirclePath(points: readonly Position[], pointsPerSegment = 64, kmPerPoint?: number): Position[] {
  const first = points[0];
  if (!first) return [];
  const path: Position[] = [[lon(first), lat(first)]];
  const maxSteps = Math.max(1, Math.round(pointsPerSegment) - 1);
  let from = first;
  for (const to of points.slice(1)) {
    const distance = angularDistance(from, to);
    if (distance === 0) continue;
    const steps =
      kmPerPoint === undefined
        ? maxSteps
        : Math.min(maxSteps, Math.max(1, Math.ceil((distance * EARTH_RADIUS_KM) / kmPerPoint)));
    // Start at 1: the joint is already the last point of the previous arc.
    for (let step = 1; step <= steps; step++) path.push(interpolateGreatCircle(from, to, step / steps));
    from = to;
  }
  return unwrapLongitudes(path);
}

/** Indexes a path for pointAt/bearingAt/sliceTo. Needs at least one position. */
export function preparePath(coords: Position[]): PreparedPath {
  if (coords.length === 0) throw new RangeError("preparePath needs at least one position");
  const cumulative = new Float64Array(coords.length);
  for (let i = 1; i < coords.length; i++) {
    cumulative[i] = (cumulative[i - 1] ?? 0) + angularDistance(at(coords, i - 1), at(coords, i)) * EARTH_RADIUS_KM;
  }
  return { coords, cumulative, length: cumulative[coords.length - 1] ?? 0 };
}

/** The position at `fraction` (clamped to 0..1) of the path's length. */
export function pointAt(path: PreparedPath, fraction: number): Position {
  const { index, t } = locate(path, fraction);
  const a = at(path.coords, index);
  if (t === 0) return [lon(a), lat(a)];
  return lerpPosition(a, at(path.coords, index + 1), t);
}

/**
 * The heading at `fraction`, in degrees clockwise from north (0–360), e.g. for rotating an
 * aircraft icon. Taken from the segment under the point; at a vertex, from the segment ahead,
 * and at the end from the last segment with a length. A path without length heads north (0).
 */
export function bearingAt(path: PreparedPath, fraction: number): number {
  const { coords, cumulative } = path;
  let { index } = locate(path, fraction);
  // Skip zero-length segments ahead, then fall back to the last segment that has a length.
  while (index < coords.length - 1 && cumulative[index + 1] === cumulative[index]) index++;
  if (index >= coords.length - 1) {
    index = coords.length - 2;
    while (index >= 0 && cumulative[index + 1] === cumulative[index]) index--;
    if (index < 0) return 0;
  }
  return initialBearing(at(coords, index), at(coords, index + 1));
}

/**
 * The travelled part of the path up to `fraction`, ending exactly at pointAt(path, fraction).
 * Always at least two positions (a start repeated at 0), so it is a valid GeoJSON LineString.
 */
export function sliceTo(path: PreparedPath, fraction: number): Position[] {
  const { index, t } = locate(path, fraction);
  const slice = path.coords.slice(0, index + 1);
  if (t > 0) slice.push(lerpPosition(at(path.coords, index), at(path.coords, index + 1), t));
  if (slice.length === 1) slice.push(at(slice, 0));
  return slice;
}

/**
 * The part of the path between two fractions (from ≤ to), starting at pointAt(path, from) and
 * ending at pointAt(path, to). At least two positions.
 */
export function sliceBetween(path: PreparedPath, from: number, to: number): Position[] {
  const start = locate(path, from);
  const tail = sliceTo(path, to);
  const slice = [pointAt(path, from), ...tail.slice(start.index + 1)];
  if (slice.length === 1) slice.push(at(slice, 0));
  return slice;
}

/**
 * The segment under `fraction`: index of its first vertex and 0 <= t < 1 within it.
 * Binary search: the last vertex whose cumulative distance is <= the target.
 */
function locate(path: PreparedPath, fraction: number): { index: number; t: number } {
  const { cumulative, length } = path;
  const last = cumulative.length - 1;
  const clamped = Number.isNaN(fraction) ? 0 : Math.min(1, Math.max(0, fraction));
  if (clamped >= 1 || length === 0) return { index: clamped >= 1 ? last : 0, t: 0 };
  const target = clamped * length;
  let low = 0;
  let high = last;
  while (high - low > 1) {
    const mid = (low + high) >>> 1;
    if ((cumulative[mid] ?? 0) <= target) low = mid;
    else high = mid;
  }
  const start = cumulative[low] ?? 0;
  const span = (cumulative[low + 1] ?? start) - start;
  return { index: low, t: span > 0 ? (target - start) / span : 0 };
}

/**
 * Linear within one short densified segment; takes the short way across the antimeridian and
 * keeps the longitude continuous with `a` (it may leave -180..180, as the path does).
 */
function lerpPosition(a: Position, b: Position, t: number): Position {
  let dLon = lon(b) - lon(a);
  if (dLon > 180) dLon -= 360;
  else if (dLon < -180) dLon += 360;
  return [lon(a) + dLon * t, lat(a) + (lat(b) - lat(a)) * t];
}

/** Spherical linear interpolation between two positions on the unit sphere. */
function interpolateGreatCircle(from: Position, to: Position, t: number): Position {
  if (t === 1) return [lon(to), lat(to)];
  const d = angularDistance(from, to);
  const sinD = Math.sin(d);
  // Antipodes have no single great circle; any route is as good, so go straight in lon/lat.
  if (sinD < 1e-12) return lerpPosition(from, to, t);
  const a = Math.sin((1 - t) * d) / sinD;
  const b = Math.sin(t * d) / sinD;
  const [lon1, lat1, lon2, lat2] = [lon(from) * RAD, lat(from) * RAD, lon(to) * RAD, lat(to) * RAD];
  const x = a * Math.cos(lat1) * Math.cos(lon1) + b * Math.cos(lat2) * Math.cos(lon2);
  const y = a * Math.cos(lat1) * Math.sin(lon1) + b * Math.cos(lat2) * Math.sin(lon2);
  const z = a * Math.sin(lat1) + b * Math.sin(lat2);
  return [Math.atan2(y, x) / RAD, Math.atan2(z, Math.hypot(x, y)) / RAD];
}

/** Central angle in radians (haversine, stable for short distances). */
function angularDistance(a: Position, b: Position): number {
  const lat1 = lat(a) * RAD;
  const lat2 = lat(b) * RAD;
  const h =
    Math.sin((lat2 - lat1) / 2) ** 2 + Math.cos(lat1) * Math.cos(lat2) * Math.sin(((lon(b) - lon(a)) * RAD) / 2) ** 2;
  return 2 * Math.asin(Math.min(1, Math.sqrt(h)));
}

function initialBearing(a: Position, b: Position): number {
  const lat1 = lat(a) * RAD;
  const lat2 = lat(b) * RAD;
  const dLon = (lon(b) - lon(a)) * RAD;
  const y = Math.sin(dLon) * Math.cos(lat2);
  const x = Math.cos(lat1) * Math.sin(lat2) - Math.sin(lat1) * Math.cos(lat2) * Math.cos(dLon);
  return (Math.atan2(y, x) / RAD + 360) % 360;
}

function at(coords: readonly Position[], i: number): Position {
  return coords[i] as Position;
}

function lon(p: Position): number {
  return p[0] as number;
}

function lat(p: Position): number {
  return p[1] as number;
}
