import type { Position } from "geojson";
import { describe, expect, it } from "vitest";
import { lonLatBounds, normalizeLongitude, splitAtAntimeridian, unwrapLongitudes } from "../../../src/geo/antimeridian";

const VLADIVOSTOK: Position = [131.886, 43.115];
const ANCHORAGE: Position = [-149.9, 61.218];
const BAKU: Position = [49.867, 40.409];
const AKTAU: Position = [51.2, 43.65];

describe("normalizeLongitude(lon)", () => {
  it("normalizeLongitude(lon) wraps into -180..180", () => {
    expect(normalizeLongitude(181.2)).toBeCloseTo(-178.8, 9);
    expect(normalizeLongitude(-190)).toBeCloseTo(170, 9);
    expect(normalizeLongitude(540)).toBe(180);
    expect(normalizeLongitude(-180)).toBe(-180);
    expect(normalizeLongitude(45)).toBe(45);
  });
});

describe("unwrapLongitudes(coords)", () => {
  it("unwrapLongitudes(coords) takes each step the short way", () => {
    expect(
      unwrapLongitudes([
        [179.6, 62],
        [-178.8, 62],
        [-170, 61],
      ]),
    ).toEqual([
      [179.6, 62],
      [181.2, 62],
      [190, 61],
    ]);
    expect(unwrapLongitudes([BAKU, AKTAU])).toEqual([BAKU, AKTAU]);
  });
});

describe("splitAtAntimeridian(coords)", () => {
  it("splitAtAntimeridian(coords) of the Bering flight gives two parts meeting at ±180", () => {
    const parts = splitAtAntimeridian([
      [170, 60],
      [179.6, 62],
      [-178.8, 62],
      [-170, 61],
    ]);
    expect(parts).toHaveLength(2);
    const [west = [], east = []] = parts;
    expect(west.at(-1)?.[0]).toBe(180);
    expect(east[0]?.[0]).toBe(-180);
    expect(west.at(-1)?.[1]).toBeCloseTo(62, 9);
    expect(east[0]?.[1]).toBe(west.at(-1)?.[1]);
    for (const [lon = 0] of parts.flat()) expect(Math.abs(lon)).toBeLessThanOrEqual(180);
  });

  it("splitAtAntimeridian(coords) of unwrapped longitudes splits the same way", () => {
    expect(
      splitAtAntimeridian([
        [179.6, 62],
        [181.2, 62],
      ]),
    ).toEqual(
      splitAtAntimeridian([
        [179.6, 62],
        [-178.8, 62],
      ]),
    );
  });

  it("splitAtAntimeridian(coords) leaves a line that does not cross whole", () => {
    expect(splitAtAntimeridian([BAKU, AKTAU])).toEqual([[BAKU, AKTAU]]);
  });

  it("splitAtAntimeridian(coords) interpolates the latitude at the crossing", () => {
    const [west = []] = splitAtAntimeridian([
      [170, 0],
      [-170, 10],
    ]);
    expect(west.at(-1)).toEqual([180, 5]);
  });
});

describe("lonLatBounds(points)", () => {
  it("lonLatBounds(points) frames Wladiwostok and Anchorage the short way, across 180°", () => {
    const [[west, south], [east, north]] = lonLatBounds([VLADIVOSTOK, ANCHORAGE]);
    expect(west).toBe(131.886);
    expect(east).toBeCloseTo(210.1, 9);
    expect([south, north]).toEqual([43.115, 61.218]);
  });

  it("lonLatBounds(points) of places on one side is their plain box", () => {
    expect(lonLatBounds([BAKU, AKTAU])).toEqual([
      [49.867, 40.409],
      [51.2, 43.65],
    ]);
  });

  it("lonLatBounds(points) of one point is that point", () => {
    expect(lonLatBounds([BAKU])).toEqual([BAKU, BAKU]);
  });
});
