/** Where a drafted sentence happens: its named places, else the capitals of the countries it names, else the place before it. */
import type { Review } from "../story/schema";
import type { Gazetteer, GazetteerEntry } from "./gazetteer";
import { type Mention, seatActors } from "./mentions";
import { type ArticleContext, capitalOf, choosePlace } from "./places";
import { type Why, why } from "./why";

export interface Placed {
  readonly entries: GazetteerEntry[];
  readonly confidence: number;
  readonly note: string;
  /** The note as codes (why.ts). */
  readonly why: readonly Why[];
  readonly alternatives: NonNullable<Review["alternatives"]>;
}

/** "Solidarität mit Baku", "Beziehungen zu Moskau": a capital after these words stands for its state. */
const WITH_STATE = /(?:^|[^\p{L}])(?:mit|gegen|zu|with|against)\s+$/iu;

/**
 * "nicht in Eriwan, sondern in der Türkei", "not in Yerevan but in Turkey": a place or country
 * right after a negation is named as where the event did not happen.
 */
const NEGATED =
  /(?:^|[^\p{L}])(?:nicht|not|nor|weder)\s+(?:(?:in|im|nach|bei|aus|to|at|from)\s+)?(?:(?:der|dem|den|die|das|the)\s+)?$/iu;

/** "in der Türkei", "im Iran", "über Afghanistan", "in Turkey": a country named as where something is. */
const LOCATIVE = /(?:^|[^\p{L}])(?:in|im|nach|über|into|to|across)\s+(?:(?:der|dem|den|die|das|the)\s+)?$/iu;

/** "in Baku", "nach Moskau", "aus Eriwan", "at Ankara": a place named as where something happens. */
const AT_PLACE =
  /(?:^|[^\p{L}])(?:in|im|nach|bei|aus|von|vor|to|at|from|near)\s+(?:(?:der|dem|den|die|das|the)\s+)?$/iu;

/**
 * True when mention `m` of `text` is a capital not named as a place ("Washington stufte die
 * Taliban … ein", not "in Washington"): in a further quote of an event it stands for its state.
 */
export function capitalAsActor(text: string, m: Mention, gazetteer: Gazetteer): boolean {
  const capital = m.entries.some((e) => e.country !== undefined && gazetteer.capitals.get(e.country) === e);
  return capital && !AT_PLACE.test(text.slice(Math.max(0, m.index - 12), m.index));
}

/** True when mention `m` of `text` follows a negation (NEGATED). */
export function negated(text: string, m: Mention): boolean {
  return NEGATED.test(text.slice(Math.max(0, m.index - 30), m.index));
}

/**
 * The places of a sentence. A capital in the genitive ("Moskaus Antwort") or after "mit",
 * "gegen", "zu" ("Solidarität mit Baku") stands for its state, not for a place: it is an actor,
 * and the sentence is placed like one that names no place (the capitals of the countries it
 * names, in text order), so "Armenien fror … die OVKS ein – Moskaus Antwort auf die NATO" is
 * placed at Yerevan and Moscow. A place or country right after a negation ("nicht in Eriwan,
 * sondern in der Türkei") is not where the sentence happens. A sentence without a place is
 * placed at the capitals of the first two countries it names, those named as a location first
 * ("in der Türkei", "über Afghanistan"). When it names one as a location, the others count only
 * if named by their name, a capital or a seat of power ("Moskaus", "der Kreml"), not by an
 * adjective or prefix: "nach dem Abzug der US-Truppen … die Kontrolle über Afghanistan" is
 * Kabul, not Washington; "die Invasion Moskaus in der Ukraine … hat der Kreml" is Kyiv and Moscow.
 */
export function placeSentence(
  text: string,
  mentions: readonly Mention[],
  actors: readonly string[],
  context: ArticleContext,
  gazetteer: Gazetteer,
  lastPlaces: GazetteerEntry[],
): Placed {
  const alternatives: NonNullable<Review["alternatives"]> = [];
  const chosen: GazetteerEntry[] = [];
  const notes: string[] = [];
  const named: string[] = [];
  /** Countries the sentence names as a location (LOCATIVE), not negated, in text order. */
  const countries: string[] = [];
  /** Countries it names by name or capital, not negated. */
  const nominal = new Set(seatActors(text));
  for (const m of mentions) {
    if (negated(text, m)) continue;
    const { entry, alternatives: alt } = choosePlace(m, context, actors);
    if (entry.country && (entry.kind === "country" || gazetteer.capitals.get(entry.country) === entry))
      nominal.add(entry.country);
    const locative = LOCATIVE.test(text.slice(Math.max(0, m.index - 12), m.index));
    if (entry.kind === "country" && entry.country && locative && !countries.includes(entry.country))
      countries.push(entry.country);
    if (entry.kind === "country" || chosen.includes(entry)) continue;
    const metonym =
      entry.country !== undefined &&
      gazetteer.capitals.get(entry.country) === entry &&
      ((m.text.endsWith("s") && !gazetteer.byName.has(m.text)) ||
        WITH_STATE.test(text.slice(Math.max(0, m.index - 20), m.index)));
    if (metonym) continue;
    chosen.push(entry);
    const id = entry.geonamesId ? ` (GeoNames ${entry.geonamesId})` : "";
    notes.push(`"${m.text}" → ${entry.en}${id}, ${entry.origin}`);
    named.push(`„${m.text}“ → ${entry.en}${id}`);
    for (const a of alt)
      alternatives.push({
        place: a.key,
        label: `${a.en}${a.country ? `, ${a.country}` : ""}`,
        ...(a.geonamesId ? { geonamesId: a.geonamesId } : {}),
        lon: a.lon,
        lat: a.lat,
      });
  }
  if (chosen.length > 0) {
    if (alternatives.length > 0) notes.push("other places of that name are listed as alternatives");
    const names = why("placeNamed", { names: named.join("; ") });
    const whys = alternatives.length > 0 ? [names, why("placeAlternatives")] : [names];
    return { entries: chosen, confidence: 0.1, note: notes.join("; "), why: whys, alternatives };
  }
  const codes = (
    countries.length > 0 ? [...countries, ...actors.filter((a) => nominal.has(a) && !countries.includes(a))] : actors
  ).slice(0, 2);
  const capitals = codes.flatMap((code) => capitalOf(code, gazetteer) ?? []);
  if (capitals.length > 0)
    return {
      entries: capitals,
      confidence: -0.1,
      note: `the sentence names no place; the capital of each country it names (${codes.join(", ")})`,
      why: [why("placeCapitals", { codes: codes.join(", ") })],
      alternatives,
    };
  if (lastPlaces.length > 0)
    return {
      entries: lastPlaces,
      confidence: -0.3,
      note: "the sentence names no place; the place of the event before it",
      why: [why("placePrevious")],
      alternatives,
    };
  return { entries: [], confidence: 0, note: "", why: [], alternatives };
}
