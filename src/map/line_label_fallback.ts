import type { FeatureCollection, LineString, Point } from "geojson";
import {
  fallbackLabelPoints,
  keptWords,
  LAST_ATTEMPT,
  probeLabelPoints,
  TIER_START,
  WORD_TIERS,
} from "./line_label_points";
import type { MapView } from "./map_view";

/** The source and layer of the fallback words (story_layers.ts). */
export const FALLBACK_SOURCE = "line-label-points";
export const FALLBACK_LAYERS = ["line-label-points", "line-label-forced", "line-label-over", "line-label-over-all"];
const EMPTY: FeatureCollection<Point> = { type: "FeatureCollection", features: [] };

export interface LineLabelFallback {
  /** The strong lines now (the `line-labels` data): the fallback words start afresh. */
  setLines(lines: FeatureCollection<LineString>): void;
  stop(): void;
}

/**
 * Gives every strong line its word on the map (line_label_points.ts): after each `idle` it
 * reads which on-line words MapLibre drew. For a new camera it sends, for each strong line on
 * screen without one, a transparent probe word at every point FALLBACK_FRACTIONS tries; at the
 * next idle each line keeps the first of its probes MapLibre placed. The lines none of whose
 * probes found room are probed once more, forced above the secondary place names, at the same
 * points, then forced over the plain secondary cities' dots too, then over every dot; a line
 * that has no room even so gets its word forced at the middle. (A word forced onto a city's dot
 * lost a letter to it, "artner" in a 320 px embed: over the dots only where nothing else has
 * room.) (One try per
 * idle took up to eight renders, seconds under software rendering, and a review's screenshots
 * caught lines still without words; a forced word fixed at the middle lost to the main names
 * beside it.) A kept word that later finds no room moves on to the next try; the tried words
 * lie under the on-line words, so they never displace one, and a line's attempts only grow:
 * the loop settles, and data is re-sent only when it changed. A line that stays strong keeps
 * its word where it was until its new one is found (keptWords), so a step does not blank it.
 */
export function createLineLabelFallback(view: MapView): LineLabelFallback {
  let lines: FeatureCollection<LineString> = { type: "FeatureCollection", features: [] };
  const attempts = new Map<string, number>();
  // Which tier's probes are out (line_label_points.ts WordTier), or none.
  let phase: "settled" | (typeof WORD_TIERS)[number] = "settled";
  let shown = new Set<string>();
  let sent = "";
  let data = EMPTY;
  let camera = "";
  const send = (next: FeatureCollection<Point>) => {
    const key = JSON.stringify(next);
    if (key === sent) return;
    sent = key;
    data = next;
    view.setData(FALLBACK_SOURCE, next);
  };
  const stop = view.onIdle(() => {
    if (lines.features.length === 0) return;
    const { width, height } = view.size();
    const screen = {
      width,
      height,
      project: (p: [number, number]) => view.project(p),
      unproject: (p: { x: number; y: number }) => view.unproject(p),
    };
    const placed = new Set(view.renderedProperties(["line-labels"]).map((p) => String(p.id)));
    // Another camera (or map size): every line is tried afresh, all its points at once.
    const origin = view.project([0, 0]);
    const now = [view.zoom(), origin.x, origin.y, width, height].map((n) => n.toFixed(2)).join();
    if (now !== camera) {
      camera = now;
      attempts.clear();
      phase = "free";
      const probes = probeLabelPoints(lines, placed, screen);
      shown = new Set(probes.features.map((f) => String(f.properties?.id)));
      send({ type: "FeatureCollection", features: [...probes.features, ...keptWords(data, lines, shown)] });
      return;
    }
    const drawn = view.renderedProperties(FALLBACK_LAYERS);
    if (phase !== "settled") {
      // The first drawn probe of each line probed now; the rest try the next round.
      const probed = shown;
      const first = new Map<string, number>();
      for (const p of drawn) {
        const id = String(p.id);
        const attempt = Number(p.attempt);
        if (probed.has(id) && Number.isFinite(attempt) && attempt < (first.get(id) ?? LAST_ATTEMPT))
          first.set(id, attempt);
      }
      const next = WORD_TIERS[WORD_TIERS.indexOf(phase) + 1];
      const fallback = next ? TIER_START[next] : LAST_ATTEMPT;
      for (const id of probed) attempts.set(id, first.get(id) ?? fallback);
      const unplaced = new Set([...probed].filter((id) => !first.has(id)));
      if (next && unplaced.size > 0) {
        phase = next;
        // One pass: the lines with a placed word keep it, the others are probed again.
        const [placedLines, rest]: [typeof lines.features, typeof lines.features] = [[], []];
        for (const f of lines.features) (unplaced.has(String(f.properties?.id)) ? rest : placedLines).push(f);
        const settled = fallbackLabelPoints(
          { ...lines, features: placedLines },
          placed,
          (id) => attempts.get(id) ?? 0,
          screen,
        );
        const probes = probeLabelPoints({ ...lines, features: rest }, placed, screen, next);
        shown = unplaced;
        const kept = keptWords(data, lines, unplaced);
        send({ type: "FeatureCollection", features: [...settled.features, ...probes.features, ...kept] });
        return;
      }
      phase = "settled";
    } else {
      const drawnIds = new Set(drawn.map((p) => String(p.id)));
      for (const id of shown) {
        if (!drawnIds.has(id)) attempts.set(id, Math.min((attempts.get(id) ?? 0) + 1, LAST_ATTEMPT));
      }
    }
    const words = fallbackLabelPoints(lines, placed, (id) => attempts.get(id) ?? 0, screen).features;
    shown = new Set(words.map((f) => String(f.properties?.id)));
    send({ type: "FeatureCollection", features: words });
  });
  return {
    setLines(next) {
      lines = next;
      attempts.clear();
      shown.clear();
      phase = "settled";
      camera = "";
      send({ type: "FeatureCollection", features: keptWords(data, next) });
    },
    stop,
  };
}
