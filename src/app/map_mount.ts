import type { Topology } from "topojson-specification";
import { assetUrl } from "../assets/asset_urls";
import { importAgain } from "../boot/import_again";
import { type Lang, t } from "../i18n/t";
import { type Basemap, basemapFromTopology } from "../map/basemap";
import { crossDots, crossKey } from "../map/end_snap";
import { placeFeatures } from "../map/features";
import { type Edge, edgeOnScreen, mainPlaceBounds } from "../map/framing";
import { headDots, headKey } from "../map/head_dots";
import { leaderLines } from "../map/leader_lines";
import { createMapView, type MapView, supportsWebGL } from "../map/map_view";
import { splitMarkerLayers } from "../map/marker_layers";
import { createMovementWindow, type MovementWindow, settledChunkCount } from "../map/movement_window";
import { type LabelView, placeLabelLayout } from "../map/place_labels";
import { EMPTY, relationFeatures } from "../map/story_features";
import { STORY_STATE, storyLayers } from "../map/story_layers";
import { createStoryMap, type StoryMap } from "../map/story_map";
import { storySources } from "../map/story_sources";
import {
  buildStyle,
  LEADER_SOURCE,
  PLACE_LABEL_LAYERS,
  STORY_OVER_BEFORE,
  STORY_TOP_BEFORE,
  STORY_TOPMOST_BEFORE,
  STORY_UNDER_BEFORE,
} from "../map/style";
import { DARK, LIGHT, PROJECTOR, type Theme } from "../map/theme";
import type { Snapshot } from "../time/snapshot";
import type { StoryIndex } from "../time/story_index";
import { el } from "../ui/dom";
import type { AppState } from "./state";
import { openingMoment } from "./view_data";

/** How long (ms) a map may take to draw its first frame before the reader is told it does not. */
export const MAP_STALL_MS = 15_000;

/**
 * The map part of the page: loads the basemap, builds the style for the current theme, and
 * hands each snapshot to the story map once the map has loaded. Without WebGL it says so and
 * the rest of the page (text view, timeline) carries the story.
 */
export interface MountedMap {
  update(snapshot: Snapshot, state: AppState, reason: "play" | "jump" | "other"): void;
  /**
   * Frames the current event again, clear of the overlays (the legend opened or closed); with
   * `reveal`, only moves it out from under them, at the reader's zoom (StoryMap.reframe).
   */
  reframe(reveal?: boolean): void;
  /** The view once it exists (PNG download, test hooks). */
  view(): MapView | undefined;
}

