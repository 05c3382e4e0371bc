import { STORY_ERROR_STRINGS } from "../i18n/story_error_strings";
import type { Lang } from "../i18n/t";
import { formatProblem, type StoryProblem } from "../story/errors";
import { el } from "../ui/dom";

/**
 * Why the story cannot be shown: `invalid` (the file has errors the newsroom must correct),
 * `missing` (no story of that name: the reader followed a wrong link) or `unavailable` (a file
 * did not arrive: reload).
 */
export type StoryFailure = "invalid" | "missing" | "unavailable";

/** A story that cannot be shown says why, and where for a broken file: never a blank page. */
export function renderStoryErrors(
  problems: readonly StoryProblem[],
  lang: Lang,
  failure: StoryFailure = "invalid",
): HTMLElement {
  const { heading, intro } = STORY_ERROR_STRINGS[lang][failure];
  return el("section", { class: "story-errors", role: "alert", "aria-labelledby": "story-errors-heading" }, [
    el("h2", { id: "story-errors-heading" }, [heading]),
    el("p", {}, [intro]),
    el(
      "ul",
      {},
      problems.map((problem) => el("li", {}, [el("code", {}, [formatProblem(problem)])])),
    ),
  ]);
}
