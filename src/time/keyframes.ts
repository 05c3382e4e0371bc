import type { Position } from "geojson";
import type { Place } from "../story/schema";

/**
 * Where a movement is when one of its linked events happens. AZAL 8243's "hit near Grosny"
 * is at the waypoint beside Grosny, its "crash near Aktau" at the last one: the aircraft must
 * be there when the card says so, and travel between them on the step from one card to the next.
 * A keyframe pins a fraction of the route (0 … 1, by great-circle distance through the
 * waypoints) to a time (ms UTC); between keyframes the fraction grows linearly with time.
 */
export interface Keyframe {
  time: number;
  progress: number;
}

/** An event's place counts as "at" a waypoint within this distance, km. */
export const WAYPOINT_MATCH_KM = 150;
const EARTH_KM = 6371.0088;
const RAD = Math.PI / 180;

/** Great-circle distance between two [lon, lat] points (degrees), km (haversine). */
export function distanceKm(a: Position, b: Position): number {
  const [lon1 = 0, lat1 = 0] = a;
  const [lon2 = 0, lat2 = 0] = b;
  const h =
    Math.sin(((lat2 - lat1) * RAD) / 2) ** 2 +
    Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * Math.sin(((lon2 - lon1) * RAD) / 2) ** 2;
  return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Fraction of the route (by distance through `waypoints`) at each waypoint: 0 … 1. */
export function waypointFractions(waypoints: readonly Position[]): number[] {
  const cumulative = [0];
  for (let i = 1; i < waypoints.length; i++) {
    cumulative.push((cumulative[i - 1] ?? 0) + distanceKm(waypoints[i - 1] as Position, waypoints[i] as Position));
  }
  const total = cumulative.at(-1) ?? 0;
  return cumulative.map((d) => (total > 0 ? d / total : 0));
}

/**
 * Keyframes of a movement shown over [start, end) (ms UTC) from its linked events (time and
 * places): each event whose place lies within WAYPOINT_MATCH_KM of a waypoint pins the nearest
 * one; the window's ends pin 0 and 1 unless an event already pins that time. Sorted by time,
 * progress never decreasing. Events outside the window or away from the route pin nothing.
 */
export function movementKeyframes(
  waypoints: readonly Position[],
  start: number,
  end: number,
  linked: readonly { time: number; places: readonly Place[] }[],
): Keyframe[] {
  const fractions = waypointFractions(waypoints);
  const pinned: Keyframe[] = [];
  for (const event of linked) {
    if (event.time < start || event.time > end) continue;
    let best: { km: number; progress: number } | undefined;
    for (const place of event.places) {
      waypoints.forEach((w, i) => {
        const km = distanceKm(w, [place.lon, place.lat]);
        if (km <= WAYPOINT_MATCH_KM && (!best || km < best.km)) best = { km, progress: fractions[i] ?? 0 };
      });
    }
    if (best) pinned.push({ time: event.time, progress: best.progress });
  }
  pinned.sort((a, b) => a.time - b.time || a.progress - b.progress);
  const frames: Keyframe[] = [];
  if (!pinned.some((k) => k.time === start)) frames.push({ time: start, progress: 0 });
  for (const k of pinned) frames.push({ time: k.time, progress: Math.max(k.progress, frames.at(-1)?.progress ?? 0) });
  if (!pinned.some((k) => k.time === end)) frames.push({ time: end, progress: 1 });
  return frames;
}

/** The fraction of the route at t by linear interpolation between keyframes (clamped). */
export function progressAt(frames: readonly Keyframe[], t: number): number {
  const first = frames[0];
  if (!first) return 0;
  if (t <= first.time) return first.progress;
  for (let i = 1; i < frames.length; i++) {
    const a = frames[i - 1] as Keyframe;
    const b = frames[i] as Keyframe;
    if (t <= b.time)
      return b.time === a.time
        ? b.progress
        : a.progress + ((t - a.time) / (b.time - a.time)) * (b.progress - a.progress);
  }
  return (frames.at(-1) as Keyframe).progress;
}
