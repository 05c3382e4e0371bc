import { formatProblem, type StoryProblem } from "../story/errors";
import type { StoryInput } from "../story/schema";
import type { Candidate } from "./work";

/**
 * A story:check problem as the authoring page lists it: a problem of `events[i]` (the accepted
 * story's i-th event) names the candidate it comes from, by its number in the candidate list
 * and its title in `lang`, before the checker's text: "Kandidat 4 „Absturz bei Aktau“:
 * entwurf/story.json: events[1].date: …". Pure.
 */
export function checkLine(
  problem: StoryProblem,
  story: StoryInput,
  candidates: readonly Candidate[],
  lang: "de" | "en",
  label: (n: number, title: string) => string,
): string {
  const match = /^events\[(\d+)\]/.exec(problem.path ?? "");
  const event = match ? story.events[Number(match[1])] : undefined;
  if (!event) return formatProblem(problem);
  const n = candidates.findIndex((c) => c.event.id === event.id) + 1;
  return `${label(n, event.title[lang])}: ${formatProblem(problem)}`;
}
