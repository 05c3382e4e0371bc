import type { Strings } from "./t";

/** English UI strings. */
export const en: Strings = {
  appName: "Zeitkarte",
  mapLabel: "Map: {title}",
  placesHeading: "Places in the story",
  noWebgl: "The map needs WebGL, which this browser does not provide. The story follows below as text.",
  storyErrorHeading: "This story has errors",
  storyErrorIntro: "The file could not be loaded. Please fix:",
  loading: "Loading …",
  language: "Language",
  kind_city: "City",
  kind_country: "Country",
  kind_sea: "Sea",
  kind_region: "Region",
  kind_site: "Site",
};
