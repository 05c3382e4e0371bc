import type { Gazetteer, GazetteerEntry } from "./gazetteer";

/**
 * Place and actor mentions in a sentence. Rules:
 * - a place is a run of up to `maxWords` words starting with a capital that the gazetteer knows,
 *   longest first ("Kaspischen Meer", "St. Petersburg", "Den Haag");
 * - inflected forms: a German genitive -s ("Moskaus", "Bakus") and the adjectival -er of a
 *   city ("Moskauer") fall back to the name without the ending; an English possessive ('s, ’s,
 *   s') is not part of the name ("Moscow's", "Azerbaijan’s");
 * - NOT_PLACES lists capitalised words that are also gazetteer names but mean something else
 *   in news German and English ("Union", "Mission", "Berliner Zeitung"); "Georgia" is the
 *   country (GEO) unless the article is about the United States (usStateGeorgia);
 * - a name right before the noun of an organisation, agreement or format named after the
 *   city ("Shanghaier Organisation für Zusammenarbeit", "Shanghai Cooperation Organisation",
 *   "Minsker Abkommen", "Minsk Group") names that, not a place (INSTITUTION); a court keeps
 *   its seat ("Haager Gerichtshof" is in The Hague);
 * - actors (ISO alpha-3) come from country names, national adjectives in any inflection
 *   ("russischen", "aserbaidschanische"), capitals used as metonyms ("Moskau reagierte",
 *   "Baku"), seats of power ("der Kreml") and office holders named for their state ("Putin").
 */
export interface Mention {
  readonly index: number;
  readonly text: string;
  readonly entries: readonly GazetteerEntry[];
}

const NOT_PLACES = new Set([
  "Union",
  "Mission",
  "Sale",
  "Bar",
  "Mai",
  "May",
  "Man",
  "Mobile",
  "Nice",
  "Reading",
  "Bath",
  "Split",
  "Laval",
  "Marks",
  "Guard",
  "Mandate",
  "Police",
  "Of",
  "Von",
  "Wels",
  "Hof",
  "Bad",
  "Nation",
  "Gas",
  "Präsident",
  "President",
  "Florence",
  "Charlotte",
  "Victoria",
  "Alexandria",
  "Jackson",
  "Lincoln",
  "Hamilton",
  "Sergej",
  "Wladimir",
  "Ilham",
  "Taliban",
  "Anfang",
  "Ende",
  "Mitte",
  "Beginn",
  "Ozean",
  "Gaza",
  "Allianz",
  "Bastrykin",
  "Putin",
  "Alijew",
  "Jordan",
  "Chad",
  "Tschad",
  "Mali",
  "Bali",
  "Kiel",
  "Trump",
  "Biden",
  "Erdogan",
  "Paschinjan",
]);
const NOT_PLACE_PHRASES = ["Berliner Zeitung", "Azerbaijan Airlines", "Kiewer Rus"];
/** The nouns of INSTITUTION names, right after the place name (hyphen or space between). */
const INSTITUTION =
  /^[\s-]+(?:Organisation|Organization|Cooperation|Gruppe|Group|Abkommen|Agreements?|Accords?|Vertrag|Vertrags|Treaty|Format|Formats|Prozess|Prozesses|Process|Erklärung|Declaration|Protokoll|Protocol|Pakt|Pakts|Pact|Charta|Charter|Konvention|Convention)\b/u;

