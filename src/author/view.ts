import { type AuthorKey, ta } from "../i18n/author";
import type { Lang, StringKey } from "../i18n/t";
import type { Place } from "../story/schema";
import { additionsSection } from "./additions_view";
import { articleForm } from "./article_form";
import { candidateItem, patchItem, type S } from "./candidate_view";
import { detailsSection } from "./details_view";
import { el } from "./dom";
import { localDraftMessage } from "./draft_messages";
import { withEditorReview } from "./editor_review";
/**
 * Draws the authoring page from the work: the article form, the candidates with their
 * decisions and edits, and the live check. Text goes in as textContent, never as HTML. The
 * handlers turn user actions into `Action`s for main.ts; the view keeps no state of its own.
 */
import type { MovementEdit } from "./movement_edits";
import type { PlaceMode } from "./places";
import { reviewNote } from "./review_note";
import { allPlaces, type Candidate, offeredPlaces, type Work } from "./work";

export type Action =
  | { type: "add-article"; file: string; text: string; published: string }
  | { type: "add-articles"; files: readonly { file: string; text: string }[]; published: string }
  | { type: "remove-article"; file: string }
  /** A dropped or pasted file that is binary data, not text: kept out of the text box. */
  | { type: "refused-file"; file: string }
  | { type: "article-published"; file: string; published: string }
  | { type: "draft" }
  | { type: "decide"; id: string; decision: Candidate["decision"] }
  | { type: "edit"; id: string; field: EditField; value: string }
  | { type: "merge"; into: string; id: string }
  /** Candidate `id` is to be merged into one the editor chooses next (undefined: stop choosing). */
  | { type: "merge-start"; id: string | undefined }
  | { type: "merge-here"; into: string }
  | { type: "search-place"; id: string; query: string; mode: PlaceMode }
  | { type: "place"; id: string; key: string; mode: PlaceMode }
  | { type: "remove-place"; id: string; place: string }
  /** The next click on the preview map picks a place for candidate `id` (undefined: stop picking). */
  | { type: "pick"; id: string | undefined; mode: PlaceMode }
  | AdditionAction
  | MovementEdit
  | { type: "remove-addition"; kind: "movement" | "organization" | "relation"; id: string }
  | { type: "slug"; value: string }
  | { type: "detail"; key: string; value: string }
  | { type: "download" };

/** An addition form's values as typed (checked in addition_actions.ts); `sentence` is the chosen sentence's article file and index. */
export type AdditionAction =
  | {
      type: "add-movement";
      /** The accepted event it belongs to, or "". */
      event: string;
      kind: string;
      from: string;
      to: string;
      start: string;
      end: string;
      label: { de: string; en: string };
      sentence: { article: string; index: number };
    }
  | {
      type: "add-membership";
      org: string;
      country: string;
      status: string;
      date: string;
      sentence: { article: string; index: number };
    }
  | {
      type: "add-relation";
      countries: [string, string];
      state: string;
      date: string;
      sentence: { article: string; index: number };
    };

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
  /**
   * A message about one form, shown under it: `where` is "articles", an addition form's id
   * ("add-movement") or "candidate:<id>"; the page's other messages go to `status`.
   */
  readonly notice?: { readonly where: string; readonly text: string } | undefined;
  /** The candidate whose place the next map click picks. */
  readonly picking: string | undefined;
  /** The candidate to be merged into the one the editor chooses next. */
  readonly merging: string | undefined;
}

/** What the last render of a root drew, so that the next one redraws only what changed. */
interface Drawn {
  articles: Work["articles"];
  articleSection: HTMLElement;
  heading: HTMLElement;
  list: HTMLElement;
  checkSection: HTMLElement;
  additions: HTMLElement;
  details: HTMLElement;
  /** What the additions section was drawn from. */
  additionsKey: readonly unknown[];
  draft: Work["draft"];
  extraPlaces: Work["extraPlaces"];
  /** How many candidates are drawn (the first ones); "show more" adds PAGE. */
  shown: number;
  more: HTMLButtonElement;
  /** Redraws the candidates as the last render did (for "show more"). */
  redraw: () => void;
  /** Each candidate's item, with the candidate before it when it was drawn. */
  items: Map<string, { li: HTMLElement; candidate: Candidate; previousId: string | undefined }>;
}
const drawn = new WeakMap<HTMLElement, Drawn>();
/** Candidates drawn at first and added per "show more": a long draft costs no more than this many items. */
export const PAGE = 100;

