/**
 * `npm run story:check [-- <story-dir> ...]` — checks stories the way the app loads them and
 * prints every problem at once, one per line (file: JSON path: message), so an editor can fix
 * a whole file in one pass. Without arguments, checks every folder in data/stories.
 * Then each place's GeoNames id is compared with a GeoNames extract (geonames_extract.ts):
 * an id that names a place more than 10 km away, or in another country, is a problem; places
 * the extract cannot confirm (seas, regions, countries, no id) are listed on one note line.
 * Exit code 1 if any story has a problem.
 */
import { formatProblem } from "../src/story/errors";
import { checkGeonames, type Gazetteer } from "../src/story/geonames";
import type { Story } from "../src/story/schema";
import { loadGeonamesCities } from "./geonames_extract";
import { readStoryFolder, STORIES_DIR, storyFolders } from "./story_folder";

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

function summary(story: Story): string {
  return [
    count(story.events.length, "event"),
    count(story.movements.length, "movement"),
    count(story.organizations.length, "organization"),
    count(story.relations.length, "relation"),
    count(story.sources.length, "source"),
    "all quotes verbatim",
    "GeoNames ids checked",
  ].join(", ");
}

let gazetteer: Promise<Gazetteer> | undefined;

const args = process.argv.slice(2);
const folders = args.length > 0 ? args : storyFolders();
if (folders.length === 0) {
  console.error(`${STORIES_DIR}: no story folders found`);
  process.exitCode = 1;
}

for (const folder of folders) {
  const read = readStoryFolder(folder);
  if (!read.ok) {
    console.error(read.message);
    process.exitCode = 1;
  } else if (!read.result.ok) {
    for (const problem of read.result.problems) console.log(formatProblem(problem));
    process.exitCode = 1;
  } else {
    const story = read.result.story;
    gazetteer ??= loadGeonamesCities();
    const { findings, unchecked } = checkGeonames(story, await gazetteer);
    for (const [path, message] of findings) console.log(formatProblem({ file: read.file, path, message }));
    if (findings.length > 0) process.exitCode = 1;
    else console.log(`${read.file}: ok — ${summary(story)}`);
    if (unchecked.length > 0)
      console.log(
        `${read.file}: note: ${unchecked.length} places not checked against GeoNames: ${unchecked.join(", ")}`,
      );
  }
}
