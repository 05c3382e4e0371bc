import type { StoryProblem } from "../story/errors";
import type { StoryInput } from "../story/schema";
import type { Candidate } from "./work";

/** The page's strings: a key of src/i18n/author_{de,en}.ts with its `{name}` parameters filled. */
export type Words = (key: string, params?: Record<string, string | number>) => string;

/**
 * A story:check problem as the authoring page lists it, in the page's language: what it is
 * about (the candidate by its number in the list and its title, as the list names it; a
 * movement, alliance or relation by its name), the field, and the message, without file names
 * or JSON paths: "Kandidat 24 „Absturz bei Aktau“, Ende: „2024-11“ liegt vor dem Beginn
 * („2024-12“)." Event ids inside a message become candidate names too. A message the table
 * below does not know is kept as the checker wrote it, after a word in the page's language.
 * Pure; `words` gives the strings (keys `check_*`, `checkWhere_*`, `checkField_*`).
 */
export function checkLine(
  problem: StoryProblem,
  story: StoryInput,
  candidates: readonly Candidate[],
  lang: "de" | "en",
  words: Words,
): string {
  const eventName = (id: string): string => {
    const n = candidates.findIndex((c) => c.event.id === id);
    const candidate = candidates[n];
    return candidate ? words("authorCandidateLabel", { n: n + 1, title: candidate.event.title[lang] }) : `„${id}“`;
  };
  const where = whereOf(problem.path, story, lang, words, eventName);
  const field = fieldOf(problem.path, words);
  const message = messageOf(problem.message, words, eventName);
  const head = [where, field].filter(Boolean).join(", ");
  return head ? `${head}: ${message}` : message;
}

/** The problems' lines, each once, in the order of the first. */
export function uniqueLines(lines: readonly string[]): string[] {
  return [...new Set(lines)];
}

function whereOf(
  path: string,
  story: StoryInput,
  lang: "de" | "en",
  words: Words,
  eventName: (id: string) => string,
): string {
  const match = /^(\w+)\[(\d+)\](?:\.memberships\[(\d+)\])?/.exec(path);
  if (!match) return path.startsWith("meta") ? words("checkWhere_meta") : "";
  const [, list, index, member] = match;
  const i = Number(index);
  switch (list) {
    case "events": {
      const event = story.events[i];
      return event ? eventName(event.id) : "";
    }
    case "movements": {
      const movement = story.movements?.[i];
      return words("checkWhere_movement", { name: movement?.label[lang] ?? String(i + 1) });
    }
    case "organizations": {
      const org = story.organizations?.[i];
      const country = member === undefined ? undefined : org?.memberships?.[Number(member)]?.country;
      const name = org?.short[lang] ?? String(i + 1);
      return words("checkWhere_organization", { name: country ? `${name} (${country})` : name });
    }
    case "relations": {
      const relation = story.relations?.[i];
      return words("checkWhere_relation", { name: relation?.countries.join(" – ") ?? String(i + 1) });
    }
    case "sources":
      return words("checkWhere_source", { name: story.sources[i]?.file ?? String(i + 1) });
    case "places":
      return words("checkWhere_place", { name: story.places[i]?.name?.[lang] ?? String(i + 1) });
    default:
      return "";
  }
}

const FIELDS = new Set([
  "date",
  "end",
  "start",
  "places",
  "actors",
  "sources",
  "source",
  "quote",
  "after",
  "before",
  "title",
  "summary",
  "category",
  "waypoints",
  "changes",
  "country",
  "countries",
  "between",
  "id",
]);

/** The field named by the path's last key ("events[3].sources[0].quote" → the quote). */
function fieldOf(path: string, words: Words): string {
  const keys = path.replace(/\[\d+\]/g, "").split(".");
  const key = keys.at(-1) ?? "";
  if (keys.length < 2 || !FIELDS.has(key)) return "";
  return words(`checkField_${key}`);
}

/** The checker's messages (src/story/check.ts, check_order.ts, schema.ts) and their keys. */
const MESSAGES: readonly [RegExp, string, readonly string[]][] = [
  [/^"(.*)" ends before it starts \("(.*)"\)$/, "check_endBeforeStart", ["end", "start"]],
  [/^unknown place "(.*)"$/, "check_unknownPlace", ["id"]],
  [/^unknown event "(.*)"$/, "check_unknownEvent", ["event"]],
  [/^unknown article "(.*)"$/, "check_unknownArticle", ["id"]],
  [/^the text of article "(.*)" is missing/, "check_articleMissing", ["id"]],
  [/^quote not found verbatim in article "[^"]*": "(.*)"$/, "check_quoteNotFound", ["quote"]],
  [/^a change needs an event or a source quote$/, "check_changeNeedsSource", []],
  [/^only the first change may omit its date$/, "check_changeNeedsDate", []],
  [/^"(.*)" is earlier than the change before it$/, "check_changeEarlier", ["date"]],
  [/^duplicate id "(.*)"/, "check_duplicateId", ["id"]],
  [/^order constraints form a cycle: (.*) \(/, "check_cycle", ["events"]],
  [/^an event cannot be ordered against itself$/, "check_orderSelf", []],
  [
    /^cannot hold inside (.*): "(.*)" \((.*)\) is shown only after that period ends/,
    "check_afterCannotHold",
    ["date", "event", "eventDate"],
  ],
  [
    /^cannot hold inside (.*): this event is shown only after "(.*)" \((.*)\)'s period ends$/,
    "check_beforeCannotHold",
    ["date", "event", "eventDate"],
  ],
  [
    /^cannot hold inside (.*): "(.*)" \((.*)\) is shown only after the movement's dates end$/,
    "check_movementAfterCannotHold",
    ["date", "event", "eventDate"],
  ],
  [
    /^cannot hold: the movement starts \((.*)\) no earlier than "(.*)" \((.*)\)/,
    "check_movementBeforeCannotHold",
    ["date", "event", "eventDate"],
  ],
  [/^"(.*)" ends before its event "(.*)" \((.*)\) is shown/, "check_changeBeforeEvent", ["date", "event", "eventDate"]],
  [/^"(.*)" is (?:not a valid date|year 0)/, "check_badDate", ["value"]],
  [/^expected an ISO 3166-1 alpha-3 country code/, "check_badCountry", []],
  [/^must not be empty$/, "check_empty", []],
  [/^is longer than (\d+) characters$/, "check_tooLong", ["max"]],
  [/^an event needs at least one place$/, "check_needsPlace", []],
  [/^an event needs at least one source quote$|^a movement needs at least one source quote$/, "check_needsQuote", []],
  [/^a movement needs at least two waypoints$/, "check_needsWaypoints", []],
  [/^ids are lowercase letters/, "check_badId", []],
];

function messageOf(message: string, words: Words, eventName: (id: string) => string): string {
  for (const [pattern, key, names] of MESSAGES) {
    const match = pattern.exec(message);
    if (!match) continue;
    const params: Record<string, string> = {};
    names.forEach((name, i) => {
      const value = match[i + 1] ?? "";
      params[name] =
        name === "event" ? eventName(value) : name === "events" ? value.split(" → ").map(eventName).join(" → ") : value;
    });
    return words(key, params);
  }
  return words("check_other", { message });
}
