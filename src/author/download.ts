import type { Story, StoryInput } from "../story/schema";
import { withEditedIds } from "./editor_review";
import { storyOf, type Work } from "./work";

/**
 * What stands between the editor and a story folder (zip) that story:check accepts and that
 * does not replace a story the app already ships. Pure.
 */
export type DownloadProblem =
  | "authorDownloadNothing"
  | "authorDownloadErrors"
  | "authorDownloadShipped"
  | "authorDownloadBadSlug";

/**
 * The reason not to download, or undefined: nothing accepted, check errors (`checked` is the
 * live check's result: the parsed story, "empty" or "invalid"), a slug that is not a folder
 * name, or a slug among `shipped` (the stories in data/stories/, e.g. "caucasus").
 */
export function downloadProblem(
  work: Work,
  checked: Story | "empty" | "invalid",
  shipped: readonly string[],
): DownloadProblem | undefined {
  if (!work.candidates.some((c) => c.decision === "accepted") || checked === "empty") return "authorDownloadNothing";
  if (checked === "invalid") return "authorDownloadErrors";
  if (!/^[a-z0-9][a-z0-9-]{0,79}$/.test(work.slug)) return "authorDownloadBadSlug";
  if (shipped.includes(work.slug)) return "authorDownloadShipped";
  return undefined;
}

/**
 * A story folder name from what the editor typed: lower case, umlauts and accents folded
 * ("ä" → "ae", "é" → "e"), other characters runs → "-", at most 80 characters.
 * "Meine Geschichte!" → "meine-geschichte"; nothing usable → "entwurf".
 */
export function storySlug(name: string): string {
  const folded = name
    .toLowerCase()
    .replace(/ä/g, "ae")
    .replace(/ö/g, "oe")
    .replace(/ü/g, "ue")
    .replace(/ß/g, "ss")
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/, "");
  return folded || "entwurf";
}

/**
 * The story.json the download writes: `storyOf(work)` with the ids of accepted events whose
 * date or main place the editor changed following their date and place (editor_review.ts).
 * Undefined before anything is drafted.
 */
export function publishedStory(work: Work): StoryInput | undefined {
  const story = storyOf(work);
  if (!story || !work.draft) return story;
  const drafted = new Map(work.draft.events.map((e) => [e.id, e]));
  const edited = new Set(
    story.events
      .filter((e) => {
        const d = drafted.get(e.id);
        return d && (d.date !== e.date || (d.end ?? "") !== (e.end ?? "") || d.places[0] !== e.places[0]);
      })
      .map((e) => e.id),
  );
  return withEditedIds(story, edited);
}
