import { describe, expect, it } from "vitest";
import { checkStory, numbersIn } from "../../../src/story/check";
import { ARTICLES, nth, parseTiny, tinyStory } from "./tiny_story";

/** One broken fixture per rule: the tiny story with exactly one thing wrong. */

describe("checkStory(story, articles)", () => {
  it("checkStory(story, articles) finds nothing in a valid story", () => {
    expect(checkStory(tinyStory(), ARTICLES)).toEqual([]);
  });

  it("checkStory(story, articles) reports a duplicate id", () => {
    const story = tinyStory((s) => s.places.push({ ...nth(s.places, 2) }));
    expect(checkStory(story, ARTICLES)).toEqual([["places[3].id", 'duplicate id "aktau" (first used at places[2])']]);
  });

  it("checkStory(story, articles) reports an unknown place", () => {
    const story = tinyStory((s) => {
      nth(s.events).places = ["aktau", "atlantis"];
    });
    expect(checkStory(story, ARTICLES)).toEqual([["events[0].places[1]", 'unknown place "atlantis"']]);
  });

  it("checkStory(story, articles) reports an unknown event", () => {
    const story = tinyStory((s) => {
      nth(s.movements).events = ["no-such-event"];
    });
    expect(checkStory(story, ARTICLES)).toEqual([["movements[0].events[0]", 'unknown event "no-such-event"']]);
  });

  it("checkStory(story, articles) reports an unknown article", () => {
    const story = tinyStory((s) => {
      nth(nth(s.events).sources).article = "b";
    });
    expect(checkStory(story, ARTICLES)).toEqual([["events[0].sources[0].article", 'unknown article "b"']]);
  });

  it("checkStory(story, articles) reports a span that ends before it starts", () => {
    const story = tinyStory((s) => {
      nth(s.events).end = "2024-12-24";
    });
    expect(checkStory(story, ARTICLES)).toEqual([
      ["events[0].end", '"2024-12-24" ends before it starts ("2024-12-25")'],
    ]);
  });

  it("checkStory(story, articles) accepts a December month that ends in the same month", () => {
    // Regression: December used to end on January 1 of the same year.
    const story = tinyStory((s) => {
      nth(s.events).date = "2024-12";
      nth(s.events).end = "2024-12";
    });
    expect(checkStory(story, ARTICLES)).toEqual([]);
  });

  it("checkStory(story, articles) reports a change out of order", () => {
    const story = tinyStory((s) => {
      nth(nth(s.relations).changes, 1).date = "2023";
      nth(s.relations).changes.push({ date: "2022", status: "hostile", event: "crash" });
    });
    // Both changes also come before the 2024 crash they cite, which check_order.ts reports.
    expect(checkStory(story, ARTICLES)).toContainEqual([
      "relations[0].changes[2].date",
      '"2022" is earlier than the change before it',
    ]);
  });

  it("checkStory(story, articles) reports a change without citation", () => {
    const story = tinyStory((s) => {
      nth(nth(s.organizations).memberships ?? []).changes.push({ date: "2025", status: "left" });
    });
    expect(checkStory(story, ARTICLES)).toEqual([
      ["organizations[0].memberships[0].changes[2]", "a change needs an event or a source quote"],
    ]);
  });

  it("checkStory(story, articles) reports a later change without date", () => {
    const story = tinyStory((s) => {
      delete nth(nth(s.relations).changes, 1).date;
    });
    expect(checkStory(story, ARTICLES)).toEqual([
      ["relations[0].changes[1].date", "only the first change may omit its date"],
    ]);
  });

  it("checkStory(story, articles) reports a quote that is not verbatim", () => {
    const story = tinyStory((s) => {
      nth(nth(s.events).sources).quote = "stürzte ein Flugzeug nahe Aktau ab";
    });
    expect(checkStory(story, ARTICLES)).toEqual([
      ["events[0].sources[0].quote", 'quote not found verbatim in article "a": "stürzte ein Flugzeug nahe Aktau ab"'],
    ]);
  });

  it("checkStory(story, articles) accepts a quote across a line break of the article", () => {
    const story = tinyStory((s) => {
      nth(nth(s.events).sources).quote = "bei Aktau ab. Es war in Baku";
    });
    expect(checkStory(story, ARTICLES)).toEqual([]);
  });

  it("checkStory(story, articles) reports a missing article text", () => {
    const findings = checkStory(tinyStory(), new Map());
    expect(findings[0]).toEqual([
      "events[0].sources[0].article",
      'the text of article "a" is missing from the story folder',
    ]);
    expect(findings).toHaveLength(4);
  });

  it("checkStory(story) without articles does not check quotes", () => {
    const story = tinyStory((s) => {
      nth(nth(s.events).sources).quote = "erfunden";
    });
    expect(checkStory(story)).toEqual([]);
  });
});

