import { Map as MapLibreMap, setWorkerUrl } from "maplibre-gl";
import workerUrl from "maplibre-gl/dist/maplibre-gl-worker.mjs?url";
import "maplibre-gl/dist/maplibre-gl.css";
import type { Topology } from "topojson-specification";
import { basemapFromTopology } from "../src/map/basemap";
import { placeFeatures } from "../src/map/features";
import { buildStyle } from "../src/map/style";
import { LIGHT } from "../src/map/theme";
import type { Place } from "../src/story/schema";

/**
 * The benchmark's reference page: MapLibre with the app's basemap style, the flagship's places
 * and initial bounds, and nothing else — no story layers, timeline or panel. The map options that
 * cost rendering time are the app's (src/map/map_view.ts), so the ratio app/bare measures what
 * the app adds. `?w=&h=` sizes the map like the app's map container (pixels cost in SwiftShader).
 */

/** The flagship's places and bounds, read at build time by bench/vite.config.ts. */
declare const __FLAGSHIP__: { places: Place[]; bounds: [[number, number], [number, number]] };

/** What the benchmark drives on this page (window.__bare). */
export interface BareHook {
  /** Pans back and forth with chained easeTo calls until stopPanning(). */
  startPanning(): void;
  stopPanning(): void;
}

setWorkerUrl(new URL(workerUrl, import.meta.url).href);

async function main(container: HTMLElement): Promise<void> {
  const query = new URLSearchParams(window.location.search);
  const width = Number(query.get("w"));
  const height = Number(query.get("h"));
  if (width > 0 && height > 0) Object.assign(container.style, { width: `${width}px`, height: `${height}px` });

  const response = await fetch(new URL("basemap/countries.topo.json", document.baseURI));
  const basemap = basemapFromTopology((await response.json()) as Topology);
  const map = new MapLibreMap({
    container,
    style: buildStyle({
      basemap,
      places: placeFeatures(__FLAGSHIP__.places),
      theme: LIGHT,
      assetUrl: (path) => new URL(path, document.baseURI).href,
      lang: "de",
    }),
    bounds: __FLAGSHIP__.bounds,
    fitBoundsOptions: { padding: 24 },
    attributionControl: { compact: true, customAttribution: "Natural Earth · Noto Sans" },
    canvasContextAttributes: { preserveDrawingBuffer: true },
    fadeDuration: 150,
  });
  map.once("idle", () => container.setAttribute("data-idle", "true"));
  // MapLibre's load: the first complete frame with the basemap (the bench's first-frame figure).
  map.once("load", () => container.setAttribute("data-loaded", "true"));

  let panning = false;
  let direction = 1;
  const home = map.getCenter();
  const pan = () => {
    if (!panning) return;
    direction = -direction;
    map.easeTo({ center: [home.lng + 12 * direction, home.lat], duration: 2000, easing: (x) => x });
  };
  map.on("moveend", pan);
  const hook: BareHook = {
    startPanning() {
      if (panning) return;
      panning = true;
      pan();
    },
    stopPanning() {
      panning = false;
      map.stop();
    },
  };
  Object.assign(window, { __bare: hook });
}

const container = document.getElementById("map");
if (container) void main(container);
