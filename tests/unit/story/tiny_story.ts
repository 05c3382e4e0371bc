import { parseStory } from "../../../src/story/load";
import { type Story, type StoryInput, zStory } from "../../../src/story/schema";

/**
 * A tiny valid story for unit tests, built fresh on every call so a test can break one thing
 * and expect exactly one problem. Not the flagship story: tests must not move when it does.
 */

export const ARTICLE_FILE = "a.txt";
export const ARTICLE = `Am 25. Dezember 2024 stürzte ein Flugzeug bei Aktau ab.
Es war in Baku gestartet und sollte nach Grosny fliegen.
Im Dezember 2024 setzte Aserbaidschan seine Mitarbeit aus.`;
export const ARTICLES: ReadonlyMap<string, string> = new Map([[ARTICLE_FILE, ARTICLE]]);

const text = (de: string, en = de) => ({ de, en });

export function tinyStoryInput(): StoryInput {
  return {
    version: 1,
    meta: {
      title: text("Absturz"),
      description: text("Test"),
      credit: text("Test"),
      window: { start: "2024-12", end: "2025" },
      view: {
        bounds: [
          [44, 39],
          [53, 45],
        ],
      },
      countries: { AZE: text("Aserbaidschan", "Azerbaijan"), RUS: text("Russland", "Russia") },
    },
    sources: [
      {
        id: "a",
        title: "Absturz",
        publisher: "Test",
        url: "https://example.org/a",
        published: "2024-12-26",
        publishedNote: "test",
        file: ARTICLE_FILE,
      },
    ],
    places: [
      { id: "baku", name: text("Baku"), lon: 49.8671, lat: 40.4093, kind: "city", country: "AZE" },
      { id: "grozny", name: text("Grosny", "Grozny"), lon: 45.6949, lat: 43.3178, kind: "city", country: "RUS" },
      { id: "aktau", name: text("Aktau"), lon: 51.1983, lat: 43.6532, kind: "city", country: "KAZ" },
    ],
    events: [
      {
        id: "crash",
        date: "2024-12-25",
        places: ["aktau"],
        title: text("Absturz bei Aktau", "Crash near Aktau"),
        summary: text("Ein Flugzeug stürzt ab.", "A plane crashes."),
        category: "aviation",
        actors: ["AZE"],
        sources: [{ article: "a", quote: "stürzte ein Flugzeug bei Aktau ab" }],
      },
    ],
    movements: [
      {
        id: "flight",
        kind: "flight",
        label: text("Flug"),
        start: "2024-12-25",
        waypoints: [{ place: "baku" }, { place: "grozny" }, { place: "aktau" }],
        events: ["crash"],
        sources: [{ article: "a", quote: "Es war in Baku gestartet" }],
      },
    ],
    organizations: [
      {
        id: "org",
        name: text("Organisation"),
        short: text("ORG"),
        memberships: [
          {
            country: "AZE",
            changes: [
              { status: "member", source: { article: "a", quote: "seine Mitarbeit" } },
              { date: "2024-12", status: "frozen", event: "crash" },
            ],
          },
        ],
      },
    ],
    relations: [
      {
        id: "aze-rus",
        countries: ["AZE", "RUS"],
        between: ["baku", "grozny"],
        changes: [
          { status: "partners", source: { article: "a", quote: "sollte nach Grosny fliegen" } },
          { date: "2024-12-25", status: "strained", event: "crash" },
        ],
      },
    ],
  };
}

/** The tiny story, optionally changed by `edit`, as the schema parses it (defaults applied). */
export function tinyStory(edit?: (input: StoryInput) => void): Story {
  const input = tinyStoryInput();
  edit?.(input);
  return zStory.parse(input);
}

/** parseStory on the tiny story as JSON text, optionally changed by `edit`. */
export function parseTiny(edit?: (input: StoryInput) => void, articles = ARTICLES) {
  const input = tinyStoryInput();
  edit?.(input);
  return parseStory(JSON.stringify(input, null, 2), "story.json", articles);
}

/** items[i], for editing the tiny story under noUncheckedIndexedAccess. */
export function nth<T>(items: readonly T[] | undefined, i = 0): T {
  const item = items?.[i];
  if (item === undefined) throw new RangeError(`no item ${i}`);
  return item;
}
