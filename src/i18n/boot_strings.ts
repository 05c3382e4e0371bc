import type { Lang } from "./t";

/**
 * What the built index.html's inline boot script says (src/boot/asset_boot.ts) when the app's
 * files are missing or its styles fail, per language. Only the build reads these (vite.config.ts
 * puts them into the script), so they are not part of the app's first load.
 */
export const BOOT_STRINGS: Record<Lang, { title: string; intro: string; hint: string; styleFailed: string }> = {
  de: {
    title: "Die Zeitkarte konnte nicht geladen werden",
    intro: "Diese Dateien der Seite fehlen unter dieser Adresse:",
    hint: "Öffnen Sie die Karte über die Adresse, unter der ihre index.html liegt, oder laden Sie den Ordner dist/ vollständig auf den Server.",
    styleFailed: "Die Gestaltung der Seite konnte nicht geladen werden; sie erscheint ungestaltet.",
  },
  en: {
    title: "Zeitkarte could not be loaded",
    intro: "These files of the page are missing at this address:",
    hint: "Open the map at the address where its index.html is, or upload the whole dist/ folder to the server.",
    styleFailed: "The page's styles could not be loaded; it is shown unstyled.",
  },
};
