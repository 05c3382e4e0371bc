import type { S } from "./candidate_view";
import { type Details, DRAFT_PUBLISHER, META_FIELDS, metaKey, SOURCE_FIELDS, sourceKey } from "./details";
import { el } from "./dom";
import type { Action } from "./view";
import type { Work } from "./work";

/**
 * The story's details form: title, description and credit in German and English, and per
 * drafted article its title, publisher and link (details.ts). Each field shows the editor's
 * text, with the draft's as its placeholder, and reports a change as a `detail` action.
 */
export function detailsSection(work: Work, s: S, dispatch: (a: Action) => void): HTMLElement {
  const field = (key: string, label: string, placeholder: string, details: Details) => {
    const input = el("input", { "data-detail": key, placeholder });
    input.value = details[key] ?? "";
    input.addEventListener("change", () => dispatch({ type: "detail", key, value: input.value }));
    return el("label", {}, label, " ", input);
  };
  const rows: HTMLElement[] = [];
  const meta = work.draft?.meta;
  if (meta)
    for (const name of META_FIELDS)
      rows.push(
        el(
          "div",
          { class: "author-row" },
          field(metaKey(name, "de"), s(`authorStory_${name}_de`), meta[name].de, work.details),
          field(metaKey(name, "en"), s(`authorStory_${name}_en`), meta[name].en, work.details),
        ),
      );
  for (const source of work.draft?.sources ?? []) {
    // The drafter's placeholder publisher ("not stated (draft)") is shown in the page's language.
    const publisher = source.publisher === DRAFT_PUBLISHER ? s("authorPublisherUnknown") : source.publisher;
    // A drafted article's title is the text as printed; `{ de, en }` only in a story an editor wrote.
    const german = (text: string | { de: string }) => (typeof text === "string" ? text : text.de);
    const drafted = {
      title: german(source.title),
      publisher: german(publisher),
      url: source.url ?? "https://…",
    };
    rows.push(
      el(
        "fieldset",
        { class: "author-source" },
        el("legend", {}, source.file),
        ...SOURCE_FIELDS.map((name) =>
          field(sourceKey(source.file, name), s(`authorSource_${name}`), drafted[name], work.details),
        ),
      ),
    );
  }
  return el(
    "section",
    { "aria-labelledby": "details-heading", class: "author-details" },
    el("h2", { id: "details-heading" }, s("authorDetails")),
    ...rows,
  );
}
