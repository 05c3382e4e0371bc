import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isValidDate, parseDate } from "../../../src/story/dates";
import { formatPath, StoryError, type StoryProblem } from "../../../src/story/errors";
import { type LoadResult, loadStory, parseStory } from "../../../src/story/load";
import { ARTICLES, tinyStoryInput } from "./tiny_story";

/**
 * Broken stories by the thousand: valid small stories (the tiny unit-test story and the alps
 * fixture) mutated at random — wrong types, missing and unknown fields, unknown references,
 * impossible dates, spans that end before they start, duplicate ids, huge strings, absurd
 * nesting, prototype keys, lone surrogates, 1e999 — and then the loader's promises checked:
 * parseStory never throws, loadStory throws nothing but StoryError, every problem names the
 * file, a JSON path (empty only for the whole file) and a message, and Object.prototype stays clean.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

interface Base {
  name: string;
  json: Json;
  articles: ReadonlyMap<string, string>;
}

const ALPS_DIR = "tests/fixtures/stories/alps";
const BASES: Base[] = [
  { name: "tiny", json: JSON.parse(JSON.stringify(tinyStoryInput())) as Json, articles: ARTICLES },
  {
    name: "alps",
    json: JSON.parse(readFileSync(`${ALPS_DIR}/story.json`, "utf8")) as Json,
    articles: new Map([["grimsel.txt", readFileSync(`${ALPS_DIR}/grimsel.txt`, "utf8")]]),
  },
];

// Values JSON.stringify cannot write are planted as marker strings and spliced into the text.
const NUMBER = (text: string) => `\u0000num:${text}`;
const NESTED = (depth: number) => `\u0000nest:${depth}`;
const UNCLOSED = (depth: number) => `\u0000open:${depth}`;

function serialize(doc: Json, indent: number): string {
  return JSON.stringify(doc, null, indent)
    .replace(/"\\u0000num:([^"]*)"/g, "$1")
    .replace(/"\\u0000nest:(\d+)"/g, (_, n: string) => "[".repeat(Number(n)) + "]".repeat(Number(n)))
    .replace(/"\\u0000open:(\d+)"/g, (_, n: string) => "[".repeat(Number(n)));
}

/** A deep copy that keeps own `__proto__` keys as data (JSON.parse defines them, never assigns). */
const clone = (doc: Json): Json => JSON.parse(JSON.stringify(doc)) as Json;

const isObject = (value: Json | undefined): value is { [key: string]: Json } =>
  typeof value === "object" && value !== null && !Array.isArray(value);

interface Node {
  path: Path;
  value: Json;
}

function nodes(value: Json, path: Path = [], out: Node[] = []): Node[] {
  out.push({ path, value });
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) nodes(item, [...path, i], out);
  } else if (isObject(value)) for (const [key, item] of Object.entries(value)) nodes(item, [...path, key], out);
  return out;
}

function parentOf(root: Json, path: Path): Json | undefined {
  let node: Json | undefined = root;
  for (const key of path.slice(0, -1)) {
    if (Array.isArray(node) && typeof key === "number") node = node[key];
    else if (isObject(node) && typeof key === "string" && Object.hasOwn(node, key)) node = node[key];
    else return undefined;
  }
  return node;
}

/** Defines (never assigns) `key`, so `__proto__` becomes an own key as in parsed JSON. */
function define(target: { [key: string]: Json }, key: string, value: Json): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function setAt(root: Json, path: Path, value: Json): Json {
  if (path.length === 0) return value;
  const parent = parentOf(root, path);
  const key = path.at(-1);
  if (Array.isArray(parent) && typeof key === "number") parent[key] = value;
  else if (isObject(parent) && typeof key === "string") define(parent, key, value);
  return root;
}

function deleteAt(root: Json, path: Path): Json {
  const parent = parentOf(root, path);
  const key = path.at(-1);
  if (Array.isArray(parent) && typeof key === "number") parent.splice(key, 1);
  else if (isObject(parent) && typeof key === "string") delete parent[key];
  return root;
}

// ---- hostile values --------------------------------------------------------------------------

