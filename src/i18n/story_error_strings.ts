import type { Lang } from "./t";

/**
 * The headings and intros of the page a story that cannot be shown gets (panel/story_errors.ts),
 * per language and failure: `invalid`, `missing`, `unavailable`. Only that page's chunk reads
 * them, so they are not part of the app's first load; both languages, since the page may show
 * before the English strings could load.
 */
export const STORY_ERROR_STRINGS: Record<
  Lang,
  Record<"invalid" | "missing" | "unavailable", { heading: string; intro: string }>
> = {
  de: {
    invalid: {
      heading: "Diese Geschichte enthält Fehler",
      intro: "Die Datei konnte nicht geladen werden. Bitte korrigieren Sie:",
    },
    missing: {
      heading: "Diese Geschichte gibt es nicht",
      intro:
        "Der Link nennt eine Geschichte, die es auf dieser Seite nicht gibt; vielleicht ist er unvollständig. Die Geschichten dieser Seite stehen darunter.",
    },
    unavailable: {
      heading: "Die Geschichte konnte nicht geladen werden",
      intro:
        "Eine Datei der Seite kam nicht an (keine Verbindung oder ein unvollständiger Server). An der Geschichte liegt es nicht: Bitte laden Sie die Seite neu.",
    },
  },
  en: {
    invalid: { heading: "This story has errors", intro: "The file could not be loaded. Please fix:" },
    missing: {
      heading: "There is no such story",
      intro:
        "The link names a story this page does not have; it may be incomplete. The stories of this page are listed below.",
    },
    unavailable: {
      heading: "The story could not be loaded",
      intro:
        "A file of the page did not arrive (no connection, or an incomplete server). The story itself is not at fault: please reload the page.",
    },
  },
};
