import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { defineConfig, type Plugin, type UserConfig } from "vite";
import { singleFile } from "./scripts/single_file_plugin";
import { checkedStories } from "./scripts/vite_checked_stories";
import { assetBoot } from "./src/boot/asset_boot";
import { BOOT_STRINGS } from "./src/i18n/boot_strings";

/**
 * The built index.html's one inline script (src/boot/asset_boot.ts): finds the app's files from
 * an unexpected deep path, or names the files that failed. Allowed by its hash in the CSP.
 */
export const BOOT_SCRIPT = `(${assetBoot.toString()})(${JSON.stringify(BOOT_STRINGS)});`;

/**
 * The Content-Security-Policy of the built app. Only the build gets it: the dev server injects
 * styles inline for hot reloading. MapLibre needs `blob:` for its worker and `data:`/`blob:`
 * images; nothing may load from another origin; the only inline script is BOOT_SCRIPT.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  `script-src 'self' 'sha256-${createHash("sha256").update(BOOT_SCRIPT).digest("base64")}'`,
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self' data: blob:",
  "worker-src 'self' blob:",
  "child-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join("; ");

function contentSecurityPolicy(): Plugin {
  return {
    name: "zeitkarte-csp",
    apply: "build",
    transformIndexHtml: () => [
      {
        tag: "meta",
        attrs: { "http-equiv": "Content-Security-Policy", content: CONTENT_SECURITY_POLICY },
        injectTo: "head-prepend",
      },
      // Before the stylesheet and the entry module, so it hears their errors.
      { tag: "script", children: BOOT_SCRIPT, injectTo: "head-prepend" },
    ],
  };
}

/**
 * Ships pym.js (npm package `pym.js`, MIT) beside index.html with its license, so the embed code
 * for resizing hosts (src/share/embed_code.ts) loads it from the app's own server.
 */
function pymBesideApp(): Plugin {
  return {
    name: "zeitkarte-pym",
    apply: "build",
    generateBundle() {
      const file = (path: string) =>
        readFileSync(fileURLToPath(new URL(`./node_modules/pym.js/${path}`, import.meta.url)));
      this.emitFile({ type: "asset", fileName: "pym.v1.min.js", source: file("dist/pym.v1.min.js") });
      this.emitFile({ type: "asset", fileName: "LICENSE-pym.txt", source: file("LICENSE") });
    },
  };
}

/**
 * Starts the basemap download (the largest file after maplibre-gl) while the scripts are still
 * loading, instead of once main.ts runs; `basemapTopology()` (src/app/map_mount.ts) then gets the
 * preloaded response. Not in the classroom file, which inlines the basemap.
 */
function preloadBasemap(): Plugin {
  return {
    name: "zeitkarte-preload-basemap",
    apply: "build",
    transformIndexHtml: () => [
      {
        tag: "link",
        attrs: { rel: "preload", href: "basemap/countries.topo.json", as: "fetch", crossorigin: "anonymous" },
        injectTo: "head",
      },
    ],
  };
}

const shared: UserConfig = {
  base: "./",
  server: { host: "127.0.0.1" },
  preview: { host: "127.0.0.1" },
};

/**
 * Mode "single" (scripts/build_single.ts): the classroom copy, one HTML file per story
 * (`dist/zeitkarte-<story>.html`, story from ZEITKARTE_STORY) with everything inlined.
 */
function singleFileConfig(): UserConfig {
  const story = process.env.ZEITKARTE_STORY ?? "caucasus";
  return {
    ...shared,
    define: { "import.meta.env.VITE_STORY": JSON.stringify(story) },
    resolve: {
      alias: [
        {
          find: /^(.*)\/assets\/asset_urls$/,
          replacement: fileURLToPath(new URL("./src/assets/asset_urls.single.ts", import.meta.url)),
        },
      ],
    },
    plugins: [checkedStories(), singleFile({ fileName: `zeitkarte-${story}.html`, publicDir: "public" })],
    build: {
      target: "es2022",
      emptyOutDir: false,
      assetsInlineLimit: () => true,
      cssCodeSplit: false,
      modulePreload: false,
      chunkSizeWarningLimit: 10_000,
      // Vite reads `inlineDynamicImports` (not yet `codeSplitting`) to drop its preload helper.
      rollupOptions: { output: { inlineDynamicImports: true } },
    },
  };
}

// Relative base, so a built copy works from any folder of any static server (offline classrooms).
export default defineConfig(({ mode }) =>
  mode === "single"
    ? singleFileConfig()
    : {
        ...shared,
        plugins: [contentSecurityPolicy(), checkedStories(), pymBesideApp(), preloadBasemap()],
        build: {
          target: "es2022",
          chunkSizeWarningLimit: 1200,
          // Terser packs the app's own code about 2 % tighter than the default minifier (1.2 KB gz
          // of the first load's 60 KB budget, measured on the index chunk).
          minify: "terser",
          // `pure_getters`: a property read has no side effect (−70 B gz of first load); a reflow
          // forced by reading one is written as a call (map_click.ts pointAtCard).
          terserOptions: { module: true, compress: { passes: 2, pure_getters: true } },
          // No modulepreload polyfill (0.3 KB gz of first load): a browser without
          // <link rel="modulepreload"> (Firefox before 115, Safari before 17) only fetches
          // maplibre-gl a moment later, when index.js asks for it.
          modulePreload: { polyfill: false },
          rollupOptions: {
            output: {
              // One chunk for maplibre-gl, so the benchmark can weigh the app's own code apart from it.
              // And one for the date and order helpers the app shares with its other pages (the
              // author's tool): follow_bound alone was a chunk of 55 bytes, 69 gzipped.
              manualChunks: (id) =>
                id.includes("node_modules/maplibre-gl")
                  ? "maplibre"
                  : /src\/story\/(dates|follow_bound)\.ts$/.test(id)
                    ? "dates"
                    : undefined,
            },
          },
        },
      },
);
