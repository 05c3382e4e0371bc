import type { LayerSpecification, SourceSpecification, StyleSpecification } from "@maplibre/maplibre-gl-style-spec";
import type { FeatureCollection } from "geojson";
import {
  type GeoJSONSource,
  type IControl,
  LngLat,
  type MapGeoJSONFeature,
  Map as MapLibreMap,
  NavigationControl,
  prewarm,
  setWorkerUrl,
} from "maplibre-gl";
import { mapWorkerUrl } from "../assets/asset_urls";
import { importAgain } from "../boot/import_again";
import "maplibre-gl/dist/maplibre-gl.css";
import { lonLatBounds } from "../geo/antimeridian";
import { svgIcon } from "../ui/svg_icon";
import { CONTROL_BLOCKERS, controlBlockers, edgeBands } from "./control_blockers";
import { markersAround } from "./crowding";
import { edgeNudge } from "./edge_nudge";
import { focusMargin, marginPoints, maxFrameZoom } from "./event_frame";
import { type Bounds, type Box, type FlatCamera, freeArea, mercatorAspect, paddingFor } from "./framing";
import type { DrawnHit, ScreenPoint } from "./hit_distance";
import { drawIcons, ICON_PX } from "./icons";
import { keepClearFrame, nearBox } from "./keep_clear";
import type { LabelView } from "./place_labels";
import { releaseFocusOnPointer } from "./pointer_focus";
import type { WarmUp, WarmUpMap } from "./shader_warm_up";

/**
 * The only module that imports maplibre-gl. Everything else hands it plain data (a style from
 * style.ts, GeoJSON, global-state values, feature states) so the rest of the app tests without
 * a browser. It skips work that would change nothing: equal global state, unchanged feature
 * states, empty-to-empty source data.
 */
setWorkerUrl(mapWorkerUrl());

/** "frame" zooms in where more than CROWD event markers are drawn within CROWD_PX of the event. */
const CROWD = 5;
const CROWD_PX = 18;
/** The source of the event markers drawn at t (story_layers.ts). */
const EVENTS_SOURCE = "events";
/** A click hits what lies within this many px of it (a finger is not a mouse). */
const TAP_PX = 10;
/** A current event's marker, px from its point: under a control when this near one. */
const MARKER_PX = 9;
/** The most an event's frame zooms out to take in a main place it would draw under a control. */
const KEEP_CLEAR_ZOOM = 0.75;
/** A current event (with its movement) smaller than this on screen, px diagonal, is zoomed to. */
const FRAME_MIN_PX = 140;
/**
 * A current event whose places and actors' capitals together span less than this on screen, px
 * diagonal, sits in a dense area and is zoomed to: at the overview, Türkei–Armenien–Aserbaidschan
 * drew three strong lines in 150 px, too short for their words (a review).
 */
const CONTEXT_MIN_PX = 2 * FRAME_MIN_PX;
/**
 * A country whose alliance status the current event changes, drawn smaller than this across
 * its shorter side (px), is zoomed to: Armenia's freeze must be seen on its fill, not under a ring.
 */
const COUNTRY_MIN_PX = 100;
/**
 * An event that changes the status of more countries than this (the SCO's nine founders) is a
 * list, not one country's change to see on its fill: its countries are not framed (Russia, "small"
 * in a 218 px high map, took the frame to Chukotka and the SCO meeting opened on the whole world).
 */
const STATUS_COUNTRIES_MAX = 3;

export interface RenderedFeature {
  layer: string;
  properties: Record<string, unknown>;
  state: Record<string, unknown>;
  id: string | number | undefined;
  /** For points: [lon, lat]. */
  point: number[] | undefined;
  /** For points: where the map draws it, CSS px from the map container's top left. */
  screen: [number, number] | undefined;
  /** For lines: the drawn pieces as [lon, lat] lists (a tile's piece each; tests measure what is on screen). */
  lines: number[][][] | undefined;
  /** For a hit of a click (hitsAt): how it is drawn, to measure the click against (hit_distance.ts). */
  drawn?: DrawnHit;
}

/** A map camera: centre [lon, lat] in degrees and zoom level. */
export interface Camera {
  readonly center: [number, number];
  readonly zoom: number;
}

export interface MapViewOptions {
  container: HTMLElement;
  style: StyleSpecification;
  /**
   * [[west, south], [east, north]] to fit on load, on resize (until the camera moves for another
   * reason) and by the reset button: fitted into the part of the map no control covers.
   */
  bounds: [[number, number], [number, number]];
  /** Boxes (viewport px) of the page's own overlays on the map: the date, the legend. */
  overlays?: () => Box[];
  /**
   * Features of `source` drawn in `layers` that an overlay, a control or the map's edge covers get
   * the feature state `covered: true` after every idle and, while the camera moves, once a frame
   * (the style fades them out), the rest `false`.
   */
  coverable?: { source: string; layers: string[] };
  /**
   * Lays out labels for the camera as it is now: called when the map has loaded and whenever
   * the camera settles (moveend); the features it returns replace `source`'s data when they
   * differ from the last ones (place_labels.ts: each main place's one label position).
   */
  labels?: {
    source: string;
    layout: (view: LabelView) => FeatureCollection;
    /**
     * Lines drawn with the labels for the camera they were laid out for (callouts' leader lines,
     * leader_lines.ts leaderLines), called after `layout`: they replace `source`'s data, and
     * `layer` is hidden while the camera moves (the names keep their px offsets, a line on the
     * map would not).
     */
    leaders?: { source: string; layer: string; lines: (view: LabelView) => FeatureCollection };
  };
  /** Called after every `idle`, e.g. to mark the DOM for tests and screenshots. */
  onIdle?: () => void;
  onLoad?: () => void;
  /**
   * The WebGL context was lost (the GPU was reset, the tab was in the background too long):
   * nothing is drawn and every call on the view does nothing until it is restored, except the
   * camera moves (show, resetCamera): they run in order once the restored map is idle.
   */
  onContextLost?: () => void;
  /**
   * The context is back and the style rebuilt, without feature state or the view's caches:
   * re-apply every piece of map state from the current snapshot.
   */
  onContextRestored?: () => void;
  /** Label of the button that returns to `bounds`. */
  resetLabel?: string;
  /** The map's own words for assistive technology, in the page's language (see setUiStrings). */
  uiStrings?: MapUiStrings;
  /**
   * In an article (embed): a plain wheel or one finger scrolls the host page; Ctrl/⌘ + wheel,
   * a pinch or the buttons zoom, and a short hint says so (MapLibre's `cooperativeGestures`).
   */
  cooperativeGestures?: boolean;
  /** The hint's texts: Windows/Linux, Mac, touch. */
  gestureHints?: { windows: string; mac: string; touch: string };
}

