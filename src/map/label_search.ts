import type { Box } from "./framing";
import { crosses, forEachMeetingPair, grow, meets, type Segment, union } from "./label_geometry";

/**
 * The search behind layoutLabels (label_layout.ts): its candidates grouped into clusters that can
 * meet, and a bounded depth-first search over each for the layout that leaves out fewest names.
 */

/** Search steps per cluster before it settles for the best layout found so far. */
export const BUDGET = 100_000;
/**
 * Box comparisons per cluster before it settles for the best layout found so far: a step's cost
 * grows with the cluster (the lower bound looks at every later label), so steps alone do not
 * bound the time. About 10 ms of work; the flagship's clusters never come near it.
 */
export const WORK_BUDGET = 2_000_000;

/** A position a request may take: its index in the request's candidates, its box and its leader line (a callout's), px. */
export type Candidate = { index: number; box: Box; leader: Segment | undefined };
/** One request's free candidates, best first. */
export type Candidates = readonly Candidate[];

/** Whether two labels (with their leader lines) may not both be placed: boxes meet or a leader crosses the other's box. */
export const conflict = (a: Omit<Candidate, "index">, b: Omit<Candidate, "index">) =>
  meets(a.box, b.box) ||
  (a.leader !== undefined && crosses(a.leader, b.box)) ||
  (b.leader !== undefined && crosses(b.leader, a.box));

/** The box a candidate takes with its leader line (which starts at the dot), px. */
const extentOf = (c: Omit<Candidate, "index">): Box =>
  c.leader ? union([c.box, { left: c.leader.x0, top: c.leader.y0, right: c.leader.x0, bottom: c.leader.y0 }]) : c.box;

/**
 * Groups of request indices (each in order) whose candidate boxes can meet, directly or through
 * others. A sweep along x over each request's joint box compares only requests whose boxes
 * overlap, so sparse labels cost about n log n, not n².
 */
export function clusters(free: readonly Candidates[]): number[][] {
  const group = free.map((_, i) => i);
  const root = (i: number): number => {
    while (group[i] !== i) i = group[i] as number;
    return i;
  };
  forEachMeetingPair(
    free.map((candidates) => union(candidates.map(extentOf))),
    (i, j) => {
      if (root(i) === root(j)) return;
      const touch = (free[i] ?? []).some((x) => (free[j] ?? []).some((y) => conflict(x, y)));
      if (touch) group[Math.max(root(i), root(j))] = Math.min(root(i), root(j));
    },
  );
  const byRoot = new Map<number, number[]>();
  free.forEach((_, i) => {
    const members = byRoot.get(root(i)) ?? [];
    members.push(i);
    byRoot.set(root(i), members);
  });
  return [...byRoot.values()];
}

/**
 * For each of `free`'s requests, the others whose candidates can conflict with its own: their
 * joint boxes (extentOf: a leader line ends on its name's box) grown by a pixel meet. A conflict
 * needs a box or a leader's point strictly inside the other's box, so no pair left out can
 * conflict. A sweep along x: about n log n for sparse labels.
 */
function neighbours(free: readonly Candidates[]): number[][] {
  const near: number[][] = free.map(() => []);
  forEachMeetingPair(
    free.map((candidates) => grow(union(candidates.map(extentOf)), 1)),
    (i, j) => {
      near[i]?.push(j);
      near[j]?.push(i);
    },
  );
  return near;
}

/** Depth-first over one cluster's candidates: fewest left out, then earlier requests' best choices. */
export function search(free: readonly Candidates[]): number[] {
  const n = free.length;
  let best: number[] = free.map(() => -1);
  let bestMissing = Number.POSITIVE_INFINITY;
  const chosen: number[] = [];
  // The candidate placed for each request on the current path (requests before the one visited).
  const placedAt: (Candidate | undefined)[] = [];
  let placedCount = 0;
  const near = neighbours(free);
  let steps = 0;
  let work = 0;
  // Whether request j's candidate meets none placed. Only its neighbours' placed candidates can
  // conflict with it (neighbours); `work` still counts every placed one, so the budget cuts the
  // search where comparing against all of them did: the same layouts, found faster (a story of
  // 300 places spent 40 ms a seek here). Plain loops in the hot path: a closure per comparison
  // made most of the time garbage.
  const clear = (candidate: Candidate, j: number) => {
    work += placedCount;
    for (const i of near[j] ?? []) {
      const p = placedAt[i];
      if (p !== undefined && conflict(p, candidate)) return false;
    }
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
        open = clear(candidate, j);
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
      if (!clear(candidate, i)) continue;
      chosen.push(candidate.index);
      placedAt[i] = candidate;
      placedCount++;
      visit(i + 1, missing);
      chosen.pop();
      placedAt[i] = undefined;
      placedCount--;
      if (bestMissing === 0) return;
    }
    chosen.push(-1);
    visit(i + 1, missing + 1);
    chosen.pop();
  };
  visit(0, 0);
  return best;
}
