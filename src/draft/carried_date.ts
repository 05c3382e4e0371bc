import { utc } from "../story/dates";
import type { Period } from "./resolve";

/**
 * A date for a sentence that states none, carried from its context, for sentences that tell a
 * happening (an event verb) at a place. Editors date such sentences from their neighbours
 * ("Baku reagierte schnell …" after the raids of last week); the drafter does the same, but
 * only to the year, so that a carried date is never finer than what the article supports:
 *
 * | rule | example | year |
 * | --- | --- | --- |
 * | current state ("nun", "jetzt", "weiterhin", "now", "currently") | "Nordkorea will diese Zahl nun verdreifachen" | the publication's year |
 * | narrative | "Baku reagierte schnell und entschieden" after "in der vergangenen Woche" | the latest year the article's drafted events reach so far (never after the publication) |
 * | first happening | "Russland hat … die Taliban … anerkannt" before any date | the publication's year |
 *
 * A sentence tells a happening when it has a finite verb in the past (Präteritum: "reagierte",
 * "traf", "begannen"; Perfekt or passive: "hat … anerkannt", "wurden … verhaftet"; English
 * "-ed", "met", "began") or a present-tense verb of the current state next to "nun", "jetzt",
 * "weiterhin". Questions, headlines without a verb and quotes in quotation marks at the
 * sentence start are not happenings. Pure; linear in the sentence's length.
 */
export type CarryRule = "current" | "narrative" | "publication";

export interface Carried {
  readonly period: Period;
  readonly rule: CarryRule;
  readonly year: number;
}

const L = "A-Za-zÀ-ɏ";
/** "nun", "jetzt", "weiterhin", "inzwischen", "now", "currently", "still". */
const CURRENT = new RegExp(`(?<![${L}])(nun|jetzt|weiterhin|derzeit|inzwischen|now|currently|still)(?![${L}])`, "iu");
/** German strong or irregular Präteritum forms and English irregular pasts that tell a happening. */
const STRONG = new RegExp(
  `(?<![${L}])(traf|trafen|kam|kamen|starb|starben|fiel|fielen|griff|griffen|schoss|schossen|übernahm|übernahmen|floh|flohen|gab|gaben|hielt|hielten|begann|begannen|warf|warfen|sprach|sprachen|nahm|nahmen|schloss|schlossen|fand|fanden|stieß|rief|riefen|bot|boten|zog|zogen|entschied|entschieden|verlor|verloren|wies|wiesen|brach|brachen|schrieb|schrieben|met|began|took|gave|held|sent|said|told|made|struck|shot|fell|broke|left|won|lost)(?![${L}])`,
  "u",
);
/** A lowercase weak Präteritum ("reagierte", "lieferten", "kündigte"), not an ordinal or superlative ("ersten", "größte"). */
const WEAK = new RegExp(`(?<![${L}])([a-zäöüß]{2,}(?:[^s]te|[^s]ten|tete|teten))(?![${L}])`, "u");
const NOT_VERB =
  /(?:erste|ersten|letzte|letzten|zweite|zweiten|dritte|dritten|vierte|vierten|weite|weiten|mitte|rechte|rechten|leute|gute|guten|breite|breiten|harte|harten|neuste|alte|alten|elite|stärkte|stärkten|geplante|geplanten|bekannte|bekannten|genannte|genannten|gesamte|gesamten|halbe|weitere|weiteren|bisherigen|heute|heutigen|verbündete|verbündeten|ehemalige|ehemaligen)$/u;
/** Auxiliaries of a past (Plusquamperfekt, passive in the past) and of a present (Perfekt, reported speech). */
const AUX_PAST = new RegExp(`(?<![${L}])(hatte|hatten|wurde|wurden|war|waren|had|was|were)(?![${L}])`, "iu");
/** Reported speech in Konjunktiv I with a participle ("Russland habe … angekündigt"): the time of the report. */
const REPORTED = new RegExp(
  `(?<![${L}])(habe|sei)\\s(?:[^.;:]*\\s)?(ge[a-zäöüß]{3,}(?:t|en)|[a-zäöüß]+iert|[a-zäöüß]{2,}ge[a-zäöüß]{3,}(?:t|en)|(?:be|er|ver|ent)[a-zäöüß]{3,}t)(?![${L}])`,
  "u",
);
const AUX_PRESENT = new RegExp(`(?<![${L}])(hat|haben|habe|ist|sind|sei|has|have)(?![${L}])`, "iu");
const PARTICIPLE = new RegExp(
  `(?<![${L}])(ge[a-zäöüß]{3,}(?:t|en)|[a-zäöüß]+iert|[a-zäöüß]{2,}ge[a-zäöüß]{3,}(?:t|en)|(?:an|ab|auf|aus|ein|vor|zu|mit)?(?:be|er|ver|ent|zer|über|unter)[a-zäöüß]{3,}(?:t|en)|[a-z]{3,}ed)(?![${L}])`,
  "u",
);
const ENGLISH_PAST = new RegExp(`(?<![${L}])[a-z]{3,}ed(?![${L}])`, "u");
/** Speculation and habit are not happenings: "könnte", "dürfte", "würde", "stets", "regelmäßig". */
const NOT_HAPPENING = new RegExp(
  `(?<![${L}])(könnte|könnten|dürfte|dürften|würde|würden|could|would|might|stets|regelmäßig|grundsätzlich|usually|regularly)(?![${L}])`,
  "iu",
);

/**
 * How `sentence` tells a happening: "past" (a verb in the past: the narrative's time), "present"
 * (Perfekt, reported speech or a current state with "nun": the publication's time), or
 * undefined (no happening: a question, a headline without a full stop, a quote opening the
 * sentence, speculation, habit, a verbless or short line).
 */
export function happeningTense(sentence: string): "past" | "present" | undefined {
  const text = sentence.trim();
  if (text.length < 30 || !/[.!“”"»)]$/.test(text) || /^[„"“»]/.test(text) || NOT_HAPPENING.test(text))
    return undefined;
  if (CURRENT.test(text) || REPORTED.test(text)) return "present";
  if (STRONG.test(text) || ENGLISH_PAST.test(text) || (AUX_PAST.test(text) && PARTICIPLE.test(text))) return "past";
  const weak = new RegExp(WEAK.source, "gu");
  for (let m = weak.exec(text); m !== null; m = weak.exec(text)) if (!NOT_VERB.test(m[1] ?? "")) return "past";
  if (AUX_PRESENT.test(text) && PARTICIPLE.test(text)) return "present";
  return undefined;
}

/**
 * The year a happening without a date of its own is carried to. `tense` from happeningTense;
 * `latestYear`: the latest year the last dated sentence before it reaches (undefined before the
 * first); `published`: the publication's year.
 */
export function carriedDate(tense: "past" | "present", latestYear: number | undefined, published: number): Carried {
  const rule: CarryRule = tense === "present" ? "current" : latestYear === undefined ? "publication" : "narrative";
  const year = rule === "narrative" ? Math.min(latestYear ?? published, published) : published;
  return { period: { start: utc(year), end: utc(year + 1), precision: "year" }, rule, year };
}
