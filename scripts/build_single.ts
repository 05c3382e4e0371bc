import { readdirSync } from "node:fs";
import { build } from "vite";

/**
 * The classroom copies: after `vite build`, one self-contained HTML file per story in
 * data/stories, `dist/zeitkarte-<slug>.html` (vite.config.ts, mode "single"). A teacher
 * double-clicks it; it needs no server and no network.
 */
const slugs = readdirSync("data/stories", { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();
for (const slug of slugs) {
  process.env.ZEITKARTE_STORY = slug;
  await build({ mode: "single", logLevel: "warn" });
}
