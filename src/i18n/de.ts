/** German UI strings: the default language, the language of the articles. */
export const de = {
  appName: "Zeitkarte",
  mapLabel: "Karte: {title}",
  placesHeading: "Orte der Geschichte",
  noWebgl: "Die Karte braucht WebGL, das dieser Browser nicht bietet. Die Geschichte steht unten als Text.",
  storyErrorHeading: "Diese Geschichte enthält Fehler",
  storyErrorIntro: "Die Datei konnte nicht geladen werden. Bitte korrigieren Sie:",
  loading: "Lädt …",
  language: "Sprache",
  kind_city: "Stadt",
  kind_country: "Land",
  kind_sea: "Meer",
  kind_region: "Region",
  kind_site: "Ort",
} as const;
