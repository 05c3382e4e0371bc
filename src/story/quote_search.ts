/**
 * Which of many quotes occur in one text, in a single pass over the text (Aho–Corasick): the
 * work is the text's length plus the quotes' total length, however many quotes there are and
 * however nearly they match. Searching each quote with `includes` costs quotes × text, and a
 * near-miss quote can make a single search cost quote × text.
 */
export interface SearchStats {
  /** Automaton transitions followed: at most 2 × text length + total quote length. */
  steps: number;
}

interface Node {
  next: Map<number, number>;
  fail: number;
  /** Quote numbers that end here, and (via `output`) at the nodes its fail chain reaches. */
  ends: number[];
  /** Nearest node on the fail chain that ends a quote, or -1. */
  output: number;
}

/**
 * The set of quote numbers (indices into `quotes`) that occur in `text`. Comparison is by
 * UTF-16 code unit, as `String.prototype.includes`; an empty quote occurs in every text.
 */
export function findQuotes(text: string, quotes: readonly string[], stats?: SearchStats): Set<number> {
  const nodes: Node[] = [{ next: new Map(), fail: 0, ends: [], output: -1 }];
  let steps = 0;
  quotes.forEach((quote, q) => {
    // A quote longer than the text cannot occur in it, and would only grow the automaton.
    if (quote.length > text.length) return;
    let at = 0;
    for (let i = 0; i < quote.length; i++) {
      const code = quote.charCodeAt(i);
      let child = (nodes[at] as Node).next.get(code);
      if (child === undefined) {
        child = nodes.length;
        nodes.push({ next: new Map(), fail: 0, ends: [], output: -1 });
        (nodes[at] as Node).next.set(code, child);
      }
      at = child;
      steps++;
    }
    (nodes[at] as Node).ends.push(q);
  });

  // Breadth first, so a node's fail target is always finished before the node.
  const queue: number[] = [];
  for (const child of (nodes[0] as Node).next.values()) queue.push(child);
  for (let head = 0; head < queue.length; head++) {
    const node = nodes[queue[head] as number] as Node;
    for (const [code, child] of node.next) {
      let fail = node.fail;
      while (fail !== 0 && !(nodes[fail] as Node).next.has(code)) fail = (nodes[fail] as Node).fail;
      const target = (nodes[fail] as Node).next.get(code);
      const childNode = nodes[child] as Node;
      childNode.fail = target !== undefined && target !== child ? target : 0;
      const failNode = nodes[childNode.fail] as Node;
      childNode.output = failNode.ends.length > 0 ? childNode.fail : failNode.output;
      queue.push(child);
    }
  }

  const found = new Set<number>((nodes[0] as Node).ends);
  const reported = new Uint8Array(nodes.length);
  let at = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let next = (nodes[at] as Node).next.get(code);
    while (next === undefined && at !== 0) {
      at = (nodes[at] as Node).fail;
      next = (nodes[at] as Node).next.get(code);
      steps++;
    }
    at = next ?? 0;
    steps++;
    // Each node's matches are collected once: the output chain is walked only on a first visit.
    for (let out = at; out > 0 && reported[out] === 0; out = (nodes[out] as Node).output) {
      reported[out] = 1;
      for (const q of (nodes[out] as Node).ends) found.add(q);
    }
  }
  if (stats) stats.steps += steps;
  return found;
}
