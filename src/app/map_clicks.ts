import { CLICKABLE_LAYERS, createMapTargets } from "../map/map_click";
import type { MapView } from "../map/map_view";
import { settledChunkCount } from "../map/movement_window";
import { settledLayerIds } from "../map/settled_movements";
import type { StoryIndex } from "../time/story_index";
import type { Actions } from "./actions";
import type { Store } from "./state";

/**
 * Makes the map clickable: whatever is hit opens its event card (the same action as the list,
 * the timeline and ←/→), or a short popup for a thing without a card. The popup closes on the
 * next click, on its × and when the time moves.
 */
/** The place list's buttons open what a click on the place opens: the keyboard way to the same card. */
export function wirePlaceList(panel: HTMLElement, index: StoryIndex, store: Store, actions: Actions) {
  const targetOf = createMapTargets(index);
  panel.addEventListener("click", (event) => {
    const button = (event.target as Element).closest<HTMLElement>("[data-place-select]");
    const id = button?.dataset.placeSelect;
    if (!id) return;
    const target = targetOf([{ layer: "place-dots", properties: { id } }], store.get().t);
    if (target?.kind === "event") actions.selectEvent(target.id);
  });
}

export function wireMapClicks(view: MapView, index: StoryIndex, store: Store, actions: Actions, area: HTMLElement) {
  const targetOf = createMapTargets(index);
  let popup: HTMLElement | undefined;
  const close = () => {
    popup?.remove();
    popup = undefined;
  };
  store.subscribe((state, previous) => {
    if (state.t !== previous.t || state.lang !== previous.lang) close();
  });
  // The settled chunks of movements are clickable too (settled_movements.ts).
  const layers = [...CLICKABLE_LAYERS, ...settledLayerIds(settledChunkCount(index.movements.length))];
  view.onClick(layers, (hits) => {
    close();
    const target = targetOf(hits, store.get().t);
    if (!target) return;
    if (target.kind === "event") {
      actions.selectEvent(target.id);
      return;
    }
    // The popup's code is a chunk of its own (preloaded when idle, see mount.ts): only a click needs it.
    const at = store.get();
    void loadMapPopup().then(({ renderMapPopup }) => {
      // The time or language moved on meanwhile: that closes popups, so none opens late.
      if (store.get().t !== at.t || store.get().lang !== at.lang) return;
      close();
      popup = renderMapPopup(index, target, at.t, at.lang, close);
      area.append(popup);
    });
  });
}

/** The map popup's chunk (panel/map_popup.ts), fetched once. */
export function loadMapPopup() {
  return import("../panel/map_popup");
}
