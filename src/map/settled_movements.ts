import type {
  ExpressionSpecification,
  LayerSpecification,
  SourceSpecification,
} from "@maplibre/maplibre-gl-style-spec";
import { unsnapped } from "./end_snap";
import { MOVEMENT_LAYERS } from "./settled_ids";
import { MOVEMENT_STAGE } from "./stages";
import { isStrongMovement, movementStage, SETTLED_CHUNKS, SETTLED_FROM } from "./story_layers";
import { DYNAMIC_MAXZOOM } from "./story_sources";

/**
 * The layers and sources of the settled chunks of movements (movement_window.ts): for chunk c,
 * a copy of each movement layer on sources `movements-settled-c` and `movement-ends-settled-c`,
 * with the stage fixed at done and the line not strong, and every opacity multiplied out by
 * `SETTLED_FROM ≤ c < SETTLED_CHUNKS` (global state). Those opacities read no feature data, so a seek changes a
 * uniform, with no tiles to cut or lay out again. The chunks are cut into tiles no finer than
 * zoom DYNAMIC_MAXZOOM (MapLibre overzooms them), so the camera flying to an event reuses the
 * few tiles already laid out instead of cutting every chunk anew.
 *
 * The chunks outside that range are also hidden by layout visibility (they start hidden; the
 * story map shows a chunk when it enters the range): since movements expire after RECENT_FOR
 * (movement_window.ts) only a few chunks are ever in range, while a hidden-by-opacity chunk
 * still had its tiles kept, its ✕ placed and its lines drawn on every frame: at 100 000 events
 * 40 chunks of 120 layers made End and Home cost seconds. (Before expiry every chunk could be in
 * range, and hiding by visibility alone made every seek lay out each chunk it showed: measured
 * 2× slower scrubbing at 10 000 events.) A settled ✕ is drawn at its own place only, faint
 * (movement_window.ts leaves out its copy beside a ring: end_snap.ts). The settled ✕ and arrows carry no words
 * (nothing in their layout follows the language); only stories of SETTLED_CHUNK movements or
 * more have settled chunks, and only they load this module (map_mount.ts; the layers' names are
 * in settled_ids.ts).
 */
export const settledSource = (c: number, part: "routes" | "ends") =>
  part === "routes" ? `movements-settled-${c}` : `movement-ends-settled-${c}`;

/** Replaces the stage and strength expressions by constants: done, not strong. */
function settle(value: unknown): unknown {
  if (value === movementStage) return MOVEMENT_STAGE.done;
  if (value === isStrongMovement) return false;
  const own = unsnapped(value);
  if (own !== value) return settle(own);
  return Array.isArray(value) ? value.map(settle) : value;
}

/**
 * For `chunks` settled chunks: the copies of `layers`' movement layers, each chunk's layers
 * right after the originals' position, oldest chunk first. Throws nothing; layers not about
 * movements are left out.
 */
export function settledLayers(layers: readonly LayerSpecification[], chunks: number): LayerSpecification[] {
  const out: LayerSpecification[] = [];
  for (let c = 0; c < chunks; c++) {
    const shown: ExpressionSpecification = [
      "all",
      [">", ["to-number", ["global-state", SETTLED_CHUNKS]], c],
      ["<=", ["to-number", ["global-state", SETTLED_FROM]], c],
    ];
    for (const layer of layers) {
      const part = MOVEMENT_LAYERS[layer.id];
      if (!part || !("source" in layer)) continue;
      const paint = Object.fromEntries(
        Object.entries((layer as { paint?: Record<string, unknown> }).paint ?? {}).map(([name, value]) => [
          name,
          name.endsWith("-opacity") ? ["case", shown, settle(value), 0] : settle(value),
        ]),
      );
      // No words: their text follows the language (global state in layout), and a language
      // switch would lay out every chunk again. Ends that bear on the current event are drawn
      // with their words by the active source (strong).
      const layout = {
        ...Object.fromEntries(
          Object.entries((layer as { layout?: Record<string, unknown> }).layout ?? {}).filter(
            ([name]) => !name.startsWith("text-"),
          ),
        ),
        visibility: "none",
      };
      const words = Object.keys(paint).filter((name) => name.startsWith("text-"));
      for (const name of words) delete paint[name];
      out.push({
        ...layer,
        id: `${layer.id}@${c}`,
        source: settledSource(c, part),
        layout,
        paint,
      } as LayerSpecification);
    }
  }
  return out;
}

/** The settled chunks' sources: static GeoJSON, chunk(c) as movement_window.ts gives it. */
export function settledSources(
  chunks: number,
  chunk: (c: number) => { routes: GeoJSON.Feature[]; ends: GeoJSON.Feature[] },
): Record<string, SourceSpecification> {
  const out: Record<string, SourceSpecification> = {};
  for (let c = 0; c < chunks; c++) {
    const { routes, ends } = chunk(c);
    const data = (features: GeoJSON.Feature[]) => ({ type: "FeatureCollection" as const, features });
    out[settledSource(c, "routes")] = { type: "geojson", data: data(routes), maxzoom: DYNAMIC_MAXZOOM };
    out[settledSource(c, "ends")] = { type: "geojson", data: data(ends), maxzoom: DYNAMIC_MAXZOOM };
  }
  return out;
}

/** `layers` with the settled chunks' layers inserted under the first movement layer (older below). */
export function withSettledLayers(layers: readonly LayerSpecification[], chunks: number): LayerSpecification[] {
  const at = layers.findIndex((l) => MOVEMENT_LAYERS[l.id] !== undefined);
  if (at < 0 || chunks === 0) return [...layers];
  return [...layers.slice(0, at), ...settledLayers(layers, chunks), ...layers.slice(at)];
}
