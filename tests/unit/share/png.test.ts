import { describe, expect, it } from "vitest";
import { ellipsis, wrap } from "../../../src/share/png";

/** A monospaced measure: every UTF-16 unit is 10 px wide. */
const mono = { measureText: (text: string) => ({ width: text.length * 10 }) as TextMetrics };
const WORD = "Rechtsschutzversicherungsgesellschaften".repeat(8).slice(0, 296);

describe("wrap(context, text, width, maxLines)", () => {
  it("wrap(context, text, width, maxLines) cuts a 296-character word with … to the width, on any line", () => {
    for (const text of [WORD, `Titel ${WORD}`, `${WORD} und mehr`, `a b ${WORD} c`]) {
      const lines = wrap(mono, text, 200, 3);
      expect(lines.length).toBeGreaterThan(0);
      expect(lines.length).toBeLessThanOrEqual(3);
      for (const line of lines) expect(line.length * 10).toBeLessThanOrEqual(200);
    }
    expect(wrap(mono, WORD, 200, 2)).toEqual([`${WORD.slice(0, 19)}…`]);
  });

  it("wrap(context, text, width, maxLines) keeps short words whole and ends in … when text is left", () => {
    expect(wrap(mono, "eins zwei drei vier", 100, 2)).toEqual(["eins zwei", "drei vier"]);
    expect(wrap(mono, "eins zwei drei vier fünf", 100, 2)).toEqual(["eins zwei", "drei vier…"]);
  });

  it("wrap(context, text, width, maxLines) wraps mixed scripts within the width", () => {
    const mixed = "საქართველოსრესპუბლიკისპარლამენტი جمهوريةأذربيجان Азербайджанская";
    for (const line of wrap(mono, mixed, 150, 4)) expect(line.length * 10).toBeLessThanOrEqual(150);
  });
});

describe("ellipsis(context, text, width)", () => {
  it("ellipsis(context, text, width) is the longest start that fits with …", () => {
    expect(ellipsis(mono, "abcdefghij", 50)).toBe("abcd…");
    expect(ellipsis(mono, "ab", 10)).toBe("a…");
  });

  it("ellipsis(context, text, width) never cuts inside a surrogate pair or a letter's combining marks", () => {
    // 𝔘 and 🇩🇪 are two and four UTF-16 units; Z̷̛ is a letter with two combining marks.
    const text = "ab𝔘🇩🇪Z\u0337\u031bcd";
    const cuts = [10, 20, 30, 40, 50, 60, 70, 80, 90].map((width) => ellipsis(mono, text, width));
    for (const cut of cuts) {
      expect(cut).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
      expect(["a", "ab", "ab𝔘", "ab𝔘🇩🇪", "ab𝔘🇩🇪Z\u0337\u031b", "ab𝔘🇩🇪Z\u0337\u031bc"].map((s) => `${s}…`)).toContain(
        cut,
      );
    }
    expect(ellipsis(mono, text, 50)).toBe("ab𝔘…");
  });
});
