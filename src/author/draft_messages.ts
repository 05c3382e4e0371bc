/**
 * The drafter's messages (src/draft/draft.ts, input.ts; written in English for the CLI) in
 * German for the German authoring page. A message the table does not know is shown as it is.
 * Pure.
 */
const GERMAN: [RegExp, (m: RegExpMatchArray) => string][] = [
  [/^(.+?): the text is empty; nothing to draft$/, (m) => `${m[1]}: Der Text ist leer; nichts zu entwerfen.`],
  [
    /^(.+?): this looks like binary data, not an article text; nothing drafted$/,
    (m) => `${m[1]}: Das sieht nach Binärdaten aus, nicht nach einem Artikeltext; nichts entworfen.`,
  ],
  [
    /^(.+?): the text seems to be neither German nor English; .*$/,
    (m) =>
      `${m[1]}: Der Text scheint weder Deutsch noch Englisch zu sein; gefunden werden nur Jahreszahlen und Namen aus dem Ortsverzeichnis.`,
  ],
  [
    /^(.+?): the text has ([\d,]+) characters, more than the ([\d,]+) the drafter reads; it was cut .*\(([\d,]+) characters\).*$/,
    (m) =>
      `${m[1]}: Der Text hat ${de(m[2])} Zeichen, mehr als die ${de(m[3])}, die der Entwurf liest; er wurde nach dem letzten Satz davor gekürzt (${de(m[4])} Zeichen), und die Geschichte enthält nur den gekürzten Text.`,
  ],
  [
    /^(.+?): publication date "(.*)" is not YYYY, YYYY-MM or YYYY-MM-DD$/,
    (m) => `${m[1]}: Das Veröffentlichungsdatum „${m[2]}“ ist nicht JJJJ, JJJJ-MM oder JJJJ-MM-TT.`,
  ],
  [
    /^(.+?): (\d+) sentence\(s\) with a date were found, but none names a place .*$/,
    (m) =>
      `${m[1]}: ${m[2]} Sätze mit Datum gefunden, aber keiner (und keiner davor) nennt einen Ort oder ein Land aus dem Ortsverzeichnis; keine Ereignisse entworfen.`,
  ],
  [
    /^(.+?): no sentence with a date was found; no events drafted$/,
    (m) => `${m[1]}: Kein Satz mit Datum gefunden; keine Ereignisse entworfen.`,
  ],
];

/** "5,000,000" → "5.000.000". */
const de = (n: string | undefined) => Number((n ?? "").replace(/,/g, "")).toLocaleString("de");

export function localDraftMessage(message: string, lang: "de" | "en"): string {
  if (lang === "en") return message;
  for (const [pattern, german] of GERMAN) {
    const m = message.match(pattern);
    if (m) return german(m);
  }
  return message;
}
