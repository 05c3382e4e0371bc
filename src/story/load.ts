import type * as z from "zod/mini";
import { checkStory, checkStoryInOrder } from "./check";
import { type EventOrder, eventOrderOf } from "./display_order";
import { capped, formatPath, StoryError, type StoryProblem } from "./errors";
import { findJsonSyntaxError, lineAndColumn } from "./json_syntax";
import { articleLimitProblems, fileLimitProblems, sizeLimitProblems } from "./limits";
import { type Story, zStory } from "./schema";

/**
 * A story with its events' display order (display_order.ts), or what is wrong. `missing`: there
 * is no such story (an unknown `?story=` slug or no story.json at its place), which a reader
 * cannot correct: the page says so instead of asking for corrections.
 */
export type LoadResult =
  | { ok: true; story: Story; order: EventOrder }
  | { ok: false; problems: StoryProblem[]; missing?: boolean };

/**
 * Parses a story file's text: JSON (with line and column on a syntax error), then the schema,
 * then the cross-checks of check.ts. Every problem is reported at once, each with the file and
 * the JSON path. `articles` (file name → full text) enables the verbatim-quote check.
 */
export function parseStory(fileText: string, file: string, articles?: ReadonlyMap<string, string>): LoadResult {
  const result = parseUncapped(fileText, file, articles);
  if (result.ok) return result;
  return {
    ok: false,
    problems: result.problems.map((p) => ({ file: p.file, path: capped(p.path), message: capped(p.message) })),
  };
}

function parseUncapped(fileText: string, file: string, articles?: ReadonlyMap<string, string>): LoadResult {
  // Editors on Windows may save a byte order mark, which JSON.parse rejects.
  const text = fileText.replace(/^\uFEFF/, "");
  const tooLarge = [...fileLimitProblems(text, file), ...articleLimitProblems(articles, file)];
  if (tooLarge.length > 0) return { ok: false, problems: tooLarge };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [{ file, path: "", message: describeJsonError(error, text) }] };
  }
  const tooMany = sizeLimitProblems(json, file);
  if (tooMany.length > 0) return { ok: false, problems: tooMany };
  const parsed = zStory.safeParse(json);
  if (!parsed.success) {
    const problems = zodProblems(parsed.error, file);
    return { ok: false, problems: [...problems, ...bestEffortChecks(json, articles, problems, file)] };
  }
  const { findings, order } = checkStoryInOrder(parsed.data, articles);
  if (findings.length > 0) return { ok: false, problems: findings.map(([path, message]) => ({ file, path, message })) };
  // The order checks ordered the events as the index does (check_order.ts): hand that order on.
  return { ok: true, story: parsed.data, order: eventOrderOf(order) };
}

/** Like parseStory, throwing a StoryError (and nothing else) when the story is not valid. */
export function loadStory(text: string, file: string, articles?: ReadonlyMap<string, string>): Story {
  let result: LoadResult;
  try {
    result = parseStory(text, file, articles);
  } catch (error) {
    // A bug or an exotic input (e.g. a stack overflow on absurd nesting) still becomes our error.
    throw new StoryError([{ file, path: "", message: `could not be read: ${String(error)}` }]);
  }
  if (!result.ok) throw new StoryError(result.problems);
  return result.story;
}

/**
 * The cross-checks, run on a file the schema rejected, so an editor sees every problem at once
 * (a bad date and an unknown place), not one round at a time. Findings inside a part the
 * schema already rejected are left out; a shape too broken to check yields none.
 */
function bestEffortChecks(
  json: unknown,
  articles: ReadonlyMap<string, string> | undefined,
  problems: readonly StoryProblem[],
  file: string,
): StoryProblem[] {
  if (typeof json !== "object" || json === null || Array.isArray(json)) return [];
  const overlaps = brokenParts(problems.map((p) => p.path));
  try {
    const story = { movements: [], organizations: [], relations: [], ...json } as unknown as Story;
    return checkStory(story, articles)
      .filter(([path]) => !overlaps(path))
      .map(([path, message]) => ({ file, path, message }));
  } catch {
    return [];
  }
}

/**
 * Whether a path lies inside a broken one or contains one (`events[3]` and `events[3].date`),
 * answered from two sets built once: linear in the paths' total length, where comparing every
 * finding with every problem froze the page on 5 000 bad references.
 */
export function brokenParts(broken: readonly string[]): (path: string) => boolean {
  const exact = new Set(broken);
  const ancestors = new Set<string>();
  for (const path of broken) for (const prefix of prefixes(path)) ancestors.add(prefix);
  return (path) =>
    exact.has("") ||
    (path === "" && exact.size > 0) ||
    ancestors.has(path) ||
    prefixes(path).some((prefix) => exact.has(prefix));
}

/** `events[3].date` → `events`, `events[3]`, `events[3].date`; very long paths only themselves. */
function prefixes(path: string): string[] {
  if (path.length > 1_000) return [path];
  const out: string[] = [];
  for (let i = 1; i < path.length; i++) if (path[i] === "." || path[i] === "[") out.push(path.slice(0, i));
  out.push(path);
  return out;
}

function zodProblems(error: z.core.$ZodError, file: string): StoryProblem[] {
  const problems: StoryProblem[] = [];
  const visit = (issues: readonly z.core.$ZodIssue[], prefix: readonly PropertyKey[]) => {
    for (const issue of issues) {
      const path = [...prefix, ...issue.path];
      if (issue.code === "invalid_union" && issue.errors.length > 0) {
        // Report the alternative that got furthest rather than "invalid input".
        const best = [...issue.errors].sort((a, b) => depth(b) - depth(a))[0] ?? [];
        visit(best, path);
        continue;
      }
      if (issue.code === "unrecognized_keys") {
        for (const key of issue.keys)
          problems.push({ file, path: formatPath([...path, key]), message: "unknown field" });
        continue;
      }
      problems.push({ file, path: formatPath(path), message: issue.message });
    }
  };
  visit(error.issues, []);
  return problems;
}

function depth(issues: readonly z.core.$ZodIssue[]): number {
  // No spread: a union can report thousands of issues, more than a call takes arguments.
  return issues.reduce((max, issue) => Math.max(max, issue.path.length), 0) - issues.length / 1000;
}

function describeJsonError(error: unknown, text: string): string {
  if (text.trim() === "") return "is empty (expected a JSON object)";
  const found = findJsonSyntaxError(text);
  if (!found) return `is not valid JSON: ${error instanceof Error ? error.message : String(error)}`;
  const { line, column } = lineAndColumn(text, found.offset);
  return `is not valid JSON: ${found.reason} at line ${line}, column ${column}`;
}
