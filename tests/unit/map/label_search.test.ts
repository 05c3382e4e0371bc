import { describe, expect, it } from "vitest";
import type { Box } from "../../../src/map/framing";
import { BUDGET, type Candidate, type Candidates, conflict, search, WORK_BUDGET } from "../../../src/map/label_search";

/**
 * The search as it was before it looked only at neighbours: every candidate compared with every
 * placed one, the same order, bound and budgets. search(free) must give its layouts exactly.
 */
function searchAgainstAllPlaced(free: readonly Candidates[]): number[] {
  const n = free.length;
  let best: number[] = free.map(() => -1);
  let bestMissing = Number.POSITIVE_INFINITY;
  const chosen: number[] = [];
  const placed: Candidate[] = [];
  let steps = 0;
  let work = 0;
  const clear = (candidate: Candidate) => {
    work += placed.length;
    return placed.every((p) => !conflict(p, candidate));
  };
  const doomed = (from: number) => {
    let count = 0;
    for (let j = from; j < n; j++) if (!(free[j] ?? []).some(clear)) count++;
    return count;
  };
  const visit = (i: number, missing: number): void => {
    const found = bestMissing !== Number.POSITIVE_INFINITY;
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

/** Seeded: `count` requests of up to 8 candidates each (some callouts) scattered over `width` × `height` px. */
function crowd(seed: number, count: number, width: number, height: number): Candidates[] {
  let s = seed;
  const random = () => {
    s = (s * 16807) % 2147483647;
    return s / 2147483647;
  };
  return Array.from({ length: count }, () => {
    const [x, y] = [random() * width, random() * height];
    const [w, h] = [30 + random() * 60, 12];
    const candidates = 1 + Math.floor(random() * 8);
    return Array.from({ length: candidates }, (_, index): Candidate => {
      const callout = random() < 0.25;
      const [dx, dy] = [(random() - 0.5) * (callout ? 120 : 40), (random() - 0.5) * (callout ? 80 : 30)];
      const box: Box = { left: x + dx, top: y + dy, right: x + dx + w, bottom: y + dy + h };
      return { index, box, leader: callout ? { x0: x, y0: y, x1: x + dx, y1: y + dy } : undefined };
    });
  });
}

describe("search(free)", () => {
  it("search(free) chooses what comparing every placed candidate chose, sparse to past its budgets", () => {
    for (const [seed, count, width, height] of [
      [1, 12, 400, 300],
      [2, 40, 400, 300],
      [3, 80, 900, 500],
      [4, 150, 922, 500],
      [5, 150, 500, 300],
    ] as const) {
      const free = crowd(seed, count, width, height);
      expect(search(free), `seed ${seed}`).toEqual(searchAgainstAllPlaced(free));
    }
  });

  it("search(free) sees a callout's leader line crossing a box its own box is far from", () => {
    // The leader of the first request runs 200 px to its name, across the second's only box.
    const first: Candidates = [
      {
        index: 0,
        box: { left: 300, top: 100, right: 340, bottom: 112 },
        leader: { x0: 100, y0: 106, x1: 300, y1: 106 },
      },
    ];
    const second: Candidates = [{ index: 0, box: { left: 180, top: 100, right: 220, bottom: 112 }, leader: undefined }];
    expect(search([first, second])).toEqual([0, -1]);
  });
});
