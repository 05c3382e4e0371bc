import type { Feature, FeatureCollection, LineString, Point } from "geojson";
import { laterIcons, PLATE_ICON } from "./icons";
import {
  fallbackLabelPoints,
  keptWords,
  LAST_ATTEMPT,
  probeLabelPoints,
  type ScreenView,
  settledWords,
  tryOf,
  WORD_TIERS,
  type WordTier,
} from "./line_label_points";
import type { MapView } from "./map_view";
import { plateIcon } from "./plate_icon";
import { afterRound } from "./probe_rounds";
import {
  anchorOffsetsOf,
  anchorsFor,
  type Slant,
  WORD_ANCHORS,
  type WordAnchor,
  wordAnchorProbe,
} from "./word_anchors";
import { isStrongLine, nearerLines, STRONG_LINE_LAYERS } from "./word_box";
import { ON_LINE_WORD_LAYERS } from "./word_layers";
import { SMALL_WORD } from "./word_size";

/**
 * A size given as `["interpolate", ["linear"], ["zoom"], z0, v0, z1, v1, …]` at `zoom` (px),
 * a plain number as it is, else undefined (story_layers.ts: the words grow with the zoom).
 */
export function sizeAt(size: unknown, zoom: number): number | undefined {
  if (typeof size === "number") return size;
  if (!Array.isArray(size) || size[0] !== "interpolate" || JSON.stringify(size[2]) !== '["zoom"]') return undefined;
  const stops = size.slice(3).map(Number);
  if (stops.length < 2 || stops.some((v) => !Number.isFinite(v))) return undefined;
  if (zoom <= (stops[0] as number)) return stops[1];
  for (let i = 2; i + 1 < stops.length; i += 2) {
    const [z0, v0, z1, v1] = stops.slice(i - 2, i + 2) as [number, number, number, number];
    if (zoom <= z1) return v0 + ((zoom - z0) / (z1 - z0)) * (v1 - v0);
  }
  return stops[stops.length - 1];
}

/** The source and layer of the fallback words (story_layers.ts). */
export const FALLBACK_SOURCE = "line-label-points";
export const FALLBACK_LAYERS = ["line-label-points", "line-label-forced", "line-label-over", "line-label-over-all"];
const EMPTY: FeatureCollection<Point> = { type: "FeatureCollection", features: [] };
/**
 * A settled word that is not drawn (a name placed before it moved) is probed afresh at most this
 * many times per camera; then it is forced at its line's middle, so the loop always settles.
 */
const MAX_RETRIES = 2;
/**
 * On frames with the camera still (playback, which is never idle; also a step's last frames before
 * its idle), a round runs once the words' sources have been loaded this long, ms: MapLibre places
 * new symbols within its fadeDuration (150 ms, map_view.ts) and a placement may take a few frames
 * at 10 fps.
 */
const STILL_ROUND_MS = 250;

export interface LineLabelFallback {
  /** The strong lines now (the `line-labels` data): the fallback words start afresh. */
  setLines(lines: FeatureCollection<LineString>): void;
  stop(): void;
}

/** Where a line's drawn probe found room: its attempt (tier and point) and the anchor it took. */
interface Found {
  attempt: number;
  anchor: WordAnchor | undefined;
}

/**
 * Gives every strong line its word on the map (line_label_points.ts): after each `idle`, and
 * while it plays after a still frame now and then (MapView.onStillFrames), it reads which on-line
 * words MapLibre drew. Each strong line on screen without one is probed: a
 * transparent word at every point FALLBACK_FRACTIONS tries, in the lowest tier (`free`, beside
 * the names); at the next idle the line keeps the first of its probes MapLibre drew, at the
 * anchor MapLibre gave it (read back at a point per anchor: word_anchors.ts), and the lines none
 * of whose probes found room are probed in the same tier once more where another line found its
 * word in that round (its probes may have held their only gap: probe_rounds.ts), then in the
 * next tier (forced above the secondary names, then over the secondary cities' dots, then over
 * every dot); a line with no room in any tier gets
 * its word forced at the middle. Each line goes its own way, so a line whose on-line word a
 * later word displaced is probed as soon as it lacks one.
 *
 * A found word is drawn exactly where its probe was (its point and anchor), in the topmost word
 * layer before every probe (settledWords): a later, higher tier's probe never pushes it away.
 * (One shared phase for all lines, with the found words left in their tiers' layers, let a
 * higher tier's probe for another line displace a found word, which then looked again: a review
 * saw "verbündet" give way to two "Annäherung" and come back over 16 s.) A line that stays
 * strong keeps its word where it was until its new one is found (keptWords), so a step does not
 * blank it. Every line's state only moves forward (probing → found or forced, a found word
 * re-probed at most MAX_RETRIES times), and data is re-sent only when it changed: the loop
 * settles.
 */
