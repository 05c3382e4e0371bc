/** The flagship's nine main places (rank 1–2), as the map and the place list name them in German. */
export const GERMAN_PLACE_NAMES = [
  "Baku",
  "Grosny",
  "Aktau",
  "Jekaterinburg",
  "Eriwan",
  "Istanbul",
  "Duschanbe",
  "Peking",
  "Kaspisches Meer",
];
