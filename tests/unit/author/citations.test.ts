import { describe, expect, it } from "vitest";
import { findSentences, isCitable } from "../../../src/author/citations";

const article = (file: string, text: string) => ({ file, text, published: "2025" });

describe("findSentences(work, query, limit)", () => {
  it("skips marker lines and fragments: the first offered sentence of an article opening with WERBUNG is a real one", () => {
    const work = {
      articles: [article("001.txt", "WERBUNG\n\nBaku. Die Regierung in Baku rief den Botschafter zurück.")],
    };
    expect(findSentences(work, "").map((s) => s.label)).toEqual([
      "001.txt: Die Regierung in Baku rief den Botschafter zurück.",
    ]);
  });

  it("offers at most `limit` sentences of a long text, those containing the query", () => {
    const text = Array.from(
      { length: 40_000 },
      (_, i) => `Satz Nummer ${i} handelt von ${i % 2 ? "Moskau" : "Baku"}.`,
    ).join(" ");
    const work = { articles: [article("long.txt", text)] };
    expect(findSentences(work, "")).toHaveLength(40);
    const found = findSentences(work, "nummer 3999", 5);
    expect(found.map((s) => s.value)).toEqual([
      "long.txt#3999",
      "long.txt#39990",
      "long.txt#39991",
      "long.txt#39992",
      "long.txt#39993",
    ]);
  });
});

describe("isCitable(sentence)", () => {
  it("is false for all-caps markers and short fragments, true for a sentence", () => {
    expect(isCitable("WERBUNG")).toBe(false);
    expect(isCitable("ANZEIGE – WEITER NACH DER ANZEIGE")).toBe(false);
    expect(isCitable("Baku.")).toBe(false);
    expect(isCitable("Armenien setzt die Mitgliedschaft aus.")).toBe(true);
  });
});
