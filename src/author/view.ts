import type { Lang, StringKey } from "../i18n/t";
import { t } from "../i18n/t";
import { type Place, zCategory } from "../story/schema";
import { allPlaces, type Candidate, type Work } from "./work";

/**
 * Draws the authoring page from the work: the article form, the candidates with their
 * decisions and edits, and the live check. Text goes in as textContent, never as HTML. The
 * handlers turn user actions into `Action`s for main.ts; the view keeps no state of its own.
 */
export type Action =
  | { type: "add-article"; file: string; text: string; published: string }
  | { type: "remove-article"; file: string }
  | { type: "draft" }
  | { type: "decide"; id: string; decision: Candidate["decision"] }
  | { type: "edit"; id: string; field: EditField; value: string }
  | { type: "merge"; into: string; id: string }
  | { type: "search-place"; id: string; query: string }
  | { type: "slug"; value: string }
  | { type: "download" };

export type EditField =
  | "date"
  | "end"
  | "title-de"
  | "title-en"
  | "summary-de"
  | "summary-en"
  | "place"
  | "category"
  | "actors";

export interface ViewModel {
  readonly work: Work;
  readonly lang: Lang;
  readonly check: readonly string[];
  readonly status: string;
}

const CATEGORIES = zCategory.options;

type Attrs = Record<string, string>;
function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: (Node | string)[]) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  node.append(...children);
  return node;
}

export function renderAuthor(root: HTMLElement, model: ViewModel, dispatch: (action: Action) => void): void {
  const s = (key: StringKey, params?: Record<string, string | number>) => t(model.lang, key, params);
  const { work } = model;
  root.replaceChildren(
    el("h1", {}, s("authorTitle")),
    el("p", {}, s("authorIntro")),
    articleForm(work, model.lang, s, dispatch),
    candidateList(work, model.lang, s, dispatch),
    checkPanel(model, s, dispatch),
  );
}

type S = (key: StringKey, params?: Record<string, string | number>) => string;

