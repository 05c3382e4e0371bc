/**
 * UI strings of the share dialog, German first. To be merged into `src/i18n/de.ts`/`en.ts`
 * (the keys are already prefixed `share`), after which `shareText` becomes `t`.
 */
export const SHARE_STRINGS = {
  de: {
    shareButton: "Teilen",
    shareHeading: "Teilen und einbetten",
    shareClose: "Schließen",
    shareLinkHeading: "Link",
    shareLinkLabel: "Link zu dieser Ansicht",
    shareCopyLink: "Link kopieren",
    shareEmbedHeading: "Einbetten",
    shareEmbedLang: "Sprache",
    shareEmbedStart: "Beginnt bei",
    shareStartCurrent: "dieser Ansicht ({date})",
    shareStartStory: "dem Anfang der Geschichte",
    shareEmbedOptions: "Wiedergabe",
    shareAutoplay: "automatisch abspielen",
    shareControls: "Bedienelemente zeigen",
    shareEmbedKind: "Art",
    shareKindIframe: "iframe (feste Höhe)",
    shareKindPym: "pym.js (passt die Höhe an)",
    sharePymNote: "pym.js wird von pym.nprapps.org geladen; Sie können die Datei auch selbst hosten.",
    shareEmbedCode: "Einbettungscode",
    shareCopyCode: "Code kopieren",
    shareDownloadHeading: "Herunterladen",
    shareDownloadPng: "Karte als PNG",
    shareDownloadGeojson: "Geschichte als GeoJSON",
    shareDownloadCsv: "Geschichte als CSV",
    shareCopied: "Kopiert",
    shareCopyFailed: "Kopieren nicht möglich. Der Text ist markiert: Strg+C bzw. ⌘+C drücken.",
    shareDownloadStarted: "Download gestartet: {file}",
    sharePngFailed: "Das Bild der Karte ist nicht verfügbar.",
    shareIframeTitle: "Zeitkarte: {title}",
  },
  en: {
    shareButton: "Share",
    shareHeading: "Share and embed",
    shareClose: "Close",
    shareLinkHeading: "Link",
    shareLinkLabel: "Link to this view",
    shareCopyLink: "Copy link",
    shareEmbedHeading: "Embed",
    shareEmbedLang: "Language",
    shareEmbedStart: "Starts at",
    shareStartCurrent: "this view ({date})",
    shareStartStory: "the start of the story",
    shareEmbedOptions: "Playback",
    shareAutoplay: "play automatically",
    shareControls: "show controls",
    shareEmbedKind: "Kind",
    shareKindIframe: "iframe (fixed height)",
    shareKindPym: "pym.js (adjusts its height)",
    sharePymNote: "pym.js is loaded from pym.nprapps.org; you may also host the file yourself.",
    shareEmbedCode: "Embed code",
    shareCopyCode: "Copy code",
    shareDownloadHeading: "Download",
    shareDownloadPng: "Map as PNG",
    shareDownloadGeojson: "Story as GeoJSON",
    shareDownloadCsv: "Story as CSV",
    shareCopied: "Copied",
    shareCopyFailed: "Copying is not possible. The text is selected: press Ctrl+C or ⌘+C.",
    shareDownloadStarted: "Download started: {file}",
    sharePngFailed: "The map image is not available.",
    shareIframeTitle: "Zeitkarte: {title}",
  },
} as const satisfies Record<"de" | "en", Record<string, string>>;

export type ShareLang = keyof typeof SHARE_STRINGS;
export type ShareStringKey = keyof (typeof SHARE_STRINGS)["de"];

/** Like `t` from src/i18n: a string in `lang` with `{name}` placeholders filled. */
export function shareText(lang: ShareLang, key: ShareStringKey, params: Record<string, string> = {}): string {
  return SHARE_STRINGS[lang][key].replace(/\{(\w+)\}/g, (match, name: string) => params[name] ?? match);
}
