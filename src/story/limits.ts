import type { StoryProblem } from "./errors";

/**
 * What one story may hold, so that loading, checking and drawing it stay fast and no input can
 * freeze the page: past a limit the loader reports which limit and by how much (an error panel
 * in the app, a message in `npm run story:check`), before any expensive work. The README's
 * "Limits" section states the same numbers.
 */
export const LIMITS = {
  /** story.json, in UTF-8 bytes. */
  fileBytes: 50_000_000,
  /** One article text, in UTF-8 bytes. */
  articleBytes: 5_000_000,
  /** Events in one story: at 100 000 every step still answers within a frame or two. */
  events: 100_000,
  /** Entries of every list together: places, sources, events, movements and their waypoints,
   * organizations, memberships, relations, and status changes. */
  items: 200_000,
} as const;

const number = (n: number) => n.toLocaleString("en-US");

/** UTF-8 length of a text, without encoding it. */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code < 0xdc00 && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** The file's size: a problem when story.json is larger than `LIMITS.fileBytes`. */
export function fileLimitProblems(text: string, file: string): StoryProblem[] {
  // Cheap bound first: a text of n UTF-16 units has at least n and at most 3n UTF-8 bytes.
  if (text.length * 3 <= LIMITS.fileBytes) return [];
  const bytes = utf8Bytes(text);
  if (bytes <= LIMITS.fileBytes) return [];
  return [
    {
      file,
      path: "",
      message: `is ${number(bytes)} bytes; a story file may have at most ${number(LIMITS.fileBytes)} bytes (see README, "Limits")`,
    },
  ];
}

/**
 * Articles larger than `LIMITS.articleBytes`, reported at the article's path beside the story's
 * `file` (`stories/alps/a.txt` for `stories/alps/story.json`: a bare `a.txt` left the newsroom
 * to guess which story's folder).
 */
export function articleLimitProblems(articles: ReadonlyMap<string, string> | undefined, file = ""): StoryProblem[] {
  const folder = file.slice(0, file.lastIndexOf("/") + 1);
  const problems: StoryProblem[] = [];
  for (const [name, text] of articles ?? []) {
    if (text.length * 3 <= LIMITS.articleBytes) continue;
    const bytes = utf8Bytes(text);
    if (bytes > LIMITS.articleBytes)
      problems.push({
        file: `${folder}${name}`,
        path: "",
        message: `is ${number(bytes)} bytes; an article may have at most ${number(LIMITS.articleBytes)} bytes (see README, "Limits")`,
      });
  }
  return problems;
}

/**
 * Counts of the parsed JSON (before the schema: a huge story must not cost a full validation to
 * be refused). Problems for more than `LIMITS.events` events or `LIMITS.items` entries in all.
 */
export function sizeLimitProblems(json: unknown, file: string): StoryProblem[] {
  const list = (value: unknown, key: string): unknown[] => {
    const inner = typeof value === "object" && value !== null ? (value as Record<string, unknown>)[key] : undefined;
    return Array.isArray(inner) ? inner : [];
  };
  const events = list(json, "events").length;
  let items = events + list(json, "places").length + list(json, "sources").length;
  for (const movement of list(json, "movements")) items += 1 + list(movement, "waypoints").length;
  for (const organization of list(json, "organizations")) {
    items += 1;
    for (const membership of list(organization, "memberships")) items += 1 + list(membership, "changes").length;
  }
  for (const relation of list(json, "relations")) items += 1 + list(relation, "changes").length;

  const problems: StoryProblem[] = [];
  if (events > LIMITS.events)
    problems.push({
      file,
      path: "events",
      message: `has ${number(events)} events; a story may have at most ${number(LIMITS.events)} (see README, "Limits")`,
    });
  if (items > LIMITS.items)
    problems.push({
      file,
      path: "",
      message: `has ${number(items)} entries in all; a story may have at most ${number(LIMITS.items)} (see README, "Limits")`,
    });
  return problems;
}