function articleForm(work: Work, lang: Lang, s: S, dispatch: (a: Action) => void): HTMLElement {
  const text = el("textarea", { id: "article-text", rows: "8" });
  const file = el("input", { id: "article-file", value: `artikel-${work.articles.length + 1}.txt` });
  const published = el("input", { id: "article-published", placeholder: "2025-07" });
  text.addEventListener("dragover", (e) => e.preventDefault());
  text.addEventListener("drop", (e) => {
    e.preventDefault();
    const dropped = e.dataTransfer?.files[0];
    if (!dropped) return;
    file.value = dropped.name;
    void dropped.text().then((value) => {
      text.value = value;
    });
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
    list.append(el("li", {}, `${info} `, remove));
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
  );
}

function candidateList(work: Work, lang: Lang, s: S, dispatch: (a: Action) => void): HTMLElement {
  const places = allPlaces(work);
  const list = el("ol", { class: "author-candidates", id: "candidates" });
  work.candidates.forEach((c, i) => {
    list.append(candidateItem(c, work.candidates[i - 1]?.event.id, places, lang, s, dispatch));
  });
  return el(
    "section",
    { "aria-labelledby": "candidates-heading" },
    el("h2", { id: "candidates-heading" }, s("authorCandidates", { count: work.candidates.length })),
    list,
  );
}

function candidateItem(
  c: Candidate,
  previousId: string | undefined,
  places: Place[],
  lang: Lang,
  s: S,
  dispatch: (a: Action) => void,
): HTMLElement {
  const e = c.event;
  const input = (field: EditField, label: string, value: string, tag: "input" | "textarea" = "input") => {
    const node = el(tag, { "data-field": field });
    node.value = value;
    node.addEventListener("change", () => dispatch({ type: "edit", id: e.id, field, value: node.value }));
    return el("label", {}, label, " ", node);
  };
  const category = el("select", { "data-field": "category" });
  for (const value of CATEGORIES) {
    const option = el("option", { value }, value);
    option.selected = value === e.category;
    category.append(option);
  }
  category.addEventListener("change", () =>
    dispatch({ type: "edit", id: e.id, field: "category", value: category.value }),
  );
  const merge = el("button", { type: "button", class: "merge" }, s("authorMerge"));
  merge.addEventListener("click", () => previousId && dispatch({ type: "merge", into: previousId, id: e.id }));
  const select = el("select", { "data-field": "place" });
  for (const p of places) {
    const option = el("option", { value: p.id }, `${p.name[lang]}${p.country ? ` (${p.country})` : ""}`);
    if (p.id === e.places[0]) option.selected = true;
    select.append(option);
  }
  select.addEventListener("change", () => dispatch({ type: "edit", id: e.id, field: "place", value: select.value }));
  const search = el("input", {
    type: "search",
    "data-field": "place-search",
    "aria-label": s("authorSearchPlace"),
    placeholder: s("authorSearchPlace"),
  });
  search.addEventListener("change", () => dispatch({ type: "search-place", id: e.id, query: search.value }));
  const accept = el(
    "button",
    { type: "button", class: "accept", "aria-pressed": String(c.decision === "accepted") },
    s("authorAccept"),
  );
  accept.addEventListener("click", () =>
    dispatch({ type: "decide", id: e.id, decision: c.decision === "accepted" ? "pending" : "accepted" }),
  );
  const reject = el(
    "button",
    { type: "button", class: "reject", "aria-pressed": String(c.decision === "rejected") },
    s("authorReject"),
  );
  reject.addEventListener("click", () =>
    dispatch({ type: "decide", id: e.id, decision: c.decision === "rejected" ? "pending" : "rejected" }),
  );
  const decisionKey = `authorDecision_${c.decision}` as StringKey;
  return el(
    "li",
    { class: `candidate ${c.decision}`, "data-id": e.id },
    el(
      "p",
      { class: "candidate-head" },
      el("strong", {}, s(decisionKey)),
      ` · ${e.date}${e.end ? ` – ${e.end}` : ""} · ${s("authorConfidence", { value: Math.round((e.review?.confidence ?? 0) * 100) })}`,
    ),
    el("blockquote", {}, e.sources[0]?.quote ?? ""),
    el(
      "div",
      { class: "author-row" },
      input("date", s("authorDate"), e.date),
      input("end", s("authorEnd"), e.end ?? ""),
    ),
    el(
      "div",
      { class: "author-row" },
      input("title-de", s("authorTitleDe"), e.title.de),
      input("title-en", s("authorTitleEn"), e.title.en),
    ),
    el(
      "div",
      { class: "author-row" },
      input("summary-de", s("authorSummaryDe"), e.summary.de, "textarea"),
      input("summary-en", s("authorSummaryEn"), e.summary.en, "textarea"),
    ),
    el("div", { class: "author-row" }, el("label", {}, s("authorPlace"), " ", select), search),
    el(
      "div",
      { class: "author-row" },
      el("label", {}, s("authorCategory"), " ", category),
      input("actors", s("authorActors"), (e.actors ?? []).join(", ")),
    ),
    el("p", { class: "candidate-note" }, e.review?.note ?? ""),
    el("div", { class: "author-row" }, accept, reject, ...(previousId ? [merge] : [])),
  );
}

function checkPanel(model: ViewModel, s: S, dispatch: (a: Action) => void): HTMLElement {
  const slug = el("input", { id: "story-slug", value: model.work.slug, pattern: "[a-z0-9][a-z0-9-]*" });
  slug.addEventListener("change", () => dispatch({ type: "slug", value: slug.value }));
  const download = el("button", { type: "button", id: "download" }, s("authorDownload"));
  download.addEventListener("click", () => dispatch({ type: "download" }));
  const list = el("ul", { id: "check", "aria-live": "polite" });
  for (const line of model.check) list.append(el("li", {}, line));
  return el(
    "section",
    { "aria-labelledby": "check-heading", class: "author-check" },
    el("h2", { id: "check-heading" }, s("authorCheck")),
    list,
    el(
      "p",
      { id: "status", role: "status" },
      model.status,
      ...model.work.messages.map((m) => el("span", { class: "message" }, ` ${m}`)),
    ),
    el("div", { class: "author-row" }, el("label", {}, s("authorSlug"), " ", slug), download),
  );
}
