import type { LayerSpecification } from "@maplibre/maplibre-gl-style-spec";
import type { FeatureCollection } from "geojson";

/**
 * Shader warm-up (issue 16 item 5). MapLibre compiles a WebGL program for each layer type and
 * mix of constant and data-driven paint the first time a layer draws a feature, and waits for
 * the link (80–250 ms each under software rendering). Layers whose sources start empty (the
 * pulse of a reached event, the line and arrow of a movement under way, its "heading there"
 * line, an approximate end) used to compile in the middle of playback, each a dropped frame.
 *
 * So once the map is first idle, every layer is copied (same type, paint and layout but for
 * placement: the same program) onto one small source placed where the camera does not look, drawn once,
 * and removed. The source has maxzoom 0: its single tile always covers the view, so the copies
 * draw (outside the canvas) whatever the zoom.
 */
export const WARM_UP_SOURCE = "shader-warm-up";
const SUFFIX = "~warm-up";

/** The copy of each layer that reads a source, on WARM_UP_SOURCE, unfiltered, visible. */
export function warmUpLayers(layers: readonly LayerSpecification[]): LayerSpecification[] {
  const out: LayerSpecification[] = [];
  for (const layer of layers) {
    if (!("source" in layer) || layer.id.endsWith(SUFFIX)) continue;
    const { filter: _filter, ...rest } = layer as LayerSpecification & { filter?: unknown };
    const own = (layer as { layout?: Record<string, unknown> }).layout ?? {};
    // A symbol draws only once placed (MapLibre skips a bucket with no visible vertex): the
    // copies' words and icons are placed whatever they overlap, off screen too. Placement is
    // no part of a program.
    const placed = layer.type === "symbol" ? { "text-allow-overlap": true, "icon-allow-overlap": true } : {};
    const layout = { ...own, ...placed, visibility: "visible" };
    const paint = (layer as { paint?: Record<string, unknown> }).paint ?? {};
    out.push({ ...rest, id: layer.id + SUFFIX, source: WARM_UP_SOURCE, layout, paint } as LayerSpecification);
  }
  return out;
}

/** The degrees a warm-up line spans: long enough for a word placed along it. */
const LINE_SPAN = 8;

/**
 * A point and a line at `at` ([lon, lat] degrees), the line running LINE_SPAN° along the
 * parallel in `direction` (+1 east, -1 west), with every property the map's layers read
 * (kind, stage, strong, role, words, a control blocker's size…), so each data-driven paint and
 * layout draws (a missing one evaluates to null, which MapLibre warns about) and each text has
 * glyphs.
 */
export function warmUpFeatures(at: [number, number], direction: 1 | -1): FeatureCollection {
  const properties = {
    id: "warm-up",
    kind: "flight",
    category: "attack",
    stage: 2,
    strong: true,
    current: true,
    priority: 0,
    count: 1,
    bearing: 0,
    arrow: true,
    role: "end",
    snapZoom: 0,
    offset: [0, 0],
    status: "member",
    label: "Warm",
    color: "#000000",
    name_de: "Warm",
    name_en: "Warm",
    forced: false,
    over: false,
    all: false,
    // A probe: a fallback word's plate comes with its chunk (plate_icon.ts), maybe after this.
    probe: true,
    settled: false,
    small: false,
    centered: false,
    attempt: 0,
    angle: 0,
    rank: 1,
    size: 1,
    anchor: "",
    anchors: ["center", [0, 0]],
    slant: "level",
    reach: "cab",
    arrived: false,
    queue: 0,
    ringed: true,
    leaving: false,
    edge: "",
    away: "",
  };
  const [lon, lat] = at;
  return {
    type: "FeatureCollection",
    features: [
      { type: "Feature", id: 1, geometry: { type: "Point", coordinates: at }, properties },
      {
        type: "Feature",
        id: 2,
        geometry: {
          type: "LineString",
          coordinates: [at, [lon + (direction * LINE_SPAN) / 2, lat], [lon + direction * LINE_SPAN, lat]],
        },
        properties,
      },
    ],
  };
}

/** Viewport corners pushed one viewport out ([x, y] px, with the direction away from the view), in order of preference. */
export function warmUpCandidates(width: number, height: number): { point: [number, number]; direction: 1 | -1 }[] {
  return [
    { point: [-width, -height], direction: -1 },
    { point: [2 * width, -height], direction: 1 },
    { point: [-width, 2 * height], direction: -1 },
    { point: [2 * width, 2 * height], direction: 1 },
  ];
}

