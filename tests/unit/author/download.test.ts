import { describe, expect, it } from "vitest";
import { downloadProblem, storySlug } from "../../../src/author/download";
import { EMPTY_WORK, type Work } from "../../../src/author/work";
import type { Story, StoryInput } from "../../../src/story/schema";

const draft = {
  meta: {},
  sources: [],
  places: [{ id: "baku", name: { de: "Baku", en: "Baku" }, lon: 49.9, lat: 40.4, kind: "city" }],
  events: [],
} as unknown as StoryInput;
const event = {
  id: "e",
  date: "2025",
  places: ["baku"],
  title: { de: "T", en: "T" },
  summary: { de: "S", en: "S" },
  category: "diplomacy" as const,
  actors: [],
  sources: [{ article: "a", quote: "q" }],
};
const accepted: Work = { ...EMPTY_WORK, slug: "mein-entwurf", draft, candidates: [{ event, decision: "accepted" }] };
const story = {} as Story;

describe("downloadProblem(work, checked, shipped)", () => {
  it("refuses when nothing is accepted", () => {
    expect(downloadProblem({ ...accepted, candidates: [] }, "empty", [])).toBe("authorDownloadNothing");
  });
  it("refuses when the check reports errors", () => {
    expect(downloadProblem(accepted, "invalid", [])).toBe("authorDownloadErrors");
  });
  it("refuses the slug of a shipped story (caucasus)", () => {
    expect(downloadProblem({ ...accepted, slug: "caucasus" }, story, ["caucasus"])).toBe("authorDownloadShipped");
  });
  it("allows a checked story under a new name", () => {
    expect(downloadProblem(accepted, story, ["caucasus"])).toBeUndefined();
  });
});

describe("storySlug(name)", () => {
  it('makes a folder name: "Meine Geschichte!" → "meine-geschichte", umlauts folded', () => {
    expect(storySlug("Meine Geschichte!")).toBe("meine-geschichte");
    expect(storySlug("Größte Übung – Café")).toBe("groesste-uebung-cafe");
    expect(storySlug("!!!")).toBe("entwurf");
  });
});
