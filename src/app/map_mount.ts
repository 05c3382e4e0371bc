import type { Topology } from "topojson-specification";
import { t } from "../i18n/t";
import { type Basemap, basemapFromTopology } from "../map/basemap";
import { placeFeatures } from "../map/features";
import { createMapView, type MapView, supportsWebGL } from "../map/map_view";
import { eventFeatures, movementFeatures, relationFeatures } from "../map/story_features";
import { storyLayers, storySources } from "../map/story_layers";
import { createStoryMap, type StoryMap } from "../map/story_map";
import { buildStyle } from "../map/style";
import { DARK, LIGHT, PROJECTOR, type Theme } from "../map/theme";
import type { Snapshot } from "../time/snapshot";
import type { StoryIndex } from "../time/story_index";
import { el } from "../ui/dom";
import type { AppState } from "./state";

/**
 * The map part of the page: loads the basemap, builds the style for the current theme, and
 * hands each snapshot to the story map once the map has loaded. Without WebGL it says so and
 * the rest of the page (text view, timeline) carries the story.
 */
export interface MountedMap {
  update(snapshot: Snapshot, state: AppState, reason: "play" | "jump" | "other"): void;
  /** The view once it exists (PNG download, test hooks). */
  view(): MapView | undefined;
}

export function mountMap(
  container: HTMLElement,
  index: StoryIndex,
  initial: AppState,
  current: () => { snapshot: Snapshot; state: AppState },
  onReady: (view: MapView) => void,
): MountedMap {
  if (!supportsWebGL()) {
    const notice = el("p", { class: "notice", role: "status" }, [t(initial.lang, "noWebgl")]);
    container.append(notice);
    container.classList.add("no-webgl");
    // The notice follows the language switch like every other text.
    const update = (_: Snapshot, state: AppState) => {
      const text = t(state.lang, "noWebgl");
      if (notice.textContent !== text) notice.textContent = text;
    };
    return { update, view: () => undefined };
  }
  const reducedMotion = window.matchMedia("(prefers-reduced-motion: reduce)");
  let view: MapView | undefined;
  let storyMap: StoryMap | undefined;
  let basemap: Basemap | undefined;
  let theme: Theme | undefined;
  const events = eventFeatures(index);

  const style = (state: AppState) => {
    theme = themeFor(state);
    return buildStyle({
      basemap: basemap as Basemap,
      places: placeFeatures(index.story.places),
      theme,
      baseUrl: document.baseURI,
      lang: state.lang,
      storySources: storySources({
        events: events.collection,
        movements: movementFeatures(index),
        relations: relationFeatures(index),
      }),
      storyLayers: storyLayers(theme),
    });
  };

  void basemapTopology().then(
    (topology) => {
      const loaded = basemapFromTopology(topology);
      basemap = loaded;
      view = createMapView({
        container,
        style: style(initial),
        bounds: index.story.meta.view.bounds,
        resetLabel: t(initial.lang, "resetView"),
        onIdle: () => container.setAttribute("data-idle", "true"),
        onLoad: () => {
          // The first complete frame with the basemap (the benchmark times it, as on the bare page).
          container.setAttribute("data-loaded", "true");
          if (!view) return;
          const shapes = new Map((basemap as Basemap).countries.features.map((f) => [f.properties.iso3, f]));
          storyMap = createStoryMap(
            view,
            index,
            events.idsByEvent,
            () => reducedMotion.matches,
            (iso3) => shapes.get(iso3),
          );
          const now = current();
          storyMap.update(now.snapshot, now.state, "other");
        },
      });
      onReady(view);
    },
    () => {
      // The text view and the timeline still tell the story.
      container.append(el("p", { class: "notice", role: "status" }, [t(initial.lang, "basemapFailed")]));
    },
  );

  return {
    update(snapshot, state, reason) {
      if (view && basemap && theme && themeFor(state) !== theme) {
        // Projector on or off: same data, thicker lines and larger labels.
        view.setStyle(style(state));
        storyMap?.reset();
      }
      view?.setResetLabel(t(state.lang, "resetView"));
      storyMap?.update(snapshot, state, reason);
    },
    view: () => view,
  };
}

function themeFor(state: AppState): Theme {
  if (state.present) return PROJECTOR;
  return window.matchMedia("(prefers-color-scheme: dark)").matches ? DARK : LIGHT;
}

let pending: Promise<Topology> | undefined;

/**
 * The basemap file, requested once. main.ts asks for it before the story has loaded, so both
 * downloads run side by side instead of one after the other.
 */
export function basemapTopology(): Promise<Topology> {
  pending ??= fetch(new URL("basemap/countries.topo.json", document.baseURI)).then(
    (response) => response.json() as Promise<Topology>,
  );
  return pending;
}
