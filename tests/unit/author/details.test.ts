import { describe, expect, it } from "vitest";
import { withDetails } from "../../../src/author/details";
import type { StoryInput } from "../../../src/story/schema";

const story: StoryInput = {
  version: 1,
  meta: {
    title: { de: "Entwurf: A", en: "Draft: A" },
    description: { de: "D", en: "D" },
    credit: { de: "C", en: "C" },
    window: { start: "2024", end: "2025" },
    view: {
      bounds: [
        [30, 30],
        [60, 60],
      ],
    },
  },
  sources: [
    { id: "a", title: "A", publisher: "not stated (draft)", published: "2025", publishedNote: "N", file: "a.txt" },
  ],
  places: [],
  events: [],
};

describe("author/details", () => {
  it("withDetails(story, details) writes the editor's texts over the draft's, trimmed", () => {
    const next = withDetails(story, {
      "meta:title:de": " Absturz und Folgen ",
      "source:a.txt:publisher": "Beispielzeitung",
      "source:a.txt:url": "https://example.org/a",
    });
    expect(next.meta.title).toEqual({ de: "Absturz und Folgen", en: "Draft: A" });
    expect(next.sources[0]).toMatchObject({ title: "A", publisher: "Beispielzeitung", url: "https://example.org/a" });
  });

  it("withDetails(story, details) keeps the draft's text where the editor's is empty", () => {
    const next = withDetails(story, { "meta:title:de": "  ", "source:a.txt:url": "" });
    expect(next.meta.title.de).toBe("Entwurf: A");
    expect(next.sources[0]?.url).toBeUndefined();
  });
});
