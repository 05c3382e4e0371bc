import { describe, expect, it } from "vitest";
import { checkLine, uniqueLines } from "../../../src/author/check_lines";
import type { Candidate } from "../../../src/author/work";
import { type AuthorKey, ta } from "../../../src/i18n/author";
import type { StoryInput } from "../../../src/story/schema";

const ev = (id: string, title: string) =>
  ({ id, title: { de: title, en: `${title} (en)` }, date: "2024-12" }) as Candidate["event"];
const candidates = [ev("a", "Erster"), ev("b", "Zweiter"), ev("c", "Dritter")].map((event) => ({
  event,
  decision: "accepted" as const,
}));
// The story holds the accepted ones only: its events[1] is candidate 3.
const story = {
  events: [candidates[0]?.event, candidates[2]?.event],
  sources: [],
  places: [],
  movements: [{ label: { de: "Flug nach Aktau", en: "Flight to Aktau" } }],
  relations: [{ countries: ["ARM", "AZE"] }],
  organizations: [],
} as unknown as StoryInput;
const words = (lang: "de" | "en") => (key: string, params?: Record<string, string | number>) =>
  ta(lang, key as AuthorKey, params);
const line = (path: string, message: string, lang: "de" | "en" = "de") =>
  checkLine({ file: "entwurf/story.json", path, message }, story, candidates, lang, words(lang));

describe("checkLine(problem, story, candidates, lang, words)", () => {
  it("names the candidate as the list does (number and title), the field in German, no file or JSON path", () => {
    expect(line("events[1].end", '"2024-11" ends before it starts ("2024-12")')).toBe(
      "Kandidat 3 „Dritter“, Ende: „2024-11“ liegt vor dem Beginn („2024-12“).",
    );
    expect(line("events[1].end", '"2024-11" ends before it starts ("2024-12")', "en")).toBe(
      "Candidate 3 “Dritter (en)”, end: “2024-11” is before the start (“2024-12”).",
    );
  });

  it("words schema messages in the page's language", () => {
    expect(line("events[0].actors[0]", 'expected an ISO 3166-1 alpha-3 country code such as "AZE"')).toBe(
      "Kandidat 1 „Erster“, Akteure: Erwartet wird ein ISO-3166-Ländercode aus drei Großbuchstaben, z. B. AZE.",
    );
    expect(line("events[0].date", '"2024-13" is not a valid date (YYYY, YYYY-MM or YYYY-MM-DD)')).toBe(
      "Kandidat 1 „Erster“, Datum: „2024-13“ ist kein gültiges Datum (JJJJ, JJJJ-MM oder JJJJ-MM-TT, z. B. 2024-12).",
    );
  });

  it("names an event referred to inside a message by its candidate, not its id", () => {
    const message =
      'cannot hold inside 2024-12: "c" (2024-12) is shown only after that period ends, so this event would be shown before an event it is documented to follow';
    expect(line("events[0].after[0]", message)).toBe(
      "Kandidat 1 „Erster“, nach dem Ereignis: Kann in 2024-12 nicht gelten: Kandidat 3 „Dritter“ (2024-12) erscheint erst nach diesem Zeitraum, dieses Ereignis also vor dem, dem es folgen soll.",
    );
    expect(line("events[0]", "order constraints form a cycle: a → c → a (each must come after the one before)")).toBe(
      "Kandidat 1 „Erster“: Die Reihenfolge dreht sich im Kreis: Kandidat 1 „Erster“ → Kandidat 3 „Dritter“ → Kandidat 1 „Erster“.",
    );
  });

  it("names movements, relations and the story's details by what the page shows", () => {
    expect(line("movements[0].start", '"x" is not a valid date (YYYY)')).toMatch(
      /^Bewegung „Flug nach Aktau“, Beginn: /,
    );
    expect(line("relations[0].changes[1].date", "only the first change may omit its date")).toBe(
      "Beziehung ARM – AZE, Datum: Nur die erste Änderung darf ohne Datum sein.",
    );
    expect(line("meta.window.end", '"2024" ends before it starts ("2025")')).toBe(
      "Angaben zur Geschichte, Ende: „2024“ liegt vor dem Beginn („2025“).",
    );
  });

  it("keeps a message it does not know after a word in the page's language", () => {
    expect(line("", "something new")).toBe("Ungültige Angabe (something new).");
  });
});

describe("uniqueLines(lines)", () => {
  it("lists each line once, in the order of its first appearance", () => {
    expect(uniqueLines(["b", "a", "b", "a"])).toEqual(["b", "a"]);
  });
});
