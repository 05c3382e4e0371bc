import { describe, expect, it } from "vitest";
import { localDraftMessage } from "../../../src/author/draft_messages";
import { draftStory } from "../../../src/draft/draft";
import { buildGazetteer } from "../../../src/draft/gazetteer";
import { checkInput } from "../../../src/draft/input";

const gazetteer = buildGazetteer({ minPopulation: 0, cities: [], countries: [] });

describe("localDraftMessage(message, lang)", () => {
  it("gives the drafter's messages in German on the German page", () => {
    const words =
      "lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt ut labore".repeat(3);
    const [neither] = checkInput("x.txt", words).messages;
    expect(localDraftMessage(neither ?? "", "de")).toMatch(/^x\.txt: Der Text scheint weder Deutsch noch Englisch/);
    const { messages } = draftStory(
      [{ file: "a.txt", text: "Ein Satz ohne Datum über nichts.", published: "2025" }],
      gazetteer,
    );
    expect(messages.map((m) => localDraftMessage(m, "de"))).toEqual([
      "a.txt: Kein Satz mit Datum gefunden; keine Ereignisse entworfen.",
    ]);
    const long = checkInput("l.txt", "Ein Satz. ".repeat(60_000)).messages[0] ?? "";
    expect(localDraftMessage(long, "de")).toMatch(/^l\.txt: Der Text hat 600\.000 Zeichen, mehr als die 500\.000/);
  });

  it("keeps them in English on the English page", () => {
    expect(localDraftMessage("a.txt: no sentence with a date was found; no events drafted", "en")).toBe(
      "a.txt: no sentence with a date was found; no events drafted",
    );
  });
});
