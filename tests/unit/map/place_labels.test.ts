import { describe, expect, it } from "vitest";
import { cityAnchor, isCallout } from "../../../src/map/label_anchors";
import { leaderLines } from "../../../src/map/leader_lines";
import { type LabelView, placeLabelAnchors, placeLabelLayout } from "../../../src/map/place_labels";
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
  unproject: ({ x, y }) => [(x - 200) / 10, (150 - y) / 10],
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

  it("placeLabelAnchors(…) names every main city of a cluster too dense for names beside the dots, with callouts", () => {
    // Five main cities 6 px apart (the Caucasus on a phone): beside their dots there is room for few names.
    const places = [
      city("Aaaaaa", 0, 0, 1),
      city("Bbbbbb", 0.6, 0, 1),
      city("Cccccc", -0.6, 0, 1),
      city("Dddddd", 0, 0.6, 1),
      city("Eeeeee", 0, -0.6, 1),
    ];
    const anchors = placeLabelAnchors(places, FRAME, view(), "de", LIGHT, measure);
    expect([...anchors.keys()].sort()).toEqual(places.map((p) => p.id));
    const callouts = [...anchors].filter(([, key]) => isCallout(key));
    expect(callouts.length).toBeGreaterThan(0);
    // One leader line per callout, from outside the dot to short of the name.
    const lines = leaderLines(places, anchors, view(), LIGHT);
    expect(lines.features.map((f) => f.properties?.id).sort()).toEqual(callouts.map(([id]) => id).sort());
    for (const line of lines.features) {
      const place = places.find((p) => p.id === line.properties?.id) as Place;
      const [from, to] = line.geometry.coordinates.map(
        ([lon, lat]) => Math.hypot((lon as number) - place.lon, (lat as number) - place.lat) * 10,
      );
      expect(from).toBeGreaterThan(4);
      expect(to).toBeGreaterThan(from as number);
    }
  });

  it("leaderLines(…) draws no line for a name beside its dot", () => {
    const places = [city("main", 0, 0, 1)];
    const anchors = placeLabelAnchors(places, FRAME, view(), "de", LIGHT, measure);
    expect(isCallout(anchors.get("main") ?? "")).toBe(false);
    expect(leaderLines(places, anchors, view(), LIGHT).features).toEqual([]);
  });

  it("placeLabelAnchors(…) keeps a main name off a secondary city's dot, drawn above the names (Teheran's in Baku's)", () => {
    const places = [city("baku", 0, 0, 1), city("teheran", 2, 0, 3)];
    const alone = placeLabelAnchors([places[0] as Place], FRAME, view(), "de", LIGHT, measure);
    expect(alone.get("baku")).toBe("left");
    const anchors = placeLabelAnchors(places, FRAME, view(), "de", LIGHT, measure);
    expect(anchors.get("baku")).toBeDefined();
    expect(anchors.get("baku")).not.toBe("left");
  });
});

