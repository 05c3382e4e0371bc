import { describe, expect, it } from "vitest";
import { placeFeatures } from "../../../src/map/features";
import { zPlace } from "../../../src/story/schema";

const sea = zPlace.parse({
  id: "caspian-sea",
  name: { de: "Kaspisches Meer", en: "Caspian Sea" },
  lon: 50.5,
  lat: 41.8,
  kind: "sea",
  rank: 2,
  labelAt: { lon: 50.3, lat: 45.7 },
});

describe("placeFeatures(places, frame, anchors)", () => {
  it("placeFeatures puts a place with labelAt at that point, where its name is written", () => {
    const [feature] = placeFeatures([sea]).features;
    expect(feature?.geometry.coordinates).toEqual([50.3, 45.7]);
  });

  it("placeFeatures carries the label position chosen for the view, '' for none", () => {
    expect(placeFeatures([sea], undefined, new Map([["caspian-sea", "bottom"]])).features[0]?.properties?.anchor).toBe(
      "bottom",
    );
    expect(placeFeatures([sea]).features[0]?.properties?.anchor).toBe("");
  });

  it("placeFeatures marks main places and secondary ones the layout placed as `main` (drawn in the main names' layer)", () => {
    const moskau = zPlace.parse({
      id: "moskau",
      name: { de: "Moskau", en: "Moscow" },
      lon: 37.6,
      lat: 55.8,
      kind: "city",
      rank: 3,
    });
    const minsk = zPlace.parse({
      id: "minsk",
      name: { de: "Minsk", en: "Minsk" },
      lon: 27.6,
      lat: 53.9,
      kind: "city",
      rank: 4,
    });
    const main = (anchors: Map<string, string>) =>
      placeFeatures([sea, moskau, minsk], undefined, anchors).features.map((f) => f.properties?.main);
    expect(main(new Map())).toEqual([true, false, false]);
    expect(main(new Map([["moskau", "left"]]))).toEqual([true, true, false]);
  });

  it("zPlace rejects labelAt on a city: a city is labelled at its dot", () => {
    const city = { id: "baku", name: { de: "Baku", en: "Baku" }, lon: 49.9, lat: 40.4, kind: "city" };
    expect(zPlace.safeParse({ ...city, labelAt: { lon: 50, lat: 41 } }).success).toBe(false);
    expect(zPlace.safeParse(city).success).toBe(true);
  });
});
