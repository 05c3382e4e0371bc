import { type Lang, t } from "../i18n/t";
import { formatProblem, type StoryProblem } from "../story/errors";
import { el } from "../ui/dom";

/**
 * Why the story cannot be shown: `invalid` (the file has errors the newsroom must correct),
 * `missing` (no story of that name: the reader followed a wrong link) or `unavailable` (a file
 * did not arrive: reload).
 */
export type StoryFailure = "invalid" | "missing" | "unavailable";

const WORDS = {
  invalid: ["storyErrorHeading", "storyErrorIntro"],
  missing: ["storyMissingHeading", "storyMissingIntro"],
  unavailable: ["storyUnavailableHeading", "storyUnavailableIntro"],
} as const;

/** A story that cannot be shown says why, and where for a broken file: never a blank page. */
export function renderStoryErrors(
  problems: readonly StoryProblem[],
  lang: Lang,
  failure: StoryFailure = "invalid",
): HTMLElement {
  const [heading, intro] = WORDS[failure];
  return el("section", { class: "story-errors", role: "alert", "aria-labelledby": "story-errors-heading" }, [
    el("h2", { id: "story-errors-heading" }, [t(lang, heading)]),
    el("p", {}, [t(lang, intro)]),
    el(
      "ul",
      {},
      problems.map((problem) => el("li", {}, [el("code", {}, [formatProblem(problem)])])),
    ),
  ]);
}
