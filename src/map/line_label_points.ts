import type { Feature, FeatureCollection, LineString, Point, Position } from "geojson";
import { FULL_REACH, reachOf, slantOf, type WordAnchor } from "./word_anchors";
import { wordLengthPx } from "./word_length";
import { SMALL_WORD } from "./word_size";

/**
 * The fallback word of a strong line. MapLibre drops a `symbol-placement: line` label where the
 * line is shorter than its word, too curved, or where the word would meet a place's name: the
 * red Moskau–Kiew line at the start of the war had no "feindselig". For each strong line drawn
 * without its word, this puts the word once as a point label on the line's visible part, at
 * its middle first and, while that too finds no room, at other points along it
 * (FALLBACK_FRACTIONS); where none has room, the word is `forced` at those points: drawn above
 * the secondary place names (story_layers.ts `line-label-forced`), so such a name gives way to
 * it; a main place's name and a city's dot do not (style.ts). Where that too finds no room, the
 * word is forced at the middle over the dots too (`line-label-over`).
 * Pure geometry in screen px; line_label_fallback.ts runs it on the map.
 */

/** The step between two tries along a line, a fraction of its visible length. */
const FRACTION_STEP = 0.025;
/**
 * Where along a line's visible length its fallback word is tried, in order: the middle, then
 * out from it both ways in FRACTION_STEP steps to a twentieth of the line from its ends. Steps
 * of 0.15 missed the one gap a phone had for Türkei–Aserbaidschan's "verbündet" (66 px between
 * "Ankara" and "Eriwan" under the line, a review): a word needs its try within a few px of it.
 */
export const FALLBACK_FRACTIONS: readonly number[] = [
  0.5,
  ...Array.from({ length: Math.round(0.45 / FRACTION_STEP) }, (_, k) => [
    Math.round((0.5 - (k + 1) * FRACTION_STEP) * 1000) / 1000,
    Math.round((0.5 + (k + 1) * FRACTION_STEP) * 1000) / 1000,
  ]).flat(),
];
/**
 * Each tier's tries: every fraction with the word along its line, then (but in the last tier,
 * `all`, over every dot) every fraction with it written level. MapLibre keeps a turned point
 * label's room as the box around it, nearly square for a slanted word, which met a name or a
 * ring at every point of a short slanted line (the phone's and the presenter's opening views
 * had no "Partner" on Moskau–Baku beside "Kaspisches Meer"); a level word's room is its own
 * size. Along its line first: a level word beside a crossing reads less surely as its own
 * line's.
 */
export const TIER_TRIES = 2 * FALLBACK_FRACTIONS.length;
/**
 * Attempts from SMALL_ATTEMPT on are written SMALL_WORD times smaller, beside the names still;
 * from FORCED_ATTEMPT on, forced (drawn above the secondary place names); from OVER_ATTEMPT
 * on, forced over the plain secondary cities' dots too; from ALL_ATTEMPT on, over every dot;
 * each tier's tries as TIER_TRIES says; from LAST_ATTEMPT on, level over every dot at the middle.
 */
export const SMALL_ATTEMPT = TIER_TRIES;
export const FORCED_ATTEMPT = 2 * TIER_TRIES;
export const OVER_ATTEMPT = 3 * TIER_TRIES;
export const ALL_ATTEMPT = 4 * TIER_TRIES;
export const LAST_ATTEMPT = 5 * TIER_TRIES;
/**
 * The sort key of a word kept from the lines before (keptWords): placed after every probe, so
 * it never takes a probe's room, and never read as a probe's try.
 */
export const KEPT_ATTEMPT = LAST_ATTEMPT + TIER_TRIES;

/**
 * The tiers of a word's tries, in order: beside the names (`free`), the same smaller (`small`,
 * SMALL_WORD: it hides nothing, where a forced word hides a name), forced above the secondary
 * names (`forced`), over the plain secondary cities' dots too (`over`), over every dot (`all`).
 * Two nearly parallel lines from one place (Ankara–Eriwan, Ankara–Baku on a phone) leave the
 * second word a gap between two names a few px narrower than the word (a review).
 */
export type WordTier = "free" | "small" | "forced" | "over" | "all";
export const WORD_TIERS: readonly WordTier[] = ["free", "small", "forced", "over", "all"];
/** The first attempt of each tier. */
export const TIER_START: Record<WordTier, number> = {
  free: 0,
  small: SMALL_ATTEMPT,
  forced: FORCED_ATTEMPT,
  over: OVER_ATTEMPT,
  all: ALL_ATTEMPT,
};

/**
 * A word's properties for the layers of its tier (story_layers.ts): `forced`, `over`, `all`;
 * `small` only in its tier, so a word kept from before (keptWords) keeps its size.
 */
