import { type Lang, t } from "../i18n/t";
import type { Place } from "../story/schema";
import { el } from "../ui/dom";

/**
 * Every place of the story as text: for screen readers, for the no-WebGL view, and for tests.
 * Each is a button that opens the place's event, as a click on the map does.
 */
export function renderPlaceList(places: readonly Place[], lang: Lang): HTMLElement {
  const sorted = [...places].sort((a, b) => a.rank - b.rank || a.name[lang].localeCompare(b.name[lang], lang));
  return el("section", { class: "places", "aria-labelledby": "places-heading" }, [
    el("h2", { id: "places-heading" }, [t(lang, "placesHeading")]),
    el(
      "ul",
      { class: "place-list" },
      sorted.map((place) =>
        el("li", { "data-place": place.id }, [
          // The same as clicking the place on the map: it opens the event there (map_clicks.ts).
          el("button", { type: "button", class: "place-link", "data-place-select": place.id }, [
            place.name[lang],
            el("span", { class: "visually-hidden" }, [` (${t(lang, `kind_${place.kind}`)})`]),
          ]),
        ]),
      ),
    ),
  ]);
}
