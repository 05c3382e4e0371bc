import { describe, expect, it } from "vitest";
import {
  awayFrom,
  type Box,
  edgeOf,
  freeArea,
  mainPlaceBounds,
  paddingFor,
  unwrapBounds,
} from "../../../src/map/framing";
import { tinyStory } from "../story/tiny_story";

const MAP: Box = { left: 0, top: 0, right: 900, bottom: 600 };

describe("freeArea(map, overlays, aspect, margin)", () => {
  it("freeArea(map, no overlays) is the map", () => {
    expect(freeArea(MAP, [], 3)).toEqual(MAP);
  });

  it("freeArea(wide content, date top left, zoom buttons bottom right) gives up height, not width", () => {
    const date: Box = { left: 10, top: 10, right: 200, bottom: 50 };
    const zoom: Box = { left: 860, top: 450, right: 890, bottom: 590 };
    const free = freeArea(MAP, [date, zoom], 3, 10);
    // Wide content is limited by the map's width: cutting above and below costs it nothing.
    expect(free).toEqual({ left: 0, top: 50, right: 900, bottom: 450 });
    // Content as tall as the map is: the buttons are cut away beside it instead.
    expect(freeArea(MAP, [date, zoom], 0.3, 10)).toEqual({ left: 200, top: 0, right: 860, bottom: 600 });
  });

  it("freeArea(tall content, a legend along the right) keeps the full height", () => {
    const legend: Box = { left: 600, top: 10, right: 890, bottom: 300 };
    expect(freeArea(MAP, [legend], 0.5)).toEqual({ left: 0, top: 0, right: 600, bottom: 600 });
  });

  it("freeArea(map, an overlay outside it) ignores the overlay", () => {
    expect(freeArea(MAP, [{ left: 950, top: 0, right: 990, bottom: 50 }], 2)).toEqual(MAP);
  });
});

describe("paddingFor(map, free, margin)", () => {
  it("paddingFor(map, free, 18) adds the margin to each inset", () => {
    const free: Box = { left: 0, top: 50, right: 860, bottom: 600 };
    expect(paddingFor(MAP, free, 18)).toEqual({ top: 68, bottom: 18, left: 18, right: 58 });
  });

  it("paddingFor(a map too small for the margins) drops the margins, never going negative", () => {
    const tiny: Box = { left: 0, top: 0, right: 60, bottom: 60 };
    expect(paddingFor(tiny, tiny, 18)).toEqual({ top: 0, bottom: 0, left: 0, right: 0 });
  });

  it("paddingFor(a 320 × 234 map, a column between the date and the legend's button, 48) keeps 14 px, not 0, when the margins do not fit", () => {
    const map: Box = { left: 0, top: 0, right: 320, bottom: 234 };
    const column: Box = { left: 110, top: 0, right: 230, bottom: 234 };
    expect(paddingFor(map, column, 48)).toEqual({ top: 14, bottom: 14, left: 124, right: 104 });
  });

  it("paddingFor(map, a free area too large to leave 40 px) insets 14 px all round", () => {
    const map: Box = { left: 0, top: 0, right: 320, bottom: 234 };
    const sliver: Box = { left: 150, top: 0, right: 170, bottom: 234 };
    expect(paddingFor(map, sliver, 0)).toEqual({ top: 14, bottom: 14, left: 14, right: 14 });
  });
});

describe("mainPlaceBounds(places, fallback)", () => {
  it("mainPlaceBounds(places) spans the places of rank 1–2 only", () => {
    const places = tinyStory().places.map((p, i) => ({ ...p, rank: i === 2 ? 5 : 1 }));
    expect(
      mainPlaceBounds(places, [
        [0, 0],
        [1, 1],
      ]),
    ).toEqual([
      [45.6949, 40.4093],
      [49.8671, 43.3178],
    ]);
  });

  it("mainPlaceBounds(fewer than two main places) falls back to the story's view", () => {
    const places = tinyStory().places.map((p) => ({ ...p, rank: 5 }));
    expect(
      mainPlaceBounds(places, [
        [0, 0],
        [1, 1],
      ]),
    ).toEqual([
      [0, 0],
      [1, 1],
    ]);
  });
});

describe("mainPlaceBounds(places across the antimeridian)", () => {
  const bering = () => {
    const [a, b, ...rest] = tinyStory().places;
    if (!a || !b) throw new Error("tinyStory has places");
    return [
      { ...a, lon: 131.886, lat: 43.115, rank: 1 },
      { ...b, lon: -149.9, lat: 61.218, rank: 1 },
      ...rest.map((p) => ({ ...p, rank: 5 })),
    ];
  };

  it("mainPlaceBounds(Wladiwostok, Anchorage) takes the short way across 180°: west 131.886, east 210.1", () => {
    const [[west, south], [east, north]] = mainPlaceBounds(bering(), [
      [0, 0],
      [1, 1],
    ]);
    expect([west, south, north]).toEqual([131.886, 43.115, 61.218]);
    expect(east).toBeCloseTo(210.1, 9);
  });

  it("mainPlaceBounds(no main places, a story view with west > east) unwraps the view: east + 360", () => {
    const places = bering().map((p) => ({ ...p, rank: 5 }));
    expect(
      mainPlaceBounds(places, [
        [160, 50],
        [-150, 70],
      ]),
    ).toEqual([
      [160, 50],
      [210, 70],
    ]);
  });

  it("unwrapBounds(a box with west ≤ east) is the same box", () => {
    const box: [[number, number], [number, number]] = [
      [7.2, 41.6],
      [12.8, 47.2],
    ];
    expect(unwrapBounds(box)).toBe(box);
  });
});

describe("edgeOf(lon, lat, frame)", () => {
  it("edgeOf(Anchorage −149.9, the Bering frame 131.9..210.1) is east; Wladiwostok is west", () => {
    const frame: [[number, number], [number, number]] = [
      [131.886, 43.115],
      [210.1, 61.218],
    ];
    expect(edgeOf(-149.9, 61.218, frame)).toBe("north-east");
    expect(edgeOf(131.886, 43.115, frame)).toBe("south-west");
    expect(edgeOf(179, 52, frame)).toBe("");
  });

  it("edgeOf(a place at the frame's east end) is east; the middle is none", () => {
    expect(
      edgeOf(116, 40, [
        [29, 38],
        [116, 57],
      ]),
    ).toBe("east");
    expect(
      edgeOf(29.5, 38.2, [
        [29, 38],
        [116, 57],
      ]),
    ).toBe("south-west");
    expect(
      edgeOf(70, 48, [
        [29, 38],
        [116, 57],
      ]),
    ).toBe("");
  });
});

describe("awayFrom(lon, lat, id, places)", () => {
  it("awayFrom(a city with main places to its east) points west", () => {
    const places = tinyStory().places.map((p) => ({ ...p, rank: 1 }));
    // Grosny, with Baku to the south-east and Aktau to the east.
    expect(awayFrom(45.6949, 43.3178, "grozny", places)).toMatch(/west/);
  });

  it("awayFrom(a city alone) is none", () => {
    const places = tinyStory().places.map((p) => ({ ...p, rank: 1 }));
    expect(awayFrom(120, 30, "far", places)).toBe("");
  });

  it("awayFrom(a city at 179.5 with a main place at −179 to its east, across 180°) points west", () => {
    const [a] = tinyStory().places;
    if (!a) throw new Error("tinyStory has places");
    const places = [{ ...a, id: "east-of-180", lon: -179, lat: 65, rank: 1 }];
    expect(awayFrom(179.5, 65, "here", places)).toBe("west");
  });
});
