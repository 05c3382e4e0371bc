import type { FeatureCollection, LineString } from "geojson";
import { FORCED_ATTEMPT, fallbackLabelPoints } from "./line_label_points";
import type { MapView } from "./map_view";

/** The source and layer of the fallback words (story_layers.ts). */
export const FALLBACK_SOURCE = "line-label-points";
export const FALLBACK_LAYERS = ["line-label-points", "line-label-forced"];
const EMPTY: FeatureCollection = { type: "FeatureCollection", features: [] };

export interface LineLabelFallback {
  /** The strong lines now (the `line-labels` data): the fallback words start afresh. */
  setLines(lines: FeatureCollection<LineString>): void;
  stop(): void;
}

/**
 * Gives every strong line its word on the map (line_label_points.ts): after each `idle` it
 * reads which on-line words MapLibre drew and puts a point word on each strong line on screen
 * without one; a point word that found no room either moves along the line at the next idle
 * (FALLBACK_FRACTIONS tries per camera), then is forced above the secondary place names. The tried
 * words lie under the on-line words, so they never displace one, and a line's attempts only
 * grow: the loop settles, and data is re-sent only when it changed.
 */
export function createLineLabelFallback(view: MapView): LineLabelFallback {
  let lines: FeatureCollection<LineString> = { type: "FeatureCollection", features: [] };
  const attempts = new Map<string, number>();
  let shown = new Set<string>();
  let sent = "";
  let camera = "";
  const send = (data: FeatureCollection) => {
    const key = JSON.stringify(data);
    if (key === sent) return;
    sent = key;
    view.setData(FALLBACK_SOURCE, data);
  };
  const stop = view.onIdle(() => {
    if (lines.features.length === 0) return;
    // Another camera (or map size): every line starts again at its middle.
    const { width, height } = view.size();
    const origin = view.project([0, 0]);
    const now = [view.zoom(), origin.x, origin.y, width, height].map((n) => n.toFixed(2)).join();
    if (now !== camera) {
      camera = now;
      attempts.clear();
    } else {
      const drawn = new Set(view.renderedProperties(FALLBACK_LAYERS).map((p) => String(p.id)));
      for (const id of shown) {
        if (!drawn.has(id)) attempts.set(id, Math.min((attempts.get(id) ?? 0) + 1, FORCED_ATTEMPT));
      }
    }
    const placed = new Set(view.renderedProperties(["line-labels"]).map((p) => String(p.id)));
    const data = fallbackLabelPoints(lines, placed, (id) => attempts.get(id) ?? 0, {
      width,
      height,
      project: (p) => view.project(p),
      unproject: (p) => view.unproject(p),
    });
    shown = new Set(data.features.map((f) => String(f.properties?.id)));
    send(data);
  });
  return {
    setLines(next) {
      lines = next;
      attempts.clear();
      shown.clear();
      camera = "";
      sent = JSON.stringify(EMPTY);
      view.setData(FALLBACK_SOURCE, EMPTY);
    },
    stop,
  };
}
