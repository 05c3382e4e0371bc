import workerFile from "maplibre-gl/dist/maplibre-gl-worker.mjs?url";

/**
 * Where the app's static files are: beside index.html (public/: basemap/, fonts/), relative to
 * the page's base, so a built copy works from any folder of any static server. The classroom
 * build (vite.config.ts, mode "single") swaps this module for asset_urls.single.ts, which
 * inlines the same files as data: URLs because a page opened from file:// may fetch nothing.
 */
export function assetUrl(path: string): string {
  return new URL(path, document.baseURI).href;
}

/** The URL of MapLibre's worker script (a file emitted by the build). */
export function mapWorkerUrl(): string {
  return new URL(workerFile, import.meta.url).href;
}