const PROTO_KEYS = ["__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "valueOf"] as const;
const pollutingObject = (): Json =>
  JSON.parse('{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}') as Json;

const BAD_DATES = [
  "2024-02-30",
  "2023-02-29",
  "24-12",
  "2024-13",
  "2024-00",
  "2024-12-32",
  "2024-1-5",
  "2024/12/25",
  "2024-12-25T00:00:00Z",
  "20245",
  " 2024",
  "",
  "Dezember 2024",
];

const hostileString = fc.oneof(
  fc.constantFrom(
    "",
    " ",
    "\t\n",
    ...BAD_DATES,
    "0000",
    "9999-12-31",
    "javascript:alert(1)",
    "https://example.org/x",
    "data:text/html,<script>alert(1)</script>",
    '<img src=x onerror="window.__pwned=1">',
    ...PROTO_KEYS,
    "\uD800",
    "a\uDC00b",
    "\uDBFF\uDFFF",
    "\u0000",
    "\uFEFF",
    "aktau",
    "crash",
    "atlantis",
    "AZE",
    "XXX",
  ),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.integer({ min: 4990, max: 60_000 }).map((n) => "x".repeat(n)),
);

/** Hostile values that still serialize to valid JSON. */
const hostileJsonValue: fc.Arbitrary<Json> = fc.oneof(
  hostileString,
  fc.constantFrom<Json>(null, true, false, 0, -1, 0.5, 2 ** 53, 1e308, -1e308, [], {}, [[]], [null], { x: 1 }),
  fc.constantFrom("1e999", "-1e999", "1e309", "-0", "1e-400", "123456789012345678901234567890").map(NUMBER),
  fc.constantFrom(10, 1000, 100_000).map(NESTED),
  fc.constant(null).map(pollutingObject),
  fc.integer(),
  fc.double(),
  fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>,
);

/** …and some that break the JSON: brackets opened 100 000 deep and never closed. */
const hostileValue: fc.Arbitrary<Json> = fc.oneof(
  { weight: 10, arbitrary: hostileJsonValue },
  fc.constantFrom(10, 100_000).map(UNCLOSED),
);

const hostileKey = fc.oneof(
  fc.constantFrom(...PROTO_KEYS, "", "extra", "Id", "__defineGetter__", "$schema", "id", "AZE"),
  fc.string({ maxLength: 12 }),
);

type Mutation =
  | { kind: "replace"; at: number; value: Json }
  | { kind: "delete"; at: number }
  | { kind: "add"; at: number; key: string; value: Json }
  | { kind: "duplicate"; at: number; to: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("replace" as const), at: fc.nat(), value: hostileValue }),
  fc.record({ kind: fc.constant("delete" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("add" as const), at: fc.nat(), key: hostileKey, value: hostileValue }),
  fc.record({ kind: fc.constant("duplicate" as const), at: fc.nat(), to: fc.nat() }),
);

function mutate(doc: Json, m: Mutation): Json {
  const all = nodes(doc);
  const node = all[m.at % all.length] as Node;
  switch (m.kind) {
    case "replace":
      return setAt(doc, node.path, m.value);
    case "delete":
      return deleteAt(doc, node.path);
    case "add":
      if (Array.isArray(node.value)) node.value.push(m.value);
      else if (isObject(node.value)) define(node.value, m.key, m.value);
      return doc;
    case "duplicate": {
      const parent = parentOf(doc, node.path);
      if (Array.isArray(parent)) parent.splice(m.to % (parent.length + 1), 0, clone(node.value));
      return doc;
    }
  }
}

/** Damage to the text itself: truncation, stray characters, raw lone surrogates, deep brackets. */
type TextDamage = { kind: "none" } | { kind: "truncate"; at: number } | { kind: "insert"; at: number; text: string };

