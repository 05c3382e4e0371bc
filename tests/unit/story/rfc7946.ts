import type { Geometry, Position } from "geojson";

/**
 * The RFC 7946 rules a GeoJSON export must keep, as readable problems (none: valid): a
 * FeatureCollection of Features; geometries of the seven types or null; positions of two or
 * three finite numbers with lon in [-180, 180] and lat in [-90, 90]; LineStrings of two or more
 * positions; polygon rings closed, of four or more positions, exterior counter-clockwise and
 * holes clockwise (§3.1.6).
 */
export function rfc7946Problems(json: unknown): string[] {
  const problems: string[] = [];
  const collection = json as { type?: unknown; features?: unknown };
  if (collection?.type !== "FeatureCollection" || !Array.isArray(collection.features))
    return ["not a FeatureCollection with a features array"];
  collection.features.forEach((feature: { type?: unknown; geometry?: unknown; properties?: unknown }, i) => {
    const at = `features[${i}]`;
    if (feature?.type !== "Feature") problems.push(`${at}: type is not "Feature"`);
    if (!("properties" in feature)) problems.push(`${at}: no properties member`);
    if (feature.geometry !== null) checkGeometry(feature.geometry as Geometry, at, problems);
  });
  return problems;
}

function checkGeometry(geometry: Geometry, at: string, problems: string[]): void {
  const position = (p: Position, where: string) => {
    const [lon, lat] = p;
    if (p.length < 2 || p.length > 3 || !p.every(Number.isFinite)) problems.push(`${where}: bad position`);
    else if (Math.abs(lon as number) > 180 || Math.abs(lat as number) > 90) problems.push(`${where}: out of range`);
  };
  const ring = (r: Position[], exterior: boolean, where: string) => {
    r.forEach((p, i) => {
      position(p, `${where}[${i}]`);
    });
    const first = r[0];
    const last = r.at(-1);
    if (r.length < 4 || !first || !last || first[0] !== last[0] || first[1] !== last[1])
      problems.push(`${where}: ring not closed or too short`);
    if (signedArea(r) > 0 !== exterior) problems.push(`${where}: wrong winding`);
  };
  const polygon = (rings: Position[][], where: string) => {
    rings.forEach((r, i) => {
      ring(r, i === 0, `${where}[${i}]`);
    });
  };
  const each = <T>(list: T[], visit: (item: T, i: number) => void) => {
    for (let i = 0; i < list.length; i++) visit(list[i] as T, i);
  };
  switch (geometry?.type) {
    case "Point":
      position(geometry.coordinates, at);
      break;
    case "MultiPoint":
      each(geometry.coordinates, (p, i) => position(p, `${at}[${i}]`));
      break;
    case "LineString":
      if (geometry.coordinates.length < 2) problems.push(`${at}: LineString of fewer than two positions`);
      each(geometry.coordinates, (p, i) => position(p, `${at}[${i}]`));
      break;
    case "MultiLineString":
      each(geometry.coordinates, (line, j) => each(line, (p, i) => position(p, `${at}[${j}][${i}]`)));
      break;
    case "Polygon":
      polygon(geometry.coordinates, at);
      break;
    case "MultiPolygon":
      each(geometry.coordinates, (rings, i) => polygon(rings, `${at}[${i}]`));
      break;
    case "GeometryCollection":
      each(geometry.geometries, (g, i) => checkGeometry(g, `${at}.geometries[${i}]`, problems));
      break;
    default:
      problems.push(`${at}: unknown geometry type`);
  }
}

/** Shoelace area in lon/lat: positive for counter-clockwise rings. */
function signedArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[j] as Position;
    const b = ring[i] as Position;
    sum += (a[0] ?? 0) * (b[1] ?? 0) - (b[0] ?? 0) * (a[1] ?? 0);
  }
  return sum / 2;
}
