/**
 * A relative clause that tells an earlier happening of its own, in the pluperfect: "…, der im
 * März 2023, ein halbes Jahr bevor …, einen Haftbefehl gegen Wladimir Putin … erlassen hatte."
 * or "…, which had issued a warrant in March 2023." A date inside it dates that happening, not
 * the sentence's main one, so its candidate quotes the clause, and the main one quotes the
 * sentence without it. German: from the relative pronoun after a comma to the auxiliary
 * ("hatte", "hatten", "war", "waren") that ends the clause before a punctuation mark. English:
 * from "which/who/that had" after a comma to the next comma or full stop. Offsets are UTF-16
 * code units into the sentence; linear in its length.
 */
export interface Clause {
  readonly start: number;
  readonly end: number;
}

const OPENER_DE = /,\s*(?:der|die|das|den|dem|deren|dessen|welche[rmns]?)\s/giu;
const OPENER_EN = /,\s*(?:which|who|that)\s+had\s/giu;
const END_DE = /\s(?:hatte|hatten|war|waren)(?=\s*(?:[,.;:!?)“”"]|$))/gu;

/** The past clause of `sentence` that holds offset `at`, if any. */
export function pastClause(sentence: string, at: number): Clause | undefined {
  const opener = (pattern: RegExp) => {
    let found: number | undefined;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(sentence); m !== null && m.index < at; m = pattern.exec(sentence)) found = m.index + 1;
    return found === undefined ? undefined : skipSpace(sentence, found);
  };
  const de = opener(OPENER_DE);
  if (de !== undefined) {
    END_DE.lastIndex = at;
    const end = END_DE.exec(sentence);
    if (end) return { start: de, end: end.index + end[0].length };
  }
  const en = opener(OPENER_EN);
  if (en !== undefined) {
    const stop = sentence.slice(at).search(/[,.;]/);
    return { start: en, end: stop < 0 ? sentence.length : at + stop };
  }
  return undefined;
}

/**
 * The sentence without its past clause when the clause ends it ("Armenien ratifizierte das
 * Statut des Strafgerichtshofs, der … erlassen hatte." → "Armenien ratifizierte das Statut des
 * Strafgerichtshofs"); else the whole sentence. A slice of it, so verbatim.
 */
export function withoutClause(sentence: string, clause: Clause): Clause {
  if (!/^[\s.!?;:]*$/.test(sentence.slice(clause.end))) return { start: 0, end: sentence.length };
  let end = clause.start;
  while (end > 0 && /[\s,]/.test(sentence[end - 1] ?? "")) end--;
  return { start: 0, end };
}

function skipSpace(text: string, i: number): number {
  let j = i;
  while (/\s/.test(text[j] ?? "")) j++;
  return j;
}
