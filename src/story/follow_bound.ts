/**
 * The `after` rule of story/order.ts, on its own: the index (time/story_index.ts) applies it to
 * movements without loading the ordering code, which a story checked at build time does not
 * need on its first load.
 */

/**
 * Where an item documented to follow `pred` may begin, ms UTC, given the item's period end
 * (`end`, exclusive) and `pred`'s key: after `pred` has ended (`pred.until`) when that is inside
 * the item's period, else just after `pred`'s key.
 */
export function followBound(pred: { until: number }, predKey: number, end: number): number {
  return pred.until < end ? pred.until : predKey;
}
