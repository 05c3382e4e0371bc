import workerFile from "maplibre-gl/dist/maplibre-gl-worker.mjs?url";

/**
 * The folder of the app's index.html, as an absolute URL ending in "/". In a build it is found
 * from this module's own URL (every chunk lives in `assets/`, one folder below index.html), so it
 * holds however the server maps the page's path (`/foo/bar?story=…` served as index.html; see
 * src/boot/asset_boot.ts); the dev server serves public/ beside the page.
 */
export function appFolder(): string {
  return import.meta.env.DEV ? new URL(".", document.baseURI).href : new URL("../", import.meta.url).href;
}

/**
 * Where the app's static files are: beside index.html (public/: basemap/, fonts/), relative to
 * the app's folder, so a built copy works from any folder of any static server. The classroom
 * build (vite.config.ts, mode "single") swaps this module for asset_urls.single.ts, which
 * inlines the same files as data: URLs because a page opened from file:// may fetch nothing.
 */
export function assetUrl(path: string): string {
  return new URL(path, appFolder()).href;
}

/** The URL of MapLibre's worker script (a file emitted by the build). */
export function mapWorkerUrl(): string {
  return new URL(workerFile, import.meta.url).href;
}