/** The warm-up layers among `ids` (to remove them). */
export const warmUpLayerIds = (ids: readonly string[]) => ids.filter((id) => id.endsWith(SUFFIX));

/** What a warm-up does with the map (map_view.ts hands its MapLibre map in; this chunk imports no maplibre-gl). */
export interface WarmUpMap {
  getLayersOrder(): string[];
  getLayer(id: string): { serialize(): unknown } | undefined;
  getBounds(): { contains(lngLat: [number, number]): boolean };
  getContainer(): HTMLElement;
  unproject(point: [number, number]): { lng: number; lat: number };
  getSource(id: string): unknown;
  addSource(id: string, source: { type: "geojson"; data: FeatureCollection; maxzoom: number }): unknown;
  /** MapLibre's style, to add the copies without its per-layer check (see createWarmUp). */
  style: { addLayer(layer: LayerSpecification, before?: string, options?: { validate?: boolean }): unknown };
  removeLayer(id: string): unknown;
  removeSource(id: string): unknown;
  isSourceLoaded(id: string): boolean;
  triggerRepaint(): void;
  on(type: "render", listener: () => void): unknown;
  off(type: "render", listener: () => void): unknown;
}

export interface WarmUp {
  /** Warms the layers not warmed yet (at an idle): copies drawn once off screen, then removed. */
  warm(): void;
  /** Removes a running warm-up's copies; `forget`: warm every layer again (a restored context has no programs). */
  remove(forget?: boolean): void;
}

/**
 * The warm-up of `map`'s layers (see above), each layer once, nothing while `lost()` (a lost
 * WebGL context). When it has drawn, the map's container gets data-shaders-warm="true" (tests:
 * playback from there on compiles nothing, tests/e2e/playback_shaders.e2e.ts).
 */
export function createWarmUp(map: WarmUpMap, lost: () => boolean): WarmUp {
  const warmed = new Set<string>();
  // Detaches the running warm-up's render check, if any.
  let stop = () => {};
  const remove = (forget = false) => {
    stop();
    for (const id of warmUpLayerIds(map.getLayersOrder())) map.removeLayer(id);
    if (map.getSource(WARM_UP_SOURCE)) map.removeSource(WARM_UP_SOURCE);
    if (forget) warmed.clear();
  };
  const warm = () => {
    if (lost() || map.getSource(WARM_UP_SOURCE)) return;
    const fresh = map
      .getLayersOrder()
      .filter((id) => !warmed.has(id))
      .flatMap((id) => (map.getLayer(id)?.serialize() as LayerSpecification | undefined) ?? []);
    if (fresh.length === 0) return;
    for (const layer of fresh) warmed.add(layer.id);
    const bounds = map.getBounds();
    const { clientWidth: width, clientHeight: height } = map.getContainer();
    // Where the camera does not look, the line running away from the view.
    const spot = warmUpCandidates(width, height).find(({ point, direction }) => {
      const { lng, lat } = map.unproject(point);
      const end = lng + LINE_SPAN * direction;
      return Math.abs(lat) < 80 && Math.abs(lng) < 170 && Math.abs(end) < 170 && !bounds.contains([lng, lat]);
    });
    if (!spot) return;
    const { lng, lat } = map.unproject(spot.point);
    map.addSource(WARM_UP_SOURCE, { type: "geojson", data: warmUpFeatures([lng, lat], spot.direction), maxzoom: 0 });
    // Copies of layers the map drew, so not checked again: Map.addLayer checks each against a
    // serialization of the whole style (about 50 ms for the flagship's layers). addSource above
    // marked the style changed; the next frame applies the copies with it.
    for (const layer of warmUpLayers(fresh)) map.style.addLayer(layer, undefined, { validate: false });
    // Removed one frame after the frame that drew the loaded tile.
    let drawn = false;
    const check = () => {
      // Cut short (a lost context, a new style, remove): those layers are warmed again later.
      if (lost() || !map.getSource(WARM_UP_SOURCE)) {
        stop();
        for (const layer of fresh) warmed.delete(layer.id);
        return;
      }
      if (!map.isSourceLoaded(WARM_UP_SOURCE)) return;
      if (!drawn) {
        drawn = true;
        map.triggerRepaint();
        return;
      }
      remove();
      map.getContainer().setAttribute("data-shaders-warm", "true");
    };
    stop = () => {
      map.off("render", check);
      stop = () => {};
    };
    map.on("render", check);
  };
  return { warm, remove };
}