export function createLineLabelFallback(view: MapView): LineLabelFallback {
  if (!laterIcons.some((icon) => icon.name === PLATE_ICON)) laterIcons.push(plateIcon());
  let lines: FeatureCollection<LineString> = { type: "FeatureCollection", features: [] };
  // Per line, for this camera: its tier being probed, its found word, or forced (no room anywhere).
  const probing = new Map<string, WordTier>();
  const found = new Map<string, Found>();
  const forced = new Set<string>();
  const retries = new Map<string, number>();
  // Lines probing their tier a second time (contested, probe_rounds.ts): then on to the next tier.
  const again = new Set<string>();
  let sent = "";
  let data = EMPTY;
  let camera = "";
  // The words' size now, px: the on-line words' (the fallback's own size is `small` per word).
  const wordPx = () => sizeAt(view.textSize("line-labels"), view.zoom()) ?? 12.5;
  const send = (next: FeatureCollection<Point>) => {
    const key = JSON.stringify(next);
    if (key === sent) return;
    sent = key;
    data = next;
    // Each word with the anchors MapLibre may place it at (its layers read them as data).
    view.setData(FALLBACK_SOURCE, {
      ...next,
      features: next.features.map((f) => ({
        ...f,
        properties: { ...f.properties, anchors: anchorOffsetsOf(f.properties ?? {}) },
      })),
    });
  };
  const forget = () => {
    probing.clear();
    found.clear();
    forced.clear();
    retries.clear();
    again.clear();
  };
  const round = () => {
    if (lines.features.length === 0) return;
    const { width, height } = view.size();
    const screen: ScreenView = {
      width,
      height,
      wordPx: wordPx(),
      project: (p) => view.project(p),
      unproject: (p) => view.unproject(p),
    };
    const placed = new Set(view.renderedProperties([...ON_LINE_WORD_LAYERS]).map((p) => String(p.id)));
    // Another camera (or map size): every line is tried afresh.
    const origin = view.project([0, 0]);
    const now = [view.zoom(), origin.x, origin.y, width, height].map((n) => n.toFixed(2)).join();
    const drawn = now === camera ? view.renderedProperties(FALLBACK_LAYERS) : [];
    if (now !== camera) {
      camera = now;
      forget();
    }
    // The probes drawn, by line: its word is the first (by attempt) drawn on its line (the
    // `center` anchor), else the first drawn at all.
    const attempts = new Map<string, number[]>();
    const drawnWords = new Set<string>();
    for (const p of drawn) {
      const id = String(p.id);
      if (p.probe !== true) {
        if (p.settled === true) drawnWords.add(id);
        continue;
      }
      const attempt = Number(p.attempt);
      if (!probing.has(id) || !Number.isFinite(attempt)) continue;
      attempts.set(id, [...(attempts.get(id) ?? []), attempt]);
    }
    const round = afterRound(probing, new Set(attempts.keys()), again);
    probing.clear();
    again.clear();
    for (const id of round.found) found.set(id, onLineFirst(id, attempts.get(id) ?? [], screen));
    for (const [id, tier] of round.probing) probing.set(id, tier);
    for (const id of round.again) again.add(id);
    for (const id of round.forced) forced.add(id);
    // A found word sent before and not drawn now looks again, a few times at most.
    const wasSent = new Set(
      data.features.filter((f) => f.properties?.settled === true).map((f) => String(f.properties?.id)),
    );
    for (const id of [...found.keys()]) {
      if (!wasSent.has(id) || drawnWords.has(id) || placed.has(id)) continue;
      found.delete(id);
      const tries = (retries.get(id) ?? 0) + 1;
      retries.set(id, tries);
      if (tries > MAX_RETRIES) forced.add(id);
      else probing.set(id, "free");
    }
    // Every other strong line without a word of its own starts probing.
    for (const f of lines.features) {
      const id = String(f.properties?.id ?? "");
      if (placed.has(id) || probing.has(id) || found.has(id) || forced.has(id)) continue;
      probing.set(id, "free");
    }
    send({ type: "FeatureCollection", features: words(placed, screen) });
  };
  // A round at every idle, and on still frames (playback has no idle): words come while it plays.
  const stops = [view.onIdle(round), view.onStillFrames([FALLBACK_SOURCE, "line-labels"], STILL_ROUND_MS, round)];
  const stop = () => {
    for (const off of stops) off();
  };

  /**
   * Of the drawn probes of line `id`, the first (by attempt) whose word lies on its line (the
   * `center` anchor), else the first beside it along the line (anchorsFor its slant), else the
   * first: a word beside a slanted line reads as floating off it ("geplante Route" 25–45 px
   * beside its dashed line at 1280×800, a review). A word by another strong line comes after all
   * of these, the one least crossed first (word_box.ts nearerLines).
   */
  function onLineFirst(id: string, tried: readonly number[], screen: ScreenView): Found {
    const sorted = [...new Set(tried)].sort((a, b) => a - b);
    let best: (Found & { rank: number }) | undefined;
    for (const attempt of sorted) {
      const { anchor, slant, crossed = 0 } = anchorTaken(id, attempt, screen);
      const base = anchor === "center" ? 0 : anchor && anchorsFor(slant).includes(anchor) ? 1 : 2;
      const rank = base + (crossed > 0 ? 3 + crossed : 0);
      if (rank === 0) return { attempt, anchor };
      if (!best || rank < best.rank) best = { attempt, anchor, rank };
    }
    return best ? { attempt: best.attempt, anchor: best.anchor } : { attempt: sorted[0] ?? 0, anchor: undefined };
  }

  /**
   * The anchor the drawn probe of line `id` at `attempt` took: the first of WORD_ANCHORS whose
   * point (wordAnchorProbe) meets it, undefined if none does (the word may then take any); with
   * the slant of its line there (word_anchors.ts) and whether another strong line runs through or
   * close by the word there (`crossed`).
   */
  function anchorTaken(
    id: string,
    attempt: number,
    screen: ScreenView,
  ): { anchor?: WordAnchor; slant: Slant; crossed?: number } {
    const line = lines.features.find((f) => String(f.properties?.id ?? "") === id);
    const word =
      line && fallbackLabelPoints({ ...lines, features: [line] }, new Set(), () => attempt, screen).features[0];
    if (!word) return { slant: "level" };
    const slant = (word.properties?.slant ?? "level") as Slant;
    const [lon, lat] = word.geometry.coordinates;
    const at = view.project([lon ?? 0, lat ?? 0]);
    const px = wordPx() * (tryOf(attempt).tier === "small" ? SMALL_WORD : 1);
    for (const { anchor } of WORD_ANCHORS) {
      const d = wordAnchorProbe(anchor, px);
      const box = { left: at.x + d.x, right: at.x + d.x, top: at.y + d.y, bottom: at.y + d.y };
      const hit = view
        .renderedFeaturesIn(FALLBACK_LAYERS, box)
        .some(
          (f) =>
            String(f.properties.id) === id && f.properties.probe === true && Number(f.properties.attempt) === attempt,
        );
      if (hit)
        return {
          anchor,
          slant,
          crossed: crossedAt(
            id,
            String(word.properties?.label ?? ""),
            at,
            anchor,
            px,
            Number(word.properties?.angle ?? 0),
          ),
        };
    }
    return { slant };
  }

  /** Where other strong lines run nearer than line `id`'s own to its word (word_box.ts). */
  function crossedAt(
    id: string,
    label: string,
    at: { x: number; y: number },
    anchor: WordAnchor,
    px: number,
    angle: number,
  ): number {
    return nearerLines({ id, label, at, anchor, px, angle }, (box) =>
      view
        .renderedFeaturesIn(STRONG_LINE_LAYERS, box)
        .filter((f) => isStrongLine(f) || String(f.properties.id ?? f.id) === id)
        .map((f) => String(f.properties.id ?? f.id)),
    );
  }

  /** The words to draw: found ones settled, probes of each probing line's tier, forced ones, and kept ones. */
  function words(placed: ReadonlySet<string>, screen: ScreenView): Feature<Point>[] {
    const subset = (ids: (id: string) => boolean) => ({
      ...lines,
      features: lines.features.filter((f) => ids(String(f.properties?.id ?? ""))),
    });
    const settled = fallbackLabelPoints(
      subset((id) => found.has(id)),
      placed,
      (id) => found.get(id)?.attempt ?? 0,
      screen,
      (id) => found.get(id)?.anchor,
    ).features;
    const last = fallbackLabelPoints(
      subset((id) => forced.has(id)),
      placed,
      () => LAST_ATTEMPT,
      screen,
    ).features;
    const probes = WORD_TIERS.flatMap(
      (tier) =>
        probeLabelPoints(
          subset((id) => probing.get(id) === tier),
          placed,
          screen,
          tier,
        ).features,
    );
    // Kept only for the lines probed on screen now: a line gone off the map keeps no word.
    const kept = keptWords(data, lines, new Set(probes.map((f) => String(f.properties?.id))));
    return [...settledWords(settled), ...last, ...probes, ...kept];
  }

  return {
    setLines(next) {
      lines = next;
      forget();
      camera = "";
      send({ type: "FeatureCollection", features: keptWords(data, next) });
    },
    stop,
  };
}
