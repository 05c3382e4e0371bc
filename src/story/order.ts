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

import { followBound } from "./follow_bound";

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
  // A loop: Float64Array.from with a map function is several times slower in V8.
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = (items[i] as OrderItem).start;
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
    for (let e = successors.from[i] as number; e < (successors.from[i + 1] as number); e++) {
      const edge = successors.edges[e] as number;
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

/**
 * The constraint graph in compressed rows: item p's edges are `edges[from[p]]` … `edges[from[p + 1] − 1]`,
 * each stored as 2s + 1 when s follows p (`after`), 2s when p merely precedes s. Three typed
 * arrays instead of one list per item: a story of 100 000 events and few constraints allocates
 * no 100 000 empty lists (issue 16: indexStory under 1 s).
 */
interface Graph {
  from: Int32Array;
  edges: Int32Array;
}

function successorLists(items: readonly OrderItem[]): Graph {
  const n = items.length;
  const from = new Int32Array(n + 1);
  const count = (p: number) => {
    if (p >= 0 && p < n) from[p + 1] = (from[p + 1] as number) + 1;
  };
  for (let i = 0; i < n; i++) {
    const item = items[i] as OrderItem;
    for (const p of item.after) count(p);
    if (item.before.length > 0) from[i + 1] = (from[i + 1] as number) + item.before.length;
  }
  for (let i = 0; i < n; i++) from[i + 1] = (from[i + 1] as number) + (from[i] as number);
  const edges = new Int32Array(from[n] as number);
  const next = from.slice(0, n);
  const add = (p: number, edge: number) => {
    if (p < 0 || p >= n) return;
    edges[next[p] as number] = edge;
    next[p] = (next[p] as number) + 1;
  };
  // Per item in input order, as the lists were filled: `after` edges into their predecessors'
  // rows, then the item's own `before` edges.
  for (let i = 0; i < n; i++) {
    const item = items[i] as OrderItem;
    for (const p of item.after) add(p, 2 * i + 1);
    for (const s of item.before) add(i, 2 * s);
  }
  return { from, edges };
}

function inDegrees(graph: Graph, n: number): Int32Array {
  const degrees = new Int32Array(n);
  for (const edge of graph.edges) degrees[edge >> 1] = (degrees[edge >> 1] as number) + 1;
  return degrees;
}

/**
 * The items a plain topological sort cannot place each wait for another such item, so walking
 * back from one of them always reaches a cycle. A walk stops at items an earlier walk visited,
 * so all walks together take linear time.
 */
function findCycles(successors: Graph, n: number): number[][] {
  const waiting = inDegrees(successors, n);
  const queue: number[] = [];
  for (let i = 0; i < n; i++) if (waiting[i] === 0) queue.push(i);
  for (let q = 0; q < queue.length; q++)
    for (
      let e = successors.from[queue[q] as number] as number;
      e < (successors.from[(queue[q] as number) + 1] as number);
      e++
    ) {
      const s = (successors.edges[e] as number) >> 1;
      waiting[s] = (waiting[s] as number) - 1;
      if (waiting[s] === 0) queue.push(s);
    }
  const stuck = new Uint8Array(n);
  const predecessors: number[][] = Array.from({ length: n }, () => []);
  for (let p = 0; p < n; p++)
    for (let e = successors.from[p] as number; e < (successors.from[p + 1] as number); e++)
      predecessors[(successors.edges[e] as number) >> 1]?.push(p);
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
function cycleMembers(successors: Graph, n: number): Uint8Array {
  const member = new Uint8Array(n);
  const order = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const stack: number[] = [];
  const edgeAt = new Int32Array(n);
  let counter = 0;
  for (let root = 0; root < n; root++) {
    if (order[root] !== -1) continue;
    // No constraint leaves it (most items): a component of its own, on no cycle.
    if (successors.from[root] === successors.from[root + 1]) {
      order[root] = counter++;
      continue;
    }
    const path = [root];
    order[root] = low[root] = counter++;
    stack.push(root);
    onStack[root] = 1;
    while (path.length > 0) {
      const v = path[path.length - 1] as number;
      const at = (successors.from[v] as number) + (edgeAt[v] as number);
      if (at < (successors.from[v + 1] as number)) {
        const w = (successors.edges[at] as number) >> 1;
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
