import { afterEach, describe, expect, it, vi } from "vitest";
import { fetchServedStory } from "../../../src/story/served_story";

afterEach(() => vi.unstubAllGlobals());

describe("fetchServedStory(slug, base)", () => {
  it("fetchServedStory reports a missing story where the server answers every path with its index.html", async () => {
    // `?story=nosuch` on vite preview or a single-page host: 200 and the app's own page, which
    // the loader used to report as JSON that starts with "<" (a fresh-eyes review).
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => new Response("<!doctype html><html></html>", { headers: { "content-type": "text/html" } })),
    );
    const result = await fetchServedStory("nosuch", "http://example.test/");
    expect(result).toMatchObject({ ok: false, missing: true });
    if (result.ok) throw new Error("unreachable");
    expect(result.problems[0]?.message).toBe('there is no story "nosuch"');
  });

  it("fetchServedStory reports a missing story on a 404 and from a copy opened from a disk", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => new Response("nope", { status: 404 })),
    );
    expect(await fetchServedStory("gone", "http://example.test/")).toMatchObject({ ok: false, missing: true });
    const fetched = vi.fn();
    vi.stubGlobal("fetch", fetched);
    expect(await fetchServedStory("other", "file:///media/usb/zeitkarte.html")).toMatchObject({
      ok: false,
      missing: true,
    });
    expect(fetched).not.toHaveBeenCalled();
  });

  it("fetchServedStory rejects when the file did not arrive (no network, a server error): the story may be there", async () => {
    // A fresh-eyes review: offline, `?story=…` said "there is no story", a wrong reason.
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => {
        throw new TypeError("Failed to fetch");
      }),
    );
    await expect(fetchServedStory("somewhere", "http://example.test/")).rejects.toThrow("Failed to fetch");
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => new Response("busy", { status: 503 })),
    );
    await expect(fetchServedStory("somewhere", "http://example.test/")).rejects.toThrow(
      "/stories/somewhere/story.json: HTTP 503",
    );
  });
});
