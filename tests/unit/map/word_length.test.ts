import { describe, expect, it } from "vitest";
import { wordLengthPx } from "../../../src/map/word_length";
import { WORD_MAX_EMS } from "../../../src/map/word_size";

describe("wordLengthPx(label, px)", () => {
  it("wordLengthPx('angespannt', 18) is 10 characters of 0.6 em at 18 px; a long label wraps at 11 em", () => {
    expect(wordLengthPx("angespannt", 18)).toBeCloseTo(108);
    // 19.2 ems: three lines in truth; the estimate's two lines keep it long, never past the cap.
    expect(wordLengthPx("Alijew nach Duschanbe und zurück", 10)).toBeCloseTo(108);
    expect(wordLengthPx("x".repeat(60), 10)).toBe(110);
  });

  it("wordLengthPx('keine Beziehungen', 10) is the whole phrase in one line (WORD_MAX_EMS)", () => {
    // Wrapped at 8 em it lay across its own line and the parallel Ankara–Baku line, which then
    // had no room for "verbündet" in a 480 px embed (a review).
    expect(wordLengthPx("keine Beziehungen", 10)).toBeCloseTo(102);
    expect(WORD_MAX_EMS * 10).toBeGreaterThanOrEqual(102);
  });

  it("wordLengthPx('Pashinyan nach Istanbul', 10) is about its longer line wrapped in two, not the cap", () => {
    // MapLibre writes "Pashinyan" / "nach Istanbul": 13 characters, 78 px; "Alijew nach" / "Duschanbe" 66 px.
    expect(wordLengthPx("Pashinyan nach Istanbul", 10)).toBeCloseTo(81);
    expect(wordLengthPx("Alijew nach Duschanbe", 10)).toBeCloseTo(75);
  });
});
