import { WORD_TIERS, type WordTier } from "./line_label_points";

/** What one round of probes (line_label_fallback.ts) leaves each probing line with. */
export interface RoundOutcome {
  /** Lines with a probe drawn: their word is found (the caller picks which probe). */
  found: string[];
  /** Lines to probe in the next round, with their tier. */
  probing: Map<string, WordTier>;
  /** Lines with no room in any tier: their word is forced at the middle. */
  forced: string[];
  /** Lines that probe their tier a second time in the next round. */
  again: Set<string>;
}

/**
 * The outcome of a round of probes: `probing`, each line's tier this round; `drawn`, the lines
 * at least one of whose probes MapLibre drew; `again`, the lines that probed their tier a second
 * time this round. A line with no probe drawn probes the same tier once more when another line
 * found its word this round (contested: that line's probes, all its tries at once, may have
 * held its only gap, and they now give way to its one word), else the next tier (WORD_TIERS),
 * and after the last, none: forced. So the most constrained line gets every gap the others left
 * before it is written smaller or over a name, and every line still moves on within two rounds a
 * tier. Pure; linear in the number of probing lines.
 */
export function afterRound(
  probing: ReadonlyMap<string, WordTier>,
  drawn: ReadonlySet<string>,
  again: ReadonlySet<string>,
): RoundOutcome {
  const outcome: RoundOutcome = { found: [], probing: new Map(), forced: [], again: new Set() };
  const contested = [...probing.keys()].some((id) => drawn.has(id));
  for (const [id, tier] of probing) {
    if (drawn.has(id)) outcome.found.push(id);
    else if (contested && !again.has(id)) {
      outcome.again.add(id);
      outcome.probing.set(id, tier);
    } else {
      const next = WORD_TIERS[WORD_TIERS.indexOf(tier) + 1];
      if (next) outcome.probing.set(id, next);
      else outcome.forced.push(id);
    }
  }
  return outcome;
}
