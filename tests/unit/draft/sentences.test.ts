import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitSentences } from "../../../src/draft/sentences";

const texts = (text: string) => splitSentences(text).map((s) => s.text);

describe("splitSentences(text)", () => {
  it("splits sentences whose mark has no space after it (a pasted text that lost its breaks)", () => {
    expect(texts("Sie wurden an der Grenze festgenommen.Die Regierung in Baku protestierte.Foto: Reuters")).toEqual([
      "Sie wurden an der Grenze festgenommen.",
      "Die Regierung in Baku protestierte.",
      "Foto: Reuters",
    ]);
    expect(texts("Wer hat geschossen?Niemand weiß es!Baku schweigt.")).toEqual([
      "Wer hat geschossen?",
      "Niemand weiß es!",
      "Baku schweigt.",
    ]);
    expect(texts('Er sagte: "Das ist vorbei."Dann ging er.')).toEqual(['Er sagte: "Das ist vorbei."', "Dann ging er."]);
    expect(texts("The talks failed.Moscow said nothing.")).toEqual(["The talks failed.", "Moscow said nothing."]);
  });

  it("keeps abbreviations, acronyms, ordinals and web addresses inside a sentence", () => {
    expect(texts("Er flog nach St.Petersburg und z.B. nach Baku.")).toEqual([
      "Er flog nach St.Petersburg und z.B. nach Baku.",
    ]);
    expect(texts("Gespräche mit der EU.Beide schwiegen.")).toEqual(["Gespräche mit der EU.Beide schwiegen."]);
    expect(texts("Mehr auf tagesschau.de am 20. Mai 2025.")).toEqual(["Mehr auf tagesschau.de am 20. Mai 2025."]);
  });

  it("returns slices of the text: every sentence is text.slice(start, end)", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom("a", "B", "Die", ".", "!", " ", "\n", "z.B.", "2.", '"') }),
        (text) => {
          for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
        },
      ),
    );
  });
});
