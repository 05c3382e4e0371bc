import { looksBinary } from "../draft/input";
import type { Lang } from "../i18n/t";
import type { S } from "./candidate_view";
import { el } from "./dom";
import type { Action } from "./view";
import type { Work } from "./work";

/**
 * The articles section: the articles added so far (each removable), a text area to paste or
 * drop an article into, its file name and publication date, "add" and "draft". A dropped file
 * or pasted text that is binary data (an image, a PDF) is kept out of the text box, with a message.
 * Several files dropped at once are all added as articles, with the publication date typed.
 */
export function articleForm(work: Work, lang: Lang, s: S, dispatch: (a: Action) => void): HTMLElement {
  const text = el("textarea", { id: "article-text", rows: "8" });
  const file = el("input", { id: "article-file", value: `artikel-${work.articles.length + 1}.txt` });
  const published = el("input", { id: "article-published", placeholder: s("authorDateHint") });
  text.addEventListener("dragover", (e) => e.preventDefault());
  text.addEventListener("drop", (e) => {
    e.preventDefault();
    const all = [...(e.dataTransfer?.files ?? [])];
    const [dropped] = all;
    if (!dropped) return;
    if (all.length > 1) {
      // Several files: all become articles at once, with the publication date given above.
      void Promise.all(all.map(async (f) => ({ file: f.name, text: await f.text() }))).then((files) =>
        dispatch({ type: "add-articles", files, published: published.value.trim() }),
      );
      return;
    }
    void dropped.text().then((value) => {
      if (looksBinary(value)) return dispatch({ type: "refused-file", file: dropped.name });
      file.value = dropped.name;
      text.value = value;
    });
  });
  text.addEventListener("paste", (e) => {
    const pasted = e.clipboardData?.getData("text") ?? "";
    if (!looksBinary(pasted)) return;
    e.preventDefault();
    dispatch({ type: "refused-file", file: file.value });
  });
  const add = el("button", { type: "button", id: "add-article" }, s("authorAddArticle"));
  add.addEventListener("click", () =>
    dispatch({ type: "add-article", file: file.value, text: text.value, published: published.value.trim() }),
  );
  const draft = el("button", { type: "button", id: "draft" }, s("authorDraft"));
  draft.addEventListener("click", () => dispatch({ type: "draft" }));
  const list = el("ul", { class: "author-articles" });
  for (const a of work.articles) {
    const remove = el("button", { type: "button" }, s("authorRemoveArticle"));
    remove.addEventListener("click", () => dispatch({ type: "remove-article", file: a.file }));
    const info = s("authorArticleInfo", {
      file: a.file,
      published: a.published,
      count: a.text.length.toLocaleString(lang),
    });
    // The publication date stays editable (it anchors the drafter's relative dates).
    const date = el("input", { class: "article-published", value: a.published, "aria-label": s("authorPublished") });
    date.addEventListener("change", () =>
      dispatch({ type: "article-published", file: a.file, published: date.value.trim() }),
    );
    list.append(el("li", {}, `${info} `, date, " ", remove));
  }
  return el(
    "section",
    { "aria-labelledby": "articles-heading" },
    el("h2", { id: "articles-heading" }, s("authorArticles")),
    list,
    el("label", { for: "article-text" }, s("authorArticleText")),
    text,
    el(
      "div",
      { class: "author-row" },
      el("label", {}, s("authorFileName"), " ", file),
      el("label", {}, s("authorPublished"), " ", published),
    ),
    el("div", { class: "author-row" }, add, draft),
    el("p", { class: "form-notice", role: "status", "data-notice": "articles" }),
  );
}
