import type { Position } from "geojson";
import { type PreparedPath, pointAt, sliceBetween, sliceTo } from "../time/paths";

/**
 * A movement under way, split where it is (issue 14 item 1: "Arcs end at a place"): the part
 * travelled, the part still to come and the head between them. The two parts together are the
 * whole route, so what the map draws always runs on to the destination (the last waypoint, a
 * place or the last place known) and never stops in empty land, however far the head has come.
 */
export interface RouteSplit {
  /** From the origin to the head, [lon, lat] degrees (longitudes unwrapped as the path's); ≥ 2 positions. */
  travelled: Position[];
  /** From the head to the destination, ≥ 2 positions; undefined once the head has arrived (progress 1). */
  ahead: Position[] | undefined;
  /** Where the head is: the last position of `travelled`, the first of `ahead`. */
  head: Position;
}

/**
 * `path` split at `progress` (fraction of its length, clamped to 0 … 1; NaN counts as 0).
 * Cost: O(log n + positions returned).
 */
export function splitRoute(path: PreparedPath, progress: number): RouteSplit {
  const fraction = Number.isNaN(progress) ? 0 : Math.min(1, Math.max(0, progress));
  const head = pointAt(path, fraction);
  const travelled = sliceTo(path, fraction);
  const ahead = fraction < 1 ? sliceBetween(path, fraction, 1) : undefined;
  return { travelled, ahead, head };
}
