import type { Lang } from "../i18n/t";
import type { Place } from "../story/schema";
import type { S } from "./candidate_view";
import { el } from "./dom";
import type { PlaceMode } from "./places";
import type { Action } from "./view";
import type { Candidate } from "./work";

/**
 * A candidate's places: one chip per place (removable while more than one is left), the main
 * place chosen among the known places, a gazetteer search, "pick on the map" (the next click on
 * the preview map chooses the nearest gazetteer place), and the stored alternatives of an
 * ambiguous name. "Add as a further place" makes search, pick and alternatives add a place
 * instead of replacing the main one; handlers read it when they fire.
 */
export function placeEditor(
  c: Candidate,
  places: readonly Place[],
  lang: Lang,
  s: S,
  dispatch: (a: Action) => void,
): HTMLElement {
  const e = c.event;
  const byId = new Map(places.map((p) => [p.id, p]));
  const label = (p: Place | undefined, id: string) =>
    p ? `${p.name[lang]}${p.country && p.kind !== "country" ? ` (${p.country})` : ""}` : id;
  const add = el("input", { type: "checkbox", class: "place-add" });
  const mode = (): PlaceMode => (add.checked ? "add" : "replace");

  const chips = el("ul", { class: "place-chips", "aria-label": s("authorPlaces") });
  for (const id of e.places) {
    const name = label(byId.get(id), id);
    const remove = el(
      "button",
      { type: "button", class: "remove-place", "aria-label": s("authorRemovePlace", { name }) },
      "×",
    );
    remove.disabled = e.places.length < 2;
    remove.addEventListener("click", () => dispatch({ type: "remove-place", id: e.id, place: id }));
    chips.append(el("li", { "data-place": id }, name, " ", remove));
  }

  const select = el("select", { "data-field": "place" });
  for (const p of places) {
    const option = el("option", { value: p.id }, label(p, p.id));
    if (p.id === e.places[0]) option.selected = true;
    select.append(option);
  }
  select.addEventListener("change", () => dispatch({ type: "edit", id: e.id, field: "place", value: select.value }));

  const search = el("input", {
    type: "search",
    "data-field": "place-search",
    "aria-label": s("authorSearchPlace"),
    placeholder: s("authorSearchPlaceShort"),
  });
  search.addEventListener("change", () => {
    if (search.value.trim()) dispatch({ type: "search-place", id: e.id, query: search.value, mode: mode() });
  });
  const pick = el("button", { type: "button", class: "pick", "aria-pressed": "false" }, s("authorPickOnMap"));
  pick.addEventListener("click", () =>
    dispatch({ type: "pick", id: pick.getAttribute("aria-pressed") === "true" ? undefined : e.id, mode: mode() }),
  );

  const alternatives = e.review?.alternatives ?? [];
  const choices = el("p", { class: "place-alternatives" });
  if (alternatives.length > 0) {
    choices.append(s("authorAlternatives"), " ");
    for (const a of alternatives) {
      const button = el("button", { type: "button", class: "alternative", "data-place": a.place }, a.label);
      button.addEventListener("click", () => dispatch({ type: "place", id: e.id, key: a.place, mode: mode() }));
      choices.append(button, " ");
    }
  }

  return el(
    "div",
    { class: "candidate-places" },
    el("div", { class: "author-row" }, el("span", {}, s("authorPlaces")), chips),
    el(
      "div",
      { class: "author-row" },
      el("label", {}, s("authorPlace"), " ", select),
      search,
      pick,
      el("label", {}, add, " ", s("authorAddPlace")),
    ),
    choices,
  );
}
