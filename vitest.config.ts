import { defineConfig } from "vitest/config";
import { checkedStories } from "./scripts/vite_checked_stories";

export default defineConfig({
  // Modules that import the stories checked at build time (src/story/catalog.ts) work in tests too.
  plugins: [checkedStories()],
  test: {
    include: ["tests/unit/**/*.test.ts"],
    environment: "node",
    env: { TZ: "UTC" },
  },
});
