import type { FeatureCollection, Geometry } from "geojson";
import { describe, expect, it } from "vitest";
import { landRings, seaArea } from "../../../src/map/sea_label";

/** A flat "projection" for the tests: 10 px a degree, north up (y grows southward). */
const project = ([lon, lat]: [number, number]) => ({ x: lon * 10, y: -lat * 10 });

const box = (w: number, s: number, e: number, n: number) => [
  [
    [w, s],
    [e, s],
    [e, n],
    [w, n],
    [w, s],
  ],
];

/** Land west of 0° and east of 4° E; a sea 4° wide between them from 0° to 20° N; land north of 20° N. */
const countries: FeatureCollection<Geometry> = {
  type: "FeatureCollection",
  features: [
    { type: "Feature", properties: {}, geometry: { type: "Polygon", coordinates: box(-30, -10, 0, 30) } },
    { type: "Feature", properties: {}, geometry: { type: "Polygon", coordinates: box(4, -10, 30, 30) } },
    { type: "Feature", properties: {}, geometry: { type: "Polygon", coordinates: box(0, 20, 4, 30) } },
  ],
};

describe("seaArea(seed, label, project, land)", () => {
  const land = landRings(countries);

  it("seaArea(seed, label, project, land) centres a name on the water, never on the land around it", () => {
    // The seed near the northern shore: the name moves south onto the water, not north onto land.
    const sea = seaArea([2, 19], { width: 30, height: 12 }, project, land);
    if (!sea) throw new Error("no sea");
    expect(sea.point.x).toBeGreaterThan(0);
    expect(sea.point.x).toBeLessThan(40);
    expect(sea.point.y).toBeGreaterThan(-200 + 6);
    expect(sea.has(sea.point.x, sea.point.y)).toBe(true);
    expect(
      sea.share({ left: sea.point.x - 15, top: sea.point.y - 6, right: sea.point.x + 15, bottom: sea.point.y + 6 }),
    ).toBeGreaterThan(0.9);
  });

  it("seaArea(seed, label, project, land) tells the sea from the land: has() and share()", () => {
    const sea = seaArea([2, 10], { width: 30, height: 12 }, project, land);
    if (!sea) throw new Error("no sea");
    expect(sea.has(20, -100)).toBe(true);
    expect(sea.has(-50, -100)).toBe(false);
    expect(sea.has(20, -250)).toBe(false);
    expect(sea.share({ left: -80, top: -110, right: -50, bottom: -90 })).toBe(0);
  });

  it("seaArea(seed, label, project, land) is undefined where the sea's point lies on land", () => {
    expect(seaArea([-10, 10], { width: 30, height: 12 }, project, land)).toBeUndefined();
  });
});

describe("placeLabelAnchors(places, frame, view, lang, theme, measure, land)", () => {
  it("placeLabelAnchors(…, land) moves a sea's name from its labelAt on land onto its water", async () => {
    const { placeLabelAnchors } = await import("../../../src/map/place_labels");
    const sea = {
      id: "sea",
      name: { de: "Meer", en: "Sea" },
      lon: 2,
      lat: 10,
      kind: "sea",
      rank: 2,
      // The author's label point lies on the land north of the sea (the Caspian's did, at 45.7° N).
      labelAt: { lon: 2, lat: 25 },
    } as unknown as Parameters<typeof placeLabelAnchors>[0][number];
    const view = {
      zoom: 3,
      width: 800,
      height: 800,
      project: ([lon, lat]: [number, number]) => ({ x: 400 + lon * 10, y: 400 - lat * 10 }),
      unproject: ({ x, y }: { x: number; y: number }): [number, number] => [(x - 400) / 10, (400 - y) / 10],
      obstacles: [],
    };
    const theme = { scale: 1, labelScale: 1, minTextPx: 0 };
    const measure = (text: string, px: number) => text.length * px * 0.55;
    const frame: [[number, number], [number, number]] = [
      [-30, -10],
      [30, 30],
    ];
    const placed = placeLabelAnchors([sea], frame, view, "de", theme, measure, landRings(countries));
    const [lon, lat] = placed.points.get("sea") ?? [Number.NaN, Number.NaN];
    expect(lon).toBeGreaterThan(0);
    expect(lon).toBeLessThan(4);
    expect(lat).toBeLessThan(20);
    expect(placed.anchors.get("sea")).toMatch(/^sea/);
  });
});