/**
 * Draws `model` into `root`. The first call builds the page; later calls redraw the article
 * section only when the articles changed, and of the candidates only those that changed: an
 * edited candidate's fields are updated in place (so the focused field keeps focus and a
 * thousand candidates do not cost a thousand redraws per keystroke), a new or moved one gets a
 * new item. Work per call: linear in the number of candidates, DOM work only for changes.
 */
export function renderAuthor(root: HTMLElement, model: ViewModel, dispatch: (action: Action) => void): void {
  const s = (key: AuthorKey | StringKey, params?: Record<string, string | number>) => ta(model.lang, key, params);
  const { work } = model;
  let state = drawn.get(root);
  if (!state) {
    const list = el("ol", { class: "author-candidates", id: "candidates" });
    const heading = el("h2", { id: "candidates-heading" });
    state = {
      articles: work.articles,
      articleSection: articleForm(work, model.lang, s, dispatch),
      heading,
      list,
      checkSection: checkPanel(model, s, dispatch),
      additions: additionsSection(work, offeredPlaces(work), model.lang, s, dispatch),
      additionsKey: additionsKey(work),
      details: detailsSection(work, s, dispatch),
      draft: work.draft,
      extraPlaces: work.extraPlaces,
      items: new Map(),
      shown: PAGE,
      more: el("button", { type: "button", id: "more-candidates", hidden: "" }),
      redraw: () => {},
    };
    const page = state;
    page.more.addEventListener("click", () => {
      page.shown += PAGE;
      page.redraw();
    });
    // The preview (preview.ts, loaded on demand) goes into the aside beside the candidates.
    const preview = el(
      "aside",
      { class: "author-preview", id: "preview", "aria-labelledby": "preview-heading" },
      el("h2", { id: "preview-heading" }, s("authorPreview")),
      el("p", { class: "preview-empty" }, s("authorPreviewEmpty")),
      // The check sits in the side column (in view while scrolling) instead of over the candidates.
      state.checkSection,
    );
    root.replaceChildren(
      el("h1", {}, s("authorTitle")),
      el("p", {}, s("authorIntro")),
      el(
        "div",
        { class: "author-columns" },
        el(
          "div",
          { class: "author-work" },
          state.articleSection,
          el("section", { "aria-labelledby": "candidates-heading" }, heading, list, state.more),
          state.additions,
          state.details,
        ),
        preview,
      ),
    );
    drawn.set(root, state);
  } else if (state.articles !== work.articles) {
    const next = articleForm(work, model.lang, s, dispatch);
    state.articleSection.replaceWith(next);
    state.articleSection = next;
    state.articles = work.articles;
  }
  const current = state;
  current.redraw = () => drawCandidates(current, work, model.picking, model.merging, model.lang, s, dispatch);
  current.redraw();
  const key = additionsKey(work);
  if (key.some((k, i) => k !== state.additionsKey[i])) {
    const next = additionsSection(work, offeredPlaces(work), model.lang, s, dispatch);
    carryOver(state.additions, next);
    state.additions.replaceWith(next);
    state.additions = next;
    // The details form shows the draft's articles: redrawn only for a new draft.
    if (work.draft !== state.additionsKey[0]) {
      const details = detailsSection(work, s, dispatch);
      state.details.replaceWith(details);
      state.details = details;
    }
    state.additionsKey = key;
  }
  // The check panel is small: redrawn, keeping the focus on the slug field if it had it.
  const slugFocused = document.activeElement?.id === "story-slug";
  const check = checkPanel(model, s, dispatch);
  state.checkSection.replaceWith(check);
  state.checkSection = check;
  if (slugFocused) (check.querySelector("#story-slug") as HTMLElement | null)?.focus();
  // Each form's message under it; the others' emptied.
  for (const node of root.querySelectorAll<HTMLElement>("[data-notice]")) {
    const text = model.notice && model.notice.where === node.dataset.notice ? model.notice.text : "";
    if (node.textContent !== text) node.textContent = text;
  }
}

/** The parts of the work the additions section shows (its forms offer the places and sentences). */
function additionsKey(work: Work): readonly unknown[] {
  const accepted = work.candidates.flatMap((c) => (c.decision === "accepted" ? [c.event.id] : [])).join(" ");
  // Rejecting a candidate takes its places out of the forms' lists (offeredPlaces).
  const rejected = work.candidates.flatMap((c) => (c.decision === "rejected" ? [c.event.id] : [])).join(" ");
  return [
    work.draft,
    work.articles,
    work.extraPlaces,
    work.movements,
    work.organizations,
    work.relations,
    accepted,
    rejected,
  ];
}

