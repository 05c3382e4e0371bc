/**
 * The order the articles give inside a date's period. An event may name events it is documented
 * to follow (`after`) or precede (`before`); this module turns those constraints and the dates
 * into one sequence and a key per event: the earliest instant (ms UTC) at which the event may
 * sit on the axis. The index spreads events from their keys; check.ts reports what cannot hold.
 *
 * Semantics, per event E with period [E.start, E.end):
 * - `after: [P]` — E is shown after P. If P's last day/month/year ends inside E's period
 *   (P.until < E.end), E is shown after P has ended ("Wenige Tage danach" a 20–21 May visit:
 *   after 21 May); otherwise just after P, in the same period.
 * - `before: [B]` — E is shown before B: B's key is at least E's key, and B follows E.
 * Work: a topological sort with a binary heap, O((n + c) log n) for n events and c constraints.
 */

export interface OrderItem {
  /** Start of the date's period, ms UTC. */
  start: number;
  /** End of the date's period (exclusive), ms UTC. */
  end: number;
  /** End of the item's last day/month/year including a span's `end` (exclusive), ms UTC. */
  until: number;
  /** Indices of items this one must follow (after) and precede (before); unknown ids left out. */
  after: readonly number[];
  before: readonly number[];
}

export interface Order {
  /** Item indices in the order they are shown. */
  sequence: number[];
  /** Per item (by input index): the earliest instant it may be shown, ms UTC. ≥ start. */
  keys: Float64Array;
  /** Cycles found (at most 20), each as item indices: each must follow the one before it, the first must follow the last. */
  cycles: number[][];
}

const MAX_CYCLES = 20;

/** Where an item documented to follow `pred` may begin, given the item's period end. */
export function followBound(pred: { until: number }, predKey: number, end: number): number {
  return pred.until < end ? pred.until : predKey;
}

/**
 * The display order of `items`: a topological sort of the constraints that always takes the
 * waiting item with the smallest key (then input order), so without constraints it is the order
 * by date, then file order. Keys never decrease along the sequence. A cycle does not throw: its
 * items are taken in date order and reported in `cycles`.
 */
export function orderItems(items: readonly OrderItem[]): Order {
  const n = items.length;
  // Edges p → s, stored as 2s + 1 when s follows p (`after`), 2s when p merely precedes s.
  const successors = successorLists(items);
  const waiting = inDegrees(successors, n);
  const keys = Float64Array.from(items, (item) => item.start);
  const done = new Uint8Array(n);
  const heap = new KeyHeap(keys);
  for (let i = 0; i < n; i++) if (waiting[i] === 0) heap.push(i);

  // Items on a cycle can never be released by their constraints: each is forced out at its own
  // date (when nothing waiting comes earlier), so one cycle does not push every item that
  // follows it to the story's end.
  const onCycle = cycleMembers(successors, n);
  const forcedOrder = Array.from({ length: n }, (_, i) => i)
    .filter((i) => onCycle[i] === 1)
    .sort((a, b) => (keys[a] as number) - (keys[b] as number) || a - b);
  let nextForced = 0;
  const sequence: number[] = [];
  let last = Number.NEGATIVE_INFINITY;
  while (sequence.length < n) {
    while (nextForced < forcedOrder.length && done[forcedOrder[nextForced] as number]) nextForced++;
    const candidate = forcedOrder[nextForced];
    const top = heap.peek();
    let i: number | undefined;
    if (candidate !== undefined && (top === undefined || !heap.less(top, candidate))) i = candidate;
    else i = heap.pop();
    if (i === undefined) break;
    if (done[i]) continue; // a cycle's item forced out earlier, released again by its predecessor
    done[i] = 1;
    keys[i] = Math.max(keys[i] as number, last);
    last = keys[i] as number;
    sequence.push(i);
    for (const edge of successors[i] as number[]) {
      const s = edge >> 1;
      const bound = edge & 1 ? followBound(items[i] as OrderItem, last, (items[s] as OrderItem).end) : last;
      if (done[s]) continue;
      keys[s] = Math.max(keys[s] as number, bound);
      waiting[s] = (waiting[s] as number) - 1;
      if (waiting[s] === 0) heap.push(s);
    }
  }
  return { sequence, keys, cycles: forcedOrder.length > 0 ? findCycles(successors, n) : [] };
}

function successorLists(items: readonly OrderItem[]): number[][] {
  const successors: number[][] = Array.from({ length: items.length }, () => []);
  items.forEach((item, i) => {
    for (const p of item.after) successors[p]?.push(2 * i + 1);
    for (const s of item.before) successors[i]?.push(2 * s);
  });
  return successors;
}

function inDegrees(successors: readonly number[][], n: number): Int32Array {
  const degrees = new Int32Array(n);
  for (const list of successors) for (const edge of list) degrees[edge >> 1] = (degrees[edge >> 1] as number) + 1;
  return degrees;
}

