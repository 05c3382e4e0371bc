import { type Lang, t } from "../i18n/t";
import { formatProblem, type StoryProblem } from "../story/errors";
import { el } from "../ui/dom";

/**
 * A broken story shows what is wrong, where: never a blank page. `unavailable`: the story did not
 * arrive (a failed request or chunk), which the reader cannot fix in the story, so the panel says
 * to reload instead of asking for corrections.
 */
export function renderStoryErrors(problems: readonly StoryProblem[], lang: Lang, unavailable = false): HTMLElement {
  return el("section", { class: "story-errors", role: "alert", "aria-labelledby": "story-errors-heading" }, [
    el("h2", { id: "story-errors-heading" }, [t(lang, unavailable ? "storyUnavailableHeading" : "storyErrorHeading")]),
    el("p", {}, [t(lang, unavailable ? "storyUnavailableIntro" : "storyErrorIntro")]),
    el(
      "ul",
      {},
      problems.map((problem) => el("li", {}, [el("code", {}, [formatProblem(problem)])])),
    ),
  ]);
}
