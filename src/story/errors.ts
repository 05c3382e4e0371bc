/** One problem in a story file, located the way an editor needs it: file, JSON path, message. */
export interface StoryProblem {
  file: string;
  /** e.g. `events[3].date`; empty for the whole file. */
  path: string;
  message: string;
}

/**
 * Keeps a message readable when it quotes a 10 MB string from a broken file: the middle goes,
 * so both the quoted start and the explanation at the end remain.
 */
export function capped(text: string, max = 300): string {
  if (text.length <= max) return text;
  const half = Math.floor((max - 1) / 2);
  return `${text.slice(0, pairSafe(text, half))}…${text.slice(pairSafe(text, text.length - half))}`;
}

/**
 * `at` (a UTF-16 offset into `text`), moved one back where it would split a surrogate pair (an
 * emoji, a rare CJK character), so a cut text never holds half a character.
 */
export function pairSafe(text: string, at: number): number {
  const before = text.charCodeAt(at - 1);
  const after = text.charCodeAt(at);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff ? at - 1 : at;
}

export function formatProblem(problem: StoryProblem): string {
  return problem.path ? `${problem.file}: ${problem.path}: ${problem.message}` : `${problem.file}: ${problem.message}`;
}

/** The only error the story loader throws. */
export class StoryError extends Error {
  readonly problems: readonly StoryProblem[];

  constructor(problems: readonly StoryProblem[]) {
    super(problems.map(formatProblem).join("\n"));
    this.name = "StoryError";
    this.problems = problems;
  }
}

/** `["events", 3, "date"]` → `events[3].date`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else if (typeof key === "string" && /^[A-Za-z_$][\w$]*$/.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}
