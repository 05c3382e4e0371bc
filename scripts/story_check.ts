/**
 * `npm run story:check [-- <story-dir> ...]` — checks stories the way the app loads them and
 * prints every problem at once, one per line (file: JSON path: message), so an editor can fix
 * a whole file in one pass. Without arguments, checks every folder in data/stories.
 * Exit code 1 if any story has a problem.
 */
import { formatProblem } from "../src/story/errors";
import type { Story } from "../src/story/schema";
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
  ].join(", ");
}

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
    console.log(`${read.file}: ok — ${summary(read.result.story)}`);
  }
}
