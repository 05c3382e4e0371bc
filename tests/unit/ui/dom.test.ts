import { describe, expect, it } from "vitest";
import { setAttr, setText } from "../../../src/ui/dom";

/** A node that counts the writes a browser would turn into style, layout and paint work. */
function fakeNode(text: string, attrs: Record<string, string> = {}) {
  const writes: string[] = [];
  let content = text;
  const node = {
    get textContent() {
      return content;
    },
    set textContent(value: string) {
      writes.push(`text=${value}`);
      content = value;
    },
    getAttribute: (name: string) => attrs[name] ?? null,
    setAttribute: (name: string, value: string) => {
      writes.push(`${name}=${value}`);
      attrs[name] = value;
    },
  };
  return { node, writes };
}

describe("setText(node, text) and setAttr(node, name, value)", () => {
  it("setText(node, text) writes only a text that differs from the shown one", () => {
    const { node, writes } = fakeNode("März 2024");
    setText(node as unknown as Node, "März 2024");
    setText(node as unknown as Node, "April 2024");
    setText(node as unknown as Node, "April 2024");
    expect(writes).toEqual(["text=April 2024"]);
  });

  it("setAttr(node, name, value) writes only a value that differs, a missing attribute included", () => {
    const { node, writes } = fakeNode("", { "aria-pressed": "false" });
    setAttr(node as unknown as Element, "aria-pressed", "false");
    setAttr(node as unknown as Element, "aria-pressed", "true");
    setAttr(node as unknown as Element, "aria-valuenow", "0");
    setAttr(node as unknown as Element, "aria-valuenow", "0");
    expect(writes).toEqual(["aria-pressed=true", "aria-valuenow=0"]);
  });
});
