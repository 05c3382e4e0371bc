import type { FeatureCollection } from "geojson";
import { describe, expect, it } from "vitest";
import { markersAround } from "../../../src/map/crowding";

/** 1° = 10 px, no projection beyond that. */
const project = ([lon, lat]: [number, number]) => ({ x: lon * 10, y: -lat * 10 });

const markers = (points: [number, number, number?][]): FeatureCollection => ({
  type: "FeatureCollection",
  features: points.map(([lon, lat, count]) => ({
    type: "Feature",
    geometry: { type: "Point", coordinates: [lon, lat] },
    properties: count === undefined ? {} : { count },
  })),
});

describe("markersAround(center, markers, project, px)", () => {
  it("markersAround(center, markers, project, 18) counts the markers within 18 px, its own included", () => {
    const data = markers([
      [0, 0],
      [1, 1],
      [1.8, -1.8],
      [1.9, 0],
      [0, 5],
    ]);
    expect(markersAround({ x: 0, y: 0 }, data, project, 18)).toBe(3);
  });

  it("markersAround(center, markers, project, px) counts a stack of old markers as its count", () => {
    expect(
      markersAround(
        { x: 0, y: 0 },
        markers([
          [0, 0, 4],
          [0.5, 0],
        ]),
        project,
        18,
      ),
    ).toBe(5);
  });

  it("markersAround(center, markers, project, px) counts markers sent but not yet drawn: eight at one place", () => {
    // The data of #event=aliyev-address-to-nation at the overview: eight markers at Baku.
    const baku = markers(Array.from({ length: 8 }, (): [number, number] => [49.87, 40.38]));
    expect(markersAround(project([49.87, 40.38]), baku, project, 18)).toBe(8);
  });

  it("markersAround(center, markers, project, px) skips features that are not points", () => {
    const data: FeatureCollection = {
      type: "FeatureCollection",
      features: [
        {
          type: "Feature",
          geometry: {
            type: "LineString",
            coordinates: [
              [0, 0],
              [1, 1],
            ],
          },
          properties: {},
        },
      ],
    };
    expect(markersAround({ x: 0, y: 0 }, data, project, 18)).toBe(0);
  });
});