function tierProperties(tier: WordTier) {
  return {
    forced: tier !== "free" && tier !== "small",
    over: tier === "over" || tier === "all",
    all: tier === "all",
    settled: false,
    ...(tier === "small" ? { small: true } : {}),
  };
}

/**
 * Attempt `n`: its tier, the fraction of the line it tries and whether the word is written level
 * (TIER_TRIES); from LAST_ATTEMPT on, level at the middle.
 */
export function tryOf(n: number): { tier: WordTier; fraction: number; level: boolean } {
  if (n >= LAST_ATTEMPT) return { tier: "all", fraction: 0.5, level: true };
  const tier = [...WORD_TIERS].reverse().find((t) => n >= TIER_START[t]) ?? "free";
  const i = n - TIER_START[tier];
  // The last tier, over every dot, keeps to its line: a level word there with every anchor lay
  // over a cluster of dots ("Alijew nach Duschanbe" over Eriwan's and Baku's, a review).
  const level = i >= FALLBACK_FRACTIONS.length && tier !== "all";
  return { tier, fraction: FALLBACK_FRACTIONS[i % FALLBACK_FRACTIONS.length] ?? 0.5, level };
}
/** A line with less than this much of it on screen (px) needs no word: it is hardly drawn. */
export const MIN_VISIBLE_PX = 24;
/** The word's point keeps this far inside the map's edges, px, so the word is not cut. */
const EDGE_PX = 30;

export interface ScreenPoint {
  x: number;
  y: number;
}

/** The part of segment a→b inside the box, or undefined (Liang–Barsky). */
function clip(a: ScreenPoint, b: ScreenPoint, box: { left: number; top: number; right: number; bottom: number }) {
  let t0 = 0;
  let t1 = 1;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const edges: [number, number][] = [
    [-dx, a.x - box.left],
    [dx, box.right - a.x],
    [-dy, a.y - box.top],
    [dy, box.bottom - a.y],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return undefined;
      continue;
    }
    const r = q / p;
    if (p < 0) t0 = Math.max(t0, r);
    else t1 = Math.min(t1, r);
    if (t0 > t1) return undefined;
  }
  return [
    { x: a.x + t0 * dx, y: a.y + t0 * dy },
    { x: a.x + t1 * dx, y: a.y + t1 * dy },
  ] as const;
}

/** The parts of the polyline inside the map less EDGE_PX at each edge, and their total length, px. */
function visibleParts(points: readonly ScreenPoint[], width: number, height: number) {
  const box = { left: EDGE_PX, top: EDGE_PX, right: width - EDGE_PX, bottom: height - EDGE_PX };
  const parts: (readonly [ScreenPoint, ScreenPoint])[] = [];
  let total = 0;
  for (let i = 1; i < points.length; i++) {
    const part = clip(points[i - 1] as ScreenPoint, points[i] as ScreenPoint, box);
    if (!part) continue;
    parts.push(part);
    total += Math.hypot(part[1].x - part[0].x, part[1].y - part[0].y);
  }
  return { parts, total };
}

/** How much of the polyline `points` (screen px) lies inside a `width` × `height` map less its edge margin, px. */
export function visibleLength(points: readonly ScreenPoint[], width: number, height: number): number {
  return visibleParts(points, width, height).total;
}

/**
 * The point `fraction` (0…1) of the way along the part of the polyline `points` (screen px)
 * that lies inside a `width` × `height` map less EDGE_PX at each edge; undefined when less than
 * MIN_VISIBLE_PX of it is inside. Work is linear in the number of points.
 */
export function pointAlongVisible(
  points: readonly ScreenPoint[],
  width: number,
  height: number,
  fraction: number,
): ScreenPoint | undefined {
  return alongVisible(points, width, height, fraction)?.point;
}

/**
 * As pointAlongVisible, with the direction of the line there: `angle` in degrees clockwise
 * from the screen's x axis, kept upright (−90 < angle ≤ 90), for a word written along the line;
 * and the length of the visible line (px) `ahead` of the point and `back` of it in that reading
 * direction (left to right), as a word there may run.
 */
export function alongVisible(
  points: readonly ScreenPoint[],
  width: number,
  height: number,
  fraction: number,
): { point: ScreenPoint; angle: number; ahead: number; back: number } | undefined {
  const { parts, total } = visibleParts(points, width, height);
  if (total < MIN_VISIBLE_PX) return undefined;
  const before = total * fraction;
  // Reading order runs with the line where the line runs left to right, else against it.
  const read = (a: ScreenPoint, b: ScreenPoint, point: ScreenPoint) => {
    const heading = direction(a, b);
    // upright keeps exactly these headings as they are: the line runs in the reading direction.
    const forward = heading > -90 && heading <= 90;
    const angle = upright(a, b);
    const after = total - before;
    return { point, angle, ahead: forward ? after : before, back: forward ? before : after };
  };
  let left = before;
  for (const [a, b] of parts) {
    const length = Math.hypot(b.x - a.x, b.y - a.y);
    if (left <= length && length > 0)
      return read(a, b, { x: a.x + ((b.x - a.x) * left) / length, y: a.y + ((b.y - a.y) * left) / length });
    left -= length;
  }
  const last = parts.at(-1);
  return last ? read(last[0], last[1], last[1]) : undefined;
}

