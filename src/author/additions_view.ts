import type { AuthorKey } from "../i18n/author";
import type { Lang, StringKey } from "../i18n/t";
import { type Place, zMembershipStatus, zMovementKind, zRelationState } from "../story/schema";
import type { S } from "./candidate_view";
import { findSentences } from "./citations";
import { el } from "./dom";
import { movementItem } from "./movement_view";
import type { Action } from "./view";
import type { Work } from "./work";

/**
 * The additions section of the authoring page: forms that add a movement (from a place to a
 * place, of a kind), an alliance membership change and a relation change, each citing a
 * sentence chosen from the articles (so the quote is verbatim by construction), and the list
 * of what was added, each removable. Values are read from the form when a button is pressed.
 */
export function additionsSection(
  work: Work,
  places: readonly Place[],
  lang: Lang,
  s: S,
  dispatch: (a: Action) => void,
): HTMLElement {
  const field = (label: string, node: HTMLElement) => el("label", {}, label, " ", node);
  const input = (name: string, placeholder = "") => el("input", { name, placeholder });
  const select = (name: string, options: readonly { value: string; label: string }[]) => {
    const node = el("select", { name });
    for (const o of options) node.append(el("option", { value: o.value }, o.label));
    return node;
  };
  const placeOptions = places.map((p) => ({ value: p.id, label: p.name[lang] }));
  // A search field and a short list of the matching sentences (citations.ts), nothing chosen at first.
  const sentenceSelect = (name: string) => {
    const choose = el("select", { name });
    const search = el("input", { type: "search", name: `${name}-search`, placeholder: s("authorSentenceSearch") });
    const fill = () => {
      const chosen = choose.value;
      choose.replaceChildren(
        el("option", { value: "" }, s("authorChooseSentence")),
        ...findSentences(work, search.value).map((o) => el("option", { value: o.value }, o.label)),
      );
      if ([...choose.options].some((o) => o.value === chosen)) choose.value = chosen;
    };
    search.addEventListener("input", fill);
    fill();
    return el("span", { class: "sentence-picker" }, search, " ", choose);
  };
  // The heading names the form, the button its action: never the same words twice.
  const form = (
    id: string,
    [heading, title]: [string, string],
    children: HTMLElement[],
    submit: (values: FormData) => Action,
  ) => {
    const button = el("button", { type: "submit" }, title);
    const notice = el("p", { class: "form-notice", role: "status", "data-notice": id });
    const node = el("form", { id, class: "author-addition" }, el("h3", {}, heading), ...children, button, notice);
    node.addEventListener("submit", (event) => {
      event.preventDefault();
      dispatch(submit(new FormData(node)));
    });
    return node;
  };
  const value = (data: FormData, name: string) => String(data.get(name) ?? "").trim();
  const quoteOf = (data: FormData) => {
    const [article = "", index = "0"] = value(data, "sentence").split("#");
    return { article, index: Number(index) };
  };

  const movement = form(
    "add-movement",
    [s("authorFormMovement"), s("authorAddMovement")],
    [
      el(
        "div",
        { class: "author-row" },
        field(
          s("authorKind"),
          select(
            "kind",
            zMovementKind.options.map((k) => ({ value: k, label: s(`movement_${k}` as StringKey) })),
          ),
        ),
        field(s("authorFrom"), select("from", placeOptions)),
        field(s("authorTo"), select("to", placeOptions)),
      ),
      el(
        "div",
        { class: "author-row" },
        field(s("authorDate"), input("start", s("authorDateHint"))),
        field(s("authorEnd"), input("end", s("authorDateHint"))),
        field(s("authorTitleDe"), input("label-de")),
        field(s("authorTitleEn"), input("label-en")),
      ),
      el(
        "div",
        { class: "author-row" },
        field(s("authorSentence"), sentenceSelect("sentence")),
        field(s("authorMovementEvent"), select("event", [{ value: "", label: "–" }, ...acceptedEvents(work)])),
      ),
    ],
    (data) => ({
      type: "add-movement",
      event: value(data, "event"),
      kind: value(data, "kind"),
      from: value(data, "from"),
      to: value(data, "to"),
      start: value(data, "start"),
      end: value(data, "end"),
      label: { de: value(data, "label-de"), en: value(data, "label-en") },
      sentence: quoteOf(data),
    }),
  );

  const membership = form(
    "add-membership",
    [s("authorFormMembership"), s("authorAddMembership")],
    [
      el(
        "div",
        { class: "author-row" },
        field(s("authorOrganization"), input("org", "OVKS / CSTO")),
        field(s("authorCountry"), input("country", "ARM")),
        field(
          s("authorStatus"),
          select(
            "status",
            zMembershipStatus.options.map((v) => ({ value: v, label: s(`authorMembership_${v}` as AuthorKey) })),
          ),
        ),
        field(s("authorDate"), input("date", s("authorDateHint"))),
      ),
      el("div", { class: "author-row" }, field(s("authorSentence"), sentenceSelect("sentence"))),
    ],
    (data) => ({
      type: "add-membership",
      org: value(data, "org"),
      country: value(data, "country").toUpperCase(),
      status: value(data, "status"),
      date: value(data, "date"),
      sentence: quoteOf(data),
    }),
  );

  const relation = form(
    "add-relation",
    [s("authorFormRelation"), s("authorAddRelation")],
    [
      el(
        "div",
        { class: "author-row" },
        field(s("authorCountry"), input("a", "AZE")),
        field(s("authorCountry"), input("b", "RUS")),
        field(
          s("authorStatus"),
          select(
            "state",
            zRelationState.options.map((v) => ({ value: v, label: s(`relation_${v}` as StringKey) })),
          ),
        ),
        field(s("authorDate"), input("date", s("authorDateHint"))),
      ),
      el("div", { class: "author-row" }, field(s("authorSentence"), sentenceSelect("sentence"))),
    ],
    (data) => ({
      type: "add-relation",
      countries: [value(data, "a").toUpperCase(), value(data, "b").toUpperCase()],
      state: value(data, "state"),
      date: value(data, "date"),
      sentence: quoteOf(data),
    }),
  );

  const list = el("ul", { class: "author-added", id: "added" });
  const item = (kind: "movement" | "organization" | "relation", id: string, text: string) => {
    const remove = el("button", { type: "button", "aria-label": s("authorRemoveAddition", { name: text }) }, "×");
    remove.addEventListener("click", () => dispatch({ type: "remove-addition", kind, id }));
    list.append(el("li", { "data-id": id }, `${text} `, remove));
  };
  for (const m of work.movements) list.append(movementItem(m, places, acceptedEvents(work), lang, s, dispatch));
  for (const o of work.organizations)
    item("organization", o.id, `${o.short[lang]}: ${(o.memberships ?? []).map((m) => m.country).join(", ")}`);
  for (const r of work.relations)
    item(
      "relation",
      r.id,
      `${r.countries.join(" – ")}: ${r.changes.map((c) => `${s(`relation_${c.status}` as StringKey)} (${c.date ?? "…"})`).join(", ")}`,
    );

  return el(
    "section",
    { "aria-labelledby": "additions-heading", class: "author-additions" },
    el("h2", { id: "additions-heading" }, s("authorAdditions")),
    list,
    movement,
    membership,
    relation,
  );
}

/** The accepted candidates, which a movement can belong to (its `events`). */
function acceptedEvents(work: Work): { value: string; label: string }[] {
  return work.candidates.flatMap((c) =>
    c.decision === "accepted" ? [{ value: c.event.id, label: `${c.event.date} · ${shorten(c.event.title.de)}` }] : [],
  );
}

const shorten = (text: string) => (text.length > 60 ? `${text.slice(0, 59)}…` : text);
