import { type Lang, t } from "../i18n/t";
import type { Place } from "../story/schema";
import { el } from "../ui/dom";

/**
 * Every place of the story as text: for screen readers, for the no-WebGL view, and for tests.
 * Each is a button that opens the place's event, as a click on the map does.
 */
export function renderPlaceList(places: readonly Place[], lang: Lang): HTMLElement {
  // In alphabetical order, as an index of places: by rank, cities and countries read mixed (a review).
  const sorted = [...places].sort((a, b) => a.name[lang].localeCompare(b.name[lang], lang));
  const section = el("section", { class: "places", "aria-labelledby": "places-heading" }, [
    el("h2", { id: "places-heading" }, [t(lang, "placesHeading")]),
    el(
      "ul",
      { class: "place-list" },
      sorted.map((place) =>
        el("li", { "data-place": place.id }, [
          // The same as clicking the place on the map: it opens the event there (map_clicks.ts).
          el("button", { type: "button", class: "place-link", "data-place-select": place.id, tabindex: -1 }, [
            place.name[lang],
            el("span", { class: "visually-hidden" }, [` (${t(lang, `kind_${place.kind}`)})`]),
          ]),
        ]),
      ),
    ),
  ]);
  // One tab stop for the whole list (roving tabindex): ↑/↓ move between places, ←/→ to the place
  // beside in the other column, Home/End to the first and last, so Tab does not walk through every
  // place on its way to the controls. These keys stay in the list: → moved the story on (a review).
  const buttons = [...section.querySelectorAll<HTMLButtonElement>(".place-link")];
  if (buttons[0]) buttons[0].tabIndex = 0;
  section.addEventListener("keydown", (event) => {
    const i = buttons.indexOf(event.target as HTMLButtonElement);
    const key = event.key;
    if (i < 0 || event.altKey || event.ctrlKey || event.metaKey || !/^(Arrow|Home|End)/.test(key)) return;
    event.preventDefault();
    const next =
      key === "Home"
        ? buttons[0]
        : key === "End"
          ? buttons.at(-1)
          : key === "ArrowDown" || key === "ArrowUp"
            ? buttons[i + (key === "ArrowDown" ? 1 : -1)]
            : beside(buttons, i, key === "ArrowRight" ? 1 : -1);
    if (!next) return;
    for (const b of buttons) b.tabIndex = b === next ? 0 : -1;
    next.focus();
  });
  return section;
}

/**
 * The place button beside `buttons[i]` in the next column to the right (`side` 1) or left (−1),
 * nearest in height; undefined where there is none (the list is set in as many columns as fit).
 */
function beside(buttons: readonly HTMLButtonElement[], i: number, side: 1 | -1): HTMLButtonElement | undefined {
  const from = (buttons[i] as HTMLButtonElement).getBoundingClientRect();
  let best: HTMLButtonElement | undefined;
  let least = Number.POSITIVE_INFINITY;
  for (const button of buttons) {
    const r = button.getBoundingClientRect();
    const dx = Math.round((r.left - from.left) * side);
    // The nearest column first, then the nearest row in it.
    const score = dx * 1e4 + Math.abs(r.top - from.top);
    if (dx > 1 && score < least) [least, best] = [score, button];
  }
  return best;
}
