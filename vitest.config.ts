import { defineConfig } from "vitest/config";
import { checkedStories } from "./scripts/vite_checked_stories";

export default defineConfig({
  // Modules that import the stories checked at build time (src/story/catalog.ts) work in tests too.
  plugins: [checkedStories()],
  test: {
    include: ["tests/unit/**/*.test.ts"],
    environment: "node",
    // The English strings are their own chunk in the app (src/i18n/t.ts): tests have both languages.
    setupFiles: ["tests/support/strings.ts"],
    env: { TZ: "UTC" },
  },
});
