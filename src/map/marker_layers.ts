import type { ExpressionSpecification, LayerSpecification } from "@maplibre/maplibre-gl-style-spec";
import { RING_BEFORE_ALL_WORDS } from "./story_layers";

/**
 * Which story layers go above the place labels. Where a label lands depends on the camera's path
 * (MapLibre keeps a label's previous anchor; a WebGL restore starts placement afresh), so a
 * region's name could cover a past event's dot: after a restore "Bergkarabach" hid its own
 * events (tests/e2e/webgl_loss.e2e.ts). So the event dots and their pulse are drawn above the
 * labels, and the current event's big ring (layer "event-current") above the other dots: a past
 * event's dot beside it (the Karabakh operation beside Eriwan in presenter mode, a review) no
 * longer covers it. A movement's head, ✕ and open end's arrow (HEADS) go above the ring, which
 * would hide AZAL 8243's aircraft at the hit and its ✕ at the crash. No name lies under the
 * ring: its places' names keep RING_GAP from it (label_anchors.ts), every other name gives way
 * to its room (`event-blockers-current`). Circles take no part in label collisions, so
 * placement is unchanged. `top`: a strong line's word forced
 * over the cities' dots' room as well, its last resorts (line_label_points.ts): style.ts puts
 * `topmost` (the current event's ring's room `event-blockers-current`, then
 * `line-label-over-all`; where the ring's layer says so (story_layers.ts RING_BEFORE_ALL_WORDS,
 * every theme now: "nothing covers the current event") the ring's room comes last, placed
 * first, so no word lies on the ring, not even a last resort) above the main dots' room, `top`
 * (`line-label-over`) under it.
 */
export function splitMarkerLayers(story: readonly LayerSpecification[]): {
  under: LayerSpecification[];
  over: LayerSpecification[];
  top: LayerSpecification[];
  topmost: LayerSpecification[];
} {
  const under: LayerSpecification[] = [];
  const over: LayerSpecification[] = [];
  const top: LayerSpecification[] = [];
  const topmost: LayerSpecification[] = [];
  const ring: LayerSpecification[] = [];
  for (const layer of story) {
    // The current event's ring's room and the strong heads' (story_layers.ts): under the last
    // word tier, placed after it, or on the projector above it, placed before it.
    if (layer.id === "event-blockers-current" || layer.id === "moving-head-room") {
      ring.push(layer);
      continue;
    }
    if (layer.id === "line-label-over" || layer.id === "line-label-over-all") {
      (layer.id === "line-label-over" ? top : topmost).push(layer);
      continue;
    }
    // A strong line's word with no room elsewhere (line_label_points.ts): above the secondary place names (style.ts).
    // The markers' room in placement (story_layers.ts `event-blockers`): placed before the secondary names.
    // A movement's head (AZAL 8243's aircraft at Grosny), its ✕ and its open end's arrow: above
    // the current event's ring, which sits on them at the event they belong to.
    if (
      layer.id === "event-pulse" ||
      layer.id === "line-label-forced" ||
      layer.id === "event-blockers" ||
      HEADS.has(layer.id)
    )
      over.push(layer);
    else if (layer.id === "event-circles" && layer.type === "circle")
      over.push(onlyCurrent(layer, false), onlyCurrent(layer, true));
    else under.push(layer);
  }
  const strict = ring.some((layer) => (layer.metadata as Record<string, unknown> | undefined)?.[RING_BEFORE_ALL_WORDS]);
  return { under, over, top, topmost: strict ? [...topmost, ...ring] : [...ring, ...topmost] };
}

/** The symbols at a movement's end or head, drawn above the event markers. */
const HEADS = new Set(["movement-open-tip", "movement-end", "moving-head"]);

/** A property of the current event's markers (event_window.ts). */
const IS_CURRENT: ExpressionSpecification = ["boolean", ["get", "current"], false];

type CircleLayer = Extract<LayerSpecification, { type: "circle" }>;

/** The layer drawing only the current event (`current`), or every event but it. */
function onlyCurrent(layer: CircleLayer, current: boolean): CircleLayer {
  const shown = (value: unknown): ExpressionSpecification => {
    const own = (value ?? 1) as ExpressionSpecification | number;
    return current ? ["case", IS_CURRENT, own, 0] : ["case", IS_CURRENT, 0, own];
  };
  return {
    ...layer,
    id: current ? "event-current" : layer.id,
    paint: {
      ...layer.paint,
      "circle-opacity": shown(layer.paint?.["circle-opacity"]),
      "circle-stroke-opacity": shown(layer.paint?.["circle-stroke-opacity"]),
    },
  };
}
