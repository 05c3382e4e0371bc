import type { Feature, LineString, Point } from "geojson";

/**
 * Arrows that arrive at one place together, as two leaders' visits to one summit. Each stops
 * with its tip short of the place's ring (story_layers.ts arrivedOffset); where two arrive from
 * nearly one direction their heads would overlap there (Putin's and Alijew's at Duschanbe, a
 * review), so a later one stops just as far back as its head needs to lie clear of the earlier
 * ones: not at all where their directions differ enough, a whole step (an arrow and a gap) where
 * they run together (queueBehind).
 */

/**
 * Heads whose directions differ by FREE_DEGREES or more lie clear of each other at the ring, with
 * their halos and a RING_CLEAR_PX gap between them; by FULL_DEGREES or less, only a whole step
 * back does. Between, the step back needed falls nearly linearly (the `arrow` icon's triangle,
 * icons.ts, at HEAD_SIZE.strong, with its 2 px halo and half the gap, bisected: 20° 27 px,
 * 25° 23, 30° 15, 35° 6, 40° 0; tests/unit/map/arrow_queue.test.ts checks the heads clear).
 */
const FREE_DEGREES = 42;
const FULL_DEGREES = 20;

/**
 * The part of a whole step (0…1) an arrow stops further back than one `turn` degrees (0…180)
 * from its own direction at the same place, so that their heads lie clear.
 */
export function queueBehind(turn: number): number {
  return Math.min(1, Math.max(0, (FREE_DEGREES - turn) / (FREE_DEGREES - FULL_DEGREES)));
}

/**
 * Sets each arrived head's `queue` (0…1: the part of a whole step it stops further back; 0 for
 * every head that arrives alone): the strong ones first, then in the features' order, each clear
 * of the heads before it at its place (queueBehind). Mutates the heads' properties; linear in the
 * features, quadratic only in the heads arriving at one place at one moment.
 */
export function queueArrivals(features: Feature<LineString | Point>[]): void {
  const byPlace = new Map<string, { bearing: number; queue: number }[]>();
  const heads = features
    .filter((f) => f.geometry.type === "Point" && f.properties?.arrived === true)
    .sort((a, b) => Number(b.properties?.strong) - Number(a.properties?.strong));
  for (const { geometry, properties } of heads) {
    const place = String((geometry as Point).coordinates);
    const bearing = Number(properties?.bearing);
    const there = byPlace.get(place) ?? [];
    let queue = 0;
    for (const before of there) {
      const behind = queueBehind(Math.abs(((bearing - before.bearing + 540) % 360) - 180));
      if (behind > 0) queue = Math.max(queue, before.queue + behind);
    }
    if (properties) properties.queue = Math.round(queue * 100) / 100;
    byPlace.set(place, [...there, { bearing, queue }]);
  }
}