/** The direction a→b in degrees clockwise from the screen's x axis (screen y grows down), −180…180. */
function direction(a: ScreenPoint, b: ScreenPoint): number {
  return (Math.atan2(b.y - a.y, b.x - a.x) * 180) / Math.PI;
}

/** The direction a→b in degrees clockwise (screen y grows down), turned so text reads left to right. */
function upright(a: ScreenPoint, b: ScreenPoint): number {
  const angle = direction(a, b);
  if (angle > 90) return angle - 180;
  if (angle <= -90) return angle + 180;
  return angle;
}

/** The map as the fallback needs it: its size (px) and both directions of its projection. */
export interface ScreenView {
  width: number;
  height: number;
  /**
   * The words' text size, px: a word then takes only the anchors that keep it on its visible
   * line (word_anchors.ts reachOf). Without it, every anchor (a word of no length).
   */
  wordPx?: number;
  project(lonLat: [number, number]): ScreenPoint;
  unproject(point: ScreenPoint): [number, number];
}

/**
 * Point labels for the strong lines (`lines`: the features of the `line-labels` source, with
 * `id`, `label` and `color`) that are on screen but whose on-line word is not drawn
 * (`placed`), each at FALLBACK_FRACTIONS[attempt(id)] of its visible part with the line's
 * direction there as `angle` (degrees clockwise, upright); from FORCED_ATTEMPT on with the
 * property `forced: true`, at the fractions again; from OVER_ATTEMPT on also `over: true`, drawn
 * over the plain secondary cities' dots too (story_layers.ts `line-label-over`), and from
 * ALL_ATTEMPT on `all: true`, over every dot (`line-label-over-all`), at the fractions and from
 * LAST_ATTEMPT on at the middle, the last resort. `anchor(id)`, where given: the one anchor the
 * word is drawn with (word_anchors.ts), else it may take any.
 */
export function fallbackLabelPoints(
  lines: FeatureCollection<LineString>,
  placed: ReadonlySet<string>,
  attempt: (id: string) => number,
  view: ScreenView,
  anchor: (id: string) => WordAnchor | undefined = () => undefined,
): FeatureCollection<Point> {
  const features: Feature<Point>[] = [];
  for (const line of lines.features) {
    const id = String(line.properties?.id ?? "");
    if (placed.has(id)) continue;
    const n = attempt(id);
    const { tier, fraction, level } = tryOf(n);
    const at = anchor(id);
    const extra = { ...tierProperties(tier), ...(at ? { anchor: at } : {}) };
    const word = pointWord(line, view, fraction, extra, n >= LAST_ATTEMPT, level);
    if (word) features.push(word);
  }
  return { type: "FeatureCollection", features };
}

/**
 * Words whose probe was drawn where they are now (fallbackLabelPoints at the probe's attempt and
 * anchor), moved to the topmost word layer (`line-label-over-all`) with `settled: true`: placed
 * there before every probe of every tier (story_layers.ts `symbol-sort-key` −1), after the
 * controls and the main and current places' names only, whose room they already kept. A word
 * settled beside the names is then never displaced by a later, higher tier's probe for another
 * line: a review saw "verbündet" give way to "Annäherung" and come back over 16 s. Pure.
 */
export function settledWords(words: readonly Feature<Point>[]): Feature<Point>[] {
  return words.map((f) => ({
    ...f,
    properties: { ...f.properties, forced: true, over: true, all: true, settled: true },
  }));
}

/**
 * Every try at once: for each strong line on screen without its on-line word, a point word at
 * each of FALLBACK_FRACTIONS along its line, then at each written level (TIER_TRIES), with
 * `attempt` (its index, the layer's `symbol-sort-key`: the middles of all lines are placed
 * before any other point) and `probe: true` (drawn transparent).
 * After one placement, the lowest `attempt` drawn of each line is its word, at the anchor its
 * probe took (fallbackLabelPoints, settledWords),
 * so the words settle in two renders, not one render per try. `tier` "forced": the same above
 * the secondary place names (attempts from FORCED_ATTEMPT), for the lines none of whose probes
 * fit; "over": above the plain secondary cities' dots' room too (from OVER_ATTEMPT), for those
 * none of whose forced probes fit; "all": above every dot's room (from ALL_ATTEMPT).
 */
