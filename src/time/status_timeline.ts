/**
 * Status keyframes: which change is in force for every item (membership or relation) at t,
 * without a binary search per item. All items' changes form one list sorted by time; every
 * `step` entries a keyframe records the change in force per item. A query copies the keyframe
 * before t and applies the few entries between it and t, so it touches O(items + step + log n)
 * contiguous numbers, however many changes the story has (`step` is about the number of items).
 * The same answer as a binary search over each item's own sorted changes (`changeAt`).
 */
export interface StatusTimeline<C extends { time: number; status: string }> {
  /** How many items (memberships or relations) the timeline covers. */
  items: number;
  /** Time of every change, ms UTC (undated ones -Infinity), sorted; ties by item, then change order. */
  times: Float64Array;
  /** The item of entry k. */
  itemOf: Uint32Array;
  /** Entry k itself: one of its item's `changes`. */
  changes: C[];
  /** `changes[k].status`, beside it: a query reads it without visiting the change (a cache miss each in a large story). */
  statuses: C["status"][];
  /** Entries between keyframes. */
  step: number;
  /** Keyframe j, at `j * items`: per item, the entry in force before entry `j * step`, or -1. */
  keyframes: Int32Array;
}

/**
 * Builds the keyframes for `items`, each with its changes sorted by time (as indexStory sorts
 * them). Linear in the number of changes, plus the sort of all of them.
 */
export function statusTimeline<C extends { time: number; status: string }>(
  items: readonly { changes: readonly C[] }[],
): StatusTimeline<C> {
  let total = 0;
  for (const item of items) total += item.changes.length;
  const times = new Float64Array(total);
  const itemOf = new Uint32Array(total);
  const changes: C[] = [];
  let k = 0;
  items.forEach((item, i) => {
    for (const change of item.changes) {
      times[k] = change.time;
      itemOf[k] = i;
      changes.push(change);
      k++;
    }
  });
  // Entries are filled item by item, so sorting positions by (time, position) keeps ties in
  // item order and, within an item, in change order: the last applied is the one changeAt finds.
  const order = new Uint32Array(total);
  for (let e = 0; e < total; e++) order[e] = e;
  order.sort((a, b) => (times[a] as number) - (times[b] as number) || a - b);
  const sorted = { times: new Float64Array(total), itemOf: new Uint32Array(total), changes: new Array<C>(total) };
  const statuses = new Array<C["status"]>(total);
  order.forEach((e, at) => {
    sorted.times[at] = times[e] as number;
    sorted.itemOf[at] = itemOf[e] as number;
    const change = changes[e] as C;
    sorted.changes[at] = change;
    statuses[at] = change.status;
  });

  const step = Math.max(16, items.length);
  const count = Math.floor(total / step) + 1;
  const keyframes = new Int32Array(count * items.length);
  const state = new Int32Array(items.length).fill(-1);
  for (let e = 0; e <= total; e++) {
    if (e % step === 0) keyframes.set(state, (e / step) * items.length);
    if (e < total) state[sorted.itemOf[e] as number] = e;
  }
  return { items: items.length, ...sorted, statuses, step, keyframes };
}

/**
 * The entry in force at t for each item (an index into `timeline.times`, `itemOf`, `changes`),
 * or -1 where the item has no change at or before t: the last entry whose time is ≤ t.
 */
export function entriesInForce<C extends { time: number; status: string }>(
  timeline: StatusTimeline<C>,
  t: number,
): Int32Array {
  const { times, itemOf, step, keyframes, items } = timeline;
  let lo = 0;
  let hi = times.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((times[mid] as number) <= t) lo = mid + 1;
    else hi = mid;
  }
  const frame = Math.floor(lo / step);
  const state = keyframes.slice(frame * items, (frame + 1) * items);
  for (let e = frame * step; e < lo; e++) state[itemOf[e] as number] = e;
  return state;
}