export function mountMap(
  container: HTMLElement,
  index: StoryIndex,
  initial: AppState,
  current: () => { snapshot: Snapshot; state: AppState },
  onReady: (view: MapView) => void,
  options: {
    embed?: boolean;
    /** The map stopped drawing (WebGL context lost): e.g. pause playback. */
    onContextLost?: () => void;
    /** The map draws again after a loss (a play held meanwhile starts: play_while_lost.ts). */
    onContextRestored?: () => void;
    /** A play waits for the restore: the loss notice says so. */
    playHeld?: () => boolean;
    /** The URL named an event or a moment: the map frames its event on first drawing (the opening moment keeps the overview). */
    linkedEvent?: boolean;
    /**
     * The first view is complete: the map's first idle with the story drawn, or at once where
     * there is no map to wait for (no WebGL, no basemap). For loading what the first view does not need.
     */
    onFirstView?: () => void;
    /** A part of the map could not be fetched (a large story's settled movements, offline): the page says so. */
    onPartFailed?: () => void;
  } = {},
): MountedMap {
  if (!supportsWebGL()) {
    const notice = el("p", { class: "notice", role: "status" }, [t(initial.lang, "noWebgl")]);
    container.append(notice);
    container.classList.add("no-webgl");
    options.onFirstView?.();
    // The notice follows the language switch like every other text.
    const update = (_: Snapshot, state: AppState) => {
      const text = t(state.lang, "noWebgl");
      if (notice.textContent !== text) notice.textContent = text;
    };
    return { update, reframe: () => undefined, view: () => undefined };
  }
  const reducedMotion = window.matchMedia("(prefers-reduced-motion: reduce)");
  let view: MapView | undefined;
  let storyMap: StoryMap | undefined;
  let basemap: Basemap | undefined;
  let theme: Theme | undefined;
  // Built with the first style (not earlier: the routes are densified then), once per story.
  let movements: MovementWindow | undefined;
  // A lost WebGL context is a pause, not a break: say so, draw nothing, and on restore draw the
  // current snapshot again from scratch (MapLibre's rebuilt style has no feature state).
  // The notice says playback is paused only when the loss paused it.
  let lostNotice: HTMLElement | undefined;
  let lostKey: "webglLost" | "webglLostPaused" = "webglLost";
  const contextLost = () => {
    lostKey = current().state.playing ? "webglLostPaused" : "webglLost";
    lostNotice ??= el("p", { class: "notice map-lost", role: "status" }, []);
    lostNotice.textContent = t(current().state.lang, lostKey);
    container.append(lostNotice);
    options.onContextLost?.();
  };
  const contextRestored = () => {
    lostNotice?.remove();
    lostNotice = undefined;
    const now = current();
    if (view && basemap && theme && themeFor(now.state) !== theme) view.setStyle(style(now.state));
    storyMap?.reset();
    storyMap?.update(now.snapshot, now.state, "other");
    // Laid out afresh for the language and camera of now (the language may have changed while lost).
    view?.relabel();
    options.onContextRestored?.();
  };
  // The opening frame: the story's main places (see mainPlaceBounds).
  const frame = mainPlaceBounds(index.story.places, index.story.meta.view.bounds);

  let sources: ReturnType<typeof storySources> | undefined;
  const movementWindow = () => {
    movements ??= createMovementWindow(index);
    return movements;
  };
  // A story of SETTLED_CHUNK movements or more draws its settled ones in chunks of layers of
  // their own, made by a module the first view of a smaller story never needs: fetched at once
  // for such a story, while the basemap loads, and waited for before the story's layers go in.
  let settled: typeof import("../map/settled_movements") | undefined;
  const settledReady =
    settledChunkCount(index.movements.length) > 0
      ? importAgain(() => import("../map/settled_movements")).then(
          (module) => {
            settled = module;
          },
          // Without its settled movements the story's recent ones still draw; the page says so.
          () => options.onPartFailed?.(),
        )
      : undefined;
  const layersFor = (theme: Theme) =>
    settled ? settled.withSettledLayers(storyLayers(theme), movementWindow().chunks) : storyLayers(theme);
  const story = () => {
    const window = movementWindow();
    sources ??= {
      ...storySources({ events: EMPTY, movements: EMPTY, movementEnds: EMPTY, relations: relationFeatures(index) }),
      ...settled?.settledSources(window.chunks, (c) => window.chunk(c)),
    };
    return sources;
  };

  // Each main place's label position for the current view (place_labels.ts), kept across restyles.
  let anchors = new Map<string, string>();
  // Places that give way in the current view, drawn neither with dot nor name (place_labels.ts).
  let hidden = new Set<string>();
  let unnamed = new Set<string>();
  let labelLang = initial.lang;
  // The current event's places: their names are laid out first and placed above every other label.
  const currentPlaces = (snapshot: Snapshot) => new Set(snapshot.current?.places.map((p) => p.id) ?? []);
  let labelled = currentPlaces(current().snapshot);
  /** The drawn ✕ (crossKey) the names were last laid out around. */
  let labelCrosses = "";
  /** The heads at rest (headKey) the names were last laid out around. */
  let labelHeads = "";
  // Where an event's dot is drawn from which moment on (its place's first event, ms UTC): the
  // main names keep off those dots too (Istanbul's name under Ankara's dot on a phone).
  const firstEventAt = new Map<string, number>();
  for (const e of index.events) for (const p of e.places) if (!firstEventAt.has(p.id)) firstEventAt.set(p.id, e.time);
  const layoutLabels = (labelView: LabelView) => {
    const now = current();
    labelLang = now.state.lang;
    labelled = currentPlaces(now.snapshot);
    const happened = now.snapshot.happened;
    const lastTime =
      happened > 0 ? (index.events[happened - 1]?.time ?? Number.NEGATIVE_INFINITY) : Number.NEGATIVE_INFINITY;
    const marked = new Set([...firstEventAt].filter(([, at]) => at <= lastTime).map(([id]) => id));
    ({ anchors, hidden, unnamed } = placeLabelLayout(
      index.story.places,
      frame,
      labelView,
      labelLang,
      theme ?? LIGHT,
      measureText,
      labelled,
      marked,
      [
        ...crossDots(storyMap?.ends() ?? [], labelView.zoom, (theme ?? LIGHT).scale, labelView.project),
        ...headDots(storyMap?.moving() ?? [], (theme ?? LIGHT).scale, labelView.project),
      ],
      storyMap?.lineEnds(),
    ));
    // A name the layout left to the style points inward from the map's edge as the camera is now
    // (a framed event's view is not the opening frame: Eriwan at the left edge wrote off the map).
    const edges = new Map<string, Edge>();
    for (const p of index.story.places) {
      if (anchors.has(p.id)) continue;
      const { x, y } = labelView.project([p.lon, p.lat]);
      edges.set(p.id, edgeOnScreen(x, y, labelView.width, labelView.height));
    }
    return placeFeatures(index.story.places, frame, anchors, labelled, edges, hidden, unnamed);
  };

  /** The whole style, or (`basemapOnly`) the basemap and places the first frame shows, like the bare page. */
  const style = (state: AppState, basemapOnly = false) => {
    theme = themeFor(state);
    return buildStyle({
      basemap: basemap as Basemap,
      places: placeFeatures(index.story.places, frame, anchors, labelled, undefined, hidden, unnamed),
      theme,
      assetUrl,
      lang: state.lang,
      storyState: STORY_STATE,
      ...(basemapOnly ? {} : { storySources: story(), storyLayers: layersFor(theme) }),
    });
  };

  void decodedBasemap().then(
    (loaded) => {
      basemap = loaded;
      // A map that never draws (its worker refused, e.g. a server sending .mjs with the wrong
      // type) must not stay a blank blue box: after MAP_STALL_MS the reader is told, and the
      // notice goes when the map does draw after all.
      let stalledNotice: HTMLElement | undefined;
      const stalled = setTimeout(() => {
        if (container.getAttribute("data-loaded") === "true") return;
        stalledNotice = el("p", { class: "notice basemap-failed map-stalled", role: "status" }, [
          t(current().state.lang, "mapStalled"),
        ]);
        container.append(stalledNotice);
      }, MAP_STALL_MS);
      view = createMapView({
        container,
        // The first frame waits for nothing the bare basemap does not: the story's sources and
        // layers are added in one batch once it is drawn (onLoad).
        style: style(initial, true),
        bounds: frame,
        overlays: () => overlayBoxes(container),
        // A place whose label or dot a control or the date would cover gives way entirely.
        coverable: { source: "places", layers: [...PLACE_LABEL_LAYERS, "place-dots", "place-dots-secondary"] },
        labels: {
          source: "places",
          layout: layoutLabels,
          leaders: {
            source: LEADER_SOURCE,
            layer: LEADER_SOURCE,
            lines: (labelView) => leaderLines(index.story.places, anchors, labelView, theme ?? LIGHT, labelled),
          },
        },
        resetLabel: t(initial.lang, "resetView"),
        uiStrings: uiStrings(initial.lang),
        cooperativeGestures: options.embed === true,
        gestureHints: {
          windows: t(initial.lang, "zoomHintWindows"),
          mac: t(initial.lang, "zoomHintMac"),
          touch: t(initial.lang, "zoomHintTouch"),
        },
        onIdle: () => {
          if (container.getAttribute("data-idle") === "true") return;
          container.setAttribute("data-idle", "true");
          // After the idle is marked (the attribute's observers, such as the benchmark's clock, run
          // first), in the same task: what the first view did not need is asked for after it.
          const firstView = options.onFirstView;
          if (firstView) queueMicrotask(firstView);
        },
        onContextLost: contextLost,
        onContextRestored: contextRestored,
        onLoad: () => {
          // The first complete frame with the basemap (the benchmark times it, as on the bare page).
          container.setAttribute("data-loaded", "true");
          clearTimeout(stalled);
          stalledNotice?.remove();
          if (settledReady && !settled) void settledReady.then(addStory);
          else addStory();
        },
      });
      /** The story's sources and layers in one batch, and the story map that keeps them at t. */
      const addStory = () => {
        if (!view || !theme) return;
        // In the order buildStyle gives them: markers over the labels, the rest under (marker_layers.ts).
        const layers = splitMarkerLayers(layersFor(theme));
        view.addLayers(story(), layers.under, STORY_UNDER_BEFORE);
        view.addLayers({}, layers.over, STORY_OVER_BEFORE);
        view.addLayers({}, layers.top, STORY_TOP_BEFORE);
        view.addLayers({}, layers.topmost, STORY_TOPMOST_BEFORE);
        const shapes = new Map((basemap as Basemap).countries.features.map((f) => [f.properties.iso3, f]));
        storyMap = createStoryMap(
          view,
          index,
          movementWindow(),
          () => reducedMotion.matches,
          (iso3) => shapes.get(iso3),
          options.linkedEvent === true,
          openingMoment(index).event,
        );
        const now = current();
        storyMap.update(now.snapshot, now.state, "other");
      };
      onReady(view);
    },
    () => {
      // The text view and the timeline still tell the story.
      // Centred in the map, clear of the date, the legend and the controls along its edges.
      container.append(el("p", { class: "notice basemap-failed", role: "status" }, [t(initial.lang, "basemapFailed")]));
      options.onFirstView?.();
    },
  );

  return {
    update(snapshot, state, reason) {
      if (lostNotice) {
        const text = t(state.lang, options.playHeld?.() ? "webglLostPlayHeld" : lostKey);
        if (lostNotice.textContent !== text) lostNotice.textContent = text;
        // The view drops what it cannot draw and keeps the camera moves this asks for (a link
        // followed while lost frames its event on restore, as it would have without the loss);
        // a new theme and the labels' layout wait for the restore (contextRestored).
      } else if (view && basemap && theme && themeFor(state) !== theme) {
        // Projector on or off: same data, thicker lines and larger labels.
        view.setStyle(style(state));
        storyMap?.reset();
      }
      view?.setResetLabel(t(state.lang, "resetView"));
      view?.setUiStrings(uiStrings(state.lang));
      const places = currentPlaces(snapshot);
      const samePlaces = places.size === labelled.size && [...places].every((id) => labelled.has(id));
      // The story first: a step that moves the camera lays the names out for the camera it comes
      // to (moveend); another event's places also at once, so they are named (above every other
      // label) during the move: on a phone, playing, the camera came to rest on the invasion
      // with 0.4 s of its 2.2 left, Kiew and Ukraine unnamed until then (a review).
      const ends = storyMap?.ends();
      const moving = storyMap?.moving();
      storyMap?.update(snapshot, state, reason);
      // Names keep off the drawn ✕ and the heads at rest too: laid out again when one comes or goes.
      const after = storyMap?.ends();
      const movingAfter = storyMap?.moving();
      const crosses = after === ends ? labelCrosses : crossKey(after ?? []);
      const rested = movingAfter === moving ? labelHeads : headKey(movingAfter ?? []);
      if (
        !lostNotice &&
        (state.lang !== labelLang || !samePlaces || crosses !== labelCrosses || rested !== labelHeads)
      ) {
        labelCrosses = crosses;
        labelHeads = rested;
        labelLang = state.lang;
        labelled = places;
        view?.relabel(!samePlaces);
      }
    },
    reframe(reveal) {
      const now = current();
      if (lostNotice) return;
      storyMap?.reframe(now.snapshot, now.state, reveal);
      // The names and the controls' room (control_blockers.ts) around the legend as it is now,
      // also where the camera stays (a camera that moves lays them out when it settles).
      view?.relabel();
    },
    view: () => view,
  };
}

