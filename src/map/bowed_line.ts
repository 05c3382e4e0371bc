import type { Position } from "geojson";
import { latitudeAt, mercatorY } from "./framing";

/**
 * The line between two places bowed to one side, as connection maps draw relations (Flourish's
 * and Datawrapper's arcs): three capitals nearly in a row (Ankara, Eriwan, Baku) otherwise drew
 * their three relations as one stroke, Ankara–Baku's "verbündet" lying on Eriwan, and a relation
 * ran under a visit between the same two capitals ("feindselig" end to end with "Lawrow nach
 * Eriwan"), a review. A great circle (`path`, as movements are drawn) moved off its chord in Web
 * Mercator (the map's plane) by a parabola: the longer the line, the further it bows, up to
 * BOW_MAX, so lines of nearly one direction part, and a relation parts from a movement along
 * the same great circle (Moskau–Pjöngjang's "verbündet" and North Korea's troops).
 */

/** How far the middle of a line lies off its great circle, as a share of its chord (Mercator). */
export const BOW = 0.12;
/** At most this far, Mercator units (radians of longitude; about 400 km at 40° N). */
export const BOW_MAX = 0.08;

const RAD = Math.PI / 180;
/** A Web Mercator world 2π wide: x in radians of longitude, y from the north edge, south positive. */
const WORLD = 2 * Math.PI;

/**
 * `path` ([lon, lat], degrees: a great circle from its first to its last position, longitudes
 * running on across ±180°) bowed by BOW of its chord at the middle (at most BOW_MAX): to the left
 * of its direction taken west to east (north of an east–west line), south to north where both
 * ends share a longitude (west of it), so the same pair always bows the same way whichever end
 * is named first. Throws nothing; a path of one point or two equal ends is returned as it is.
 */
export function bowedLine(path: readonly Position[]): Position[] {
  const first = path[0] ?? [0, 0];
  const last = path.at(-1) ?? first;
  const dx = ((last[0] ?? 0) - (first[0] ?? 0)) * RAD;
  const dy = mercatorY(last[1] ?? 0, WORLD) - mercatorY(first[1] ?? 0, WORLD);
  const chord = Math.hypot(dx, dy);
  if (chord === 0) return [...path];
  // West to east (or south to north, y falling): the left of that direction is the bow's side.
  const sign = dx > 0 || (dx === 0 && dy < 0) ? 1 : -1;
  const bow = Math.min(BOW * chord, BOW_MAX);
  // The left normal with y pointing south.
  const [nx, ny] = [(sign * dy) / chord, (-sign * dx) / chord];
  return path.map(([lon = 0, lat = 0], i) => {
    const t = i / (path.length - 1);
    const off = 4 * t * (1 - t) * bow;
    return [lon + (nx * off) / RAD, latitudeAt(mercatorY(lat, WORLD) + ny * off, WORLD)];
  });
}
