import workerSource from "maplibre-gl/dist/maplibre-gl-worker.mjs?raw";

/**
 * The classroom build's stand-in for asset_urls.ts (swapped in by vite.config.ts, mode
 * "single"): every file of public/ that the app reads (the basemap, the fonts) is inlined as a
 * data: URL, and MapLibre's worker runs from a blob, so the one HTML file opened from file://
 * needs no request the browser would block.
 */
const files = import.meta.glob<string>(["../../public/basemap/*.json", "../../public/fonts/*.woff2"], {
  query: "?url&inline",
  import: "default",
  eager: true,
});

/** The page's folder: the classroom file has nothing beside it that it reads. */
export function appFolder(): string {
  return new URL(".", document.baseURI).href;
}

/** `path` relative to public/, e.g. "fonts/noto-sans-latin-400-normal.woff2"; throws if not inlined. */
export function assetUrl(path: string): string {
  const url = files[`../../public/${path}`];
  if (url === undefined) throw new Error(`${path} is not part of the single-file build`);
  return url;
}

let worker: string | undefined;

/** A blob: URL of MapLibre's worker script, made once. */
export function mapWorkerUrl(): string {
  worker ??= URL.createObjectURL(new Blob([workerSource], { type: "text/javascript" }));
  return worker;
}