const ADJECTIVES: Readonly<Record<string, string>> = {
  russisch: "RUS",
  sowjetisch: "RUS",
  aserbaidschanisch: "AZE",
  armenisch: "ARM",
  ukrainisch: "UKR",
  türkisch: "TUR",
  iranisch: "IRN",
  chinesisch: "CHN",
  nordkoreanisch: "PRK",
  südkoreanisch: "KOR",
  kasachisch: "KAZ",
  tadschikisch: "TJK",
  belarussisch: "BLR",
  weißrussisch: "BLR",
  georgisch: "GEO",
  israelisch: "ISR",
  amerikanisch: "USA",
  "us-amerikanisch": "USA",
  indisch: "IND",
  pakistanisch: "PAK",
  afghanisch: "AFG",
  deutsch: "DEU",
  französisch: "FRA",
  britisch: "GBR",
  kirgisisch: "KGZ",
  usbekisch: "UZB",
  turkmenisch: "TKM",
  syrisch: "SYR",
  polnisch: "POL",
  kasachstanisch: "KAZ",
  // demonyms (nouns), with their dative plural where it differs
  russe: "RUS",
  russen: "RUS",
  aserbaidschaner: "AZE",
  aserbaidschanern: "AZE",
  armenier: "ARM",
  armeniern: "ARM",
  ukrainer: "UKR",
  ukrainern: "UKR",
  türke: "TUR",
  türken: "TUR",
  iraner: "IRN",
  iranern: "IRN",
  chinesen: "CHN",
  nordkoreaner: "PRK",
  nordkoreanern: "PRK",
  kasache: "KAZ",
  kasachen: "KAZ",
  russian: "RUS",
  soviet: "RUS",
  azerbaijani: "AZE",
  armenian: "ARM",
  ukrainian: "UKR",
  turkish: "TUR",
  iranian: "IRN",
  chinese: "CHN",
  "north-korean": "PRK",
  kazakh: "KAZ",
  tajik: "TJK",
  belarusian: "BLR",
  georgian: "GEO",
  israeli: "ISR",
  american: "USA",
  indian: "IND",
  pakistani: "PAK",
  afghan: "AFG",
  german: "DEU",
  french: "FRA",
  british: "GBR",
  kyrgyz: "KGZ",
  uzbek: "UZB",
  syrian: "SYR",
  polish: "POL",
};
const ADJECTIVE_ENDINGS = ["", "e", "en", "er", "es", "em"];
const SEATS: Readonly<Record<string, string>> = {
  Kreml: "RUS",
  Kremls: "RUS",
  Kremlin: "RUS",
  "Weißen Haus": "USA",
  "Weiße Haus": "USA",
  "White House": "USA",
  Pentagon: "USA",
  // Office holders of the 2020s whom the articles name for their state (update as offices change).
  Putin: "RUS",
  Putins: "RUS",
  Lawrow: "RUS",
  Lavrov: "RUS",
  Peskow: "RUS",
  Peskov: "RUS",
  Alijew: "AZE",
  Alijews: "AZE",
  Aliyev: "AZE",
  Paschinjan: "ARM",
  Pashinyan: "ARM",
  Erdogan: "TUR",
  Erdoğan: "TUR",
  Selenskyj: "UKR",
  Zelensky: "UKR",
  Lukaschenko: "BLR",
  Lukashenko: "BLR",
  "Downing Street": "GBR",
  Élysée: "FRA",
  Elysee: "FRA",
  US: "USA",
  "US-": "USA",
};

const WORD = /[\p{L}\d][\p{L}\d'’-]*\.?/gu;

interface Token {
  readonly start: number;
  readonly end: number;
}

function tokens(sentence: string): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(sentence); m !== null; m = WORD.exec(sentence)) {
    // An English possessive ends the name: "Moscow's", "Azerbaijan’s", "the Philippines'".
    const text = m[0].replace(/(?:['’]s|(?<=s)['’])(\.?)$/, "$1");
    const end = m.index + (text.endsWith(".") && !/^(St|Sankt)\.$/.test(text) ? text.length - 1 : text.length);
    out.push({ start: m.index, end });
  }
  return out;
}

/** Gazetteer names in `sentence`, longest match first, in text order. */
export function placeMentions(sentence: string, gazetteer: Gazetteer): Mention[] {
  const toks = tokens(sentence);
  const out: Mention[] = [];
  const blocked: [number, number][] = [];
  for (const phrase of NOT_PLACE_PHRASES) {
    for (let i = sentence.indexOf(phrase); i >= 0; i = sentence.indexOf(phrase, i + 1))
      blocked.push([i, i + phrase.length]);
  }
  for (let i = 0; i < toks.length; ) {
    const first = toks[i] as Token;
    let matched = 0;
    if (
      /^\p{Lu}/u.test(sentence[first.start] ?? "") &&
      !blocked.some(([a, b]) => first.start >= a && first.start < b)
    ) {
      const word = sentence.slice(first.start, first.end);
      const longest = gazetteer.firstWords.has(word) ? Math.min(gazetteer.maxWords, toks.length - i) : 1;
      for (let n = longest; n >= 1 && matched === 0; n--) {
        const last = toks[i + n - 1] as Token;
        const text = sentence.slice(first.start, last.end).replace(/\s+/g, " ");
        const entries = lookup(text, gazetteer, n === 1);
        if (entries) {
          if (!INSTITUTION.test(sentence.slice(last.end, last.end + 20)))
            out.push({ index: first.start, text, entries });
          matched = n;
        }
      }
    }
    i += Math.max(1, matched);
  }
  return out;
}

