import type { Box } from "./framing";
import { type AnchorOffset, anchorKey, isCallout } from "./label_anchors";

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

/** A dot the labels must leave visible: centre and radius, px; `id` of its place (its own label may touch it). */
export interface Dot {
  id: string;
  x: number;
  y: number;
  r: number;
  /**
   * A ring's core, px: drawn under the names, a ring (the current event's) may be crossed by the
   * name and leader line of a place whose own dot lies inside it, all but its core (Istanbul's
   * dot inside Ankara's ring in a 480 px embed: every position was on the ring).
   */
  core?: number;
}

/** `dots` as the label of a request at (x, y) must leave them: a ring around its own dot down to its core. */
function asSeenFrom(dots: readonly Dot[], x: number, y: number): Dot[] {
  return dots.map((d) => (d.core !== undefined && Math.hypot(d.x - x, d.y - y) < d.r ? { ...d, r: d.core } : d));
}

/** Search steps per cluster before it settles for the best layout found so far. */
const BUDGET = 100_000;
/**
 * Box comparisons per cluster before it settles for the best layout found so far: a step's cost
 * grows with the cluster (the lower bound looks at every later label), so steps alone do not
 * bound the time. About 10 ms of work; the flagship's clusters never come near it.
 */
const WORK_BUDGET = 2_000_000;

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

