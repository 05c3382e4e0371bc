import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { InlineConfig } from "vite";
import { parseStory } from "../src/story/load";

/**
 * Builds the benchmark's bare map page (bench/bare.html) into bench/dist-bare/, with the app's
 * public/ (basemap, fonts) beside it. Only the flagship's places and bounds are compiled in.
 */
const bench = dirname(fileURLToPath(import.meta.url));
const root = resolve(bench, "..");
const storyFile = "data/stories/caucasus/story.json";

function flagship() {
  const result = parseStory(readFileSync(resolve(root, storyFile), "utf8"), storyFile);
  if (!result.ok) throw new Error(`${storyFile}: ${result.problems.map((p) => `${p.path} ${p.message}`).join("; ")}`);
  return { places: result.story.places, bounds: result.story.meta.view.bounds };
}

const config: InlineConfig = {
  configFile: false,
  root: bench,
  base: "./",
  publicDir: resolve(root, "public"),
  logLevel: "warn",
  define: { __FLAGSHIP__: JSON.stringify(flagship()) },
  build: {
    target: "es2022",
    outDir: resolve(bench, "dist-bare"),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1200,
    rollupOptions: { input: resolve(bench, "bare.html") },
  },
};

export default config;
