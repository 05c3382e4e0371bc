import type { StyleSpecification } from "@maplibre/maplibre-gl-style-spec";
import type { FeatureCollection } from "geojson";
import { type GeoJSONSource, type IControl, Map as MapLibreMap, NavigationControl, setWorkerUrl } from "maplibre-gl";
import workerUrl from "maplibre-gl/dist/maplibre-gl-worker.mjs?url";
import "maplibre-gl/dist/maplibre-gl.css";
import { svgIcon } from "../ui/svg_icon";
import { type Box, freeArea, mercatorAspect, paddingFor } from "./framing";
import { drawIcons } from "./icons";

/**
 * The only module that imports maplibre-gl. Everything else hands it plain data (a style from
 * style.ts, GeoJSON, global-state values, feature states) so the rest of the app tests without
 * a browser. It skips work that would change nothing: equal global state, unchanged feature
 * states, empty-to-empty source data.
 */
setWorkerUrl(new URL(workerUrl, import.meta.url).href);

export interface RenderedFeature {
  layer: string;
  properties: Record<string, unknown>;
  state: Record<string, unknown>;
  id: string | number | undefined;
  /** For points: [lon, lat]. */
  point: number[] | undefined;
  /** For points: where the map draws it, CSS px from the map container's top left. */
  screen: [number, number] | undefined;
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
   * Features of `source` drawn in `layers` that an overlay or control covers get the feature
   * state `covered: true` after every idle (the style fades them out), the rest `false`.
   */
  coverable?: { source: string; layers: string[] };
  /** Called after every `idle`, e.g. to mark the DOM for tests and screenshots. */
  onIdle?: () => void;
  /** Called after every rendered frame (benchmark). */
  onRender?: () => void;
  onLoad?: () => void;
  /** Label of the button that returns to `bounds`. */
  resetLabel?: string;
}

export interface MapView {
  setGlobalState(name: string, value: unknown): void;
  setData(source: string, data: FeatureCollection): void;
  /** Sets feature state of one feature (stages, the current event). */
  setFeatureState(source: string, id: number | string, state: Record<string, unknown>): void;
  /** Makes `states` the complete feature state `key` of `source`: ids missing from it are cleared. */
  setFeatureStates(source: string, key: string, states: ReadonlyMap<string, string | number>): void;
  /**
   * Moves the camera to the points, flying unless `instant`. "zoom" frames them closely (follow
   * mode); "reveal" moves only if one is off screen, keeping the reader's zoom where it can.
   */
  show(points: [number, number][], instant: boolean, mode: "zoom" | "reveal"): void;
  /** Properties of the features drawn (and not hidden by collisions) in `layers`. */
  renderedProperties(layers: string[]): Record<string, unknown>[];
  /** The same, with feature state and point coordinates (tests, benchmark). */
  renderedFeatures(layers: string[]): RenderedFeature[];
  /**
   * Properties of the features in `layers` drawn within `box` (CSS px from the map container's
   * top left); for symbols, whose placed label or icon box meets it (tests: nothing under a control).
   */
  renderedPropertiesIn(layers: string[], box: Box): Record<string, unknown>[];
  setStyle(style: StyleSpecification): void;
  setResetLabel(label: string): void;
  /** Resolves after the next frame the map draws (benchmark: input → render latency). */
  nextRender(): Promise<void>;
  resize(): void;
  destroy(): void;
}

/** False where the browser cannot give us a WebGL context (the text view still works). */
export function supportsWebGL(): boolean {
  try {
    const canvas = document.createElement("canvas");
    return Boolean(canvas.getContext("webgl2") ?? canvas.getContext("webgl"));
  } catch {
    return false;
  }
}

