import { type ConfigEnv, defineConfig, mergeConfig, type UserConfig } from "vite";
import reader from "./vite.config.js";

/**
 * The authoring page (author.html) is built in a second pass into the same dist/, so it shares
 * no chunk with the reader: the reader's files are byte for byte what they are without it.
 */
export default defineConfig((env: ConfigEnv) =>
  mergeConfig((reader as (env: ConfigEnv) => UserConfig)(env), {
    // The drafting worker (src/author/draft_worker.ts) loads the gazetteer as its own chunk.
    worker: { format: "es" },
    build: {
      emptyOutDir: false,
      rollupOptions: { input: { author: "author.html" }, output: { manualChunks: undefined } },
    },
  }),
);
