import { describe, expect, it } from "vitest";
import { cityAnchor } from "../../../src/map/label_anchors";
import { type LabelView, placeLabelAnchors } from "../../../src/map/place_labels";
import { LIGHT } from "../../../src/map/theme";
import type { Place } from "../../../src/story/schema";

const city = (id: string, lon: number, lat: number, rank: number): Place => ({
  id,
  name: { de: id, en: id },
  lon,
  lat,
  kind: "city",
  rank,
});

/** 10 px per degree, north up, a 400×300 map around 0°, 0°. */
const view = (obstacles: LabelView["obstacles"] = []): LabelView => ({
  zoom: 3,
  width: 400,
  height: 300,
  project: ([lon, lat]) => ({ x: 200 + lon * 10, y: 150 - lat * 10 }),
  obstacles,
});
/** Every glyph 0.6 em wide. */
const measure = (text: string, px: number) => text.length * px * 0.6;
const FRAME = [
  [-15, -10],
  [15, 10],
] as [[number, number], [number, number]];

describe("placeLabelAnchors(places, frame, view, lang, theme, measure, current)", () => {
  it("placeLabelAnchors(…) lays out main places only when no event is current", () => {
    const places = [city("main", 0, 0, 1), city("minor", 5, 5, 3)];
    const anchors = placeLabelAnchors(places, FRAME, view(), "de", LIGHT, measure);
    expect([...anchors.keys()]).toEqual(["main"]);
  });

  it("placeLabelAnchors(…, current) names the current event's city first, beyond its ring, before a main place beside it", () => {
    // A rank-3 city carrying the current event, hemmed in: a main city's name could take each side.
    const places = [city("main", 1.5, 0, 1), city("current", 0, 0, 3)];
    const current = new Set(["current"]);
    const anchors = placeLabelAnchors(places, FRAME, view(), "de", LIGHT, measure, current);
    const key = anchors.get("current") ?? "";
    expect(key).toMatch(/-ring$/);
    expect(cityAnchor(key)).toBeDefined();
    expect(anchors.has("main")).toBe(true);
  });

  it("placeLabelAnchors(…) lays a long name out wrapped at the style's text-max-width, as MapLibre draws it, not as one line across the map", () => {
    // 87 characters: one line would be ~700 px, wider than the 400 px map.
    const name = "Verwaltungszentrum des autonomen Gebiets am Ufer des großen Sees im Norden der Republik";
    expect(name.length).toBe(87);
    const place = { ...city("long", 0, 0, 1), name: { de: name, en: name } };
    const anchors = placeLabelAnchors([place], FRAME, view(), "de", LIGHT, measure);
    expect(anchors.get("long")).toBeDefined();
  });
});
