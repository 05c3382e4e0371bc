import type { Position } from "geojson";

/**
 * Lines and bounds that cross the antimeridian (±180°). A map draws a line between consecutive
 * positions straight in lon/lat, so Wladiwostok (131.9) → Anchorage (−149.9) would cross the
 * whole world; unwrapped longitudes (181.2 rather than −178.8) make it the short Pacific arc.
 * GeoJSON files instead keep longitudes in −180..180 and split lines at the antimeridian
 * (RFC 7946 §3.1.9). All positions are [lon, lat] in degrees.
 */

/** A longitude in −180..180 (180 stays 180, −180 stays −180). */
export function normalizeLongitude(lon: number): number {
  if (lon >= -180 && lon <= 180) return lon;
  const wrapped = ((((lon + 180) % 360) + 360) % 360) - 180;
  return wrapped === -180 && lon > 0 ? 180 : wrapped;
}

/**
 * The same line with each longitude moved by a multiple of 360° to within 180° of the one before:
 * every step takes the short way, and longitudes may leave −180..180. The first is kept.
 */
export function unwrapLongitudes(coords: readonly Position[]): Position[] {
  const out: Position[] = [];
  let previous: number | undefined;
  for (const [lon = 0, lat = 0] of coords) {
    let value = lon;
    if (previous !== undefined) value += Math.round((previous - lon) / 360) * 360;
    out.push([value, lat]);
    previous = value;
  }
  return out;
}

/**
 * A line as RFC 7946 §3.1.9 wants it: longitudes in −180..180, split into parts where it crosses
 * the antimeridian, each part ending (and the next starting) at ±180 at the interpolated
 * latitude. Steps of more than 180° are read as the short way round. One part when it never
 * crosses; a part has at least two positions.
 */
export function splitAtAntimeridian(coords: readonly Position[]): Position[][] {
  const line = unwrapLongitudes(coords);
  // World k holds longitudes in (−180 + 360k, 180 + 360k].
  const world = (lon: number) => Math.ceil((lon - 180) / 360);
  const parts: Position[][] = [];
  let part: Position[] = [];
  line.forEach(([lon = 0, lat = 0], i) => {
    const previous = line[i - 1];
    if (previous) {
      const [lon0 = 0, lat0 = 0] = previous;
      const from = world(lon0);
      const to = world(lon);
      if (from !== to) {
        const boundary = 180 + 360 * Math.min(from, to);
        const crossLat = lat0 + ((lat - lat0) * (boundary - lon0)) / (lon - lon0);
        part.push([boundary - 360 * from, crossLat]);
        parts.push(part);
        part = [[boundary - 360 * to, crossLat]];
      }
    }
    part.push([lon - 360 * world(lon), lat]);
  });
  parts.push(part);
  return parts.filter((p) => p.length >= 2);
}

/**
 * The smallest box holding all points, taking the short way round: [[west, south], [east, north]]
 * with west ≤ east and west in −180..180, so east exceeds 180 when the box spans the antimeridian
 * (Wladiwostok and Anchorage: west 131.9, east 210.1). Needs at least one point.
 */
export function lonLatBounds(points: readonly Position[]): [[number, number], [number, number]] {
  if (points.length === 0) throw new RangeError("lonLatBounds needs at least one point");
  const lons = points.map(([lon = 0]) => normalizeLongitude(lon)).sort((a, b) => a - b);
  // The widest gap between neighbouring longitudes (the wrap from the last to the first
  // included) is what the box leaves out.
  let gap = (lons[0] as number) + 360 - (lons[lons.length - 1] as number);
  let west = lons[0] as number;
  let east = lons[lons.length - 1] as number;
  for (let i = 1; i < lons.length; i++) {
    const width = (lons[i] as number) - (lons[i - 1] as number);
    if (width > gap) {
      gap = width;
      west = lons[i] as number;
      east = (lons[i - 1] as number) + 360;
    }
  }
  let south = Number.POSITIVE_INFINITY;
  let north = Number.NEGATIVE_INFINITY;
  for (const [, lat = 0] of points) {
    south = Math.min(south, lat);
    north = Math.max(north, lat);
  }
  return [
    [west, south],
    [east, north],
  ];
}