describe("placeLabelLayout(places, frame, view, lang, theme, measure, current, marked)", () => {
  // A control over all of the map but its leftmost 10 px, a main city 2 px from the left edge:
  // its name fits nowhere (Istanbul at a phone's edge in a framed view, a bare dot there).
  const walled = view([{ left: 10, top: 0, right: 400, bottom: 300 }]);
  const edgeCity = city("istanbul", -19.8, 0, 1);

  it("placeLabelLayout(…) draws a main city whose name has no room on the map neither with dot nor name", () => {
    const { anchors, hidden, unnamed } = placeLabelLayout([edgeCity], FRAME, walled, "de", LIGHT, measure);
    expect(anchors.has("istanbul")).toBe(false);
    expect([...hidden]).toEqual(["istanbul"]);
    expect([...unnamed]).toEqual([]);
  });

  it("placeLabelLayout(…, current, marked) keeps the dot of such a city with an event there, without a name", () => {
    const marked = new Set(["istanbul"]);
    const { hidden, unnamed } = placeLabelLayout([edgeCity], FRAME, walled, "de", LIGHT, measure, new Set(), marked);
    expect([...hidden]).toEqual([]);
    expect([...unnamed]).toEqual(["istanbul"]);
    const current = new Set(["istanbul"]);
    expect([...placeLabelLayout([edgeCity], FRAME, walled, "de", LIGHT, measure, current).unnamed]).toEqual([
      "istanbul",
    ]);
  });

  it("placeLabelLayout(…) names a main city amid secondary dots 10 px apart, and the dots its name covers give way; an event's never", () => {
    const grid: Place[] = [];
    for (let i = -6; i <= 6; i++) {
      for (let j = -6; j <= 6; j++) if (i !== 0 || j !== 0) grid.push(city(`s${i}_${j}`, i, j, 4));
    }
    const baku = city("baku", 0, 0, 1);
    // Events at the dots right above and below Baku's.
    const marked = new Set(["s0_1", "s0_-1"]);
    const places = [baku, ...grid];
    const { anchors, hidden } = placeLabelLayout(places, FRAME, view(), "de", LIGHT, measure, new Set(), marked);
    expect(anchors.has("baku")).toBe(true);
    expect(hidden.size).toBeGreaterThan(0);
    for (const id of hidden) {
      expect(id).not.toBe("baku");
      expect(marked.has(id)).toBe(false);
    }
  });

  it("placeLabelLayout(…, marked) names a secondary city with an event's dot itself, clear of the main names and dots", () => {
    // Moskau (rank 3) with an earlier event's dot, a main city's dot 30 px to its right: MapLibre
    // would drop its name against its own marker's room (a review found it unnamed beside Minsk).
    const places = [city("main", 3, 0, 1), city("moskau", 0, 0, 3), city("minsk", -3, 0, 4)];
    const marked = new Set(["moskau"]);
    const layout = placeLabelLayout(places, FRAME, view(), "de", LIGHT, measure, new Set(), marked);
    const key = layout.anchors.get("moskau");
    expect(key).toBeDefined();
    expect(isCallout(key ?? "")).toBe(false);
    expect(layout.anchors.has("minsk")).toBe(false);
    expect(layout.unnamed.has("moskau")).toBe(false);
  });

  it("placeLabelLayout(…, marked) names Kiew, with an event, over Minsk's plain dot, which gives way: rank and the event decide, not MapLibre's order", () => {
    // Kiew (rank 3, an event's dot) hemmed in by main names left and right and by plain
    // secondary dots above and below (Minsk, rank 4, just above): only a name over a plain dot fits.
    const places = [
      city("kiew", 0, 0, 3),
      city("minsk", 0, 1, 4),
      city("orsha", 0, -1, 4),
      city("west", -1.6, 0, 1),
      city("east", 1.6, 0, 1),
    ];
    const marked = new Set(["kiew"]);
    const layout = placeLabelLayout(places, FRAME, view(), "de", LIGHT, measure, new Set(), marked);
    expect(layout.anchors.has("kiew")).toBe(true);
    expect(layout.unnamed.has("kiew")).toBe(false);
    expect([...layout.hidden].some((id) => id === "minsk" || id === "orsha")).toBe(true);
    expect(layout.hidden.has("west") || layout.hidden.has("east")).toBe(false);
  });

  it("placeLabelLayout(…, marked) leaves such a city's marker without a name where no position has room", () => {
    const places = [city("moskau", 0, 0, 3)];
    // A control over everything but a 12 px wide strip around the dot: no name fits there.
    const walls = view([
      { left: 0, top: 0, right: 194, bottom: 300 },
      { left: 206, top: 0, right: 400, bottom: 300 },
    ]);
    const layout = placeLabelLayout(places, FRAME, walls, "de", LIGHT, measure, new Set(), new Set(["moskau"]));
    expect(layout.anchors.has("moskau")).toBe(false);
    expect([...layout.unnamed]).toEqual(["moskau"]);
    expect(layout.hidden.size).toBe(0);
  });

  it("placeLabelLayout(…, marked) lays out at most 24 marked secondary cities, the most important (lowest rank) first", () => {
    // 40 marked secondary cities far apart on a wide map (rank 9 for the first eight, 5 for the
    // last eight): the 24 of lowest rank get laid-out names; the rest are left to MapLibre's
    // placement, neither named here nor unnamed.
    const wide: LabelView = { ...view(), width: 4000, height: 3000 };
    const places = Array.from({ length: 40 }, (_, i) =>
      city(`s${i}`, -18 + (i % 8) * 50, 12 - Math.floor(i / 8) * 30, 9 - Math.floor(i / 8)),
    );
    const marked = new Set(places.map((p) => p.id));
    const frame = [
      [-20, -140],
      [380, 15],
    ] as [[number, number], [number, number]];
    const layout = placeLabelLayout(places, frame, wide, "de", LIGHT, measure, new Set(), marked);
    const laid = places.filter((p) => layout.anchors.has(p.id));
    expect(laid).toHaveLength(24);
    expect(Math.max(...laid.map((p) => p.rank))).toBeLessThanOrEqual(
      Math.min(...places.filter((p) => !laid.includes(p)).map((p) => p.rank)),
    );
    expect(layout.unnamed.size).toBe(0);
  });
});

