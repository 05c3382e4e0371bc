import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { draftStory } from "../../../src/draft/draft";
import { buildGazetteer, type GazetteerData } from "../../../src/draft/gazetteer";

const gazetteer = buildGazetteer(
  JSON.parse(readFileSync(new URL("../../../src/draft/gazetteer.json", import.meta.url), "utf8")) as GazetteerData,
);
const events = (text: string, published = "2025-07") =>
  draftStory([{ file: "a.txt", text, published }], gazetteer).story.events;
const placesOf = (text: string) => events(text).map((e) => e.places);

describe("draftStory(articles, gazetteer): where a sentence happens", () => {
  it("does not place an event where the sentence says it did not happen", () => {
    expect(placesOf("Am 3. Juni 2025 fand das Treffen nicht in Eriwan, sondern in der Türkei statt.")).toEqual([
      ["ankara"],
    ]);
    expect(placesOf("On 3 June 2025 the meeting took place not in Yerevan but in Turkey.")).toEqual([["ankara"]]);
  });

  it("places a sentence that names no place in the country it names as a location, not a country named as a prefix", () => {
    expect(
      placesOf("Die Taliban übernahmen im August 2021 nach dem Abzug der US-Truppen die Kontrolle über Afghanistan."),
    ).toEqual([["kabul"]]);
    expect(placesOf("In August 2021 the Taliban took power in Afghanistan after the US troops withdrew.")).toEqual([
      ["kabul"],
    ]);
    // Without a location the actors still place it: the state that acts, then the one acted on.
    expect(placesOf("Im Juli 2024 nannte der russische Präsident die Taliban Verbündete.")).toEqual([["moscow"]]);
  });

  it("does not add a capital that acts in a further quote as a place; one named as a place it adds", () => {
    expect(
      placesOf(
        "Die Taliban übernahmen im August 2021 die Kontrolle über Afghanistan. Weder die USA noch die EU haben die Gruppe offiziell anerkannt, und Washington stufte die Taliban als terroristische Organisation ein.",
      ),
    ).toEqual([["kabul"]]);
    expect(
      placesOf(
        "Am 20. Mai 2025 weilte der russische Außenminister in Eriwan. Zugleich traf sich der armenische Premierminister in Ankara mit dem türkischen Präsidenten.",
      ),
    ).toEqual([["yerevan", "ankara"]]);
  });

  it("does not take an organisation or agreement named after a city for the city", () => {
    expect(
      placesOf("Ende April 2023 fand in Neu-Delhi ein Treffen der Shanghaier Organisation für Zusammenarbeit statt."),
    ).toEqual([["new-delhi"]]);
    expect(placesOf("In late April 2023 the Shanghai Cooperation Organisation met in New Delhi.")).toEqual([
      ["new-delhi"],
    ]);
    expect(placesOf("Im Februar 2015 wurde in Minsk das Minsker Abkommen unterzeichnet.")).toEqual([["minsk"]]);
  });
});

describe("draftStory(articles, gazetteer): a month without a year", () => {
  it("takes last year's month from July on when the publication is known only to the year", () => {
    const de =
      "Die Beziehungen haben sich verschlechtert, seit Aserbaidschan im September Bergkarabach zurückerobert hat.";
    expect(events(de, "2024").map((e) => e.date)).toEqual(["2023-09"]);
    expect(events(de, "2024")[0]?.review?.confidence).toBeLessThan(0.5);
    const en = "Relations have soured since Azerbaijan retook Karabakh in September.";
    expect(events(en, "2024").map((e) => e.date)).toEqual(["2023-09"]);
  });

  it("keeps the publication year for a month up to June, and the publication month's rule when it is known", () => {
    expect(events("Im März traf Alijew in Baku den Präsidenten.", "2024").map((e) => e.date)).toEqual(["2024-03"]);
    expect(events("Im September traf Alijew in Baku den Präsidenten.", "2024-10").map((e) => e.date)).toEqual([
      "2024-09",
    ]);
  });
});
