/**
 * Where a JSON text first breaks, and why, in words an editor of a story file understands.
 * JSON.parse is still the parser; this scanner only runs after it failed, because engines
 * disagree on what they report: V8 gives no position for "Unexpected token" (a trailing comma)
 * nor for an empty or truncated file, and Firefox and Safari word everything differently.
 */

export interface JsonSyntaxError {
  /** Offset into the text, in UTF-16 code units. */
  offset: number;
  reason: string;
}

class Stop {
  constructor(
    readonly offset: number,
    readonly reason: string,
  ) {}
}

/** The first syntax error of `text` (RFC 8259), or undefined if it is valid JSON. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  let i = 0;
  const fail = (reason: string, at = i): never => {
    // Whatever was expected, a file that stops early is best explained as such.
    const early = at >= text.length && !reason.startsWith("unexpected end");
    throw new Stop(at, early ? "unexpected end of the file (is it truncated?)" : reason);
  };
  const describe = (at: number) => (at >= text.length ? "the end of the file" : `"${text[at]}"`);
  const skipSpace = () => {
    while (i < text.length && " \t\n\r".includes(text[i] as string)) i++;
  };
  const expect = (char: string, context: string) => {
    skipSpace();
    if (text[i] !== char) fail(`expected "${char}" ${context}, found ${describe(i)}`);
    i++;
  };

  const stringValue = () => {
    i++; // opening quote
    for (;;) {
      if (i >= text.length) fail("unexpected end of the file inside a string (missing closing quote?)");
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return;
      }
      if (c < 0x20)
        fail(c === 0x0a ? "line break inside a string (missing closing quote?)" : "control character inside a string");
      if (c === 0x5c) {
        const escaped = text[i + 1];
        if (escaped === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6)))
            fail('invalid "\\u" escape, expected four hex digits');
          i += 6;
        } else if (escaped !== undefined && '"\\/bfnrt'.includes(escaped)) i += 2;
        else fail(`invalid escape "\\${escaped ?? ""}" in a string`);
      } else i++;
    }
  };

  const numberValue = () => {
    const pattern = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
    pattern.lastIndex = i;
    const match = pattern.exec(text);
    if (!match) fail(`invalid number starting with ${describe(i)}`);
    i += (match as RegExpExecArray)[0].length;
    if (/[\d.eE]/.test(text[i] ?? "")) fail("invalid number (leading zero or misplaced digit?)");
  };

  const list = (close: "]" | "}", item: () => void, what: string) => {
    i++; // opening bracket
    skipSpace();
    for (let first = true; text[i] !== close; first = false) {
      if (!first) {
        if (text[i] !== ",") fail(`expected "," or "${close}" after ${what}, found ${describe(i)}`);
        const comma = i++;
        skipSpace();
        if (text[i] === close) fail(`trailing comma before "${close}" (JSON does not allow it)`, comma);
      }
      item();
      skipSpace();
    }
    i++; // closing bracket
  };

  const value = (): void => {
    skipSpace();
    const c = text[i];
    const word = ["true", "false", "null"].find((w) => text.startsWith(w, i));
    if (c === "{") list("}", member, "a property value");
    else if (c === "[") list("]", value, "an array item");
    else if (c === '"') stringValue();
    else if (c === "-" || (c !== undefined && c >= "0" && c <= "9")) numberValue();
    else if (word) i += word.length;
    else if (c === undefined) fail("unexpected end of the file (is it truncated?)");
    else fail(`unexpected ${describe(i)} where a value should start${c === "'" ? " (JSON needs double quotes)" : ""}`);
  };

  const member = () => {
    skipSpace();
    if (text[i] !== '"') fail(`expected a property name in double quotes, found ${describe(i)}`);
    stringValue();
    expect(":", "after a property name");
    value();
  };

  try {
    value();
    skipSpace();
    if (i < text.length) fail(`unexpected ${describe(i)} after the end of the JSON value`);
    return undefined;
  } catch (error) {
    if (error instanceof Stop) return { offset: error.offset, reason: error.reason };
    // Absurd nesting overflows the stack; the caller then falls back to the engine's message.
    if (error instanceof RangeError) return undefined;
    throw error;
  }
}

/** 1-based line and column of an offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  return { line: before.split("\n").length, column: offset - before.lastIndexOf("\n") };
}
