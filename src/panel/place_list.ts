import { type Lang, t } from "../i18n/t";
import type { Place } from "../story/schema";
import { el } from "../ui/dom";

/**
 * Every place of the story as text: for screen readers, for the no-WebGL view, and for tests.
 * Each is a button that opens the place's event, as a click on the map does.
 */
export function renderPlaceList(places: readonly Place[], lang: Lang): HTMLElement {
  const sorted = [...places].sort((a, b) => a.rank - b.rank || a.name[lang].localeCompare(b.name[lang], lang));
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
  // One tab stop for the whole list (roving tabindex): ↑/↓ move between places, so Tab does not
  // walk through every place on its way to the controls.
  const buttons = [...section.querySelectorAll<HTMLButtonElement>(".place-link")];
  if (buttons[0]) buttons[0].tabIndex = 0;
  section.addEventListener("keydown", (event) => {
    const i = buttons.indexOf(event.target as HTMLButtonElement);
    const step = event.key === "ArrowDown" ? 1 : event.key === "ArrowUp" ? -1 : 0;
    const next = buttons[i + step];
    if (i < 0 || step === 0 || !next) return;
    event.preventDefault();
    for (const b of buttons) b.tabIndex = b === next ? 0 : -1;
    next.focus();
  });
  return section;
}