export function createMapView(options: MapViewOptions): MapView {
  const map = new MapLibreMap({
    container: options.container,
    style: options.style,
    bounds: options.bounds,
    fitBoundsOptions: { padding: FRAME_MARGIN },
    attributionControl: { compact: true, customAttribution: "Natural Earth · Noto Sans" },
    // Keeps the last frame readable for the PNG download and pixel checks.
    canvasContextAttributes: { preserveDrawingBuffer: true },
    fadeDuration: 150,
    cooperativeGestures: false,
    dragRotate: false,
    pitchWithRotate: false,
  });
  map.touchZoomRotate.disableRotation();
  map.addControl(new NavigationControl({ showCompass: false }), "bottom-right");
  // True while the camera shows the opening frame: then a resize frames the places again.
  let framed = true;
  const frame = (animate: boolean) => {
    framed = true;
    const padding = framePadding(map.getContainer(), options.bounds, options.overlays?.() ?? []);
    const camera = map.cameraForBounds(options.bounds, { padding });
    if (!camera) return;
    if (animate) map.easeTo({ ...camera, duration: 600, essential: false });
    else map.jumpTo(camera);
  };
  const reset = resetControl(options.resetLabel ?? "", () => frame(true));
  if (options.resetLabel) map.addControl(reset.control, "bottom-right");
  frame(false);
  map.on("movestart", (event: { originalEvent?: unknown }) => {
    if (event.originalEvent) framed = false;
  });
  map.on("resize", () => {
    if (framed) frame(false);
  });
  const addIcons = () => {
    for (const icon of drawIcons()) if (!map.hasImage(icon.name)) map.addImage(icon.name, icon.image, { sdf: true });
  };
  map.on("styleimagemissing", addIcons);
  addIcons();
  const covered = new Set<string | number>();
  const markCovered = (target: { source: string; layers: string[] }) => {
    const box = map.getContainer().getBoundingClientRect();
    const layers = target.layers.filter((layer) => map.getLayer(layer));
    if (layers.length === 0) return;
    const next = new Set<string | number>();
    for (const o of [...controlBoxes(map.getContainer()), ...(options.overlays?.() ?? [])]) {
      const query: [[number, number], [number, number]] = [
        [o.left - box.left, o.top - box.top],
        [o.right - box.left, o.bottom - box.top],
      ];
      for (const f of map.queryRenderedFeatures(query, { layers })) if (f.id !== undefined) next.add(f.id);
    }
    for (const id of covered) {
      if (!next.has(id)) map.setFeatureState({ source: target.source, id }, { covered: false });
    }
    for (const id of next) {
      if (!covered.has(id)) map.setFeatureState({ source: target.source, id }, { covered: true });
    }
    covered.clear();
    for (const id of next) covered.add(id);
  };
  const coverable = options.coverable;
  if (coverable) map.on("idle", () => markCovered(coverable));
  if (options.onIdle) map.on("idle", options.onIdle);
  if (options.onRender) map.on("render", options.onRender);
  if (options.onLoad) map.once("load", options.onLoad);

  const globalState = new Map<string, unknown>();
  const featureStates = new Map<string, Map<string | number, string | number>>();
  const emptySources = new Set<string>();

  return {
    setGlobalState(name, value) {
      if (globalState.get(name) === value) return;
      globalState.set(name, value);
      map.setGlobalStateProperty(name, value);
    },
    setData(source, data) {
      const empty = data.features.length === 0;
      if (empty && emptySources.has(source)) return;
      if (empty) emptySources.add(source);
      else emptySources.delete(source);
      (map.getSource(source) as GeoJSONSource | undefined)?.setData(data);
    },
    setFeatureState(source, id, state) {
      map.setFeatureState({ source, id }, state);
    },
    setFeatureStates(source, key, states) {
      const id = `${source}/${key}`;
      const applied = featureStates.get(id) ?? new Map<string | number, string | number>();
      featureStates.set(id, applied);
      if (!map.getSource(source)) return;
      for (const [feature, value] of states) {
        if (applied.get(feature) === value) continue;
        map.setFeatureState({ source, id: feature }, { [key]: value });
        applied.set(feature, value);
      }
      for (const feature of [...applied.keys()]) {
        if (states.has(String(feature))) continue;
        map.removeFeatureState({ source, id: feature }, key);
        applied.delete(feature);
      }
    },
    show(points, instant, mode) {
      if (points.length === 0) return;
      const visible = map.getBounds();
      if (mode === "reveal" && points.every((p) => visible.contains(p))) return;
      const lons = points.map((p) => p[0]);
      const lats = points.map((p) => p[1]);
      const bounds: [[number, number], [number, number]] = [
        [Math.min(...lons), Math.min(...lats)],
        [Math.max(...lons), Math.max(...lats)],
      ];
      const maxZoom = mode === "zoom" ? 5 : Math.max(map.getZoom(), 3);
      const camera = map.cameraForBounds(bounds, { padding: 80, maxZoom });
      if (!camera) return;
      framed = false;
      if (instant) map.jumpTo(camera);
      else map.flyTo({ ...camera, duration: 1400, essential: false });
    },
    renderedProperties: (layers) =>
      map.queryRenderedFeatures({ layers: layers.filter((layer) => map.getLayer(layer)) }).map((f) => f.properties),
    renderedFeatures: (layers) =>
      map.queryRenderedFeatures({ layers: layers.filter((layer) => map.getLayer(layer)) }).map((f) => ({
        layer: f.layer.id,
        properties: f.properties,
        state: f.state,
        id: f.id,
        point: f.geometry.type === "Point" ? f.geometry.coordinates : undefined,
        screen:
          f.geometry.type === "Point"
            ? screenPoint(map.project(f.geometry.coordinates as [number, number]))
            : undefined,
      })),
    renderedPropertiesIn: (layers, box) =>
      map
        .queryRenderedFeatures(
          [
            [box.left, box.top],
            [box.right, box.bottom],
          ],
          { layers: layers.filter((layer) => map.getLayer(layer)) },
        )
        .map((f) => f.properties),
    setStyle(style) {
      featureStates.clear();
      covered.clear();
      emptySources.clear();
      globalState.clear();
      map.setStyle(style, { diff: true });
    },
    nextRender: () =>
      new Promise<void>((resolve) => {
        map.once("render", () => resolve());
        map.triggerRepaint();
      }),
    setResetLabel: (label) => reset.setLabel(label),
    resize: () => map.resize(),
    destroy: () => map.remove(),
  };
}

/** Space (px) between the opening frame's outermost places and the free area's edges: a dot and half a label. */
const FRAME_MARGIN = 18;

/** The map's own controls (zoom, reset, attribution), viewport px. */
const controlBoxes = (container: HTMLElement) =>
  [...container.querySelectorAll(".maplibregl-ctrl")].map((c) => c.getBoundingClientRect());

const screenPoint = (p: { x: number; y: number }): [number, number] => [p.x, p.y];

/**
 * Padding that fits `bounds` into the part of `container` clear of the map's own controls and
 * the page's `overlays` (viewport px).
 */
function framePadding(container: HTMLElement, bounds: [[number, number], [number, number]], overlays: Box[]) {
  // DOMRects keep their sides in getters, which a spread does not copy: plain boxes only.
  const plain = ({ left, top, right, bottom }: Box): Box => ({ left, top, right, bottom });
  const box = plain(container.getBoundingClientRect());
  const covering = [...controlBoxes(container), ...overlays].map(plain);
  return paddingFor(box, freeArea(box, covering, mercatorAspect(bounds), FRAME_MARGIN), FRAME_MARGIN);
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
