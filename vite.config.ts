import { defineConfig, type Plugin } from "vite";
import { checkedStories } from "./scripts/vite_checked_stories";

/**
 * The Content-Security-Policy of the built app. Only the build gets it: the dev server injects
 * styles inline for hot reloading. MapLibre needs `blob:` for its worker and `data:`/`blob:`
 * images; nothing may load from another origin.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
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
    ],
  };
}

// Relative base, so a built copy works from any folder of any static server (offline classrooms).
export default defineConfig({
  base: "./",
  plugins: [contentSecurityPolicy(), checkedStories()],
  build: {
    target: "es2022",
    chunkSizeWarningLimit: 1200,
    rollupOptions: {
      output: {
        // One chunk for maplibre-gl, so the benchmark can weigh the app's own code apart from it.
        manualChunks: (id) => (id.includes("node_modules/maplibre-gl") ? "maplibre" : undefined),
      },
    },
  },
  server: { host: "127.0.0.1" },
  preview: { host: "127.0.0.1" },
});
