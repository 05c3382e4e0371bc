import { describe, expect, it } from "vitest";
import { articlesToAdd, articleToAdd, cutArticles } from "../../../src/author/articles";
import { MAX_ARTICLE_CHARS } from "../../../src/draft/input";

describe("articleToAdd(file, text, published)", () => {
  it("refuses an empty or blank text", () => {
    expect(articleToAdd("a.txt", "", "2025")).toEqual({ error: "authorEmptyArticle" });
    expect(articleToAdd("a.txt", "  \n ", "2025")).toEqual({ error: "authorEmptyArticle" });
  });

  it("refuses binary data (an image or PDF read as text), and keeps a text with a few odd bytes", () => {
    const png = `\u0089PNG\r\n\u001a\n${"\u0000\u0001\ufffd".repeat(100)}`;
    expect(articleToAdd("bild.png", png, "2025")).toEqual({ error: "authorBinaryArticle" });
    const text = `${"Baku protestierte am 3. Juni 2025. ".repeat(20)}\u0000`;
    expect("article" in articleToAdd("a.txt", text, "2025")).toBe(true);
  });

  it("refuses a publication date that is not YYYY[-MM[-DD]]", () => {
    expect(articleToAdd("a.txt", "Text.", "2025-02-30")).toEqual({ error: "authorBadPublished" });
  });

  it("cuts a 5 MB text as the drafter does, after the last sentence before the limit, and says so", () => {
    const text = "Ein Satz über Baku. ".repeat(260_000);
    const result = articleToAdd("Groß Datei", text, "2025");
    if (!("article" in result)) throw new Error("refused");
    expect(result.article.file).toBe("Gro_Datei.txt");
    expect(result.article.text.length).toBeLessThanOrEqual(MAX_ARTICLE_CHARS);
    expect(result.article.text.endsWith("Baku.")).toBe(true);
    expect(result.cut).toEqual({ from: text.length, to: result.article.text.length });
  });
});

describe("cutArticles(articles)", () => {
  it("cuts stored articles saved before the cut, and keeps short ones as they are", () => {
    const short = [{ file: "a.txt", text: "Kurz.", published: "2025" }];
    expect(cutArticles(short)).toBe(short);
    const long = [{ file: "b.txt", text: "Satz. ".repeat(100_000), published: "2025" }];
    expect(cutArticles(long)[0]?.text.length).toBeLessThanOrEqual(MAX_ARTICLE_CHARS);
  });
});

describe("articlesToAdd(articles, files, published)", () => {
  const png = `\u0089PNG\r\n\u001a\n${"\u0000\u0001\ufffd".repeat(100)}`;
  it("adds every file dropped together, replaces one of the same name, and names the refused", () => {
    const stored = [{ file: "b.txt", text: "alt", published: "2024" }];
    const files = [
      { file: "a.txt", text: "Baku protestierte am 3. Juni 2025." },
      { file: "b.txt", text: "Moskau antwortete am 4. Juni 2025." },
      { file: "c.txt", text: "Eriwan schwieg am 5. Juni 2025." },
      { file: "bild.png", text: png },
    ];
    const result = articlesToAdd(stored, files, "2025-06");
    expect(result.articles.map((a) => [a.file, a.published])).toEqual([
      ["a.txt", "2025-06"],
      ["b.txt", "2025-06"],
      ["c.txt", "2025-06"],
    ]);
    expect(result.refused).toEqual([{ file: "bild.png", error: "authorBinaryArticle" }]);
  });

  it("adds none without a valid publication date, naming each", () => {
    const result = articlesToAdd(
      [],
      [
        { file: "a.txt", text: "x" },
        { file: "b.txt", text: "y" },
      ],
      "",
    );
    expect(result.articles).toEqual([]);
    expect(result.refused.map((r) => r.error)).toEqual(["authorBadPublished", "authorBadPublished"]);
  });
});
