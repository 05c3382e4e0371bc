import { describe, expect, it } from "vitest";
import { checkLine } from "../../../src/author/check_lines";
import type { Candidate } from "../../../src/author/work";
import type { StoryInput } from "../../../src/story/schema";

const ev = (id: string, title: string) => ({ id, title: { de: title, en: title } }) as Candidate["event"];
const candidates = [ev("a", "Erster"), ev("b", "Zweiter"), ev("c", "Dritter")].map((event) => ({
  event,
  decision: "accepted" as const,
}));
// The story holds the accepted ones only: its events[1] is candidate 3.
const story = { events: [candidates[0]?.event, candidates[2]?.event] } as unknown as StoryInput;
const label = (n: number, title: string) => `Kandidat ${n} „${title}“`;

describe("checkLine(problem, story, candidates, lang, label)", () => {
  it("names the candidate's number in the list and its title for a problem of events[i]", () => {
    const problem = { file: "x/story.json", path: "events[1].actors[0]", message: "bad" };
    expect(checkLine(problem, story, candidates, "de", label)).toBe(
      "Kandidat 3 „Dritter“: x/story.json: events[1].actors[0]: bad",
    );
  });

  it("leaves other problems as story:check writes them", () => {
    const problem = { file: "x/story.json", path: "meta.window", message: "bad" };
    expect(checkLine(problem, story, candidates, "de", label)).toBe("x/story.json: meta.window: bad");
  });
});