/**
 * The page's own overlays on the map (the date, the legend or its button), viewport px, as they
 * are once settled: a running transition (the date shrinking when playback stops) is finished
 * first, so a frame does not depend on how far it had got. The legend's slot, not the legend: an
 * open legend taller than its slot scrolls inside it, and only the slot's box covers the map.
 */
function overlayBoxes(container: HTMLElement) {
  const area = container.parentElement;
  if (!area) return [];
  return [...area.querySelectorAll(".map-date, .legend-slot")].map((overlay) => {
    if (typeof overlay.getAnimations === "function") for (const running of overlay.getAnimations()) running.finish();
    return overlay.getBoundingClientRect();
  });
}

let canvas: CanvasRenderingContext2D | null | undefined;

/** Width of `text` in Noto Sans (the map's labels' own font files, also loaded by the page), px. */
function measureText(text: string, px: number, bold: boolean): number {
  canvas ??= document.createElement("canvas").getContext("2d");
  // No 2D canvas (a very old browser): a generous average glyph width.
  if (!canvas) return text.length * px * 0.62;
  canvas.font = `${bold ? 700 : 400} ${px}px "Noto Sans"`;
  return canvas.measureText(text).width;
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
  pending ??= fetch(assetUrl("basemap/countries.topo.json")).then((response) => response.json() as Promise<Topology>);
  return pending;
}

let decoded: Promise<Basemap> | undefined;

/**
 * The basemap file decoded into the map's countries and borders, once. main.ts asks for it
 * before the story has loaded, so the decoding (topojson → GeoJSON, on the main thread) runs
 * while the story's chunk is still on its way instead of between the story and the map's start.
 */
export function decodedBasemap(): Promise<Basemap> {
  decoded ??= basemapTopology().then(basemapFromTopology);
  return decoded;
}

/** MapLibre's own accessible names (canvas, zoom buttons) in the page's language. */
function uiStrings(lang: Lang) {
  return { map: t(lang, "mapCanvas"), zoomIn: t(lang, "zoomIn"), zoomOut: t(lang, "zoomOut") };
}
