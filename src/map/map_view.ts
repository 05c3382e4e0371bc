import { Map as MapLibreMap, setWorkerUrl } from "maplibre-gl";
import workerUrl from "maplibre-gl/dist/maplibre-gl-worker.mjs?url";
import "maplibre-gl/dist/maplibre-gl.css";
import type { StyleSpecification } from "@maplibre/maplibre-gl-style-spec";

/**
 * The only module that imports maplibre-gl. Everything else hands it plain data (a style from
 * style.ts, GeoJSON, global-state values) so the rest of the app tests without a browser.
 */
setWorkerUrl(new URL(workerUrl, import.meta.url).href);

export interface MapViewOptions {
  container: HTMLElement;
  style: StyleSpecification;
  /** [[west, south], [east, north]] to fit on load. */
  bounds: [[number, number], [number, number]];
  /** Called after every `idle`, e.g. to mark the DOM for tests and screenshots. */
  onIdle?: () => void;
}

export interface MapView {
  setGlobalState(name: string, value: unknown): void;
  /** Properties of the features drawn (and not hidden by collisions) in `layers`. */
  renderedProperties(layers: string[]): Record<string, unknown>[];
  resize(): void;
  destroy(): void;
}

/** False where the browser cannot give us a WebGL context (the text view still works). */
export function supportsWebGL(): boolean {
  try {
    const canvas = document.createElement("canvas");
    return Boolean(canvas.getContext("webgl2") ?? canvas.getContext("webgl"));
  } catch {
    return false;
  }
}

export function createMapView(options: MapViewOptions): MapView {
  const map = new MapLibreMap({
    container: options.container,
    style: options.style,
    bounds: options.bounds,
    fitBoundsOptions: { padding: 24 },
    attributionControl: { compact: true, customAttribution: "Natural Earth · Noto Sans" },
    // Keeps the last frame readable for PNG downloads and pixel checks.
    canvasContextAttributes: { preserveDrawingBuffer: true },
    fadeDuration: 150,
  });
  if (options.onIdle) map.on("idle", options.onIdle);
  return {
    setGlobalState: (name, value) => map.setGlobalStateProperty(name, value),
    renderedProperties: (layers) => map.queryRenderedFeatures({ layers }).map((feature) => feature.properties),
    resize: () => map.resize(),
    destroy: () => map.remove(),
  };
}
