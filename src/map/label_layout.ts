import type { Box } from "./framing";
import { type AnchorOffset, anchorKey, isCallout } from "./label_anchors";
import {
  covers,
  crosses,
  type Dot,
  grow,
  inside,
  meets,
  type Segment,
  toBox,
  toSegment,
  union,
} from "./label_geometry";
import { type Candidate, clusters, search } from "./label_search";

/**
 * Label placement for the main places of the current view, as pure geometry: every main place
 * gets one position from its candidates so that no two labels meet, none covers another main
 * place's dot, none leaves the map or meets a control. MapLibre's own placement is greedy (the
 * first free candidate, in sort-key order, and it keeps a label's previous position while that
 * stays free), so in a dense cluster it can lose a name that a different choice for its
 * neighbour would have kept. This search sees the whole cluster; MapLibre then draws exactly
 * the positions chosen here (style.ts), and secondary labels fill the room left.
 */

/** One label to place: its point and size (CSS px from the map's top left), candidates best first. */
export interface LabelRequest {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Font size, px: the candidates' offsets are in ems. */
  size: number;
  /** Room kept free around the label on every side, px (the halo, the glyphs' overhang). */
  pad: number;
  candidates: readonly AnchorOffset[];
}

export type { Dot } from "./label_geometry";

/** `dots` as the label of a request at (x, y) must leave them: a ring around its own dot down to its core. */
function asSeenFrom(dots: readonly Dot[], x: number, y: number): Dot[] {
  return dots.map((d) => (d.core !== undefined && Math.hypot(d.x - x, d.y - y) < d.r ? { ...d, r: d.core } : d));
}

/** The box (px) a label of `request` takes at `candidate`. */
export function labelBox(request: LabelRequest, candidate: AnchorOffset): Box {
  const { x, y, width: w, height: h, size } = request;
  const cx = x + candidate.offset[0] * size;
  const cy = y + candidate.offset[1] * size;
  const a = candidate.anchor;
  const left = a.includes("left") ? cx : a.includes("right") ? cx - w : cx - w / 2;
  const top = a.startsWith("top") ? cy : a.startsWith("bottom") ? cy - h : cy - h / 2;
  const pad = request.pad;
  return { left: left - pad, top: top - pad, right: left + w + pad, bottom: top + h + pad };
}

/**
 * Room a callout's name keeps from every other dot, ems: a name off its own dot must not sit
 * beside another one, where a reader would take it for that place's (Grosny's name beside
 * Istanbul's dot and Istanbul's beside Grosny's, on a phone).
 */
const CALLOUT_CLEAR_EMS = 1;

/**
 * Room a name keeps from every other dot where the caller asks for it (`clearEms`), ems: a name
 * right beside another place's dot reads as that place's ("Eriwan" just right of Ankara's dot at
 * 1024×768). place_labels.ts asks for it first and does without where a dense view cannot keep it.
 */
export const CLEAR_EMS = 0.35;

/** The leader line of `request` at `candidate`, if that is a callout (label_anchors.ts isCallout). */
function leaderOf(request: LabelRequest, candidate: AnchorOffset): Segment | undefined {
  if (!isCallout(anchorKey(candidate))) return undefined;
  const { x, y, size } = request;
  return { x0: x, y0: y, x1: x + candidate.offset[0] * size, y1: y + candidate.offset[1] * size };
}

/**
 * A name (not a callout) is taken for another place's where that place's dot lies less than this
 * many times as far from it as its own point: proximity is what joins a name to its dot, and it
 * must be clear, not a matter of a pixel (a ring's name stands 1 em off its own point).
 */
const AMBIGUOUS_RATIO = 1.5;

/** Whether the label of `request` at `candidate` (its box, or a callout's leader line) covers the dot `d`. */
export function labelCovers(request: LabelRequest, candidate: AnchorOffset, d: Dot): boolean {
  const leader = leaderOf(request, candidate);
  return covers(labelBox(request, candidate), d) || (leader !== undefined && toSegment(d.x, d.y, leader) < d.r);
}

