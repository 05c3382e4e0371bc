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

/** The test projection's px per degree. */
const PX_PER_DEGREE = 10;

describe("markersAround(center, markers, project, px, pxPerDegree)", () => {
  it("markersAround(center, markers, project, 18, pxPerDegree) counts the markers within 18 px, its own included", () => {
    const data = markers([
      [0, 0],
      [1, 1],
      [1.8, -1.8],
      [1.9, 0],
      [0, 5],
    ]);
    expect(markersAround([0, 0], data, project, 18, PX_PER_DEGREE)).toBe(3);
  });

  it("markersAround(center, markers, project, px, pxPerDegree) counts a stack of old markers as its count", () => {
    expect(
      markersAround(
        [0, 0],
        markers([
          [0, 0, 4],
          [0.5, 0],
        ]),
        project,
        18,
        PX_PER_DEGREE,
      ),
    ).toBe(5);
  });

  it("markersAround(center, markers, project, px, pxPerDegree) counts markers sent but not yet drawn: eight at one place", () => {
    // The data of #event=aliyev-address-to-nation at the overview: eight markers at Baku.
    const baku = markers(Array.from({ length: 8 }, (): [number, number] => [49.87, 40.38]));
    expect(markersAround([49.87, 40.38], baku, project, 18, PX_PER_DEGREE)).toBe(8);
  });

  it("markersAround(center, markers, project, px, pxPerDegree) skips features that are not points", () => {
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
    expect(markersAround([0, 0], data, project, 18, PX_PER_DEGREE)).toBe(0);
  });

  it("markersAround(center, markers, project, px, pxPerDegree) projects only the markers within px / pxPerDegree degrees", () => {
    let projected = 0;
    const counting = (p: [number, number]) => {
      projected++;
      return project(p);
    };
    const far = markers(Array.from({ length: 1000 }, (_, i): [number, number] => [10 + (i % 100), 20 + (i % 7)]));
    far.features.push(...markers([[0.5, 0.5]]).features);
    expect(markersAround([0, 0], far, counting, 18, PX_PER_DEGREE)).toBe(1);
    // The centre and the one near marker.
    expect(projected).toBe(2);
  });

  it("markersAround(center, markers, project, px, pxPerDegree) counts a marker across 180° as near", () => {
    const wrapped = (p: [number, number]) => ({ x: p[0] * 10, y: -p[1] * 10 });
    expect(markersAround([179.5, 0], markers([[-179.5, 0]]), wrapped, 18, PX_PER_DEGREE)).toBe(1);
  });
});
