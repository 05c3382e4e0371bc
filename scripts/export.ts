/**
 * `npm run --silent export -- --format geojson|csv [--story <slug>] [--lang de|en] [--dir <path>]`
 * writes a story as open data to stdout, using the same loader and export functions as the
 * app's download buttons. Only data goes to stdout; errors go to stderr with exit code 1.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import type { Topology } from "topojson-specification";
import { countryShapes } from "../src/map/basemap";
import { formatProblem } from "../src/story/errors";
import { type ExportLang, storyToCSV, storyToGeoJSON } from "../src/story/export";
import { readStoryFolder, STORIES_DIR } from "./story_folder";

const USAGE = "usage: npm run --silent export -- --format geojson|csv [--story <slug>] [--lang de|en] [--dir <path>]";

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function options() {
  try {
    return parseArgs({
      options: {
        format: { type: "string" },
        story: { type: "string", default: "caucasus" },
        lang: { type: "string", default: "de" },
        dir: { type: "string" },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    return fail(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  }
}

const { format, story: slug, lang, dir } = options();
if (format !== "geojson" && format !== "csv")
  fail(`unknown format ${JSON.stringify(format ?? "")}, expected geojson or csv\n${USAGE}`);
if (lang !== "de" && lang !== "en") fail(`unknown language ${JSON.stringify(lang)}, expected de or en`);
if (dir === undefined && !/^[a-z0-9][a-z0-9-]*$/.test(slug)) fail(`unknown story ${JSON.stringify(slug)}`);

const read = readStoryFolder(dir ?? join(STORIES_DIR, slug));
if (!read.ok) fail(dir === undefined ? `unknown story "${slug}" (${read.message})` : read.message);
if (!read.result.ok) fail(read.result.problems.map(formatProblem).join("\n"));

const story = read.result.story;
const output =
  format === "csv"
    ? storyToCSV(story, lang as ExportLang)
    : `${JSON.stringify(storyToGeoJSON(story, lang as ExportLang, basemapShapes()))}\n`;
process.stdout.write(output);

/** The app's basemap (public/basemap), so membership features carry their country's outline. */
function basemapShapes() {
  const file = new URL("../public/basemap/countries.topo.json", import.meta.url);
  return countryShapes(JSON.parse(readFileSync(file, "utf8")) as Topology);
}
