import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findJsonSyntaxError, lineAndColumn } from "../../../src/story/json_syntax";

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** Valid JSON texts, then the same with one character deleted, replaced or inserted. */
const jsonText = fc.jsonValue().map((value) => JSON.stringify(value, null, 1));
const damaged = fc
  .tuple(jsonText, fc.nat(), fc.constantFrom("", ",", "}", "]", '"', "'", "\n", "x", "0", "\\"), fc.boolean())
  .map(([text, at, char, replace]) => {
    const i = at % (text.length + 1);
    return text.slice(0, i) + char + text.slice(replace ? i + 1 : i);
  });

describe("findJsonSyntaxError(text)", () => {
  it("findJsonSyntaxError(text) is undefined for valid JSON", () => {
    fc.assert(fc.property(jsonText, (text) => findJsonSyntaxError(text) === undefined));
  });

  it("findJsonSyntaxError(text) finds an error exactly when JSON.parse fails", () => {
    fc.assert(
      fc.property(damaged, (text) => (findJsonSyntaxError(text) === undefined) === parses(text)),
      { numRuns: 2000 },
    );
  });

  it('findJsonSyntaxError("[1,]") points at the trailing comma', () => {
    expect(findJsonSyntaxError("[1,]")).toEqual({
      offset: 2,
      reason: 'trailing comma before "]" (JSON does not allow it)',
    });
  });

  it('findJsonSyntaxError("{\\"a\\": \\"\\\\q\\"}") reports the invalid escape', () => {
    expect(findJsonSyntaxError('{"a": "\\q"}')?.reason).toBe('invalid escape "\\q" in a string');
  });
});

describe("lineAndColumn(text, offset)", () => {
  it('lineAndColumn("ab\\ncd", 4) is line 2, column 2', () => {
    expect(lineAndColumn("ab\ncd", 4)).toEqual({ line: 2, column: 2 });
  });
});
