import along from "@turf/along";
import greatCircle from "@turf/great-circle";
import { lineString, point } from "@turf/helpers";
import length from "@turf/length";
import type { Position } from "geojson";
import { describe, expect, it } from "vitest";
import { bearingAt, greatCirclePath, pointAt, preparePath, sliceTo } from "../../../src/time/paths";

const BAKU: Position = [49.8671, 40.4093];
const GROZNY: Position = [45.6949, 43.3178];
const AKTAU: Position = [51.1983, 43.6532];

const route = preparePath(greatCirclePath([BAKU, GROZNY, AKTAU]));
const fractions = Array.from({ length: 41 }, (_, i) => i / 40);

function expectClose(actual: Position, expected: Position, digits = 6) {
  expect(actual[0]).toBeCloseTo(expected[0] as number, digits);
  expect(actual[1]).toBeCloseTo(expected[1] as number, digits);
}

describe("greatCirclePath(points, pointsPerSegment)", () => {
  it("greatCirclePath([Baku, Grozny]) stays between them", () => {
    const path = greatCirclePath([BAKU, GROZNY]);
    expect(path).toHaveLength(64);
    for (const [lon = 0, lat = 0] of path) {
      expect(lon).toBeGreaterThanOrEqual(GROZNY[0] as number);
      expect(lon).toBeLessThanOrEqual(BAKU[0] as number);
      expect(lat).toBeGreaterThanOrEqual(BAKU[1] as number);
      expect(lat).toBeLessThanOrEqual(GROZNY[1] as number);
    }
  });

  it("greatCirclePath([Baku, Grozny]) matches @turf/great-circle", () => {
    const ours = greatCirclePath([BAKU, GROZNY], 11);
    const turf = greatCircle(point(BAKU), point(GROZNY), { npoints: 11 }).geometry.coordinates as Position[];
    ours.forEach((p, i) => {
      expectClose(p, turf[i] as Position, 5);
    });
  });

  it("greatCirclePath(points) starts and ends exactly at the waypoints, without duplicate joints", () => {
    const path = greatCirclePath([BAKU, GROZNY, AKTAU], 8);
    expect(path).toHaveLength(1 + 7 + 7);
    expect(path[0]).toEqual(BAKU);
    expect(path[7]).toEqual(GROZNY);
    expect(path.at(-1)).toEqual(AKTAU);
    for (let i = 1; i < path.length; i++) expect(path[i]).not.toEqual(path[i - 1]);
  });

  it("greatCirclePath(points) skips zero-length segments", () => {
    expect(greatCirclePath([BAKU, BAKU, GROZNY, GROZNY], 8)).toEqual(greatCirclePath([BAKU, GROZNY], 8));
    expect(greatCirclePath([BAKU, BAKU])).toEqual([BAKU]);
  });

  it("greatCirclePath(points) crosses the antimeridian the short way, with continuous longitudes", () => {
    const path = greatCirclePath([
      [170, 10],
      [-170, 10],
    ]);
    for (const [lon = 0] of path) expect(lon).toBeGreaterThanOrEqual(170 - 1e-9);
    expect(path.at(-1)?.[0]).toBeCloseTo(190, 9);
  });

  it("greatCirclePath(points) of Wladiwostok → Anchorage is one short Pacific arc (no step across the world)", () => {
    const path = greatCirclePath([
      [131.886, 43.115],
      [-149.9, 61.218],
    ]);
    for (let i = 1; i < path.length; i++)
      expect(Math.abs((path[i]?.[0] ?? 0) - (path[i - 1]?.[0] ?? 0))).toBeLessThan(10);
    // All of it over the Pacific and the Bering Sea: between Wladiwostok and Anchorage, east of 131°E.
    for (const [lon = 0] of path) {
      expect(lon).toBeGreaterThanOrEqual(131.886 - 1e-9);
      expect(lon).toBeLessThanOrEqual(360 - 149.9 + 1e-9);
    }
  });
});

describe("preparePath(coords)", () => {
  it("preparePath(coords).length matches @turf/length", () => {
    expect(route.length).toBeCloseTo(length(lineString(route.coords)), 6);
  });

  it("preparePath([]) throws", () => {
    expect(() => preparePath([])).toThrow(RangeError);
  });
});

describe("pointAt(path, fraction)", () => {
  it("pointAt(path, 0) is the first position", () => {
    expect(pointAt(route, 0)).toEqual(BAKU);
  });

  it("pointAt(path, 1) is the last position", () => {
    expect(pointAt(route, 1)).toEqual(AKTAU);
  });

  it("pointAt(path, fraction) clamps to 0..1", () => {
    expect(pointAt(route, -0.5)).toEqual(BAKU);
    expect(pointAt(route, 7)).toEqual(AKTAU);
    expect(pointAt(route, Number.NaN)).toEqual(BAKU);
  });

  it("pointAt(path, fraction) agrees with @turf/along", () => {
    const line = lineString(route.coords);
    for (const f of fractions) expectClose(pointAt(route, f), along(line, f * route.length).geometry.coordinates, 4);
  });

  it("pointAt(path, fraction) moves monotonically along the path", () => {
    let travelled = -1;
    for (const f of fractions) {
      const now = length(lineString(sliceTo(route, f)));
      expect(now).toBeGreaterThan(travelled);
      expect(now).toBeCloseTo(f * route.length, 3);
      travelled = now;
    }
  });

  it("pointAt(path, fraction) of a single position is that position", () => {
    const still = preparePath([BAKU]);
    expect(pointAt(still, 0.5)).toEqual(BAKU);
    expect(sliceTo(still, 0.5)).toEqual([BAKU, BAKU]);
    expect(bearingAt(still, 0.5)).toBe(0);
  });
});

describe("sliceTo(path, fraction)", () => {
  it("sliceTo(path, fraction) ends at pointAt(path, fraction)", () => {
    for (const f of fractions) expect(sliceTo(route, f).at(-1)).toEqual(pointAt(route, f));
  });

  it("sliceTo(path, 0) is a two-position line at the start", () => {
    expect(sliceTo(route, 0)).toEqual([BAKU, BAKU]);
  });

  it("sliceTo(path, 1) is the whole path", () => {
    expect(sliceTo(route, 1)).toEqual(route.coords);
  });
});

describe("bearingAt(path, fraction)", () => {
  it("bearingAt(path, 0) from Baku towards Grozny heads north-west", () => {
    const bearing = bearingAt(route, 0);
    expect(bearing).toBeGreaterThan(270);
    expect(bearing).toBeLessThan(360);
  });

  it("bearingAt(path, 1) from Grozny towards Aktau heads east", () => {
    const bearing = bearingAt(route, 1);
    expect(bearing).toBeGreaterThan(45);
    expect(bearing).toBeLessThan(135);
  });

  it("bearingAt(path, fraction) along the equator eastwards is 90", () => {
    const equator = preparePath(
      greatCirclePath([
        [0, 0],
        [10, 0],
      ]),
    );
    expect(bearingAt(equator, 0.3)).toBeCloseTo(90, 9);
  });

  it("bearingAt(path, fraction) skips zero-length segments", () => {
    const stutter = preparePath([
      [0, 0],
      [0, 0],
      [0, 1],
      [0, 1],
    ]);
    expect(bearingAt(stutter, 0)).toBeCloseTo(0, 9);
    expect(bearingAt(stutter, 1)).toBeCloseTo(0, 9);
  });
});
