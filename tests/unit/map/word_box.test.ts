import { describe, expect, it } from "vitest";
import { nearerLines, type ScreenBox, wordAxis } from "../../../src/map/word_box";

describe("wordAxis", () => {
  it("wordAxis(point, center, …) runs through the point, level, from one end of the word to the other", () => {
    const axis = wordAxis({ x: 100, y: 50 }, "center", 16, 80, 19, 0, 3);
    expect(axis).toEqual([
      { x: 60, y: 50 },
      { x: 100, y: 50 },
      { x: 140, y: 50 },
    ]);
  });

  it("wordAxis(point, right, …) lies left of the point, beyond its offset (0.4 em)", () => {
    const axis = wordAxis({ x: 100, y: 50 }, "right", 10, 80, 12, 0, 2);
    // The box ends 4 px left of the point: the word runs from 16 to 96 px.
    expect(axis[0]?.x).toBeCloseTo(16);
    expect(axis[1]?.x).toBeCloseTo(96);
    expect(axis[0]?.y).toBeCloseTo(50);
  });

  it("wordAxis(point, top-left, …) of a word at 90° runs down the middle of its upright box", () => {
    const axis = wordAxis({ x: 0, y: 0 }, "top-left", 10, 60, 12, 90, 2);
    // Offset 0.3 em each way; the upright box is 12 wide and 60 tall.
    expect(axis[0]?.x).toBeCloseTo(3 + 6);
    expect(axis[0]?.y).toBeCloseTo(3);
    expect(axis[1]?.y).toBeCloseTo(63);
  });
});

describe("nearerLines", () => {
  // A level word 10 px tall around y = 100; its own line runs at y = own, another at y = other.
  const linesAt = (own: number, other: number) => (box: ScreenBox) => [
    ...(box.top <= own && own <= box.bottom ? ["own"] : []),
    ...(box.top <= other && other <= box.bottom ? ["other"] : []),
  ];
  const word = { id: "own", label: "verbündet", at: { x: 100, y: 100 }, anchor: "center" as const, px: 10, angle: 0 };

  it("nearerLines(word on its own line, …) is 0 with another line a little farther", () => {
    expect(nearerLines(word, linesAt(101, 108))).toBe(0);
  });

  it("nearerLines(word, …) is 3 where another line runs nearer than its own all along it (a review: 'verbündet' over AZAL 8243's route)", () => {
    expect(nearerLines(word, linesAt(124, 108))).toBe(3);
  });

  it("nearerLines(word, …) is 0 where no line runs within the last radius", () => {
    expect(nearerLines(word, linesAt(200, 300))).toBe(0);
  });
});
