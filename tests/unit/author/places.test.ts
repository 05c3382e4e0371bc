import { describe, expect, it } from "vitest";
import {
  alternativeLabels,
  entriesByKey,
  nearestEntry,
  swapAlternative,
  withAlternatives,
  withoutPlace,
  withPlace,
} from "../../../src/author/places";
import { EMPTY_WORK, searchGazetteer, type Work } from "../../../src/author/work";
import { buildGazetteer, type GazetteerData } from "../../../src/draft/gazetteer";

// A tiny gazetteer in the shipped format: [geonamesId, name, altName, lon, lat, ISO3, population, capital].
const data: GazetteerData = {
  minPopulation: 0,
  cities: [
    [610612, "Aktau", "", 51.2, 43.65, "KAZ", 180000, 0],
    [1526384, "Aktau", "", 73.1, 50.25, "KAZ", 60000, 0],
    [587084, "Baku", "", 49.89, 40.38, "AZE", 2000000, 1],
    [2194168, "Sumqayit", "", 49.67, 40.59, "AZE", 300000, 0],
    [2110257, "Suva", "", 178.44, -18.14, "FJI", 90000, 1],
    [2324433, "Potiskum", "", 11.08, 11.71, "NGA", 86000, 0],
    [4250542, "Springfield", "", -89.64, 39.8, "USA", 116250, 0],
    [4409896, "Springfield", "", -93.3, 37.22, "USA", 166810, 0],
    [4951788, "Springfield", "", -72.59, 42.1, "USA", 153000, 0],
    [4951248, "Springfield", "", -83.81, 39.92, "USA", 59000, 0],
  ],
  countries: [["AZE", ["Aserbaidschan"], ["Azerbaijan"], 47.5, 40.3]],
};
const gazetteer = buildGazetteer(data);
const entry = (geonamesId: number) => {
  const found = [...entriesByKey(gazetteer).values()].find((e) => e.geonamesId === geonamesId);
  if (!found) throw new Error(`no ${geonamesId}`);
  return found;
};

const work: Work = {
  ...EMPTY_WORK,
  candidates: [
    {
      decision: "pending",
      event: {
        id: "crash",
        date: "2024-12",
        places: ["aktau"],
        title: { de: "A", en: "A" },
        summary: { de: "A", en: "A" },
        category: "aviation",
        actors: [],
        sources: [{ article: "a", quote: "A" }],
        review: { status: "draft", confidence: 0.5, note: "n" },
      },
    },
  ],
};
const places = (w: Work) => w.candidates[0]?.event.places;

describe("author/places", () => {
  it("nearestEntry(gazetteer, lon, lat) picks the nearest place, never a country's centre", () => {
    expect(nearestEntry(gazetteer, 49.85, 40.42)?.key).toBe("baku");
    expect(nearestEntry(gazetteer, 49.7, 40.6)?.key).toBe("sumqayit");
    // The country point of Azerbaijan (47.5, 40.3) is closer, but a click means a place in it
    // (The exonym table's region Karabakh, at 46.75, 39.82, is the nearest place there.)
    expect(nearestEntry(gazetteer, 47.5, 40.3)?.key).toBe("karabakh");
  });

  it("nearestEntry(gazetteer, lon, lat) measures across the antimeridian", () => {
    expect(nearestEntry(gazetteer, -179.9, -18)?.key).toBe("suva");
  });

  it("withPlace(work, id, entry, 'replace') makes the entry the main place and adds it to the extra places", () => {
    const next = withPlace(work, "crash", entry(587084), "replace");
    expect(places(next)).toEqual(["baku"]);
    expect(next.extraPlaces.map((p) => [p.id, p.geonamesId, p.country])).toEqual([["baku", 587084, "AZE"]]);
  });

  it("withPlace(work, id, entry, 'add') keeps the main place and adds a further one, once", () => {
    const once = withPlace(work, "crash", entry(587084), "add");
    expect(places(once)).toEqual(["aktau", "baku"]);
    expect(places(withPlace(once, "crash", entry(587084), "add"))).toEqual(["aktau", "baku"]);
    // Replacing with a place the event already has moves it to the front, without a duplicate.
    expect(places(withPlace(once, "crash", entry(587084), "replace"))).toEqual(["baku"]);
  });

  it("withoutPlace(work, id, place) removes a place but never the last one", () => {
    const two = withPlace(work, "crash", entry(587084), "add");
    expect(places(withoutPlace(two, "crash", "aktau"))).toEqual(["baku"]);
    expect(places(withoutPlace(work, "crash", "aktau"))).toEqual(["aktau"]);
  });

  it("withAlternatives(work, id, entries) offers the other places of a name, with their GeoNames ids", () => {
    const others = gazetteer.byName.get("Aktau")?.slice(1) ?? [];
    const next = withAlternatives(work, "crash", others);
    expect(next.candidates[0]?.event.review?.alternatives).toEqual([
      { place: "aktau-kaz", label: "Aktau, KAZ", geonamesId: 1526384, lon: 73.1, lat: 50.25 },
    ]);
    expect(withAlternatives(next, "crash", []).candidates[0]?.event.review?.alternatives).toBeUndefined();
  });

  it("swapAlternative(work, id, chosen, previous) offers the place it replaced instead of the chosen one", () => {
    const others = gazetteer.byName.get("Aktau")?.slice(1) ?? [];
    const offered = withAlternatives(work, "crash", others);
    const chosen = entry(1526384);
    const placed = withPlace(offered, "crash", chosen, "replace");
    const next = swapAlternative(placed, "crash", chosen.key, entry(610612));
    expect(next.candidates[0]?.event.places).toEqual(["aktau-kaz"]);
    expect(next.candidates[0]?.event.review?.alternatives?.map((a) => a.label)).toEqual(["Aktau, KAZ"]);
    expect(next.candidates[0]?.event.review?.alternatives?.map((a) => a.place)).toEqual(["aktau"]);
  });
});

describe("searchGazetteer(gazetteer, query)", () => {
  it("finds inflected forms as the drafter reads them: Bakus, in Sumqayit", () => {
    expect(searchGazetteer(gazetteer, "Bakus").entries[0]?.key).toBe("baku");
    expect(searchGazetteer(gazetteer, "in Sumqayit").entries[0]?.key).toBe("sumqayit");
    expect(searchGazetteer(gazetteer, "baku").exact).toBe(true);
  });

  it("says when no name matches exactly: Poti (under the population cut) only starts Potiskum", () => {
    const result = searchGazetteer(gazetteer, "Poti");
    expect(result.exact).toBe(false);
    expect(result.entries.map((e) => e.en)).toContain("Potiskum");
  });
});

describe("alternativeLabels(entries)", () => {
  it("tells same-name places apart by coordinates and population: four Springfields in the USA", () => {
    const springfields = (gazetteer.byName.get("Springfield") ?? []).filter((e) => e.country === "USA");
    expect(springfields.length).toBeGreaterThanOrEqual(2);
    const labels = alternativeLabels(springfields);
    expect(new Set(labels).size).toBe(labels.length);
    expect(labels[0]).toMatch(/^Springfield, USA \(\d+\.\d\d° N, \d+\.\d\d° W; [\d,]+\)$/);
    expect(alternativeLabels(gazetteer.byName.get("Baku") ?? [])).toEqual(["Baku, AZE"]);
  });
});
