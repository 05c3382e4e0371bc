import { describe, expect, it } from "vitest";
import { BOW_MAX, bowedLine } from "../../../src/map/bowed_line";
import { greatCirclePath } from "../../../src/time/paths";

const ANKARA: [number, number] = [32.86, 39.93];
const YEREVAN: [number, number] = [44.51, 40.18];
const BAKU: [number, number] = [49.87, 40.41];
const RAD = Math.PI / 180;
const mercatorY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * RAD) / 2));

/** The line's latitude where it passes `lon` (degrees), by its nearest position. */
const latAt = (line: number[][], lon: number) =>
  line.reduce((best, p) => (Math.abs((p[0] ?? 0) - lon) < Math.abs((best[0] ?? 0) - lon) ? p : best))[1] ?? 0;

describe("bowedLine", () => {
  it("bowedLine(Ankara–Baku) passes well north of Eriwan, which lies nearly on its great circle (three relations were one stroke)", () => {
    const straight = greatCirclePath([ANKARA, BAKU], 32);
    const bowed = bowedLine(straight);
    expect(Math.abs(latAt(straight, YEREVAN[0]) - YEREVAN[1])).toBeLessThan(0.6);
    expect(latAt(bowed, YEREVAN[0]) - YEREVAN[1]).toBeGreaterThan(1);
  });

  it("bowedLine(path) keeps both ends and bows a pair the same way whichever end comes first", () => {
    const there = bowedLine(greatCirclePath([ANKARA, BAKU], 32));
    const back = bowedLine(greatCirclePath([BAKU, ANKARA], 32));
    expect(there[0]?.[0]).toBeCloseTo(ANKARA[0], 9);
    expect(there[0]?.[1]).toBeCloseTo(ANKARA[1], 9);
    expect(there.at(-1)?.[0]).toBeCloseTo(BAKU[0], 9);
    expect(there.at(-1)?.[1]).toBeCloseTo(BAKU[1], 9);
    expect(latAt(there, 41)).toBeCloseTo(latAt(back, 41), 1);
  });

  it("bowedLine(path) bows a long line at most BOW_MAX off its great circle (Moskau–Pjöngjang)", () => {
    const straight = greatCirclePath(
      [
        [37.62, 55.75],
        [125.75, 39.03],
      ],
      33,
    );
    const bowed = bowedLine(straight);
    const mid = 16;
    const dx = ((bowed[mid]?.[0] ?? 0) - (straight[mid]?.[0] ?? 0)) * RAD;
    const dy = mercatorY(bowed[mid]?.[1] ?? 0) - mercatorY(straight[mid]?.[1] ?? 0);
    expect(Math.hypot(dx, dy)).toBeCloseTo(BOW_MAX, 6);
  });

  it("bowedLine(path) bows a line along one meridian west of it, whichever end comes first", () => {
    const south: [number, number] = [44.8, 41.7];
    const north: [number, number] = [44.8, 55.8];
    for (const ends of [
      [south, north],
      [north, south],
    ]) {
      const bowed = bowedLine(greatCirclePath(ends, 17));
      expect(bowed[8]?.[0]).toBeLessThan(44.8 - 1);
    }
  });

  it("bowedLine(path) returns a path whose ends meet as it is", () => {
    expect(bowedLine([ANKARA, ANKARA])).toEqual([ANKARA, ANKARA]);
  });
});
