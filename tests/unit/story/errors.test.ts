import { describe, expect, it } from "vitest";
import { capped, pairSafe } from "../../../src/story/errors";

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe("capped(text, max)", () => {
  it("capped(text, max) keeps start and end of a long text and cuts no emoji in half", () => {
    for (const shift of [0, 1]) {
      const text = `${"x".repeat(shift)}${"😀".repeat(400)}`;
      const cut = capped(text, 301);
      expect(cut.length).toBeLessThanOrEqual(301);
      expect(cut).toContain("…");
      expect(cut).not.toMatch(LONE_SURROGATE);
    }
    expect(capped("kurz")).toBe("kurz");
  });
});

describe("pairSafe(text, at)", () => {
  it("pairSafe(text, at) moves an offset inside a surrogate pair one back, and leaves others", () => {
    expect(pairSafe("a😀b", 2)).toBe(1);
    expect(pairSafe("a😀b", 3)).toBe(3);
    expect(pairSafe("abc", 2)).toBe(2);
    expect(pairSafe("abc", 0)).toBe(0);
  });
});
