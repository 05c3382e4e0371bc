import type { AuthorKey } from "../i18n/author";
import type { Lang, StringKey } from "../i18n/t";
import { type Place, zCategory } from "../story/schema";
import { el } from "./dom";
import { placeEditor } from "./place_editor";
import { reviewNote } from "./review_note";
import type { Action, EditField } from "./view";
import type { Candidate } from "./work";

/**
 * One candidate of the authoring page: `candidateItem` draws it, `patchItem` brings a drawn
 * item up to date in place (view.ts decides which). Handlers read the item's current state.
 */
export type S = (key: AuthorKey | StringKey, params?: Record<string, string | number>) => string;

const CATEGORIES = zCategory.options;

/** Updates an item drawn for the same candidate id to the candidate's new state, in place. */
export function patchItem(li: HTMLElement, c: Candidate, s: S): void {
  const e = c.event;
  li.className = `candidate ${c.decision}`;
  li.querySelector(".candidate-head")?.replaceChildren(...headContent(c, s));
  const values: Partial<Record<EditField, string>> = {
    date: e.date,
    end: e.end ?? "",
    "title-de": e.title.de,
    "title-en": e.title.en,
    "summary-de": e.summary.de,
    "summary-en": e.summary.en,
    place: e.places[0] ?? "",
    category: e.category,
    actors: (e.actors ?? []).join(", "),
  };
  for (const node of li.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>("[data-field]")) {
    const value = values[node.dataset.field as EditField];
    // The field being typed in keeps what is typed ("AZE, " is not yet "AZE").
    if (value !== undefined && node.value !== value && node !== document.activeElement) node.value = value;
  }
  li.querySelector(".accept")?.setAttribute("aria-pressed", String(c.decision === "accepted"));
  li.querySelector(".reject")?.setAttribute("aria-pressed", String(c.decision === "rejected"));
  const shownQuotes = li.querySelector(".candidate-quotes");
  if (shownQuotes && shownQuotes.childElementCount !== e.sources.length) shownQuotes.replaceChildren(...quotes(c));
  const note = li.querySelector(".candidate-note");
  if (note) note.textContent = reviewNote(e.review, s);
}

/** Every quote of the candidate (a merged one has several). */
function quotes(c: Candidate): HTMLElement[] {
  return c.event.sources.map((q) => el("blockquote", {}, q.quote));
}

function headContent(c: Candidate, s: S): (Node | string)[] {
  const e = c.event;
  return [
    el("strong", {}, s(`authorDecision_${c.decision}` as AuthorKey)),
    ` · ${e.date}${e.end ? ` – ${e.end}` : ""} · ${s("authorConfidence", { value: Math.round((e.review?.confidence ?? 0) * 100) })}`,
  ];
}

export function candidateItem(
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
    // Saved as the editor types (debounced) and on leaving the field, so closing the tab loses nothing.
    let timer: ReturnType<typeof setTimeout> | undefined;
    let typed = false;
    const send = () => {
      clearTimeout(timer);
      if (!typed) return;
      typed = false;
      dispatch({ type: "edit", id: e.id, field, value: node.value });
    };
    node.addEventListener("input", () => {
      typed = true;
      // Unsaved until the debounced edit is stored (main.ts sets it back when saved).
      node.closest("[data-saved]")?.setAttribute("data-saved", "false");
      clearTimeout(timer);
      timer = setTimeout(send, 300);
    });
    node.addEventListener("change", send);
    return el("label", {}, label, " ", node);
  };
  const category = el("select", { "data-field": "category" });
  for (const value of CATEGORIES) {
    const option = el("option", { value }, s(`category_${value}` as StringKey));
    option.selected = value === e.category;
    category.append(option);
  }
  category.addEventListener("change", () =>
    dispatch({ type: "edit", id: e.id, field: "category", value: category.value }),
  );
  const merge = el("button", { type: "button", class: "merge" }, s("authorMerge"));
  merge.addEventListener("click", () => previousId && dispatch({ type: "merge", into: previousId, id: e.id }));
  // Any two: "merge with …" here, then "merge into this one" on the other (view.ts shows it while choosing).
  const mergeStart = el(
    "button",
    { type: "button", class: "merge-start", "aria-pressed": "false" },
    s("authorMergeWith"),
  );
  mergeStart.addEventListener("click", () =>
    dispatch({ type: "merge-start", id: mergeStart.getAttribute("aria-pressed") === "true" ? undefined : e.id }),
  );
  const mergeHere = el("button", { type: "button", class: "merge-here", hidden: "" }, s("authorMergeHere"));
  mergeHere.addEventListener("click", () => dispatch({ type: "merge-here", into: e.id }));
  const accept = el(
    "button",
    { type: "button", class: "accept", "aria-pressed": String(c.decision === "accepted") },
    s("authorAccept"),
  );
  // The decision is read from the item, which patchItem keeps current.
  const pressed = (button: HTMLElement) => button.getAttribute("aria-pressed") === "true";
  accept.addEventListener("click", () =>
    dispatch({ type: "decide", id: e.id, decision: pressed(accept) ? "pending" : "accepted" }),
  );
  const reject = el(
    "button",
    { type: "button", class: "reject", "aria-pressed": String(c.decision === "rejected") },
    s("authorReject"),
  );
  reject.addEventListener("click", () =>
    dispatch({ type: "decide", id: e.id, decision: pressed(reject) ? "pending" : "rejected" }),
  );
  return el(
    "li",
    { class: `candidate ${c.decision}`, "data-id": e.id },
    el("p", { class: "candidate-head" }, ...headContent(c, s)),
    el("div", { class: "candidate-quotes" }, ...quotes(c)),
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
    placeEditor(c, places, lang, s, dispatch),
    el("p", { class: "form-notice", role: "status", "data-notice": `candidate:${e.id}` }),
    el(
      "div",
      { class: "author-row" },
      el("label", {}, s("authorCategory"), " ", category),
      input("actors", s("authorActors"), (e.actors ?? []).join(", ")),
    ),
    el("p", { class: "candidate-note" }, reviewNote(e.review, s)),
    el("div", { class: "author-row" }, accept, reject, ...(previousId ? [merge] : []), mergeStart, mergeHere),
  );
}
