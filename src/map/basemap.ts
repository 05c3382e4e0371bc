import type { FeatureCollection, Geometry, MultiLineString, Position } from "geojson";
import { feature, mesh } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";

export interface CountryProperties {
  name: string;
  /** ISO 3166-1 alpha-3, empty where Natural Earth has none. */
  iso3: string;
}

export interface Basemap {
  countries: FeatureCollection<Geometry, CountryProperties>;
  /** Land borders, each drawn once (arcs shared by two countries). */
  borders: FeatureCollection<MultiLineString>;
  /** Coastlines (arcs that belong to one country only). */
  coastline: FeatureCollection<MultiLineString>;
}

/** Turns the committed TopoJSON (scripts/build_basemap.ts) into the layers the style draws. */
export function basemapFromTopology(topology: Topology): Basemap {
  const collection = topology.objects.countries as GeometryCollection<CountryProperties>;
  const countries = feature(topology, collection) as FeatureCollection<Geometry, CountryProperties>;
  for (const country of countries.features) {
    forEachLine(country.geometry, keepOnOneSide);
    rewind(country.geometry);
  }
  const lines = (filter: (a: unknown, b: unknown) => boolean): FeatureCollection<MultiLineString> => {
    const geometry = mesh(topology, collection, filter);
    forEachLine(geometry, keepOnOneSide);
    return { type: "FeatureCollection", features: [{ type: "Feature", properties: {}, geometry }] };
  };
  return { countries, borders: lines((a, b) => a !== b), coastline: lines((a, b) => a === b) };
}

function forEachLine(geometry: Geometry, visit: (line: Position[]) => void): void {
  if (geometry.type === "Polygon" || geometry.type === "MultiLineString") geometry.coordinates.forEach(visit);
  else if (geometry.type === "MultiPolygon") for (const polygon of geometry.coordinates) polygon.forEach(visit);
  else if (geometry.type === "LineString") visit(geometry.coordinates);
}

/**
 * Natural Earth keeps Chukotka and Fiji as rings that cross the antimeridian (+179.9 → −179.9).
 * Drawn flat, such a ring becomes a stroke across the whole world and a hole in Russia. Making
 * the longitudes continuous (−179.9 → 180.1) lets MapLibre wrap it like any other shape.
 * Antarctica's ring runs around the pole on purpose and is left alone.
 */
export function keepOnOneSide(line: Position[]): void {
  if (line.some((point) => Math.abs(point[1] ?? 0) > 85)) return;
  let offset = 0;
  for (let i = 1; i < line.length; i++) {
    const previous = line[i - 1] as Position;
    const point = line[i] as Position;
    const jump = (point[0] ?? 0) + offset - (previous[0] ?? 0);
    if (jump > 180) offset -= 360;
    else if (jump < -180) offset += 360;
    point[0] = (point[0] ?? 0) + offset;
  }
}

/**
 * TopoJSON follows d3's spherical convention (outer rings clockwise); MapLibre's tiler expects
 * RFC 7946 (outer rings counter-clockwise). Without this, a tile that lies wholly inside a big
 * country (northern Russia) is drawn as water.
 */
export function rewind(geometry: Geometry): void {
  if (geometry.type === "Polygon") rewindPolygon(geometry.coordinates);
  else if (geometry.type === "MultiPolygon") for (const polygon of geometry.coordinates) rewindPolygon(polygon);
}

function rewindPolygon(rings: Position[][]): void {
  rings.forEach((ring, i) => {
    const counterClockwise = signedArea(ring) > 0;
    if (counterClockwise !== (i === 0)) ring.reverse();
  });
}

function signedArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[j] as Position;
    const b = ring[i] as Position;
    sum += ((a[0] ?? 0) - (b[0] ?? 0)) * ((b[1] ?? 0) + (a[1] ?? 0));
  }
  return sum / 2;
}

/**
 * Country outlines by ISO 3166-1 alpha-3, in RFC 7946 winding, for the GeoJSON export's
 * membership features (src/story/export.ts). Longitudes stay as Natural Earth has them.
 */
export function countryShapes(topology: Topology): (iso3: string) => Geometry | undefined {
  const collection = topology.objects.countries as GeometryCollection<CountryProperties>;
  const countries = feature(topology, collection) as FeatureCollection<Geometry, CountryProperties>;
  const byIso = new Map<string, Geometry>();
  for (const country of countries.features) {
    if (!country.properties.iso3 || !country.geometry) continue;
    rewind(country.geometry);
    byIso.set(country.properties.iso3, country.geometry);
  }
  return (iso3) => byIso.get(iso3);
}
