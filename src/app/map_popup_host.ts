import type { MapTarget } from "../map/map_click";
import { renderMapPopup } from "../panel/map_popup";
import type { StoryIndex } from "../time/story_index";
import type { Actions } from "./actions";
import { POPUP_PLACES, type PopupPlace, popupPlace } from "./popup_place";
import type { Store } from "./state";

/**
 * The map's popup in the page (panel/map_popup.ts renders it): one at a time, in `area`. It
 * closes on its × or Esc, on the next click on the map (map_clicks.ts closes it first), and when
 * the time or language moves. Opened by keyboard (`from`, the control that asked), it takes the
 * focus and gives it back when it closes. It opens in a corner of the map that leaves the
 * current event's places visible, and the place it names (popup_place.ts; `keepVisible`: their
 * points, client px). A
 * chunk of its own with the popup (map_clicks.ts loads it when idle or at the first click that
 * needs it): no part of the first load.
 */
export interface MapPopupHost {
  show(target: Extract<MapTarget, { kind: "info" }>, from?: HTMLElement): void;
  close(): void;
}

export function createMapPopupHost(
  index: StoryIndex,
  store: Store,
  actions: Actions,
  area: HTMLElement,
  keepVisible: (target?: Extract<MapTarget, { kind: "info" }>) => readonly { x: number; y: number }[] = () => [],
): MapPopupHost {
  let popup: HTMLElement | undefined;
  let returnTo: HTMLElement | undefined;
  const close = () => {
    const hadFocus = popup?.contains(document.activeElement) === true;
    popup?.remove();
    popup = undefined;
    if (hadFocus) returnTo?.focus();
    returnTo = undefined;
  };
  store.subscribe((state, previous) => {
    if (state.t !== previous.t || state.lang !== previous.lang) close();
  });
  // Esc closes an open popup wherever the focus is (a popup opened by a mouse click has none),
  // and only the popup: not presenter mode as well (captured before the page's keys).
  document.addEventListener(
    "keydown",
    (event) => {
      if (event.key !== "Escape" || !popup) return;
      event.stopPropagation();
      event.preventDefault();
      close();
    },
    { capture: true },
  );
  return {
    close,
    show(target, from) {
      const { t, lang } = store.get();
      close();
      popup = renderMapPopup(index, target, t, lang, {
        close,
        selectEvent: (id) => {
          close();
          actions.selectEvent(id);
        },
      });
      area.append(popup);
      const shown = popup;
      const putAt = (place: PopupPlace) => {
        shown.classList.remove(...POPUP_PLACES.filter(Boolean));
        if (place) shown.classList.add(place);
      };
      const spot = popupPlace((place) => {
        putAt(place);
        return shown.getBoundingClientRect();
      }, keepVisible(target));
      putAt(spot.place);
      if (spot.maxHeight !== undefined) shown.style.maxHeight = `${spot.maxHeight}px`;
      returnTo = from;
      // Opened by keyboard: the popup takes the focus, and gives it back when it closes.
      if (from) popup.querySelector<HTMLElement>("button")?.focus();
    },
  };
}