const textDamage: fc.Arbitrary<TextDamage> = fc.oneof(
  { weight: 4, arbitrary: fc.constant({ kind: "none" as const }) },
  fc.record({ kind: fc.constant("truncate" as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant("insert" as const),
    at: fc.nat(),
    text: fc.oneof(
      fc.constantFrom(",", "}", "]", '"', "\\", "'", "\uD800", "\uDC00", "\u0000", "\uFEFF", "NaN", "Infinity"),
      fc.constantFrom("-Infinity", "undefined", "//x\n", "/*", "1e999", "\\ud800", '"__proto__":1,'),
      fc.constantFrom("[".repeat(100_000), "{".repeat(50_000), '{"a":'.repeat(20_000)),
      fc.string({ unit: "binary", maxLength: 8 }),
    ),
  }),
);

function damage(text: string, d: TextDamage): string {
  if (d.kind === "none") return text;
  const at = d.at % (text.length + 1);
  if (d.kind === "truncate") return text.slice(0, at);
  return text.slice(0, at) + d.text + text.slice(at);
}

// ---- the promises --------------------------------------------------------------------------

const prototypeNames = Object.getOwnPropertyNames(Object.prototype).sort();

function expectPrototypesClean(): void {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeNames);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(([] as unknown as Record<string, unknown>).polluted).toBeUndefined();
}

/** The whole file is at fault: broken JSON, or JSON that is not an object at all. */
function isFileLevel(problem: StoryProblem, text: string): boolean {
  if (/^(is not valid JSON|is empty|could not be read)/.test(problem.message)) return true;
  try {
    const root = JSON.parse(text.replace(/^\uFEFF/, "")) as unknown;
    return typeof root !== "object" || root === null || Array.isArray(root);
  } catch {
    return false;
  }
}

/** Runs parseStory and loadStory on `text` and checks what both promise; returns parseStory's result. */
function checkLoader(text: string, file: string, articles?: ReadonlyMap<string, string>): LoadResult {
  const result = parseStory(text, file, articles);
  if (!result.ok) {
    expect(result.problems.length).toBeGreaterThan(0);
    for (const problem of result.problems) {
      expect(problem.file).toBe(file);
      expect(typeof problem.path).toBe("string");
      expect(typeof problem.message).toBe("string");
      expect(problem.message.trim()).not.toBe("");
      if (problem.path === "") expect(isFileLevel(problem, text), problem.message.slice(0, 200)).toBe(true);
    }
  }
  let thrown: unknown;
  try {
    loadStory(text, file, articles);
  } catch (error) {
    thrown = error;
  }
  if (result.ok) expect(thrown).toBeUndefined();
  else {
    expect(thrown).toBeInstanceOf(StoryError);
    expect((thrown as StoryError).problems).toEqual(result.problems);
  }
  expectPrototypesClean();
  return result;
}

function problemsOf(result: LoadResult): StoryProblem[] {
  return result.ok ? [] : result.problems;
}

const base = fc.constantFrom(...BASES);
const file = fc.oneof(fc.constantFrom("story.json", "stories/x/story.json", "data/stories/ü/story.json"), fc.string());

/** A node of the base story chosen by `pick` among those whose formatted path matches `pattern`. */
function nodesMatching(b: Base, pattern: RegExp): Node[] {
  return nodes(b.json).filter((n) => n.path.length > 0 && pattern.test(formatPath(n.path)));
}

function pickNode(pattern: RegExp) {
  return fc
    .tuple(base, fc.nat())
    .map(([b, i]) => {
      const candidates = nodesMatching(b, pattern);
      return { b, node: candidates[i % candidates.length] };
    })
    .filter((x): x is { b: Base; node: Node } => x.node !== undefined);
}

function parseEdited(b: Base, edit: (doc: Json) => Json): LoadResult {
  return checkLoader(serialize(edit(clone(b.json)), 2), "story.json", b.articles);
}

function expectProblemAt(result: LoadResult, path: string, message: RegExp | string): void {
  const at = problemsOf(result).filter((p) => p.path === path);
  expect(at.map((p) => p.message).join(" | "), `no problem at ${path}`).toMatch(message);
}

// ---- the tests -------------------------------------------------------------------------------