function lookup(text: string, gazetteer: Gazetteer, single: boolean): readonly GazetteerEntry[] | undefined {
  if (NOT_PLACES.has(text)) return undefined;
  const exact = gazetteer.byName.get(text);
  if (exact) return exact;
  if (!single || text.length < 5) return undefined;
  const genitive = text.endsWith("s") ? gazetteer.byName.get(text.slice(0, -1)) : undefined;
  if (genitive && !NOT_PLACES.has(text.slice(0, -1))) return genitive;
  const adjective = text.endsWith("er") ? gazetteer.byName.get(text.slice(0, -2)) : undefined;
  return adjective?.some((e) => e.kind === "city") ? adjective.filter((e) => e.kind === "city") : undefined;
}

/** Countries an actor word names, in text order, without repeats. */
export function actorMentions(sentence: string, mentions: readonly Mention[], gazetteer: Gazetteer): string[] {
  const found: [number, string][] = [];
  for (const m of mentions) {
    // "Armenia" is the country before the Colombian city of that name (choosePlace, places.ts).
    const e = m.entries.find((x) => x.kind === "country") ?? m.entries[0];
    if (!e?.country) continue;
    if (e.kind === "country" || gazetteer.capitals.get(e.country)?.key === e.key) found.push([m.index, e.country]);
  }
  for (const [seat, code] of Object.entries(SEATS)) {
    const i = sentence.indexOf(seat);
    if (i >= 0 && (seat.endsWith("-") || !/\p{L}/u.test(sentence[i + seat.length] ?? ""))) found.push([i, code]);
  }
  WORD.lastIndex = 0;
  for (let m = WORD.exec(sentence); m !== null; m = WORD.exec(sentence)) {
    const word = m[0].replace(/\.$/, "").toLowerCase();
    const code = adjectiveCountry(word);
    if (code) found.push([m.index, code]);
  }
  found.sort((a, b) => a[0] - b[0]);
  return [...new Set(found.map(([, code]) => code))];
}

/**
 * Countries a sentence names by a seat of power or an office holder ("der Kreml", "Putin"),
 * not by a prefix ("US-Truppen"): those that act in it.
 */
export function seatActors(sentence: string): string[] {
  const found: string[] = [];
  for (const [seat, code] of Object.entries(SEATS)) {
    if (seat.endsWith("-") || seat === "US") continue;
    const i = sentence.indexOf(seat);
    if (i >= 0 && !/\p{L}/u.test(sentence[i + seat.length] ?? "") && !found.includes(code)) found.push(code);
  }
  return found;
}

function adjectiveCountry(word: string): string | undefined {
  for (const ending of ADJECTIVE_ENDINGS) {
    if (ending && !word.endsWith(ending)) continue;
    const code = ADJECTIVES[word.slice(0, word.length - ending.length)];
    if (code) return code;
  }
  return undefined;
}

/** Countries whose naming makes "Georgia" the Caucasus country in an article that also names the USA. */
const CAUCASUS = new Set(["GEO", "ARM", "AZE", "RUS", "TUR", "IRN", "UKR"]);

/**
 * True when "Georgia" in this article is the US state: the article names the USA and none of
 * the Caucasus countries or their neighbours (`actors`: every actor of the article's sentences).
 */
export function usStateGeorgia(actors: readonly string[]): boolean {
  return actors.includes("USA") && !actors.some((a) => a !== "GEO" && CAUCASUS.has(a));
}
