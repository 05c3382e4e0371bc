/**
 * Writes the offline basemap, public/basemap/countries.topo.json, from Natural Earth 1:50m (the
 * world-atlas package), adding each country's ISO 3166-1 alpha-3 code so alliance fills can
 * address it. TopoJSON stays small (≈240 KB gzipped for the world); the app turns it into land,
 * borders and coastlines at start-up (src/map/basemap.ts). The output is committed, so the app
 * needs no network to draw the map; run `npm run basemap` when world-atlas changes.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import countries from "i18n-iso-countries";
import type { GeometryCollection, Topology } from "topojson-specification";

const require = createRequire(import.meta.url);
const topology = JSON.parse(readFileSync(require.resolve("world-atlas/countries-50m.json"), "utf8")) as Topology;
const collection = topology.objects.countries as GeometryCollection<{ name: string; iso3?: string }>;

/** Natural Earth shapes that have no ISO numeric code in world-atlas. */
const EXTRA_CODES: Record<string, string> = { Kosovo: "XKX", Somaliland: "SOL", "N. Cyprus": "CYN" };

for (const geometry of collection.geometries) {
  const numeric = typeof geometry.id === "string" ? geometry.id : undefined;
  const name = (geometry.properties as { name?: string } | undefined)?.name ?? "";
  const iso3 = (numeric && countries.numericToAlpha3(numeric)) || EXTRA_CODES[name] || "";
  geometry.properties = { name, iso3 };
}
delete topology.objects.land;

const dir = new URL("../public/basemap/", import.meta.url);
mkdirSync(dir, { recursive: true });
writeFileSync(new URL("countries.topo.json", dir), JSON.stringify(topology));
console.log(`basemap: ${collection.geometries.length} countries → public/basemap/countries.topo.json`);
