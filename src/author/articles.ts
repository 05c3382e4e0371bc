import type { ArticleInput } from "../draft/draft";
import { looksBinary, MAX_ARTICLE_CHARS, sentenceCut } from "../draft/input";
import { isValidDate } from "../story/dates";

/**
 * An article as the authoring page stores it, from what the editor typed: a file name made
 * safe (`<name>.txt`), a publication date `YYYY[-MM[-DD]]`, and the text cut the way the drafter
 * cuts it (src/draft/input.ts: after the last sentence before MAX_ARTICLE_CHARS), so the page
 * never holds more than the drafter reads. Binary data (an image or PDF pasted or dropped) is
 * refused. Pure.
 */
export type ArticleResult =
  | { article: ArticleInput; cut: { from: number; to: number } | undefined }
  | { error: "authorEmptyArticle" | "authorBadPublished" | "authorBinaryArticle" };

export function articleToAdd(file: string, text: string, published: string): ArticleResult {
  if (text.trim() === "") return { error: "authorEmptyArticle" };
  if (looksBinary(text)) return { error: "authorBinaryArticle" };
  if (!isValidDate(published)) return { error: "authorBadPublished" };
  const name = file
    .trim()
    .replace(/[^\w.-]+/g, "_")
    .replace(/(\.txt)?$/, ".txt");
  const { text: kept, cut } = cutText(text);
  return { article: { file: name === ".txt" ? "artikel.txt" : name, text: kept, published }, cut };
}

/**
 * Several articles at once (files dropped together), each checked as by `articleToAdd` with the
 * one publication date `published`: those that pass replace a stored article of the same file
 * name or join `articles` in the order given; each refused one is named with its reason, and so
 * is each cut one. Pure.
 */
export function articlesToAdd(
  articles: readonly ArticleInput[],
  files: readonly { file: string; text: string }[],
  published: string,
): {
  articles: ArticleInput[];
  refused: { file: string; error: "authorEmptyArticle" | "authorBadPublished" | "authorBinaryArticle" }[];
  cut: { file: string; from: number; to: number }[];
} {
  const out = [...articles];
  const refused: { file: string; error: "authorEmptyArticle" | "authorBadPublished" | "authorBinaryArticle" }[] = [];
  const cut: { file: string; from: number; to: number }[] = [];
  for (const f of files) {
    const result = articleToAdd(f.file, f.text, published);
    if ("error" in result) {
      refused.push({ file: f.file, error: result.error });
      continue;
    }
    const at = out.findIndex((a) => a.file === result.article.file);
    if (at >= 0) out.splice(at, 1);
    out.push(result.article);
    if (result.cut) cut.push({ file: result.article.file, ...result.cut });
  }
  return { articles: out, refused, cut };
}

/** `text`, cut as the drafter cuts it when longer than MAX_ARTICLE_CHARS; `cut` gives both lengths then. */
export function cutText(text: string): { text: string; cut: { from: number; to: number } | undefined } {
  if (text.length <= MAX_ARTICLE_CHARS) return { text, cut: undefined };
  const to = sentenceCut(text);
  return { text: text.slice(0, to), cut: { from: text.length, to } };
}

/** The stored articles, each cut as on adding (work saved before the cut existed). */
export function cutArticles(articles: readonly ArticleInput[]): readonly ArticleInput[] {
  return articles.some((a) => a.text.length > MAX_ARTICLE_CHARS)
    ? articles.map((a) => ({ ...a, text: cutText(a.text).text }))
    : articles;
}