/** A callout's leader line, px: from the dot to where the name is anchored (place_labels.ts draws it). */
interface Segment {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** The leader line of `request` at `candidate`, if that is a callout (label_anchors.ts isCallout). */
function leaderOf(request: LabelRequest, candidate: AnchorOffset): Segment | undefined {
  if (!isCallout(anchorKey(candidate))) return undefined;
  const { x, y, size } = request;
  return { x0: x, y0: y, x1: x + candidate.offset[0] * size, y1: y + candidate.offset[1] * size };
}

/** Distance, px, from the point to the segment. */
function toSegment(px: number, py: number, s: Segment): number {
  const dx = s.x1 - s.x0;
  const dy = s.y1 - s.y0;
  const l2 = dx * dx + dy * dy;
  const k = l2 > 0 ? Math.min(Math.max(((px - s.x0) * dx + (py - s.y0) * dy) / l2, 0), 1) : 0;
  return Math.hypot(px - (s.x0 + k * dx), py - (s.y0 + k * dy));
}

/** Whether the segment crosses the box (its points 2 px apart or closer: no name is lower). */
function crosses(s: Segment, box: Box): boolean {
  const steps = Math.max(Math.ceil(Math.hypot(s.x1 - s.x0, s.y1 - s.y0) / 2), 1);
  for (let i = 0; i <= steps; i++) {
    const x = s.x0 + ((s.x1 - s.x0) * i) / steps;
    const y = s.y0 + ((s.y1 - s.y0) * i) / steps;
    if (x > box.left && x < box.right && y > box.top && y < box.bottom) return true;
  }
  return false;
}

/**
 * A name (not a callout) is taken for another place's where that place's dot lies less than this
 * many times as far from it as its own point: proximity is what joins a name to its dot, and it
 * must be clear, not a matter of a pixel (a ring's name stands 1 em off its own point).
 */
const AMBIGUOUS_RATIO = 1.5;

/** Distance, px, from the point to the box (0 inside it). */
const toBox = (box: Box, x: number, y: number): number =>
  Math.hypot(Math.max(box.left - x, 0, x - box.right), Math.max(box.top - y, 0, y - box.bottom));
const meets = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const inside = (a: Box, area: Box) =>
  a.left >= area.left && a.right <= area.right && a.top >= area.top && a.bottom <= area.bottom;
/** Whether the round dot `d`, grown by `spare` px, and the box meet (the box's nearest point lies within the radius). */
const covers = (box: Box, d: Dot, spare = 0): boolean => {
  const dx = Math.max(box.left - d.x, 0, d.x - box.right);
  const dy = Math.max(box.top - d.y, 0, d.y - box.bottom);
  const r = d.r + spare;
  return r > 0 && dx * dx + dy * dy < r * r;
};

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

type Candidate = { index: number; box: Box; leader: Segment | undefined };
type Candidates = readonly Candidate[];

/** Whether two labels (with their leader lines) may not both be placed: boxes meet or a leader crosses the other's box. */
const conflict = (a: Omit<Candidate, "index">, b: Omit<Candidate, "index">) =>
  meets(a.box, b.box) ||
  (a.leader !== undefined && crosses(a.leader, b.box)) ||
  (b.leader !== undefined && crosses(b.leader, a.box));

/** The smallest box holding every box of `boxes` (an empty box for none). */
function union(boxes: readonly Box[]): Box {
  const box = { left: Infinity, top: Infinity, right: -Infinity, bottom: -Infinity };
  for (const b of boxes) {
    box.left = Math.min(box.left, b.left);
    box.top = Math.min(box.top, b.top);
    box.right = Math.max(box.right, b.right);
    box.bottom = Math.max(box.bottom, b.bottom);
  }
  return box;
}

/** `box` grown by `px` on every side. */
const grow = (box: Box, px: number): Box => ({
  left: box.left - px,
  top: box.top - px,
  right: box.right + px,
  bottom: box.bottom + px,
});

/** The box a candidate takes with its leader line (which starts at the dot), px. */
const extentOf = (c: Omit<Candidate, "index">): Box =>
  c.leader ? union([c.box, { left: c.leader.x0, top: c.leader.y0, right: c.leader.x0, bottom: c.leader.y0 }]) : c.box;

/**
 * Groups of request indices (each in order) whose candidate boxes can meet, directly or through
 * others. A sweep along x over each request's joint box compares only requests whose boxes
 * overlap, so sparse labels cost about n log n, not n².
 */
function clusters(free: readonly Candidates[]): number[][] {
  const group = free.map((_, i) => i);
  const root = (i: number): number => {
    while (group[i] !== i) i = group[i] as number;
    return i;
  };
  const extents = free.map((candidates) => union(candidates.map(extentOf)));
  const order = free.map((_, i) => i).sort((a, b) => (extents[a]?.left ?? 0) - (extents[b]?.left ?? 0) || 0);
  order.forEach((i, k) => {
    const a = extents[i] as Box;
    for (let m = k + 1; m < order.length; m++) {
      const j = order[m] as number;
      const b = extents[j] as Box;
      if (b.left >= a.right) break;
      if (!meets(a, b) || root(i) === root(j)) continue;
      const touch = (free[i] ?? []).some((x) => (free[j] ?? []).some((y) => conflict(x, y)));
      if (touch) group[Math.max(root(i), root(j))] = Math.min(root(i), root(j));
    }
  });
  const byRoot = new Map<number, number[]>();
  free.forEach((_, i) => {
    const members = byRoot.get(root(i)) ?? [];
    members.push(i);
    byRoot.set(root(i), members);
  });
  return [...byRoot.values()];
}

/** Depth-first over one cluster's candidates: fewest left out, then earlier requests' best choices. */
function search(free: readonly Candidates[]): number[] {
  const n = free.length;
  let best: number[] = free.map(() => -1);
  let bestMissing = Number.POSITIVE_INFINITY;
  const chosen: number[] = [];
  const placed: Candidate[] = [];
  let steps = 0;
  let work = 0;
  // Plain loops in the hot path: a closure per comparison made most of the time garbage.
  const clear = (candidate: Candidate) => {
    work += placed.length;
    for (const p of placed) if (conflict(p, candidate)) return false;
    return true;
  };
  // Later requests left without any free candidate will be missing too: a lower bound that
  // cuts a branch as soon as it has cost more labels than the best layout found (so it is not
  // computed before a first layout is found: nothing could be cut).
  const doomed = (from: number) => {
    let count = 0;
    for (let j = from; j < n; j++) {
      let open = false;
      for (const candidate of free[j] ?? []) {
        open = clear(candidate);
        if (open) break;
      }
      if (!open) count++;
    }
    return count;
  };
  const visit = (i: number, missing: number): void => {
    const found = bestMissing !== Number.POSITIVE_INFINITY;
    // Past either budget, the first complete layout is still finished, then the best one found kept.
    if (found && (steps > BUDGET || work > WORK_BUDGET)) return;
    steps++;
    if (found && missing + doomed(i) >= bestMissing) return;
    if (i === n) {
      best = [...chosen];
      bestMissing = missing;
      return;
    }
    for (const candidate of free[i] ?? []) {
      if (!clear(candidate)) continue;
      chosen.push(candidate.index);
      placed.push(candidate);
      visit(i + 1, missing);
      chosen.pop();
      placed.pop();
      if (bestMissing === 0) return;
    }
    chosen.push(-1);
    visit(i + 1, missing + 1);
    chosen.pop();
  };
  visit(0, 0);
  return best;
}