describe("checkStory(story, articles): a movement's short word", () => {
  it("numbersIn(text) reads a number however it is grouped", () => {
    expect(numbersIn("11.000 Soldaten, 11 000, 11,000 und 11\u202f000; 4 von 12")).toEqual([
      "11000",
      "11000",
      "11000",
      "11000",
      "4",
      "12",
    ]);
    expect(numbersIn("keine Zahl")).toEqual([]);
  });

  it("checkStory(story, articles) accepts a short word whose numbers its quotes give, and one without numbers", () => {
    const story = tinyStory((s) => {
      const flight = nth(s.movements);
      flight.short = { de: "Flug nach Aktau", en: "Flight to Aktau" };
    });
    expect(checkStory(story, ARTICLES)).toEqual([]);
  });

  it("checkStory(story, articles) reports a number in a short word that no quote of the movement gives", () => {
    const story = tinyStory((s) => {
      nth(s.movements).short = { de: "67 Menschen an Bord", en: "67 on board" };
    });
    expect(checkStory(story, ARTICLES)).toEqual([
      ["movements[0].short.de", "the number 67 is in none of the movement's quotes"],
      ["movements[0].short.en", "the number 67 is in none of the movement's quotes"],
    ]);
  });
});

describe("parseStory(text, file, articles) schema rules", () => {
  it("parseStory(text) reports a movement's short word longer than 30 characters", () => {
    const result = parseTiny((s) => {
      nth(s.movements).short = { de: "Ein Flug von Baku über Grosny nach Aktau", en: "Flight" };
    });
    expect(result).toEqual({
      ok: false,
      problems: [{ file: "story.json", path: "movements[0].short.de", message: "is longer than 30 characters" }],
    });
  });

  it("parseStory(text) reports an event without citation", () => {
    const result = parseTiny((s) => {
      nth(s.events).sources = [];
    });
    expect(result).toEqual({
      ok: false,
      problems: [
        { file: "story.json", path: "events[0].sources", message: "an event needs at least one source quote" },
      ],
    });
  });

  it("parseStory(text) reports an invalid date", () => {
    const result = parseTiny((s) => {
      nth(s.events).date = "2024-13-45";
    });
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          file: "story.json",
          path: "events[0].date",
          message: '"2024-13-45" is not a valid date (expected YYYY, YYYY-MM or YYYY-MM-DD)',
        },
      ],
    });
  });

  it("parseStory(text) reports an unknown field", () => {
    const result = parseTiny((s) => Object.assign(nth(s.events), { colour: "red" }));
    expect(result).toEqual({
      ok: false,
      problems: [{ file: "story.json", path: "events[0].colour", message: "unknown field" }],
    });
  });

  it("parseStory(text) reports a link with a bad protocol", () => {
    const result = parseTiny((s) => {
      nth(s.sources).url = "javascript:alert(1)";
    });
    expect(result).toEqual({
      ok: false,
      problems: [{ file: "story.json", path: "sources[0].url", message: "only http: and https: links are allowed" }],
    });
  });
});