/** What the editor has typed or chosen in `from`'s form fields, into the same fields of `to` (a redraw keeps it). */
function carryOver(from: HTMLElement, to: HTMLElement): void {
  for (const node of from.querySelectorAll<HTMLInputElement | HTMLSelectElement>("form [name]")) {
    const form = node.closest("form")?.id;
    const twin = to.querySelector<HTMLInputElement | HTMLSelectElement>(`form#${form} [name="${node.name}"]`);
    if (!twin) continue;
    // A choice that no longer exists (a removed place) falls back to the first.
    if (twin instanceof HTMLSelectElement && ![...twin.options].some((o) => o.value === node.value)) continue;
    twin.value = node.value;
    // A sentence search refills its list (additions_view.ts) before the choice is carried over.
    if (twin instanceof HTMLInputElement) twin.dispatchEvent(new Event("input"));
  }
}

function drawCandidates(
  state: Drawn,
  work: Work,
  picking: string | undefined,
  merging: string | undefined,
  lang: Lang,
  s: S,
  dispatch: (a: Action) => void,
): void {
  state.heading.textContent = s("authorCandidates", { count: work.candidates.length });
  const placesChanged = state.draft !== work.draft || state.extraPlaces !== work.extraPlaces;
  state.draft = work.draft;
  state.extraPlaces = work.extraPlaces;
  let places: Place[] | undefined;
  let placeById: Map<string, Place> | undefined;
  const drafted = new Map((work.draft?.events ?? []).map((e) => [e.id, e]));
  const items = new Map<string, { li: HTMLElement; candidate: Candidate; previousId: string | undefined }>();
  const wanted: HTMLElement[] = [];
  const shown = work.candidates.slice(0, state.shown);
  state.more.hidden = shown.length === work.candidates.length;
  state.more.textContent = s("authorMoreCandidates", {
    shown: shown.length,
    count: work.candidates.length,
    more: Math.min(PAGE, work.candidates.length - shown.length),
  });
  shown.forEach((c, i) => {
    const previousId = work.candidates[i - 1]?.event.id;
    const old = state.items.get(c.event.id);
    let li: HTMLElement;
    const samePlaces = old?.candidate.event.places === c.event.places && old.candidate.event.review === c.event.review;
    if (old && samePlaces && !placesChanged && old.previousId === previousId) {
      if (old.candidate !== c) patchItem(old.li, c, s);
      li = old.li;
    } else {
      places ??= allPlaces(work);
      li = candidateItem(c, previousId, places, lang, s, dispatch);
      if (old) keepChoices(old.li, li);
    }
    // The note says the editor set a date or place the editor changed (editor_review.ts).
    const note = li.querySelector(".candidate-note");
    places ??= allPlaces(work);
    placeById ??= new Map(places.map((p) => [p.id, p]));
    const reviewed = withEditorReview(c.event, drafted.get(c.event.id), placeById);
    if (note && reviewed !== c.event) note.textContent = reviewNote(reviewed.review, s);
    items.set(c.event.id, { li, candidate: c, previousId });
    wanted.push(li);
  });
  state.items = items;
  for (const [id, { li }] of items) {
    li.querySelector(".pick")?.setAttribute("aria-pressed", String(id === picking));
    li.querySelector(".merge-start")?.setAttribute("aria-pressed", String(id === merging));
    li.querySelector(".merge-here")?.toggleAttribute("hidden", merging === undefined || id === merging);
  }
  // Insert what is new or moved, remove what is gone; items that stay are never detached.
  const list = state.list;
  wanted.forEach((li, i) => {
    const at = list.children[i];
    if (at !== li) list.insertBefore(li, at ?? null);
  });
  while (list.children.length > wanted.length) list.lastElementChild?.remove();
}

/** A redrawn item keeps "add as a further place" ticked and what was typed in its place search. */
function keepChoices(from: HTMLElement, to: HTMLElement): void {
  const add = to.querySelector<HTMLInputElement>(".place-add");
  if (add) add.checked = from.querySelector<HTMLInputElement>(".place-add")?.checked ?? false;
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
      ...model.work.messages.map((m) => el("span", { class: "message" }, ` ${localDraftMessage(m, model.lang)}`)),
    ),
    el("div", { class: "author-row" }, el("label", {}, s("authorSlug"), " ", slug), download),
  );
}