export interface MapView {
  setGlobalState(name: string, value: unknown): void;
  /**
   * Shows or hides `layers` by layout visibility (missing layers are skipped). A source none of
   * whose layers is visible gets no tiles, no placement and no drawing.
   */
  setLayersVisible(layers: readonly string[], visible: boolean): void;
  setData(source: string, data: FeatureCollection): void;
  /** Sets feature state of one feature (stages, the current event). */
  setFeatureState(source: string, id: number | string, state: Record<string, unknown>): void;
  /** Makes `states` the complete feature state `key` of `source`: ids missing from it are cleared. */
  setFeatureStates(source: string, key: string, states: ReadonlyMap<string | number, string | number>): void;
  /**
   * Moves the camera to the points, flying unless `instant`. "zoom" frames them closely (follow
   * mode); "reveal" moves only if one is off screen or under a control or overlay, keeping the
   * reader's zoom where it can; "uncover" (an overlay opened) moves only those on the map that a
   * control or overlay covers, so a point the reader panned off the map stays off it;
   * "frame" also zooms in when they span less than FRAME_MIN_PX on screen (a flight of a few
   * pixels under a sea label) or sit among more than CROWD other markers. `context` (the
   * event's countries, event_frame.ts) is framed with the points but not waited for: only the
   * points decide whether the camera moves. The frame keeps clear of controls and overlays (an
   * open legend) and is never closer than maxFrameZoom for the map's size. `countries` (ISO
   * alpha-3, the basemap's `iso3`): countries whose alliance status the event changes; "frame"
   * zooms in when one is drawn under COUNTRY_MIN_PX across, and frames those countries whole;
   * "zoom" frames them whole when they would be drawn that small in the frame of its context.
   */
  show(
    points: [number, number][],
    instant: boolean,
    mode: "zoom" | "reveal" | "uncover" | "frame",
    context?: readonly [number, number][],
    countries?: readonly string[],
  ): void;
  /**
   * The story's main places ([lon, lat], degrees): `show` keeps those it draws out from under
   * the controls and overlays, taking them into its frame or moving the camera (set once).
   */
  keepClear(points: readonly [number, number][]): void;
  /**
   * Calls `handler` with what lies under a click or tap (within TAP_PX, topmost first) in
   * `layers`, and shows a pointer over those layers.
   */
  onClick(layers: readonly string[], handler: (hits: RenderedFeature[]) => void): void;
  /**
   * What a click at `point` (px from the map's top left) hits in `layers`: everything within
   * TAP_PX, topmost layer first, each with how it is drawn around the point (`drawn`: a word or
   * name, under the point or not; a dot's centre; a line's pieces, offset and widths, in px).
   * hitDistance (hit_distance.ts, in the click's own chunk) measures them.
   */
  hitsAt(layers: readonly string[], point: { x: number; y: number }): RenderedFeature[];
  /** Calls `handler` with the [lon, lat] (degrees) of every click or tap on the map (the authoring page's place pick). */
  onMapClick(handler: (lonLat: [number, number]) => void): void;
  /** Screen position of [lon, lat] in px from the map's top left (tests). */
  project(point: [number, number]): { x: number; y: number };
  /** [lon, lat] (degrees) drawn at a screen point, px from the map's top left. */
  unproject(point: { x: number; y: number }): [number, number];
  /** The map's size, CSS px. */
  size(): { width: number; height: number };
  /** Calls `handler` after every `idle` (all data drawn, labels placed); returns the call that stops it. */
  onIdle(handler: () => void): () => void;
  /**
   * Calls `handler` after a frame while the map keeps drawing with its camera still (playback,
   * which never lets it go `idle`): once `sources` have been loaded for `everyMs` (ms; their
   * symbols placed, which MapLibre does at most every `fadeDuration`), at most once per `everyMs`.
   * Returns the call that stops it.
   */
  onStillFrames(sources: readonly string[], everyMs: number, handler: () => void): () => void;
  /** The camera's zoom. */
  zoom(): number;
  /** The style's layers as it has them now, bottom to top, with their layout (tests measure type sizes). */
  styleLayers(): readonly { id: string; type: string; layout?: Record<string, unknown> }[];
  /** Back to the story's whole view (the reset button's camera). */
  resetCamera(instant: boolean): void;
  /** The camera as it is: centre [lon, lat] (degrees) and zoom, for setCamera. */
  camera(): Camera;
  /** Jumps to `camera` at once (a rebuilt map keeps the view it replaces); a resize no longer refits the opening frame. */
  setCamera(camera: Camera): void;
  /**
   * The page's overlays changed (the legend opened or closed): the last frame the app chose (the
   * opening frame or the last `show`) is fitted again, easing, clear of the overlays as they are
   * now. A camera the reader has moved since is left alone (false), and so is a lost context.
   */
  refit(): boolean;
  /** Properties of the features drawn (and not hidden by collisions) in `layers`. */
  renderedProperties(layers: string[]): Record<string, unknown>[];
  /**
   * The features in `layers` drawn within `box` (CSS px from the map container's top left), with
   * their feature state; for symbols, those whose placed label or icon box meets it (tests:
   * nothing under a control).
   */
  renderedFeaturesIn(layers: string[], box: Box): RenderedFeature[];
  /** A symbol layer's `text-size` as its style gives it: px, or an expression (line_label_fallback.ts sizeAt). */
  textSize(layer: string): unknown;
  setStyle(style: StyleSpecification): void;
  /**
   * Adds `sources` and `layers` (in order, below layer `before` where it exists) in one batch;
   * ones the style already has are left as they are.
   */
  addLayers(sources: Record<string, SourceSpecification>, layers: LayerSpecification[], before?: string): void;
  /**
   * Lays out the labels again now (see `labels`), e.g. after a language switch changed their
   * widths; while the camera moves, when it settles (moveend) instead, for the camera it comes to.
   * `moving: true` lays them out now while it moves too (and again when it settles): the current
   * event's places are named from the step on, not only once the camera has come to rest.
   */
  relabel(moving?: boolean): void;
  setResetLabel(label: string): void;
  /** The canvas's and the zoom buttons' accessible names, in the page's language. */
  setUiStrings(strings: MapUiStrings): void;
  /** Resolves after the next frame the map draws with every source loaded (benchmark: input → render latency). */
  nextRender(): Promise<void>;
  resize(): void;
  destroy(): void;
}

