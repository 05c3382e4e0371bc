import { type Lang, t } from "../i18n/t";
import { formatProblem, type StoryProblem } from "../story/errors";
import { el } from "../ui/dom";

/** A broken story shows what is wrong, where: never a blank page. */
export function renderStoryErrors(problems: readonly StoryProblem[], lang: Lang): HTMLElement {
  return el("section", { class: "story-errors", role: "alert", "aria-labelledby": "story-errors-heading" }, [
    el("h2", { id: "story-errors-heading" }, [t(lang, "storyErrorHeading")]),
    el("p", {}, [t(lang, "storyErrorIntro")]),
    el(
      "ul",
      {},
      problems.map((problem) => el("li", {}, [el("code", {}, [formatProblem(problem)])])),
    ),
  ]);
}