export function probeLabelPoints(
  lines: FeatureCollection<LineString>,
  placed: ReadonlySet<string>,
  view: ScreenView,
  tier: WordTier = "free",
): FeatureCollection<Point> {
  const features: Feature<Point>[] = [];
  const properties = tierProperties(tier);
  for (const line of lines.features) {
    const id = String(line.properties?.id ?? "");
    if (placed.has(id)) continue;
    const tries = tier === "all" ? FALLBACK_FRACTIONS.length : TIER_TRIES;
    for (let i = 0; i < tries; i++) {
      const attempt = TIER_START[tier] + i;
      const { fraction, level } = tryOf(attempt);
      const word = pointWord(line, view, fraction, { ...properties, probe: true, attempt }, false, level);
      if (word) features.push(word);
    }
  }
  return { type: "FeatureCollection", features };
}

/**
 * The word of `line` as a point `fraction` of the way along its visible part, with the sides it
 * may run to from there and stay on the line (`reach`, absent for every side); undefined when
 * the line is hardly on screen, or when the word fits on no side of this point but the middle's
 * (a word there runs past its line's end: only the middle keeps such a word, centred). In the
 * `all` tier, only the word's middle must lie on the line: it may run on past the line's end by
 * half its length, no more (it ran past Moskau by its whole length, a review). A `level` word
 * (each tier's second half of tries, and the last resort: `lastResort`, LAST_ATTEMPT, forced at
 * the middle after every probe found no room) is written level and takes every anchor, so a
 * short line in a crowded map still has its word beside it rather than none (Moskau–Baku's
 * "angespannt" in the 320 px embed's opening view).
 */
function pointWord(
  line: Feature<LineString>,
  view: ScreenView,
  fraction: number,
  extra: Record<string, unknown>,
  lastResort = false,
  level = lastResort,
): Feature<Point> | undefined {
  const screen = line.geometry.coordinates.map((p: Position) => view.project([p[0] ?? 0, p[1] ?? 0]));
  const middle = alongVisible(screen, view.width, view.height, fraction);
  if (!middle) return undefined;
  const whole =
    wordLengthPx(String(line.properties?.label ?? ""), view.wordPx ?? 0) * (extra.small === true ? SMALL_WORD : 1);
  // Level tries and the last resort are written level (TIER_TRIES). The last resort on a line
  // shorter than twice its word goes to the line's start, where an arrow's tail is: a short
  // arrow's head and ring fill its middle (Ukraine's troops into Kursk had no word in presenter
  // mode, a review).
  const short = lastResort && middle.ahead + middle.back < 2 * whole;
  const at = short ? (alongVisible(screen, view.width, view.height, 0) ?? middle) : middle;
  // The last tier (over every dot) keeps only the word's middle on its line: half of it may run on.
  const length = extra.all === true ? whole / 2 : whole;
  // A level word (a level try, the last resort) may take any anchor around its point.
  const fits = level ? FULL_REACH : reachOf(length, at.ahead, at.back);
  if (fits === "" && fraction !== 0.5) return undefined;
  const reach = fits === "" ? "c" : fits;
  const angle = level ? 0 : at.angle;
  return {
    type: "Feature",
    geometry: { type: "Point", coordinates: view.unproject(at.point) },
    // Written along its line (story_layers.ts `text-rotate`), so a word beside a crossing
    // line is still read as its own line's.
    // Its slant and reach pick the anchors that keep it on its line (word_anchors.ts anchorsFor).
    properties: {
      ...line.properties,
      ...extra,
      angle: Math.round(angle * 10) / 10,
      slant: slantOf(angle),
      ...(reach === FULL_REACH ? {} : { reach }),
    },
  };
}

/**
 * The words shown now (`shown`: fallback words as sent, probes among them) of the lines that
 * stay strong with the same word in `lines`: they stay where they are, on their lines in
 * degrees, while the new camera's words are probed, so a step that keeps a line does not blank
 * its word for the seconds the probes take under software rendering (a flicker a review saw on
 * every step). Each with `attempt` KEPT_ATTEMPT, in the lowest tier's layer (`free`): placed after
 * every probe, and giving way to every name; `only` limits them to those lines' ids. Pure.
 */
export function keptWords(
  shown: FeatureCollection<Point>,
  lines: FeatureCollection<LineString>,
  only?: ReadonlySet<string>,
): Feature<Point>[] {
  const words = new Map(lines.features.map((f) => [String(f.properties?.id ?? ""), f.properties?.label]));
  return shown.features
    .filter((f) => {
      const id = String(f.properties?.id ?? "");
      return f.properties?.probe !== true && words.get(id) === f.properties?.label && (!only || only.has(id));
    })
    .map((f) => ({ ...f, properties: { ...f.properties, ...tierProperties("free"), attempt: KEPT_ATTEMPT } }));
}