describe("placeLabelLayout(…, marks)", () => {
  it("placeLabelLayout(…, marks) names the current event's city on another side than the one a ✕ beside its ring takes", () => {
    const aktau = city("aktau", 0, 0, 3);
    const current = new Set(["aktau"]);
    const first = placeLabelLayout([aktau], FRAME, view(), "de", LIGHT, measure, current).anchors.get("aktau");
    const anchor = cityAnchor(first ?? "");
    expect(anchor).toBeDefined();
    // A ✕ (reach 13 px) where that name's anchor point was: "Aktau" over the ✕ on a phone (a review).
    const size = 14;
    const mark = {
      id: "✕1",
      x: 200 + (anchor?.offset[0] ?? 0) * size,
      y: 150 + (anchor?.offset[1] ?? 0) * size,
      r: 13,
    };
    const next = placeLabelLayout([aktau], FRAME, view(), "de", LIGHT, measure, current, new Set(), [mark]);
    expect(next.anchors.get("aktau")).toBeDefined();
    expect(next.anchors.get("aktau")).not.toBe(first);
  });

  it("placeLabelLayout(…, marks) still names the current event's place where a ✕ takes every side: the ✕ gives way last", () => {
    const aktau = city("aktau", 0, 0, 3);
    const marks = [{ id: "✕1", x: 200, y: 150, r: 150 }];
    const layout = placeLabelLayout([aktau], FRAME, view(), "de", LIGHT, measure, new Set(["aktau"]), new Set(), marks);
    expect(layout.anchors.has("aktau")).toBe(true);
  });
});

describe("placeLabelLayout(…, ends)", () => {
  it("placeLabelLayout(…, ends) keeps the dot and name of a strong line's end that a main name could only cover", () => {
    // Baku (main) amid secondary dots 10 px apart, those around it ends of strong lines: no dot
    // of an end gives way to a main name (the grid test above: plain dots do).
    const grid: Place[] = [];
    for (let i = -2; i <= 2; i++) {
      for (let j = -2; j <= 2; j++) if (i !== 0 || j !== 0) grid.push(city(`s${i}_${j}`, i, j, 4));
    }
    const ends = new Set(grid.map((p) => p.id));
    const places = [city("baku", 0, 0, 1), ...grid];
    const layout = placeLabelLayout(places, FRAME, view(), "de", LIGHT, measure, new Set(), new Set(), [], ends);
    expect([...layout.hidden].filter((id) => ends.has(id))).toEqual([]);
    const plain = placeLabelLayout(places, FRAME, view(), "de", LIGHT, measure);
    expect(plain.hidden.size).toBeGreaterThan(0);
  });

  it("placeLabelLayout(…, current, ends) names the current event's place over an end's dot where nothing else has room: the end gives way", () => {
    // "Gebiet Kursk" in presenter mode at 1024×768: its only room lay over Moskau's dot.
    const kursk = city("kursk", 0, 0, 4);
    const moskau = city("moskau", 0, 2.2, 3);
    // Walls leave a strip 70 px wide, above Kursk's dot only.
    const walls = view([
      { left: 0, top: 0, right: 165, bottom: 300 },
      { left: 235, top: 0, right: 400, bottom: 300 },
      { left: 165, top: 160, right: 235, bottom: 300 },
    ]);
    const current = new Set(["kursk"]);
    const ends = new Set(["moskau"]);
    const layout = placeLabelLayout([kursk, moskau], FRAME, walls, "de", LIGHT, measure, current, new Set(), [], ends);
    expect(layout.anchors.has("kursk")).toBe(true);
    expect(layout.hidden.has("moskau")).toBe(true);
  });

  it("placeLabelLayout(…, ends) names a secondary city at a strong line's end as one with an event's dot", () => {
    const places = [city("main", 3, 0, 1), city("moskau", 0, 0, 3)];
    const layout = placeLabelLayout(
      places,
      FRAME,
      view(),
      "de",
      LIGHT,
      measure,
      new Set(),
      new Set(),
      [],
      new Set(["moskau"]),
    );
    expect(layout.anchors.has("moskau")).toBe(true);
    expect(placeLabelLayout(places, FRAME, view(), "de", LIGHT, measure).anchors.has("moskau")).toBe(false);
  });
});
