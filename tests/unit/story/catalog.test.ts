import { afterEach, describe, expect, it, vi } from "vitest";
import { fetchStory, storySlugs } from "../../../src/story/catalog";

const BASE = "http://localhost/zeitkarte/";

afterEach(() => {
  vi.unstubAllGlobals();
});

/** A fetch that serves `files` (path under BASE → text) and 404s everything else. */
function serve(files: Record<string, string>) {
  const requested: string[] = [];
  vi.stubGlobal("fetch", async (url: URL) => {
    const path = url.href.slice(BASE.length);
    requested.push(path);
    return path in files ? new Response(files[path]) : new Response("", { status: 404 });
  });
  return requested;
}

describe("fetchStory(slug, base)", () => {
  it("storySlugs() lists the stories of data/stories", () => {
    expect(storySlugs()).toContain("caucasus");
  });

  it("fetchStory('caucasus') returns the story checked at build time without a request", async () => {
    const requested = serve({});
    const result = await fetchStory("caucasus", BASE);
    expect(result.ok && result.story.events.length).toBeGreaterThan(60);
    expect(requested).toEqual([]);
  });

  it("fetchStory(slug) checks a story served beside the build in full, articles included", async () => {
    serve({
      "stories/extra/story.json": JSON.stringify({ version: 1, sources: [{ file: "a.txt" }] }),
      "stories/extra/a.txt": "Text",
    });
    const result = await fetchStory("extra", BASE);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.problems.map((p) => p.file)).toContain("stories/extra/story.json");
  });

  it("fetchStory(slug) of a story past LIMITS.events refuses it before fetching a single article", async () => {
    const events = Array.from({ length: 130_000 }, (_, i) => ({ id: `e${i}` }));
    const sources = Array.from({ length: 3_251 }, (_, i) => ({ file: `a${i}.txt` }));
    const requested = serve({ "stories/huge/story.json": JSON.stringify({ version: 1, sources, events }) });
    const result = await fetchStory("huge", BASE);
    expect(requested).toEqual(["stories/huge/story.json"]);
    expect(result.ok).toBe(false);
    expect(result.ok ? "" : result.problems.map((p) => p.message).join("\n")).toMatch(/130,000 events/);
  });

  it("fetchStory(slug) of a story that is neither bundled nor served says there is none", async () => {
    serve({});
    expect(await fetchStory("nope", BASE)).toEqual({
      ok: false,
      missing: true,
      problems: [{ file: "stories/nope/story.json", path: "", message: 'there is no story "nope"' }],
    });
  });

  it("fetchStory(slug) does not take inherited properties for stories", async () => {
    serve({});
    const result = await fetchStory("constructor", BASE);
    expect(result.ok).toBe(false);
  });
});