/**
 * The items a plain topological sort cannot place each wait for another such item, so walking
 * back from one of them always reaches a cycle. A walk stops at items an earlier walk visited,
 * so all walks together take linear time.
 */
function findCycles(successors: readonly number[][], n: number): number[][] {
  const waiting = inDegrees(successors, n);
  const queue: number[] = [];
  for (let i = 0; i < n; i++) if (waiting[i] === 0) queue.push(i);
  for (let q = 0; q < queue.length; q++)
    for (const edge of successors[queue[q] as number] as number[]) {
      const s = edge >> 1;
      waiting[s] = (waiting[s] as number) - 1;
      if (waiting[s] === 0) queue.push(s);
    }
  const stuck = new Uint8Array(n);
  const predecessors: number[][] = Array.from({ length: n }, () => []);
  successors.forEach((list, p) => {
    for (const edge of list) predecessors[edge >> 1]?.push(p);
  });
  for (let i = 0; i < n; i++) stuck[i] = (waiting[i] as number) > 0 ? 1 : 0;
  const seen = new Int32Array(n).fill(-1);
  const cycles: number[][] = [];
  for (let start = 0; start < n && cycles.length < MAX_CYCLES; start++) {
    if (!stuck[start] || seen[start] !== -1) continue;
    const path: number[] = [];
    let i: number | undefined = start;
    while (i !== undefined && seen[i] === -1) {
      seen[i] = start;
      path.push(i);
      i = predecessors[i]?.find((p) => stuck[p] === 1);
    }
    if (i !== undefined && seen[i] === start) cycles.push(fromFirst(path.slice(path.indexOf(i)).reverse()));
  }
  return cycles;
}

/**
 * 1 for every item on a cycle (a strongly connected component of more than one item, or an
 * item that must follow itself): Tarjan's algorithm, iterative, linear in items and constraints.
 */
function cycleMembers(successors: readonly number[][], n: number): Uint8Array {
  const member = new Uint8Array(n);
  const order = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const stack: number[] = [];
  const edgeAt = new Int32Array(n);
  let counter = 0;
  for (let root = 0; root < n; root++) {
    if (order[root] !== -1) continue;
    const path = [root];
    order[root] = low[root] = counter++;
    stack.push(root);
    onStack[root] = 1;
    while (path.length > 0) {
      const v = path[path.length - 1] as number;
      const edges = successors[v] as number[];
      if ((edgeAt[v] as number) < edges.length) {
        const w = (edges[edgeAt[v] as number] as number) >> 1;
        edgeAt[v] = (edgeAt[v] as number) + 1;
        if (w === v) member[v] = 1;
        if (order[w] === -1) {
          order[w] = low[w] = counter++;
          stack.push(w);
          onStack[w] = 1;
          path.push(w);
        } else if (onStack[w]) low[v] = Math.min(low[v] as number, order[w] as number);
        continue;
      }
      path.pop();
      const parent = path[path.length - 1];
      if (parent !== undefined) low[parent] = Math.min(low[parent] as number, low[v] as number);
      if (low[v] !== order[v]) continue;
      let size = 0;
      const component: number[] = [];
      for (;;) {
        const w = stack.pop() as number;
        onStack[w] = 0;
        component.push(w);
        size++;
        if (w === v) break;
      }
      if (size > 1) for (const w of component) member[w] = 1;
    }
  }
  return member;
}

/** The cycle rotated to begin at its smallest index, so a report does not depend on the walk. */
function fromFirst(cycle: number[]): number[] {
  const at = cycle.indexOf(cycle.reduce((a, b) => Math.min(a, b)));
  return [...cycle.slice(at), ...cycle.slice(0, at)];
}

/** A binary min-heap of item indices, ordered by key, then index (file order). */
class KeyHeap {
  private readonly data: number[] = [];
  constructor(private readonly keys: Float64Array) {}

  push(i: number): void {
    const data = this.data;
    data.push(i);
    let at = data.length - 1;
    while (at > 0) {
      const parent = (at - 1) >> 1;
      if (!this.less(i, data[parent] as number)) break;
      data[at] = data[parent] as number;
      at = parent;
    }
    data[at] = i;
  }

  peek(): number | undefined {
    return this.data[0];
  }

  pop(): number | undefined {
    const data = this.data;
    const top = data[0];
    const tail = data.pop();
    if (data.length === 0 || tail === undefined) return top;
    let at = 0;
    for (;;) {
      let child = 2 * at + 1;
      if (child >= data.length) break;
      if (child + 1 < data.length && this.less(data[child + 1] as number, data[child] as number)) child++;
      if (!this.less(data[child] as number, tail)) break;
      data[at] = data[child] as number;
      at = child;
    }
    data[at] = tail;
    return top;
  }

  less(a: number, b: number): boolean {
    const keys = this.keys;
    return (keys[a] as number) < (keys[b] as number) || (keys[a] === keys[b] && a < b);
  }
}
