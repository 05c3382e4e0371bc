/**
 * `npm run draft -- --slug <slug> --published 2025-07 <article.txt>… [--published 2024 <other.txt>]`
 * drafts data/stories/<slug>/story.json from article texts and copies the articles beside it.
 * A `--published` applies to the articles after it. Every drafted item carries
 * `review: { status: "draft", … }`; run `npm run story:check` on the result. Messages about the
 * input go to stderr; exit code 1 when nothing could be drafted or an argument is wrong.
 * An existing story folder (one with a story.json or articles) is refused, since it may hold a
 * reviewed story; `--force` replaces it: its story.json and every *.txt article are removed
 * before the draft is written (other files stay), and the command says what it removed.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { type ArticleInput, draftStory } from "../src/draft/draft";
import { buildGazetteer, type GazetteerData } from "../src/draft/gazetteer";
import { isValidDate } from "../src/story/dates";
import { STORIES_DIR } from "./story_folder";

const USAGE =
  "usage: npm run draft -- --slug <slug> [--out <dir>] [--force] --published <YYYY[-MM[-DD]]> <article.txt>…";

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const args = process.argv.slice(2);
let slugArg: string | undefined;
let out: string | undefined;
let published: string | undefined;
let force = false;
const files: { path: string; published: string }[] = [];
for (let i = 0; i < args.length; i++) {
  const arg = args[i] ?? "";
  if (arg === "--slug") slugArg = args[++i];
  else if (arg === "--out") out = args[++i];
  else if (arg === "--force") force = true;
  else if (arg === "--published") {
    published = args[++i];
    if (!published || !isValidDate(published))
      fail(`--published "${published ?? ""}": expected YYYY, YYYY-MM or YYYY-MM-DD`);
  } else if (arg.startsWith("--")) fail(`unknown option ${arg}\n${USAGE}`);
  else {
    if (!published) fail(`${arg}: give its publication date with --published before it\n${USAGE}`);
    files.push({ path: arg, published });
  }
}
if (!slugArg || !/^[a-z0-9][a-z0-9-]*$/.test(slugArg)) fail(`--slug: lowercase letters, digits and dashes\n${USAGE}`);
if (files.length === 0) fail(`no article files given\n${USAGE}`);

const folder = out ?? join(STORIES_DIR, slugArg);
/** The files of a story in `folder` that a draft would replace: story.json and the articles. */
function storyFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((name) => name === "story.json" || name.endsWith(".txt"));
}
const existing = storyFiles(folder);
if (existing.length > 0 && !force) {
  fail(
    `${folder} already holds a story (${existing.join(", ")}); it may be reviewed work. ` +
      "Choose another --slug or --out, or add --force to replace its story.json and articles.",
  );
}
const used = new Set<string>();
const articles: ArticleInput[] = files.map(({ path, published: date }) => {
  if (!existsSync(path)) fail(`${path}: no such file`);
  let name = basename(path).replace(/[^\w.-]+/g, "_");
  if (!name.endsWith(".txt")) name += ".txt";
  while (used.has(name)) name = `_${name}`;
  used.add(name);
  return { file: name, text: readFileSync(path, "utf8"), published: date };
});

// In Node the JSON is read directly: faster than importing it as a module.
const gazetteer = buildGazetteer(
  JSON.parse(readFileSync(new URL("../src/draft/gazetteer.json", import.meta.url), "utf8")) as GazetteerData,
);
const { story, messages, texts } = draftStory(articles, gazetteer);
for (const message of messages) console.error(message);
if (story.events.length === 0) fail("nothing drafted: no article had a sentence with a date and a place");

if (existing.length > 0) {
  for (const name of existing) rmSync(join(folder, name));
  console.error(`--force: replaced the story in ${folder} (removed ${existing.join(", ")})`);
}
mkdirSync(folder, { recursive: true });
// The texts as drafted: a long article is kept only up to its cut, so that its quotes and
// story:check's article size limit agree.
for (const s of story.sources) {
  const text = texts.get(s.file);
  if (text !== undefined) writeFileSync(join(folder, s.file), text);
}
writeFileSync(join(folder, "story.json"), `${JSON.stringify(story, null, 2)}\n`);
console.log(
  `${join(folder, "story.json")}: ${story.events.length} draft events, ${story.places.length} places from ${story.sources.length} articles; review them, then npm run story:check`,
);
