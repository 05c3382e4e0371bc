import type { ExpressionSpecification, LayerSpecification } from "@maplibre/maplibre-gl-style-spec";

/**
 * Shared GPU programs (issue 16, start-up). MapLibre links one WebGL program per layer type and
 * per mix of constant and per-feature paint (its program configuration's cache key: `u_` for a
 * constant or zoom-only value, `a_` for a per-feature one), the first time a layer of that mix
 * draws. Under software rendering each link costs 60–250 ms of the machine's cores. The story's
 * layers draw most of their paint per feature (stage, strength, status in feature state), while
 * the basemap's land, the places' dots and a few story layers had constant paint: seven more
 * programs to link between the first frame and the first idle.
 *
 * Written as a per-feature expression of the same value, a constant puts its layer on the one
 * program of its kind (fill; circle; line; text; icon), which the basemap links before its first
 * frame. What is drawn does not change. A line's width is written per feature and per zoom
 * (MapLibre's composite kind, `z_`): the basemap's widths follow the zoom, the story's the feature.
 * Not rewritten: another value that depends on the zoom, and an opacity of constant 0 (MapLibre
 * skips drawing such a layer; per feature it would draw it, unseen).
 */

/** MapLibre's default for each paint property the shared programs read, by its name after the kind. */
const DEFAULTS: Record<string, string | number> = {
  color: "#000000",
  opacity: 1,
  "halo-color": "rgba(0, 0, 0, 0)",
  "halo-width": 0,
  radius: 5,
  "stroke-color": "#000000",
  "stroke-width": 0,
  "stroke-opacity": 1,
  "gap-width": 0,
};
const GLYPHS = ["color", "halo-color", "halo-width", "opacity"];
/**
 * The paint each kind of program reads per feature, by name after the kind. fill-outline-color is
 * left out (unset, MapLibre draws the outline with fill-color's value); line-width is rewritten
 * by perFeatureAndZoom.
 */
const SHARED_PAINT: Record<string, string[]> = {
  fill: ["color", "opacity"],
  circle: ["color", "radius", "opacity", "stroke-color", "stroke-width", "stroke-opacity"],
  line: ["color", "opacity", "gap-width"],
  text: GLYPHS,
  icon: GLYPHS,
};

/** `value` for every feature, as an expression MapLibre evaluates per feature (never constant-folded). */
export function perFeature(value: string | number): ExpressionSpecification {
  return ["case", ["has", "shared-program"], value, value];
}

/**
 * A line width (px) as a per-feature and per-zoom expression of the same values: a zoom curve
 * (`interpolate` over the zoom) with each constant stop per feature, anything else (a constant,
 * a per-feature expression) the same at zooms 0 and 24. Idempotent.
 */
export function perFeatureAndZoom(value: unknown): unknown {
  if (Array.isArray(value) && value[2]?.[0] === "zoom")
    return value.map((v, i) => (i > 3 && i % 2 === 0 && typeof v === "number" ? perFeature(v) : v));
  const own = typeof value === "number" ? perFeature(value) : (value ?? perFeature(1));
  return ["interpolate", ["linear"], ["zoom"], 0, own, 24, own];
}

/**
 * `layers` with every constant paint value of the shared kinds written per feature (see above);
 * layers of other types and values already per feature or zoom-dependent are returned as they
 * are. Pure; idempotent.
 */
export function sharePrograms(layers: readonly LayerSpecification[]): LayerSpecification[] {
  return layers.map((layer) => {
    const layout = ((layer as { layout?: object }).layout ?? {}) as Record<string, unknown>;
    // The program kinds it draws with: its type's, or a symbol's text and icon.
    const kinds =
      layer.type === "symbol"
        ? ["text", "icon"].filter((kind) => layout[kind === "text" ? "text-field" : "icon-image"] !== undefined)
        : [layer.type];
    const own = ((layer as { paint?: object }).paint ?? {}) as Record<string, unknown>;
    const paint: Record<string, unknown> = { ...own };
    for (const kind of kinds) {
      // Not a shared kind, or a layer MapLibre skips (an invisible room in placement): as it is.
      if (!SHARED_PAINT[kind] || own[`${kind}-opacity`] === 0) continue;
      for (const property of SHARED_PAINT[kind]) {
        const value = own[`${kind}-${property}`] ?? DEFAULTS[property];
        if (typeof value === "string" || typeof value === "number") paint[`${kind}-${property}`] = perFeature(value);
      }
      if (kind === "line") paint["line-width"] = perFeatureAndZoom(own["line-width"]);
    }
    return { ...layer, paint } as LayerSpecification;
  });
}
