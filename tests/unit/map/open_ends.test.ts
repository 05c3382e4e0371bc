import type { Position } from "geojson";
import { describe, expect, it } from "vitest";
import { destinationPoint, openEnd, STUB_KM } from "../../../src/map/open_ends";
import { movementFeatures } from "../../../src/map/story_features";
import { symbolUsed } from "../../../src/panel/legend";
import { preparePath } from "../../../src/time/paths";
import { indexStory } from "../../../src/time/story_index";
import { tinyStory } from "../story/tiny_story";

const R = 6371.0088;
/** Great-circle distance, km. */
function km([lon1 = 0, lat1 = 0]: Position, [lon2 = 0, lat2 = 0]: Position): number {
  const rad = Math.PI / 180;
  const a =
    Math.sin(((lat2 - lat1) * rad) / 2) ** 2 +
    Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * R * Math.asin(Math.sqrt(a));
}

const BAKU: Position = [49.892, 40.378];
/** Over the Caspian Sea, east of Baku: where a flight was last seen. */
const CASPIAN: Position = [51.5, 40.5];

describe("destinationPoint(from, bearing, km)", () => {
  it("destinationPoint(Baku, 90°, 300 km) lies 300 km due east", () => {
    const p = destinationPoint(BAKU, 90, 300);
    expect(km(BAKU, p)).toBeCloseTo(300, 3);
    expect(p[0]).toBeGreaterThan(BAKU[0] ?? 0);
  });
});

describe("openEnd(path, end)", () => {
  const path = preparePath([BAKU, CASPIAN]);

  it("openEnd(path, destination) goes on from the last known position along the last heading, STUB_KM long", () => {
    const open = openEnd(path, "destination");
    expect(open.line[0]).toEqual(CASPIAN);
    expect(open.line.at(-1)).toEqual(open.tip);
    expect(km(CASPIAN, open.tip)).toBeCloseTo(STUB_KM, 3);
    // Heading on east, the way it flew; not back to Baku.
    expect(open.bearing).toBeGreaterThan(60);
    expect(open.bearing).toBeLessThan(120);
    expect(km(BAKU, open.tip)).toBeGreaterThan(km(BAKU, CASPIAN));
  });

  it("openEnd(path, origin) comes into the first known position from behind it", () => {
    const open = openEnd(path, "origin");
    expect(open.line.at(-1)).toEqual(BAKU);
    expect(open.line[0]).toEqual(open.tip);
    expect(km(BAKU, open.tip)).toBeCloseTo(STUB_KM, 3);
    expect(open.tip[0]).toBeLessThan(BAKU[0] ?? 0);
  });
});

/** The tiny story's flight, seen leaving Baku over the Caspian with no destination named. */
const vanished = tinyStory((input) => {
  const flight = input.movements?.[0];
  if (!flight) return;
  flight.waypoints = [{ place: "baku" }, { lon: CASPIAN[0] ?? 0, lat: CASPIAN[1] ?? 0, approximate: true }];
  flight.unknown = "destination";
});

describe("movementFeatures(index) with an unknown destination", () => {
  it("movementFeatures(index) draws a stub labelled 'Ziel unbekannt' and no crash ✕ at the last known position", () => {
    const features = movementFeatures(indexStory(vanished)).features;
    const roles = features.map((f) => f.properties?.role);
    expect(roles).toContain("open-line");
    expect(roles).not.toContain("end");
    expect(roles).not.toContain("approx-end");
    const tip = features.find((f) => f.properties?.role === "open-tip");
    expect(tip?.properties).toMatchObject({ name_de: "Ziel unbekannt", name_en: "destination unknown", arrow: true });
  });

  it("movementFeatures(index) without an unknown end draws no stub", () => {
    const roles = movementFeatures(indexStory(tinyStory())).features.map((f) => f.properties?.role);
    expect(roles).not.toContain("open-line");
    expect(roles).not.toContain("open-tip");
  });

  it("symbolUsed(story, open-end) lists the stub in the legend only for a story that has one", () => {
    expect(symbolUsed(vanished, "open-end")).toBe(true);
    expect(symbolUsed(tinyStory(), "open-end")).toBe(false);
  });
});
