import type { Position } from "geojson";
import { bearingAt, greatCirclePath, type PreparedPath } from "../time/paths";

/**
 * The end of a movement the articles do not name (zMovement.unknown), as pure geometry: a short
 * stub that goes on from the last known position along the way's last heading (destination
 * unknown), or comes into the first known position along its first heading (origin unknown).
 * It is drawn dashed, never to a place, so no one reads an arrival into empty land.
 */
export interface OpenEnd {
  /** The stub, from its start to its end, [lon, lat] degrees (a short great-circle arc). */
  line: Position[];
  /** Where its label sits: the outer end of the stub (away from the known way). */
  tip: Position;
  /** Heading of travel along the stub, degrees clockwise from north (0–360). */
  bearing: number;
}

/** Length of the stub, km: short enough never to reach a neighbouring place, long enough to see. */
export const STUB_KM = 300;
const EARTH_RADIUS_KM = 6371.0088;
const rad = Math.PI / 180;

/** The point `km` from `from` ([lon, lat], degrees) on the initial heading `bearing` (degrees). */
export function destinationPoint(from: Position, bearing: number, km: number): Position {
  const [lon = 0, lat = 0] = from;
  const d = km / EARTH_RADIUS_KM;
  const b = bearing * rad;
  const phi = lat * rad;
  const phi2 = Math.asin(Math.sin(phi) * Math.cos(d) + Math.cos(phi) * Math.sin(d) * Math.cos(b));
  const lambda2 =
    lon * rad + Math.atan2(Math.sin(b) * Math.sin(d) * Math.cos(phi), Math.cos(d) - Math.sin(phi) * Math.sin(phi2));
  const lon2 = ((lambda2 / rad + 540) % 360) - 180;
  return [lon2, phi2 / rad];
}

/** The stub of `path`'s unknown `end` (see OpenEnd); the path needs a segment with a length. */
export function openEnd(path: PreparedPath, end: "origin" | "destination", km = STUB_KM): OpenEnd {
  if (end === "destination") {
    const from = path.coords[path.coords.length - 1] ?? [0, 0];
    const bearing = bearingAt(path, 1);
    const tip = destinationPoint(from, bearing, km);
    return { line: greatCirclePath([from, tip], 8), tip, bearing };
  }
  const to = path.coords[0] ?? [0, 0];
  const bearing = bearingAt(path, 0);
  const tip = destinationPoint(to, (bearing + 180) % 360, km);
  return { line: greatCirclePath([tip, to], 8), tip, bearing };
}
