import { defineConfig } from "vitest/config";

// End-to-end tests: the built app (dist/) served on localhost, driven in Debian's Chromium.
export default defineConfig({
  test: {
    include: ["tests/e2e/**/*.e2e.ts"],
    globalSetup: ["tests/e2e/global_setup.ts"],
    environment: "node",
    env: { TZ: "UTC" },
    testTimeout: 90_000,
    hookTimeout: 90_000,
    // Two cores: one browser at a time keeps WebGL-in-software timings sane.
    fileParallelism: false,
    maxWorkers: 1,
    // Software WebGL on a shared CI machine can miss a frame; one retry on CI keeps a lone
    // hiccup from blocking a merge, and vitest still prints the retry so the flake gets fixed.
    retry: process.env.CI ? 1 : 0,
  },
});