describe("parseStory(text, file, articles) of mutated stories (fuzz)", () => {
  it("parseStory(text) accepts both bases unchanged", () => {
    for (const b of BASES) expect(problemsOf(checkLoader(serialize(b.json, 2), "story.json", b.articles))).toEqual([]);
  });

  it("parseStory(text) never throws and loadStory(text) throws only StoryError, for any mix of mutations", () => {
    fc.assert(
      fc.property(
        base,
        fc.array(mutation, { minLength: 1, maxLength: 4 }),
        textDamage,
        file,
        fc.constantFrom<"base" | "none" | "empty" | "hostile">("base", "none", "empty", "hostile"),
        fc.constantFrom(0, 2),
        (b, mutations, textDamageChoice, fileName, articleChoice, indent) => {
          const doc = mutations.reduce(mutate, clone(b.json));
          const text = damage(serialize(doc, indent), textDamageChoice);
          const articles = {
            base: b.articles,
            none: undefined,
            empty: new Map<string, string>(),
            hostile: new Map([...b.articles.keys()].map((name) => [name, "\uD800<script>x</script>\u0000"])),
          }[articleChoice];
          checkLoader(text, fileName, articles);
        },
      ),
      { numRuns: 2000 },
    );
  }, 30_000);

  it("parseStory(text) reports an invalid date where it is, e.g. 2024-02-30 and 24-12", () => {
    const badDate = fc.oneof(
      fc.constantFrom(...BAD_DATES),
      fc.string({ maxLength: 12 }).filter((s) => !isValidDate(s)),
    );
    fc.assert(
      fc.property(pickNode(/\.(date|end|start|published|founded)$/), badDate, ({ b, node }, date) => {
        const result = parseEdited(b, (doc) => setAt(doc, node.path, date));
        expectProblemAt(result, formatPath(node.path), "is not a valid date (expected YYYY, YYYY-MM or YYYY-MM-DD)");
      }),
      { numRuns: 300 },
    );
  });

  it("parseStory(text) reports a value of the wrong JSON type where it is", () => {
    const kinds = ["null", "boolean", "number", "string", "array", "object"] as const;
    const kindOf = (v: Json) => (v === null ? "null" : Array.isArray(v) ? "array" : typeof v);
    const sample: Record<(typeof kinds)[number], Json> = {
      null: null,
      boolean: true,
      number: 7,
      string: "seven",
      array: ["seven"],
      object: { seven: 7 },
    };
    fc.assert(
      fc.property(pickNode(/./), fc.constantFrom(...kinds), ({ b, node }, kind) => {
        fc.pre(kindOf(node.value) !== kind);
        const result = parseEdited(b, (doc) => setAt(doc, node.path, sample[kind]));
        expect(result.ok).toBe(false);
        // Where text may also be `{ de, en }` (a source's title), an object is reported field by
        // field inside it ("sources[0].title.de": expected string).
        const path = formatPath(node.path);
        const inside = (p: string) => p === path || (kind === "object" && p.startsWith(`${path}.`));
        expect(problemsOf(result).some((p) => inside(p.path))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it("parseStory(text) reports a missing required field where it was", () => {
    const required =
      /^(version|meta|sources|places|events|meta\.(title|description|credit|window|view)|meta\.window\.(start|end)|meta\.view\.bounds|.*\.(de|en|id|title|publisher|published|publishedNote|file|name|lon|lat|kind|date|places|summary|category|sources|article|quote|label|start|waypoints|short|country|changes|status|countries|between))$/;
    fc.assert(
      fc.property(pickNode(required), ({ b, node }) => {
        fc.pre(typeof node.path.at(-1) === "string");
        // A place may leave out its country, the story its country names, a waypoint or change its
        // label and the first change its date.
        const OPTIONAL = /^places\[\d+\]\.country$|^meta\.countries$|\.label$|changes\[0\]\.date$/;
        fc.pre(!OPTIONAL.test(formatPath(node.path)));
        const result = parseEdited(b, (doc) => deleteAt(doc, node.path));
        expect(result.ok).toBe(false);
        const path = formatPath(node.path);
        const parent = formatPath(node.path.slice(0, -1));
        // Inside a waypoint (a union) the missing field may be reported as the other alternative's.
        expect(problemsOf(result).some((p) => p.path === path || (parent !== "" && p.path.startsWith(parent)))).toBe(
          true,
        );
      }),
      { numRuns: 300 },
    );
  });

  it("parseStory(text) reports unknown fields, also __proto__ and constructor, and pollutes nothing", () => {
    const key = fc.oneof(
      fc.constantFrom(...PROTO_KEYS, "__defineGetter__", "", "extra", "Id", "ID"),
      fc.string({ maxLength: 10 }).map((s) => `x-${s}`),
    );
    const objects = fc.tuple(base, fc.nat()).map(([b, i]) => {
      const candidates = nodes(b.json).filter((n) => isObject(n.value) && formatPath(n.path) !== "meta.countries");
      return { b, node: candidates[i % candidates.length] as Node };
    });
    fc.assert(
      fc.property(objects, key, hostileJsonValue, ({ b, node }, name, value) => {
        // Unclosed brackets make the whole file invalid JSON: then there are no fields to report.
        fc.pre(!JSON.stringify(value).includes("\\u0000open:"));
        const result = parseEdited(b, (doc) => {
          const target = node.path.length === 0 ? doc : (parentOf(doc, [...node.path, ""]) as Json);
          if (isObject(target)) define(target, name, value);
          return doc;
        });
        expectProblemAt(result, formatPath([...node.path, name]), "unknown field");
      }),
      { numRuns: 400 },
    );
  });

  it("parseStory(text) with __proto__ and constructor in every object reports each and pollutes nothing", () => {
    for (const b of BASES) {
      const doc = clone(b.json);
      const objects = nodes(doc).filter((n) => isObject(n.value));
      for (const { value } of objects) {
        if (!isObject(value)) continue;
        define(value, "__proto__", pollutingObject());
        define(value, "constructor", pollutingObject());
      }
      const result = checkLoader(serialize(doc, 0), "story.json", b.articles);
      const paths = problemsOf(result).map((p) => p.path);
      for (const { path } of objects) {
        if (formatPath(path) === "meta.countries") continue;
        expect(paths).toContain(formatPath([...path, "__proto__"]));
        expect(paths).toContain(formatPath([...path, "constructor"]));
      }
    }
  });

  it("parseStory(text) reports meta.countries keys that are no country code; zod drops a __proto__ key there", () => {
    for (const key of ["constructor", "prototype", "toString", "extra", "aze", ""]) {
      const result = parseEdited(nth0(), (doc) => {
        const countries = parentOf(doc, ["meta", "countries", "x"]);
        if (isObject(countries)) define(countries, key, { de: "x", en: "x" });
        return doc;
      });
      expectProblemAt(result, formatPath(["meta", "countries", key]), "Invalid key in record");
    }
    // zod's record skips an own "__proto__" key without an issue (so it can never become the
    // parsed object's prototype): accepted, dropped, nothing polluted.
    const result = parseEdited(nth0(), (doc) => {
      const countries = parentOf(doc, ["meta", "countries", "x"]);
      if (isObject(countries)) define(countries, "__proto__", pollutingObject());
      return doc;
    });
    expect(result.ok && Object.keys(result.story.meta.countries)).toEqual(["AZE", "RUS"]);
    expect(result.ok && Object.getPrototypeOf(result.story.meta.countries)).toBe(Object.prototype);
  });

  it("parseStory(text) reports a duplicate id at the later copy", () => {
    const collections = ["sources", "places", "events", "movements", "organizations", "relations"] as const;
    fc.assert(
      fc.property(base, fc.constantFrom(...collections), fc.nat(), fc.nat(), (b, name, i, j) => {
        const items = (b.json as Record<string, Json[]>)[name] ?? [];
        fc.pre(items.length > 0);
        const from = i % items.length;
        const to = j % (items.length + 1);
        const id = (items[from] as Record<string, Json>).id;
        const result = parseEdited(b, (doc) => {
          const list = (doc as Record<string, Json[]>)[name] as Json[];
          list.splice(to, 0, clone(list[from] as Json));
          return doc;
        });
        const later = to <= from ? from + 1 : to;
        expectProblemAt(result, `${name}[${later}].id`, `duplicate id "${id}"`);
      }),
      { numRuns: 300 },
    );
  });

  it("parseStory(text) reports an unknown reference to a place, event or article where it is", () => {
    const references =
      /^events\[\d+\]\.places\[\d+\]$|\.waypoints\[\d+\]\.place$|^movements\[\d+\]\.events\[\d+\]$|\.changes\[\d+\]\.event$|\.article$|^relations\[\d+\]\.between\[\d+\]$/;
    const unknownId = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/).map((id) => `zz-${id}`);
    fc.assert(
      fc.property(pickNode(references), unknownId, ({ b, node }, id) => {
        const result = parseEdited(b, (doc) => setAt(doc, node.path, id));
        expectProblemAt(result, formatPath(node.path), `unknown ${kindOfReference(node.path)} "${id}"`);
      }),
      { numRuns: 300 },
    );
  });

  it("parseStory(text) reports a span that ends before it starts", () => {
    const spans = /^events\[\d+\]$|^movements\[\d+\]$|^meta\.window$/;
    fc.assert(
      fc.property(
        pickNode(spans),
        fc.integer({ min: 1, max: 500 }),
        fc.constantFrom(4, 7, 10),
        ({ b, node }, years, length) => {
          const span = node.value as Record<string, Json>;
          const startText = String(span.date ?? span.start);
          const start = parseDate(startText);
          if (!start) throw new Error(`base has an invalid date ${startText}`);
          const end = `${String(start.year - years).padStart(4, "0")}-06-15`.slice(0, length);
          fc.pre(start.year - years >= 0);
          const result = parseEdited(b, (doc) => setAt(doc, [...node.path, "end"], end));
          expectProblemAt(result, formatPath([...node.path, "end"]), `"${end}" ends before it starts ("${startText}")`);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("parseStory(text) reports out-of-range and infinite coordinates (1e999) where they are", () => {
    const coordinates = /\.(lon|lat)$|^meta\.view\.bounds\[\d\]\[\d\]$/;
    const beyond = (limit: number) =>
      fc.oneof(
        fc.double({ min: limit, minExcluded: true, max: 1e308, noNaN: true }),
        fc.double({ min: -1e308, max: -limit, maxExcluded: true, noNaN: true }),
        fc.constantFrom(NUMBER("1e999"), NUMBER("-1e999"), NUMBER("1e309")),
      );
    fc.assert(
      fc.property(pickNode(coordinates), beyond(180), beyond(90), ({ b, node }, lon, lat) => {
        const isLat = node.path.at(-1) === "lat" || node.path.at(-1) === 1;
        const result = parseEdited(b, (doc) => setAt(doc, node.path, isLat ? lat : lon));
        expectProblemAt(result, formatPath(node.path), /Too (big|small)|expected number, received -?Infinity/);
      }),
      { numRuns: 300 },
    );
  });

  it("parseStory(text) reports empty and over-long texts (5000 characters) where they are", () => {
    const texts = /\.(de|en|publisher|publishedNote|dateNote|quote)$|^sources\[\d+\]\.title$/;
    const bad = fc.oneof(
      fc.integer({ min: 5001, max: 100_000 }).map((n) => ({ text: "ä".repeat(n), message: "is longer than 5000" })),
      fc.constantFrom("", " ", "\n\t ").map((text) => ({ text, message: "must not be empty" })),
    );
    fc.assert(
      fc.property(pickNode(texts), bad, ({ b, node }, { text, message }) => {
        expectProblemAt(
          parseEdited(b, (doc) => setAt(doc, node.path, text)),
          formatPath(node.path),
          message,
        );
      }),
      { numRuns: 200 },
    );
  });

  it("parseStory(text) rejects source links that are not http(s): javascript:, data:, file: …", () => {
    const schemes = fc.constantFrom(
      "javascript:alert(1)",
      "JavaScript:alert(1)",
      "javascript://example.org/%0aalert(1)",
      "data:text/html,<script>alert(1)</script>",
      "vbscript:msgbox(1)",
      "file:///etc/passwd",
      "ftp://example.org/x",
      "blob:https://example.org/1",
      "about:blank",
      "mailto:a@example.org",
      "//example.org/x",
      "example.org",
    );
    fc.assert(
      fc.property(pickNode(/^sources\[\d+\]\.url$/), schemes, ({ b, node }, url) => {
        const result = parseEdited(b, (doc) => setAt(doc, node.path, url));
        expectProblemAt(result, formatPath(node.path), "only http: and https: links are allowed");
      }),
      { numRuns: 100 },
    );
    for (const url of ["https://example.org/a?b=c#d", "http://example.org/"])
      expect(problemsOf(parseEdited(nth0(), (doc) => setAt(doc, ["sources", 0, "url"], url)))).toEqual([]);
  });
});

describe("parseStory(text) of extreme files", () => {
  const tenMegabytes = "x".repeat(10 * 1024 * 1024);

  it.each([
    ["a 10 MB title", ["events", 0, "title", "de"], "is longer than 5000 characters"],
    ["a 10 MB date", ["events", 0, "date"], "is not a valid date"],
    ["a 10 MB id reference", ["events", 0, "places", 0], "unknown place"],
    ["a 10 MB source link", ["sources", 0, "url"], /./],
    ["a 10 MB quote", ["events", 0, "sources", 0, "quote"], "is longer than 5000 characters"],
  ] as const)("parseStory(text) of %s reports it at its path", (_, path, message) => {
    const result = parseEdited(nth0(), (doc) => setAt(doc, [...path], tenMegabytes));
    expectProblemAt(result, formatPath([...path]), message);
  });

  it("parseStory(text) of a 10 MB unknown key reports it", () => {
    const result = parseEdited(nth0(), (doc) => {
      if (isObject(doc)) define(doc, tenMegabytes, 1);
      return doc;
    });
    expect(problemsOf(result).map((p) => p.message)).toEqual(["unknown field"]);
  });

  it.each([
    ["100 000 nested arrays", `${"[".repeat(100_000)}${"]".repeat(100_000)}`],
    ["100 000 unclosed arrays", "[".repeat(100_000)],
    ["100 000 nested objects", `${'{"a":'.repeat(100_000)}1${"}".repeat(100_000)}`],
    ["100 000 unclosed objects", '{"a":'.repeat(100_000)],
    ["10 MB of garbage", tenMegabytes],
    ["a 10 MB string", JSON.stringify(tenMegabytes)],
    ["NaN", "NaN"],
    ["Infinity", '{"version": Infinity}'],
    ["a raw lone surrogate", '{"version": 1, "x": "\uD800"}'],
    ["an escaped lone surrogate", '{"version": 1, "x": "\\uDC00"}'],
    ["only a byte order mark", "\uFEFF"],
  ])("parseStory(text) of %s gives file-level problems and loadStory throws StoryError", (_, text) => {
    const result = checkLoader(text, "story.json", ARTICLES);
    expect(result.ok).toBe(false);
  });

  it("parseStory(text) of a story nested 100 000 arrays deep in a title reports the title", () => {
    const result = parseEdited(nth0(), (doc) => setAt(doc, ["events", 0, "title"], NESTED(100_000)));
    expectProblemAt(result, "events[0].title", "expected object, received array");
  });

  it("parseStory(text) keeps lone surrogates in ids out, reported where they are", () => {
    for (const id of ["\uD800", "crash\uDC00", "\uDBFF"]) {
      const result = parseEdited(nth0(), (doc) => setAt(doc, ["events", 0, "id"], id));
      expectProblemAt(result, "events[0].id", "ids are lowercase letters");
    }
  });
});

function nth0(): Base {
  return BASES[0] as Base;
}

function kindOfReference(path: Path): string {
  const last = path.at(-1);
  const before = path.at(-2);
  if (last === "article") return "article";
  if (last === "place" || before === "places" || before === "between") return "place";
  return "event";
}

describe("parseStory(hostile fixture)", () => {
  const dir = "tests/fixtures/stories/hostile";
  const text = readFileSync(`${dir}/story.json`, "utf8");
  const articles = new Map([["artikel.txt", readFileSync(`${dir}/artikel.txt`, "utf8")]]);

  it("parseStory(hostile) accepts markup in titles, summaries and quotes as plain text", () => {
    const result = checkLoader(text, "story.json", articles);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.story.events.map((e) => e.title.en)).toEqual([
      'Image in the title <img src=x onerror="window.__pwned=1">',
      "Script in the title <script>window.__pwned=1</script>",
    ]);
  });

  it("parseStory(hostile) with a javascript: source link reports exactly that link", () => {
    const json = JSON.parse(text) as { sources: { url: string }[] };
    (json.sources[0] as { url: string }).url = "javascript:alert(1)";
    expect(parseStory(JSON.stringify(json), "stories/hostile/story.json", articles)).toEqual({
      ok: false,
      problems: [
        {
          file: "stories/hostile/story.json",
          path: "sources[0].url",
          message: "only http: and https: links are allowed",
        },
      ],
    });
  });
});
