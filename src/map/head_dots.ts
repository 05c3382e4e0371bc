import type { Feature, Point } from "geojson";
import { arrivalMark, arrivedOffset, leavingOffset } from "./head_offsets";
import { ARROW_TIP_PX, HEAD_SIZE } from "./icons";
import type { Dot } from "./label_layout";

/** A strong movement head at rest (story_features.ts movingFeatures: `arrived`, or `leaving` the current event's place). */
function atRest(f: Feature): f is Feature<Point> {
  const p = f.properties ?? {};
  return f.geometry.type === "Point" && p.strong && (p.arrived || p.leaving);
}

/**
 * The strong movement heads at rest (story_features.ts movingFeatures: `arrived`, or `leaving`
 * the current event's place) as dots the place names keep off, px: a name under an arrowhead was
 * read as the arrow's ("Istanbul" under Pashinyan's head pointing in; Alijew's head on "Duschanbe",
 * a review). Each dot is the head's middle as drawn (its offset turned with its bearing) and its
 * reach, ARROW_TIP_PX; `s`: the theme's scale. Heads under way move every frame and are left out.
 * At most `limit`, as crossDots: with every line drawn strong, a dense story's heads at rest
 * would otherwise make each name's layout look at hundreds of dots.
 */
export function headDots(
  heads: readonly Feature[],
  s: number,
  project: (lonLat: [number, number]) => { x: number; y: number },
  limit = 24,
): Dot[] {
  const size = HEAD_SIZE.strong;
  const px = size * s;
  const dots: Dot[] = [];
  for (const f of heads) {
    if (dots.length >= limit) break;
    if (!atRest(f)) continue;
    const p = f.properties ?? {};
    const [ox, oy] = p.leaving ? leavingOffset(size) : arrivedOffset(size, Number(p.queue ?? 0), arrivalMark(p.ringed));
    const b = (Number(p.bearing ?? 0) * Math.PI) / 180;
    const [lon = 0, lat = 0] = f.geometry.coordinates;
    const { x, y } = project([lon, lat]);
    dots.push({
      id: `➤${String(p.id)}`,
      // The icon's own frame turned by its bearing (clockwise from north, screen y down).
      x: x + (ox * Math.cos(b) - oy * Math.sin(b)) * px,
      y: y + (ox * Math.sin(b) + oy * Math.cos(b)) * px,
      r: ARROW_TIP_PX * px,
    });
  }
  return dots;
}

/** What headDots depends on besides the camera: changes when a head at rest comes, goes or turns. */
export function headKey(heads: readonly Feature[]): string {
  let key = "";
  for (const f of heads) {
    const p = f.properties ?? {};
    if (atRest(f)) key += `${String(p.id)}:${String(f.geometry.coordinates)}:${p.bearing}:${p.queue}:${p.ringed},`;
  }
  return key;
}

/**
 * Where the strong arrows at rest point into a place without the current event's ring
 * (`arrived`, not `ringed`: story_features.ts), as [lon, lat] degrees, once each: framed with the
 * current event, so no arrow of it points off the map (Pashinyan's into Istanbul at Lawrow's
 * visit was cut by the wall's left edge in presenter mode, a review). Linear in the features.
 */
export function restingDestinations(heads: readonly Feature[]): [number, number][] {
  const out = new Map<string, [number, number]>();
  for (const f of heads) {
    if (!atRest(f) || !f.properties?.arrived || f.properties.ringed !== false) continue;
    const [lon = 0, lat = 0] = f.geometry.coordinates;
    out.set(`${lon},${lat}`, [lon, lat]);
  }
  return [...out.values()];
}