let webgl: boolean | undefined;

/**
 * False where the browser cannot give us a WebGL context (the text view still works). Asked
 * once per page: each probe creates a context (~100–300 ms under software rendering), which is
 * released at once so the map's own context does not compete with it.
 */
export function supportsWebGL(): boolean {
  webgl ??= probeWebGL();
  return webgl;
}

function probeWebGL(): boolean {
  try {
    const canvas = document.createElement("canvas");
    const context = canvas.getContext("webgl2") ?? canvas.getContext("webgl");
    context?.getExtension("WEBGL_lose_context")?.loseContext();
    return context !== null;
  } catch {
    return false;
  }
}

/**
 * Starts MapLibre's web workers now, so the worker script downloads and compiles while the story
 * and the basemap are still on their way instead of after the map is created.
 */
export function prewarmMap(): void {
  prewarm();
}

/** MapLibre's own accessible names: the canvas ("Map") and the zoom buttons. */
export interface MapUiStrings {
  map: string;
  zoomIn: string;
  zoomOut: string;
}

export function createMapView(options: MapViewOptions): MapView {
  let ui = options.uiStrings;
  const map = new MapLibreMap({
    container: options.container,
    style: options.style,
    bounds: options.bounds,
    fitBoundsOptions: { padding: FRAME_MARGIN },
    attributionControl: { compact: true, customAttribution: "Natural Earth · Noto Sans" },
    // Keeps the last frame readable for the PNG download and pixel checks.
    canvasContextAttributes: { preserveDrawingBuffer: true },
    fadeDuration: 150,
    cooperativeGestures: options.cooperativeGestures === true,
    locale: {
      ...(ui
        ? { "Map.Title": ui.map, "NavigationControl.ZoomIn": ui.zoomIn, "NavigationControl.ZoomOut": ui.zoomOut }
        : {}),
      ...(options.gestureHints
        ? {
            "CooperativeGesturesHandler.WindowsHelpText": options.gestureHints.windows,
            "CooperativeGesturesHandler.MacHelpText": options.gestureHints.mac,
            "CooperativeGesturesHandler.MobileHelpText": options.gestureHints.touch,
          }
        : {}),
    },
    dragRotate: false,
    pitchWithRotate: false,
  });
  map.touchZoomRotate.disableRotation();
  const keepKeys = releaseFocusOnPointer(map.getCanvas());
  map.addControl(new NavigationControl({ showCompass: false }), "bottom-right");
  // True while the camera shows the opening frame: then a resize frames the places again.
  let framed = true;
  // Fits the last frame the app chose again (with the overlays as they are then); undefined
  // once the reader has moved the camera: an open legend never fights a reader's pan.
  let refit: (() => void) | undefined;
  const frame = (animate: boolean, overlays = options.overlays?.() ?? []) => {
    framed = true;
    refit = () => frame(true);
    const padding = framePadding(map.getContainer(), options.bounds, overlays);
    const camera = map.cameraForBounds(options.bounds, { padding });
    if (!camera) return;
    if (animate) map.easeTo({ ...camera, duration: 600, essential: false });
    else map.jumpTo(camera);
  };
  const reset = resetControl(options.resetLabel ?? "", () => frame(true));
  if (options.resetLabel) map.addControl(reset.control, "bottom-right");
  frame(false);
  map.on("movestart", (event: { originalEvent?: unknown }) => {
    if (!event.originalEvent) return;
    framed = false;
    refit = undefined;
  });
  // The map's size changed (an embed's card or masthead took more room for this event's text):
  // the frame the app chose last is fitted again, unless the reader has moved the camera (a
  // review found Eriwan, Lawrow's destination, under a 320 px embed's card, framed for a map
  // 30 px taller).
  // Only a real change of size: MapLibre fires "resize" on every resize() call, also on a WebGL
  // context restore, where a refit with the overlays of that moment (the date shrinks once the
  // loss paused playback) moved the restored camera by 100 px (tests/e2e/webgl_loss.e2e.ts).
  const container = map.getContainer();
  let size = `${container.clientWidth}×${container.clientHeight}`;
  map.on("resize", () => {
    const now = `${container.clientWidth}×${container.clientHeight}`;
    if (now === size) return;
    size = now;
    foldAttribution();
    if (framed) frame(false);
    else refit?.();
  });
  const addIcons = () => {
    for (const icon of drawIcons())
      if (!map.hasImage(icon.name)) map.addImage(icon.name, icon.image, { sdf: true, ...icon.options });
  };
  // Asked before a tile is laid out without an icon (MapLibre 6: a `styleimagemissing` listener
  // comes too late for that tile; a plate added so stayed missing until the words changed).
  map.setMissingStyleImageResolver(addIcons);
  addIcons();
  const covered = new Set<string | number>();
  const markCovered = (target: { source: string; layers: string[] }) => {
    const box = map.getContainer().getBoundingClientRect();
    const layers = target.layers.filter((layer) => map.getLayer(layer));
    if (layers.length === 0) return;
    const next = new Set<string | number>();
    // Controls and overlays (viewport px) moved to the map's px, and the bands along its edges:
    // a label that meets one is covered or cut by the edge, and hidden.
    const shift = (o: Box): Box => ({
      left: o.left - box.left,
      top: o.top - box.top,
      right: o.right - box.left,
      bottom: o.bottom - box.top,
    });
    const around = [...controlBoxes(map.getContainer()), ...(options.overlays?.() ?? [])].map(shift);
    for (const o of [...around, ...edgeBands(box.width, box.height)]) {
      const query: [[number, number], [number, number]] = [
        [o.left, o.top],
        [o.right, o.bottom],
      ];
      for (const f of map.queryRenderedFeatures(query, { layers })) if (f.id !== undefined) next.add(f.id);
    }
    for (const id of covered) {
      if (!next.has(id)) map.setFeatureState({ source: target.source, id }, { covered: false });
    }
    for (const id of next) {
      if (!covered.has(id)) map.setFeatureState({ source: target.source, id }, { covered: true });
    }
    if (next.size > 0) stated.add(target.source);
    covered.clear();
    for (const id of next) covered.add(id);
  };
  // Labels laid out for the settled camera; skipped when the layout did not change.
  let labelKey = "";
  let blockerKey = "";
  /** Shows or hides `layers` (those that exist), touching only those that change. */
  const setVisible = (layers: readonly string[], visible: boolean) => {
    if (lost) return;
    const value = visible ? "visible" : "none";
    for (const layer of layers)
      if (map.getLayer(layer) && map.getLayoutProperty(layer, "visibility") !== value)
        map.setLayoutProperty(layer, "visibility", value);
  };
  const relabel = () => {
    const labels = options.labels;
    if (!labels || lost || !map.getSource(labels.source)) return;
    const box = map.getContainer().getBoundingClientRect();
    const local = (o: Box): Box => ({
      left: o.left - box.left,
      top: o.top - box.top,
      right: o.right - box.left,
      bottom: o.bottom - box.top,
    });
    const centre = map.getCenter().lng;
    const labelView: LabelView = {
      zoom: map.getZoom(),
      width: box.width,
      height: box.height,
      // The world copy nearest the camera's centre, where MapLibre draws the place: across 180°
      // the raw longitude lies a world away (Anchorage at x = −3174 in a view of the Bering
      // Sea, its name left out while its dot was drawn at x = 904).
      project: ([lon, lat]) => map.project([lon + 360 * Math.round((centre - lon) / 360), lat]),
      unproject: (p) => map.unproject([p.x, p.y]).toArray(),
      obstacles: [...controlBoxes(map.getContainer()), ...(options.overlays?.() ?? [])].map(local),
    };
    const blockers = map.getSource(CONTROL_BLOCKERS) as GeoJSONSource | undefined;
    const room = controlBlockers(
      [...labelView.obstacles, ...edgeBands(box.width, box.height)],
      labelView.unproject,
      ICON_PX,
    );
    const roomKey = JSON.stringify(room);
    if (blockers && roomKey !== blockerKey) {
      blockerKey = roomKey;
      blockers.setData(room);
    }
    const data = labels.layout(labelView);
    const key = JSON.stringify(data);
    if (key !== labelKey) {
      labelKey = key;
      (map.getSource(labels.source) as GeoJSONSource).setData(data);
    }
    const leaders = labels.leaders;
    const leaderSource = leaders && (map.getSource(leaders.source) as GeoJSONSource | undefined);
    if (!(leaders && leaderSource)) return;
    const lines = leaders.lines(labelView);
    const linesKey = JSON.stringify(lines);
    if (linesKey !== leaderKey) {
      leaderKey = linesKey;
      leadersDrawn = lines.features.length > 0;
      leaderSource.setData(lines);
    }
    // Not while the camera moves (a step lays the names out at its start): they would stay behind.
    setVisible([leaders.layer], !map.isMoving());
  };
  let leaderKey = "";
  let leadersDrawn = false;
  // Leader lines belong to the camera they were drawn for: hidden while it moves.
  map.on("movestart", () => {
    const layer = options.labels?.leaders?.layer;
    if (layer && leadersDrawn) setVisible([layer], false);
  });
  // First as soon as the style's sources exist (the camera is already set), so the first tiles
  // are cut with the laid-out labels instead of being cut again after the first frame.
  map.once("style.load", relabel);
  map.on("load", relabel);
  map.on("moveend", relabel);
  const coverable = options.coverable;
  if (coverable) {
    map.on("idle", () => markCovered(coverable));
    // While the camera moves too, once a frame: a name the edge cuts (or a control covers) goes
    // as soon as it is cut, not only when the camera stops.
    let queued = false;
    map.on("render", () => {
      if (queued || lost || !map.isMoving()) return;
      queued = true;
      requestAnimationFrame(() => {
        queued = false;
        if (!lost) markCovered(coverable);
      });
    });
  }
  // Layers whose programs are compiled (shader_warm_up.ts): new ones are warmed at the next idle.
  // Its code is a chunk of its own, fetched at the first idle: no part of the first load.
  let removed = false;
  let warming: WarmUp | undefined;
  let warmingAsked = false;
  const warmUp = () => {
    if (warming) return warming.warm();
    if (warmingAsked) return;
    warmingAsked = true;
    // A task after the idle event, so it is requested after the first idle, not as part of it.
    setTimeout(() =>
      import("./shader_warm_up").then(
        ({ createWarmUp }) => {
          // The map may have been removed meanwhile (the author preview replaces its map).
          if (removed) return;
          warming = createWarmUp(map as unknown as WarmUpMap, () => lost);
          warming.warm();
        },
        // Offline, say: playback then compiles each program when it first draws, as before.
        () => {
          warmingAsked = false;
        },
      ),
    );
  };
  map.on("idle", warmUp);
  if (options.onIdle) map.on("idle", options.onIdle);
  // On a map up to 640 px wide (a phone, a small embed) MapLibre shows the compact attribution
  // open until the first drag: folded to its ⓘ button from the start, it covers no place (a
  // review found Duschanbe and Teheran under it); a tap on ⓘ opens it. A map that grows wider
  // opens it again, as a wide map loads (it stayed folded after presenter mode at 1024×768).
  const foldAttribution = () => {
    for (const attribution of container.querySelectorAll(".maplibregl-ctrl-attrib.maplibregl-compact"))
      attribution.classList.toggle("maplibregl-compact-show", container.clientWidth > 640);
  };
  foldAttribution();
  map.once("load", foldAttribution);
  if (options.onLoad) map.once("load", options.onLoad);

  const print = printWholeArea(map, options.bounds);
  const globalState = new Map<string, unknown>();
  // The event markers last sent for t (the "events" source), for crowded(): counted from the
  // data, as the map has not drawn them yet when the camera decides (crowding.ts).
  let eventMarkers: FeatureCollection = { type: "FeatureCollection", features: [] };
  // More than CROWD markers within CROWD_PX of a point: the current one is lost among them.
  const crowded = (points: [number, number][]) =>
    points.some((p) => {
      const pxPerDegree = (512 * 2 ** map.getZoom()) / 360;
      return markersAround(p, eventMarkers, (q) => map.project(q), CROWD_PX, pxPerDegree) > CROWD;
    });
  // A country as drawn now: its extent in degrees (corners) and px across its shorter side;
  // undefined where no part of it is drawn.
  const countryExtent = (iso3: string) => {
    const parts = map.getLayer("land")
      ? map.queryRenderedFeatures({ layers: ["land"], filter: ["==", ["get", "iso3"], iso3] })
      : [];
    const coordinates: [number, number][] = [];
    for (const part of parts) {
      const g = part.geometry;
      const rings = g.type === "Polygon" ? g.coordinates : g.type === "MultiPolygon" ? g.coordinates.flat() : [];
      for (const ring of rings) for (const c of ring) coordinates.push([c[0] ?? 0, c[1] ?? 0]);
    }
    if (coordinates.length === 0) return undefined;
    // The short way round, as every other frame (no spread of thousands of coordinates).
    const corners: [number, number][] = lonLatBounds(coordinates);
    const [a, b] = corners.map((c) => map.project(c));
    const shorterPx = a && b ? Math.min(Math.abs(a.x - b.x), Math.abs(a.y - b.y)) : 0;
    return { corners, shorterPx };
  };
  // The story's main places, kept clear of the controls by every event's frame (keepClear).
  let kept: [number, number][] = [];
  // Whether the point's marker lies under one of the map's buttons or `overlays` (viewport px):
  // on the map, but not seen (Teheran's strike under the attribution on a phone).
  const underControl = (point: [number, number], container: HTMLElement, overlays: readonly Box[]) => {
    const rect = container.getBoundingClientRect();
    const { x, y } = map.project(point);
    const [px, py] = [x + rect.left, y + rect.top];
    return [...controlBoxes(container), ...overlays].some((b) => nearBox(px, py, b, MARKER_PX));
  };
  /**
   * The reader's camera, at its zoom, panned the least that reveals `points` (reveal_shift.ts,
   * loaded when first needed); undefined where nothing clear holds them (the camera stays).
   */
  const revealCamera = async (points: [number, number][], container: HTMLElement, covering: readonly Box[]) => {
    const { revealCenter } = await importAgain(() => import("./reveal_shift"));
    const boxes = [...controlBoxes(container), ...covering].map(plainBox);
    const rect = plainBox(container.getBoundingClientRect());
    const at = revealCenter(points, (p) => map.project(p), map.project(map.getCenter()), rect, boxes, EDGE_MARGIN);
    return at && { center: map.unproject([at.x, at.y]), zoom: map.getZoom() };
  };
  const pixelSpan = (points: [number, number][]) => {
    const projected = points.map((p) => map.project(p));
    const xs = projected.map((p) => p.x);
    const ys = projected.map((p) => p.y);
    return Math.hypot(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
  };
  const featureStates = new Map<string, Map<string | number, string | number>>();
  // The sources given any feature state: a new style keeps a source it does not change (diff),
  // with its states, so a theme change removes them (the caches start afresh, and a state they
  // no longer know of would stay drawn: "strong" relations of an earlier event, a review found).
  const stated = new Set<string>();
  const emptySources = new Set<string>();
  const forget = () => {
    featureStates.clear();
    emptySources.clear();
    globalState.clear();
    covered.clear();
    labelKey = "";
    leaderKey = "";
    blockerKey = "";
    leadersDrawn = false;
  };

  // While the context is lost MapLibre has no style (setFeatureState would throw); on restore it
  // rebuilds the style from a snapshot that drops feature state, so the caches above are wrong.
  let lost = false;
  // Camera requests made while lost (a link followed, presenter mode left), in order: a frame
  // decision needs the drawn markers, so they wait for the restored map's first idle and then run
  // one after the other, each from the camera the one before left, as they would have without
  // the loss. Only the last one may fly; the oldest are dropped past MAX_QUEUED_CAMERAS.
  let queuedCameras: { move(instant: boolean): void; instant: boolean }[] = [];
  const replayCameras = () => {
    if (lost) return;
    const requests = queuedCameras;
    queuedCameras = [];
    for (const [i, request] of requests.entries()) request.move(request.instant || i < requests.length - 1);
  };
  /** Moves the camera now, or (while lost) queues the move for the restore. */
  const moveCamera = (move: (instant: boolean) => void, instant: boolean) => {
    if (lost) {
      queuedCameras.push({ move, instant });
      if (queuedCameras.length > MAX_QUEUED_CAMERAS) queuedCameras.shift();
      return;
    }
    // A request after the restore but before its first idle comes after the queued ones.
    replayCameras();
    move(instant);
  };
  map.on("webglcontextlost", () => {
    lost = true;
    options.onContextLost?.();
  });
  map.on("webglcontextrestored", () => {
    // The rebuilt style loads asynchronously: apply once it has, or at the latest when idle.
    let done = false;
    const ready = () => {
      if (done) return;
      done = true;
      lost = false;
      forget();
      // The restored context has no programs: warm them again at the next idle (a warm-up cut
      // short by the loss is in the rebuilt style: drop it).
      warming?.remove(true);
      options.onContextRestored?.();
      if (queuedCameras.length > 0) map.once("idle", replayCameras);
    };
    if (map.isStyleLoaded()) ready();
    else {
      map.once("style.load", ready);
      map.once("idle", ready);
    }
  });

  const showNow = (
    points: [number, number][],
    instant: boolean,
    mode: "zoom" | "reveal" | "uncover" | "frame",
    context: readonly [number, number][],
    overlays: Box[] | undefined,
    countries: readonly string[] = [],
  ) => {
    // Undefined before the map has its first transform (a large story still loading).
    const visible = map.getBounds() as ReturnType<MapLibreMap["getBounds"]> | undefined;
    if (!visible) return;
    // A view across the antimeridian reports longitudes past 180: try each world copy.
    const container = map.getContainer();
    const covering = overlays ?? options.overlays?.() ?? [];
    const onMap = ([lon, lat]: [number, number]) =>
      [0, 360, -360].some((shift) => visible.contains([lon + shift, lat]));
    const pointsInView = points.every(onMap) && !points.some((p) => underControl(p, container, covering));
    const inView = pointsInView && !kept.some((p) => underControl(p, container, covering));
    if (mode === "reveal" || mode === "uncover") {
      // Only the points decide: a main place left under the legend stays where it is. They move
      // the least at the reader's zoom that brings them into a part of the map the controls and
      // overlays leave free (reveal_shift.ts): the event's whole frame (its context, focus
      // margins) zoomed a phone out from 5.5 to 3.5 when the legend opened over Aktau. Where no
      // part holds them, the camera stays. Uncovered, only points on the map that an overlay
      // covers move: one the reader panned off the map (Moskau, places e2e) stays off it. The
      // camera stays the reader's: a later overlay does not refit it.
      if (pointsInView) return;
      const seen = points.filter(onMap);
      if (mode === "uncover" && !seen.some((p) => underControl(p, container, covering))) return;
      void revealCamera(mode === "uncover" ? seen : points, container, covering).then(
        (camera) => {
          if (!camera || lost) return;
          framed = false;
          refit = undefined;
          if (instant) map.jumpTo(camera);
          else map.easeTo({ ...camera, duration: 800, essential: false });
        },
        () => undefined,
      );
      return;
    }
    // In follow and presenter mode ("zoom") too: the presenter's half-wall map showed Armenia's
    // CSTO freeze 60 px across at its edge, framed with Moskau (a review).
    const shapes = countries.length <= STATUS_COUNTRIES_MAX ? countries.map(countryExtent) : [];
    // "zoom" always moves: a country is small if it would be in the frame of its event's places
    // and context; "frame" keeps a camera that shows it well enough.
    const contextZoom =
      mode === "zoom" && shapes.length > 0
        ? map.cameraForBounds(lonLatBounds([...points, ...context]), { padding: EVENT_MARGIN })?.zoom
        : undefined;
    const scale = contextZoom === undefined ? 1 : 2 ** (contextZoom - map.getZoom());
    const small = (shape: ReturnType<typeof countryExtent>) =>
      shape === undefined || shape.shorterPx * scale < COUNTRY_MIN_PX;
    const smallCountry = shapes.some(small);
    const dense = context.length > 0 && pixelSpan([...points, ...context]) < CONTEXT_MIN_PX;
    const tooSmall =
      mode === "frame" &&
      ((points.length > 1 && pixelSpan(points) < FRAME_MIN_PX) || crowded(points) || smallCountry || dense);
    if (mode === "frame" && inView && !tooSmall) {
      // On the map but at its edge: moved in, at the same zoom, its ring and name seen whole.
      const [width, height] = [container.clientWidth, container.clientHeight];
      const onScreen = (lonLats: readonly [number, number][]) =>
        lonLats.map(([lon, lat]) => {
          const copies = [0, 360, -360].map((shift) => map.project([lon + shift, lat]));
          return copies.reduce((a, b) =>
            Math.hypot(a.x - width / 2, a.y - height / 2) <= Math.hypot(b.x - width / 2, b.y - height / 2) ? a : b,
          );
        });
      // With its actors' places at the edge too, where they fit beside it (Istanbul beside
      // Ankara), else alone; places far off the map do not move it (a reader's own close-up).
      const near = onScreen(context).filter(
        (p) => p.x > -EDGE_MARGIN && p.x < width + EDGE_MARGIN && p.y > -EDGE_MARGIN && p.y < height + EDGE_MARGIN,
      );
      // The event itself further from the edge than its context (focusMargin), where that fits.
      const wide = focusMargin(width, height);
      const focus = onScreen(points).map((p) => ({ ...p, margin: wide }));
      // Where its context leaves no room, the event alone: a capital may leave the map, the
      // event does not sit on its edge (framing it anew further out crowded the Caucasus).
      const nudge =
        edgeNudge([...focus, ...near], width, height, EDGE_MARGIN, true) ??
        edgeNudge(focus, width, height, EDGE_MARGIN);
      if (!nudge) return;
      const centre = map.project(map.getCenter());
      const moved = { center: map.unproject([centre.x - nudge.x, centre.y - nudge.y]) };
      if (instant) map.jumpTo(moved);
      else map.easeTo({ ...moved, duration: 800, essential: false });
      return;
    }
    // The short way round: places on both sides of 180° are framed across the Pacific.
    // The small countries only: the large ones are readable as they are, and their extent
    // would take the frame far off (Russia's, to Chukotka: the SCO meeting framed the world).
    const corners = shapes.flatMap((shape) => (shape && small(shape) ? shape.corners : []));
    const around = [...points, ...(smallCountry ? corners : context)];
    const closest = maxFrameZoom(container.clientWidth, container.clientHeight);
    const maxZoom = mode === "zoom" || tooSmall ? closest : Math.max(map.getZoom(), 3);
    const cameraFor = (fitted: Bounds, boxes = options.overlays?.() ?? []) =>
      map.cameraForBounds(fitted, { padding: framePadding(container, fitted, boxes, EVENT_MARGIN), maxZoom });
    // The event's own points keep focusMargin from the edge, its context EVENT_MARGIN: points
    // that far around each, at the zoom the frame would have without them.
    const rough = cameraFor(lonLatBounds(around), overlays)?.zoom;
    const extra = focusMargin(container.clientWidth, container.clientHeight) - EVENT_MARGIN;
    const inFrame = rough === undefined ? around : [...around, ...marginPoints(points, extra, rough)];
    const bounds = lonLatBounds(inFrame);
    const cameraNow = (boxes = options.overlays?.() ?? [], fitted = bounds) => cameraFor(fitted, boxes);
    // No main place under a control: pushed off the map's edge, else taken into the frame.
    const rect = container.getBoundingClientRect();
    const flat = (c: ReturnType<typeof cameraNow>): FlatCamera | undefined => {
      if (c?.center === undefined || c.zoom === undefined) return undefined;
      const { lng, lat } = LngLat.convert(c.center);
      return { center: [lng, lat], zoom: c.zoom };
    };
    const clearFrame = (boxes: Box[] | undefined) => {
      const first = flat(cameraNow(boxes));
      if (!first) return undefined;
      const inMap = [...controlBoxes(container), ...(boxes ?? options.overlays?.() ?? [])].map((b) => ({
        left: b.left - rect.left,
        top: b.top - rect.top,
        right: b.right - rect.left,
        bottom: b.bottom - rect.top,
      }));
      const view = { width: rect.width, height: rect.height, covering: inMap, margin: MARKER_PX };
      const fit = (fitted: Bounds) => flat(cameraNow(boxes, fitted));
      return keepClearFrame({ bounds, inFrame, camera: first }, kept, fit, { ...view, maxZoomOut: KEEP_CLEAR_ZOOM });
    };
    const chosen = clearFrame(overlays);
    if (!chosen) return;
    // Moved only for a main place it cannot clear anyway: the camera stays where it is.
    if (!chosen.cleared && pointsInView && !tooSmall && mode !== "zoom") return;
    const camera = chosen.camera;
    framed = false;
    refit = () => {
      const again = clearFrame(undefined);
      if (again) map.easeTo({ ...again.camera, duration: 600, essential: false });
    };
    if (instant) map.jumpTo(camera);
    else map.flyTo({ ...camera, duration: 1400, essential: false });
  };

  /** A rendered feature as plain data, with its screen point for points. */
  const rendered = (f: MapGeoJSONFeature): RenderedFeature => ({
    layer: f.layer.id,
    properties: f.properties,
    state: f.state,
    id: f.id,
    point: f.geometry.type === "Point" ? f.geometry.coordinates : undefined,
    screen:
      f.geometry.type === "Point" ? screenPoint(map.project(f.geometry.coordinates as [number, number])) : undefined,
    lines:
      f.geometry.type === "LineString"
        ? [f.geometry.coordinates]
        : f.geometry.type === "MultiLineString"
          ? f.geometry.coordinates
          : undefined,
  });

  const queryAround = (layers: readonly string[], point: { x: number; y: number }, radius: number) =>
    lost
      ? []
      : map.queryRenderedFeatures(
          [
            [point.x - radius, point.y - radius],
            [point.x + radius, point.y + radius],
          ],
          { layers: layers.filter((layer) => map.getLayer(layer)) },
        );
  const hitsAt = (layers: readonly string[], point: { x: number; y: number }): RenderedFeature[] => {
    const hits = queryAround(layers, point, TAP_PX);
    // A word or name is hit where its box is drawn: those under the point itself are on it.
    const key = (f: MapGeoJSONFeature) => `${f.layer.id}/${String(f.id ?? f.properties.id)}`;
    const under = new Set(
      queryAround(
        hits.filter((f) => f.layer.type === "symbol").map((f) => f.layer.id),
        point,
        1,
      ).map(key),
    );
    return hits.map((f) => ({ ...rendered(f), drawn: drawnHit(f, point, under.has(key(f))) }));
  };
  const drawnHit = (f: MapGeoJSONFeature, { x, y }: ScreenPoint, under: boolean): DrawnHit | undefined => {
    const click = { x, y };
    if (f.layer.type === "symbol") return { kind: "word", click, under, near: TAP_PX };
    const project = (c: number[]): ScreenPoint => {
      const { x, y } = map.project(c as [number, number]);
      return { x, y };
    };
    const g = f.geometry;
    if (g.type === "Point") return { kind: "dot", click, at: project(g.coordinates) };
    // A query's feature carries its layer's paint evaluated for it (its feature state included):
    // the line is measured where and as wide as it is drawn (`line-offset`, story_layers.ts).
    const paint = f.layer.type === "line" ? (f.layer.paint as Record<string, unknown> | undefined) : undefined;
    const px = (name: string) => (typeof paint?.[name] === "number" ? (paint[name] as number) : 0);
    const lines = g.type === "LineString" ? [g.coordinates] : g.type === "MultiLineString" ? g.coordinates : undefined;
    if (!lines) return undefined;
    return {
      kind: "line",
      click,
      pieces: lines.map((line) => line.map(project)),
      offset: px("line-offset"),
      width: px("line-width"),
      gap: px("line-gap-width"),
    };
  };

  return {
    setGlobalState(name, value) {
      if (lost || globalState.get(name) === value) return;
      globalState.set(name, value);
      map.setGlobalStateProperty(name, value);
    },
    setLayersVisible: setVisible,
    setData(source, data) {
      if (source === EVENTS_SOURCE) eventMarkers = data;
      if (lost) return;
      const empty = data.features.length === 0;
      if (empty && emptySources.has(source)) return;
      if (empty) emptySources.add(source);
      else emptySources.delete(source);
      (map.getSource(source) as GeoJSONSource | undefined)?.setData(data);
    },
    setFeatureState(source, id, state) {
      if (lost) return;
      stated.add(source);
      map.setFeatureState({ source, id }, state);
    },
    setFeatureStates(source, key, states) {
      const id = `${source}/${key}`;
      const applied = featureStates.get(id) ?? new Map<string | number, string | number>();
      featureStates.set(id, applied);
      if (lost || !map.getSource(source)) return;
      if (states.size > 0) stated.add(source);
      for (const [feature, value] of states) {
        if (applied.get(feature) === value) continue;
        map.setFeatureState({ source, id: feature }, { [key]: value });
        applied.set(feature, value);
      }
      for (const feature of [...applied.keys()]) {
        if (states.has(feature) || states.has(String(feature))) continue;
        map.removeFeatureState({ source, id: feature }, key);
        applied.delete(feature);
      }
    },
    keepClear(points) {
      kept = [...points];
    },
    show(points, instant, mode, context = [], countries = []) {
      if (points.length === 0) return;
      // A move that waits for the restore keeps the overlays of this moment (the date then shown);
      // otherwise they are measured only if the camera moves (no layout read per reached event).
      const overlays = lost ? (options.overlays?.() ?? []) : undefined;
      moveCamera((now) => showNow(points, now, mode, context, overlays, countries), instant);
    },
    onClick(layers, handler) {
      map.on("click", (e) => {
        const hits = hitsAt(layers, e.point);
        if (hits.length === 0) return;
        handler(hits);
      });
      map.on("mousemove", (e) => {
        map.getCanvas().style.cursor = queryAround(layers, e.point, 4).length > 0 ? "pointer" : "";
      });
    },
    hitsAt: (layers, point) => hitsAt(layers, point),
    onMapClick(handler) {
      map.on("click", (e) => handler([e.lngLat.lng, e.lngLat.lat]));
    },
    project(point) {
      const { x, y } = map.project(point);
      return { x, y };
    },
    refit() {
      if (lost || !refit) return false;
      refit();
      return true;
    },
    unproject(point) {
      const { lng, lat } = map.unproject([point.x, point.y]);
      return [lng, lat];
    },
    size: () => ({ width: map.getContainer().clientWidth, height: map.getContainer().clientHeight }),
    onIdle(handler) {
      const run = () => {
        if (!lost) handler();
      };
      map.on("idle", run);
      return () => map.off("idle", run);
    },
    onStillFrames(sources, everyMs, handler) {
      // The last frame with the camera moving or `sources` loading, and the last call (ms).
      let since = 0;
      let last = 0;
      const run = () => {
        const now = performance.now();
        if (lost || map.isMoving() || !sources.every((id) => map.isSourceLoaded(id))) since = now;
        else if (now - since >= everyMs && now - last >= everyMs) {
          last = now;
          handler();
        }
      };
      map.on("render", run);
      return () => map.off("render", run);
    },
    zoom: () => map.getZoom(),
    styleLayers: () => (lost ? [] : map.getStyle().layers),
    resetCamera(instant) {
      const overlays = lost ? (options.overlays?.() ?? []) : undefined;
      // The opening frame, clear of the controls and overlays, as the reset button fits it.
      moveCamera((now) => frame(!now, overlays), instant);
    },
    camera() {
      const { lng, lat } = map.getCenter();
      return { center: [lng, lat], zoom: map.getZoom() };
    },
    setCamera(camera) {
      framed = false;
      refit = undefined;
      map.jumpTo({ center: camera.center, zoom: camera.zoom });
    },
    renderedProperties: (layers) =>
      lost
        ? []
        : map.queryRenderedFeatures({ layers: layers.filter((layer) => map.getLayer(layer)) }).map((f) => f.properties),
    renderedFeaturesIn: (layers, box) =>
      (lost
        ? []
        : map.queryRenderedFeatures(
            [
              [box.left, box.top],
              [box.right, box.bottom],
            ],
            { layers: layers.filter((layer) => map.getLayer(layer)) },
          )
      ).map(rendered),
    textSize(layer) {
      return lost || !map.getLayer(layer) ? undefined : (map.getLayoutProperty(layer, "text-size") as unknown);
    },
    setStyle(style) {
      if (lost) return;
      for (const source of stated) if (map.getSource(source)) map.removeFeatureState({ source });
      stated.clear();
      forget();
      map.setStyle(style, { diff: true });
      // Another theme draws larger or smaller type: lay out for it once the style has settled.
      map.once("idle", relabel);
    },
    nextRender: () =>
      new Promise<void>((resolve) => {
        // A frame counts once every source has its data: a frame drawn while a source still
        // loads on the worker shows the time before.
        const check = () => {
          if (!map.loaded()) return;
          map.off("render", check);
          resolve();
        };
        map.on("render", check);
        map.triggerRepaint();
      }),
    addLayers(sources, layers, before) {
      if (lost) return;
      // Not checked again here: Map.addLayer validates each layer against a serialization of the
      // whole style, about 50 ms of the first view's main thread for the story's 70 layers (more
      // with a large story's settled chunks). They are built by our code, and the unit tests
      // validate every theme's sources and layers (style.test.ts, settled_movements.test.ts).
      const trusted = { validate: false };
      for (const [id, source] of Object.entries(sources))
        if (!map.getSource(id)) map.style.addSource(id, source, trusted);
      const beforeId = before !== undefined && map.getLayer(before) ? before : undefined;
      for (const layer of layers) if (!map.getLayer(layer.id)) map.style.addLayer(layer, beforeId, trusted);
      // What Map.addLayer does after adding: the style is dirty, the next frame applies it.
      map._update(true);
    },
    setResetLabel: (label) => reset.setLabel(label),
    setUiStrings(strings) {
      // Called on every state update (frames of playback): touch the DOM only when the words change.
      if (ui && ui.map === strings.map && ui.zoomIn === strings.zoomIn && ui.zoomOut === strings.zoomOut) return;
      ui = strings;
      map.getCanvas().setAttribute("aria-label", strings.map);
      const container = map.getContainer();
      for (const [selector, label] of [
        [".maplibregl-ctrl-zoom-in", strings.zoomIn],
        [".maplibregl-ctrl-zoom-out", strings.zoomOut],
      ] as const) {
        const button = container.querySelector(selector);
        button?.setAttribute("aria-label", label);
        button?.setAttribute("title", label);
      }
    },
    relabel: (moving = false) => {
      if (moving || !map.isMoving()) relabel();
    },
    resize: () => map.resize(),
    destroy: () => {
      removed = true;
      keepKeys();
      print.remove();
      map.remove();
    },
  };
}

/**
 * Paper shows the whole story area, whatever the reader had zoomed to: before printing (and
 * while print media is emulated) the camera fits `bounds` and the frame is drawn at once, since
 * the print is laid out before the next animation frame; the reader's view returns after.
 */
function printWholeArea(map: MapLibreMap, bounds: [[number, number], [number, number]]): { remove(): void } {
  let screen: { center: [number, number]; zoom: number } | undefined;
  const toPaper = () => {
    if (screen) return;
    const center = map.getCenter();
    screen = { center: [center.lng, center.lat], zoom: map.getZoom() };
    map.stop();
    // The print layout has resized the container: the canvas must follow before the fit, or the
    // paper shows a crop of a screen-sized frame.
    map.resize();
    map.fitBounds(bounds, { padding: 24, animate: false });
    map.redraw();
  };
  const toScreen = () => {
    if (!screen) return;
    map.resize();
    map.jumpTo(screen);
    screen = undefined;
  };
  const media = window.matchMedia("print");
  const onChange = () => (media.matches ? toPaper() : toScreen());
  window.addEventListener("beforeprint", toPaper);
  window.addEventListener("afterprint", toScreen);
  media.addEventListener("change", onChange);
  return {
    remove() {
      window.removeEventListener("beforeprint", toPaper);
      window.removeEventListener("afterprint", toScreen);
      media.removeEventListener("change", onChange);
    },
  };
}

/** Camera requests kept while the WebGL context is lost: a few links followed in a row. */
const MAX_QUEUED_CAMERAS = 16;

/** Space (px) around a framed event and its context: a dot and a place name beside it. */
const EVENT_MARGIN = 48;
/**
 * Room (px) between the current event's context (its actors' capitals) and the map's edge: a
 * dot and a short name beside it. The event's own points keep focusMargin (event_frame.ts);
 * nearer the edge, the camera moves them in (edge_nudge.ts).
 */
const EDGE_MARGIN = 36;

/** Space (px) between the opening frame's outermost places and the free area's edges: a dot and half a label. */
const FRAME_MARGIN = 18;

/** The map's own controls (zoom, reset, attribution), viewport px. */
const controlBoxes = (container: HTMLElement) =>
  [...container.querySelectorAll(".maplibregl-ctrl")].map((c) => c.getBoundingClientRect());

/** DOMRects keep their sides in getters, which a spread does not copy: plain boxes only. */
const plainBox = ({ left, top, right, bottom }: Box): Box => ({ left, top, right, bottom });

const screenPoint = (p: { x: number; y: number }): [number, number] => [p.x, p.y];

/**
 * Padding that fits `bounds` into the part of `container` clear of the map's own controls and
 * the page's `overlays` (viewport px).
 */
function framePadding(
  container: HTMLElement,
  bounds: [[number, number], [number, number]],
  overlays: Box[],
  margin = FRAME_MARGIN,
) {
  const box = plainBox(container.getBoundingClientRect());
  const covering = [...controlBoxes(container), ...overlays].map(plainBox);
  return paddingFor(box, freeArea(box, covering, mercatorAspect(bounds), margin), margin);
}

/** A map button that returns to the story's whole view. */
function resetControl(label: string, onClick: () => void): { control: IControl; setLabel(label: string): void } {
  const button = document.createElement("button");
  button.type = "button";
  button.className = "zeitkarte-reset";
  button.append(svgIcon("fit"));
  button.addEventListener("click", onClick);
  const setLabel = (text: string) => {
    if (button.title === text) return;
    button.title = text;
    button.setAttribute("aria-label", text);
  };
  setLabel(label);
  const container = document.createElement("div");
  container.className = "maplibregl-ctrl maplibregl-ctrl-group";
  container.append(button);
  return { control: { onAdd: () => container, onRemove: () => container.remove() }, setLabel };
}
