import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, extname, join } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "vite";
import bareConfig from "../bench/vite.config";

/**
 * Weight: builds the app (the project's vite.config.ts) and the bare reference page, then weighs
 * the app's files gzipped (zlib's default level, as a static server would send them).
 */
export interface FileWeight {
  file: string;
  raw: number;
  gzip: number;
}

export interface Weight {
  /** dist/assets/*.js minus maplibre and the story data: the code we write and the libraries we chose. */
  appJs: FileWeight[];
  maplibre: FileWeight[];
  css: FileWeight[];
  basemap: FileWeight;
  /** The chunks that hold the stories checked at build time (story-<slug>-<hash>.js). */
  storyData: FileWeight[];
}

export async function buildApp(root: string): Promise<void> {
  await build({ root, logLevel: "warn" });
}

export async function buildBare(): Promise<void> {
  await build(bareConfig);
}

export function weigh(root: string, dist = join(root, "dist")): Weight {
  const assets = join(dist, "assets");
  const files = readdirSync(assets).sort();
  const storyNames = storyDataNames(join(root, "data/stories"));
  const isMaplibre = (f: string) => /^maplibre-/.test(f) && /\.m?js$/.test(f);
  // Vite names a ?raw chunk after its file (story-<hash>.js, 000_<id>-<hash>.js); the size check
  // keeps an app module that happens to share a name out of the story data.
  const isStoryData = (f: string) => {
    const name = f.replace(/-[\w-]{8}\.js$/, "");
    const source = storyNames.get(name);
    return source !== undefined && statSync(join(assets, f)).size <= source * 1.3 + 200;
  };
  const js = files.filter((f) => extname(f) === ".js" || extname(f) === ".mjs");
  return {
    appJs: js.filter((f) => !isMaplibre(f) && !isStoryData(f)).map((f) => fileWeight(join(assets, f))),
    maplibre: js.filter(isMaplibre).map((f) => fileWeight(join(assets, f))),
    css: files.filter((f) => extname(f) === ".css").map((f) => fileWeight(join(assets, f))),
    basemap: fileWeight(join(root, "public/basemap/countries.topo.json")),
    storyData: js.filter((f) => !isMaplibre(f) && isStoryData(f)).map((f) => fileWeight(join(assets, f))),
  };
}

/** Basename (without extension) → size of every file in data/stories/<slug>/. */
function storyDataNames(storiesDir: string): Map<string, number> {
  const names = new Map<string, number>();
  for (const slug of readdirSync(storiesDir)) {
    const folder = join(storiesDir, slug);
    if (!statSync(folder).isDirectory()) continue;
    // The story as checked at build time (scripts/vite_checked_stories.ts): story-<slug>-<hash>.js.
    names.set(`story-${slug}`, statSync(join(folder, "story.json")).size);
    for (const file of readdirSync(folder)) {
      const size = statSync(join(folder, file)).size;
      names.set(basename(file, extname(file)), Math.max(size, names.get(basename(file, extname(file))) ?? 0));
    }
  }
  return names;
}

export function fileWeight(path: string): FileWeight {
  const bytes = readFileSync(path);
  return { file: path, raw: bytes.length, gzip: gzipSync(bytes).length };
}

export function sum(weights: readonly { raw: number; gzip: number }[], key: "raw" | "gzip" = "gzip"): number {
  return weights.reduce((total, w) => total + w[key], 0);
}
