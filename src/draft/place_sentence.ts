/** Where a drafted sentence happens: its named places, else the capitals of the countries it names, else the place before it. */
import type { Review } from "../story/schema";
import type { Gazetteer, GazetteerEntry } from "./gazetteer";
import type { Mention } from "./mentions";
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
 * The places of a sentence. A capital in the genitive ("Moskaus Antwort") or after "mit",
 * "gegen", "zu" ("Solidarität mit Baku") stands for its state, not for a place: it is an actor,
 * and the sentence is placed like one that names no place (the capitals of the countries it
 * names, in text order), so "Armenien fror … die OVKS ein – Moskaus Antwort auf die NATO" is
 * placed at Yerevan and Moscow.
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
  for (const m of mentions) {
    const { entry, alternatives: alt } = choosePlace(m, context, actors);
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
  const capitals = actors.slice(0, 2).flatMap((code) => capitalOf(code, gazetteer) ?? []);
  if (capitals.length > 0)
    return {
      entries: capitals,
      confidence: -0.1,
      note: `the sentence names no place; the capital of each country it names (${actors.slice(0, 2).join(", ")})`,
      why: [why("placeCapitals", { codes: actors.slice(0, 2).join(", ") })],
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
