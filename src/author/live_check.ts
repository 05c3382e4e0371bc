import { type AuthorKey, ta as t } from "../i18n/author";
import type { Lang } from "../i18n/t";
import { parseStory } from "../story/load";
import type { Story } from "../story/schema";
import { checkLine, uniqueLines } from "./check_lines";
import { unknownCountryCodes } from "./country_codes";
import { draftWarnings } from "./draft_warnings";
import { storyOf, type Work } from "./work";

/**
 * story:check on the accepted story of `work`, as the page lists it: its lines in `lang`
 * (check_lines.ts: the candidate named as the list names it, each line once, an unknown
 * country code named too), and the story when it passes (for the preview), "empty" when
 * nothing is accepted, "invalid" when the check reports problems. A story that passes is
 * followed by the draft's placeholders it still carries, as warnings (draft_warnings.ts).
 */
export function liveCheck(work: Work, lang: Lang): { lines: string[]; story: Story | "empty" | "invalid" } {
  const story = storyOf(work);
  if (!story || story.events.length === 0) return { lines: [t(lang, "authorNothingAccepted")], story: "empty" };
  const articles = new Map(work.articles.map((a) => [a.file, a.text]));
  const result = parseStory(JSON.stringify(story), `${work.slug}/story.json`, articles);
  // An actor's unknown code names its candidate by number, as the check lines do.
  const unknown = unknownCountryCodes(story).map((u) => {
    const n = work.candidates.findIndex((c) => c.event.id === u.event) + 1;
    const where = n > 0 ? t(lang, "authorCandidateLabel", { n, title: u.where }) : u.where;
    return t(lang, "authorUnknownCountry", { code: u.code, where });
  });
  const words = (key: string, params?: Record<string, string | number>) => t(lang, key as AuthorKey, params);
  if (!result.ok)
    return {
      lines: uniqueLines([
        ...result.problems.map((p) => checkLine(p, story, work.candidates, lang, words)),
        ...unknown,
      ]),
      story: "invalid",
    };
  return unknown.length
    ? { lines: unknown, story: "invalid" }
    : {
        lines: [t(lang, "authorCheckOk", { count: story.events.length }), ...draftWarnings(work, story, lang, words)],
        story: result.story,
      };
}
