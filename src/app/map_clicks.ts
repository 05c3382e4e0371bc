import { importAgain } from "../boot/import_again";
import { CLICKABLE_LAYERS } from "../map/clickable_layers";
import type { MapHit, MapTarget } from "../map/map_click";
import type { MapView } from "../map/map_view";
import { settledChunkCount } from "../map/movement_window";
import { settledLayerIds } from "../map/settled_ids";
import { snapshotAt } from "../time/snapshot";
import type { StoryIndex } from "../time/story_index";
import type { Actions } from "./actions";
import type { MapPopupHost } from "./map_popup_host";
import type { Store } from "./state";

/**
 * Makes the map clickable: whatever is hit opens its event card (the same action as the list,
 * the timeline and ←/→), or a short popup for a thing without a card. The popup closes on the
 * next click, on its × or Esc, and when the time moves. The text view's and the place list's
 * buttons open the same as a click on the thing they name: the keyboard way to every card and
 * popup the map opens.
 */
export interface MapTargets {
  /**
   * Opens what a click on `hits` (topmost first) opens at the current time, after closing an open
   * popup; `from`: the control that asked, focused again when the popup closes. Resolves to what
   * it opened (undefined: nothing, or the time moved on meanwhile).
   */
  open(hits: readonly MapHit[], from?: HTMLElement): Promise<MapTarget | undefined>;
}

export function createMapTargetOpener(
  index: StoryIndex,
  store: Store,
  actions: Actions,
  area: HTMLElement,
  /** A chunk a click needs (what it opens, the popup) failed to load, e.g. offline: the page says so. */
  onLoadFailed: () => void = () => {},
  /** Points (client px) a popup leaves visible: the current event's places (map_popup_host.ts). */
  keepVisible: (target?: Extract<MapTarget, { kind: "info" }>) => readonly { x: number; y: number }[] = () => [],
): MapTargets {
  // What a hit opens (map_click.ts) and the popup (map_popup_host.ts) are chunks of their own,
  // preloaded when idle (mount.ts).
  let targetOf: ((hits: readonly MapHit[], t: number, current?: string) => MapTarget | undefined) | undefined;
  const targets = async () => {
    if (!targetOf) targetOf = (await loadMapTargets()).createMapTargets(index);
    return targetOf;
  };
  let host: MapPopupHost | undefined;
  const popupHost = async () => {
    if (!host) host = (await loadMapPopup()).createMapPopupHost(index, store, actions, area, keepVisible);
    return host;
  };
  return {
    open(hits, from) {
      host?.close();
      const { t, lang, event } = store.get();
      // The time or language moved on while a chunk loaded: the click meant the map as it was.
      const moved = () => store.get().t !== t || store.get().lang !== lang;
      // Only a chunk that cannot load is reported (offline, say), not what the opened thing does.
      const failed = () => {
        onLoadFailed();
        return undefined;
      };
      return targets().then((of): MapTarget | undefined | Promise<MapTarget | undefined> => {
        if (moved()) return undefined;
        const target = of(hits, t, snapshotAt(index, t, event).current?.event.id);
        if (!target) return undefined;
        if (target.kind === "event") {
          actions.selectEvent(target.id);
          // Also the current event's own: its card is open already, and the click did nothing
          // to be seen (a review clicked Aktau's ✕ at the crash).
          void loadMapTargets().then((chunk) => chunk.pointAtCard());
          return target;
        }
        return popupHost().then((shown) => {
          if (moved()) return undefined;
          shown.show(target, from);
          return target;
        }, failed);
      }, failed);
    },
  };
}

/**
 * The place list's and the text view's buttons open what a click on their thing opens. A place
 * whose popup opens is brought into view too (`reveal`, its id): the list names places the map
 * may not show, and a popup beside a map without the place said nothing of where it is
 * (Brüssel, a review). A place's event card frames its event itself.
 */
export function wireTextTargets(panel: HTMLElement, targets: MapTargets, reveal: (place: string) => void = () => {}) {
  panel.addEventListener("click", (event) => {
    const button = (event.target as Element).closest<HTMLElement>("[data-place-select], [data-line-select]");
    const place = button?.dataset.placeSelect;
    // A place's event card frames its event; a place's popup moves the map to the place.
    if (place)
      void targets
        .open([{ layer: "place-dots", properties: { id: place } }], button)
        .then((target) => target?.kind === "info" && reveal(place));
    const line = button?.dataset.lineSelect;
    if (!line || !button) return;
    // A relation as drawn (with a state), a movement as its moving part: never hidden by stage;
    // a membership ("org/ISO3") as its country's fill.
    const kind = button.dataset.lineKind;
    const [org, iso3] = line.split("/");
    const hit: MapHit =
      kind === "relation"
        ? { layer: "relation-lines", properties: { id: line }, state: { state: "shown" } }
        : kind === "membership"
          ? { layer: "alliance-fill", properties: { iso3, org }, state: { status: "shown" } }
          : { layer: "moving-line", properties: { id: line } };
    void targets.open([hit], button);
  });
}

/** Wires clicks on the map to `targets`; returns the layers a click hits. */
export function wireMapClicks(view: MapView, index: StoryIndex, targets: MapTargets): readonly string[] {
  // The settled chunks of movements are clickable too (settled_movements.ts).
  const layers = [...CLICKABLE_LAYERS, ...settledLayerIds(settledChunkCount(index.movements.length))];
  view.onClick(layers, (hits) => void targets.open(hits));
  return layers;
}

/** The chunk that tells what a click on the map opens (map/map_click.ts), fetched once. */
export function loadMapTargets() {
  return importAgain(() => import("../map/map_click"));
}

/** The map popup's chunk (map_popup_host.ts with panel/map_popup.ts), fetched once. */
export function loadMapPopup() {
  return importAgain(() => import("./map_popup_host"));
}