/** Whether any candidate of `request` lies inside `area` clear of every obstacle, others' labels and dots aside. */
export function hasRoom(request: LabelRequest, area: Box, obstacles: readonly Box[]): boolean {
  return request.candidates.some((candidate) => {
    const box = labelBox(request, candidate);
    return inside(box, area) && !obstacles.some((b) => meets(box, b));
  });
}

/**
 * For each request (in priority order: rank first), the index of its chosen candidate, or -1
 * where none fits. The layout leaves out as few labels as it can, earlier requests first kept;
 * among those it gives each request, in order, its best free candidate. `area`: where labels
 * may lie (the map inside its edges); `obstacles`: controls and overlays; `dots`: the points
 * labels must not cover (a request's own dot is never under its label, the gap sees to that).
 * Labels that cannot meet are laid out apart (a cluster at a time), so a far city's choices do
 * not multiply a cluster's search. `clearEms`: room every label keeps from other dots, ems.
 * Deterministic: the same input gives the same layout; work is bounded by BUDGET steps per cluster.
 */
export function layoutLabels(
  requests: readonly LabelRequest[],
  area: Box,
  obstacles: readonly Box[],
  dots: readonly Dot[],
  clearEms = 0,
): number[] {
  // Each request's candidates that fit the map and meet no control or other dot, with their
  // boxes; a callout's leader line passes no other dot and no control either (it would seem to
  // join the name to the wrong place). Only the dots and controls near the request's candidates
  // are looked at (their joint box), so the cost grows with the neighbours, not with the map.
  const free = requests.map((request) => {
    const all = request.candidates.map((candidate, index) => ({
      index,
      box: labelBox(request, candidate),
      leader: leaderOf(request, candidate),
    }));
    const reach = Math.max(clearEms, CALLOUT_CLEAR_EMS, CLEAR_EMS) * request.size + request.pad;
    const dot = { left: request.x, top: request.y, right: request.x, bottom: request.y };
    const near = grow(union([dot, ...all.map((c) => c.box)]), reach);
    const others = asSeenFrom(
      dots.filter((d) => d.id !== request.id && covers(near, d, 1)),
      request.x,
      request.y,
    );
    const blocking = obstacles.filter((b) => meets(near, b));
    const ambiguous = ({ box, leader }: Omit<Candidate, "index">) =>
      !leader && others.some((d) => toBox(box, d.x, d.y) < AMBIGUOUS_RATIO * toBox(box, request.x, request.y));
    return (
      all
        .filter(
          ({ box, leader }) =>
            inside(box, area) &&
            !blocking.some((b) => meets(box, b)) &&
            !others.some((d) =>
              covers(box, d, (leader ? Math.max(clearEms, CALLOUT_CLEAR_EMS) : clearEms) * request.size),
            ) &&
            !(
              leader &&
              (others.some((d) => toSegment(d.x, d.y, leader) < d.r + request.pad) ||
                blocking.some((b) => crosses(leader, b)))
            ),
        )
        // Those that keep CLEAR_EMS from other dots first, in their order: where the room is
        // short, a name right beside another place's dot only if no choice keeps clear of it
        // ("Pjöngjang" just above Peking's dot on a phone). Between the two, a name nearer
        // another dot than clearly to its own (AMBIGUOUS_RATIO; no leader line joining them), which
        // a reader takes for that place's ("Pjöngjang" under Peking's dot in presenter mode).
        .map((c) => ({
          c,
          rank: others.some((d) => covers(c.box, d, CLEAR_EMS * request.size)) ? 2 : ambiguous(c) ? 1 : 0,
        }))
        .sort((a, b) => a.rank - b.rank)
        .map(({ c }) => c)
    );
  });
  const result = requests.map(() => -1);
  for (const cluster of clusters(free)) {
    const chosen = search(cluster.map((i) => free[i] ?? []));
    cluster.forEach((i, k) => {
      result[i] = chosen[k] ?? -1;
    });
  }
  return result;
}
