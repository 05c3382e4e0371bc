import { describe, expect, it, vi } from "vitest";
import { fullMapUrl } from "../../../src/app/embed_layout";
import { pageBase, pageUrl, writeHistory } from "../../../src/share/app_url";

const ORIGIN = "https://zeitkarte.example";
/** A server that decodes %2F and merges slashes still serves this path. */
const HOSTILE = { href: `${ORIGIN}//evil.example/..%2F/?story=alps&embed=1#t=2024-12-25&lang=de` };

describe("fullMapUrl(location)", () => {
  it("fullMapUrl(location) of the hostile path //evil.example/..%2F/ stays on the page's origin", () => {
    const link = fullMapUrl(HOSTILE);
    expect(new URL(link).origin).toBe(ORIGIN);
    // As an <a href>, resolved against the page: still ours.
    expect(new URL(link, HOSTILE.href).origin).toBe(ORIGIN);
    expect(link.startsWith("//")).toBe(false);
  });

  it("fullMapUrl(location) drops embed, controls and autoplay and keeps story and the view", () => {
    const url = new URL(fullMapUrl({ href: `${ORIGIN}/app/?story=alps&embed=1&controls=0&autoplay=1#t=2024` }));
    expect(url.pathname).toBe("/app/");
    expect([...url.searchParams.keys()]).toEqual(["story"]);
    expect(url.hash).toBe("#t=2024");
  });

  it("fullMapUrl(location, hash) names the given view, not the page's older hash", () => {
    const location = { href: `${ORIGIN}/app/?story=alps&embed=1#t=2022-02-22&event=old` };
    const url = new URL(fullMapUrl(location, "#t=2024-12-25&event=last&lang=de"));
    expect(url.hash).toBe("#t=2024-12-25&event=last&lang=de");
    expect([...url.searchParams.keys()]).toEqual(["story"]);
  });

  it("fullMapUrl(location, hash) of a presenting embed opens the reader's view, without present", () => {
    const location = { href: `${ORIGIN}/app/?story=alps&embed=1` };
    const url = new URL(fullMapUrl(location, "#t=2024-12-25&event=last&present=1&lang=en"));
    expect(url.hash).toBe("#t=2024-12-25&event=last&lang=en");
  });
});

describe("pageUrl(location, parts)", () => {
  it("pageUrl(location, {hash}) of the hostile path is absolute and on the page's origin", () => {
    const url = pageUrl(HOSTILE, { hash: "#t=2025&lang=en" });
    expect(new URL(url).origin).toBe(ORIGIN);
    expect(new URL(url).hash).toBe("#t=2025&lang=en");
    expect(new URL(url).search).toBe("?story=alps&embed=1");
  });

  it("pageBase(location) of the hostile path is on the page's origin, without query and hash", () => {
    const base = pageBase(HOSTILE);
    expect(new URL(base).origin).toBe(ORIGIN);
    expect(base).not.toMatch(/[?#]/);
  });
});

describe("writeHistory(history, mode, url)", () => {
  it("writeHistory(history, mode, url) returns false instead of throwing a SecurityError", () => {
    const refuse = () => {
      throw new DOMException("refused", "SecurityError");
    };
    const history = { pushState: vi.fn(refuse), replaceState: vi.fn(refuse) } as unknown as History;
    expect(writeHistory(history, "push", "//evil.example/")).toBe(false);
    expect(writeHistory(history, "replace", "//evil.example/")).toBe(false);
  });

  it("writeHistory(history, mode, url) writes with pushState or replaceState", () => {
    const history = { pushState: vi.fn(), replaceState: vi.fn() } as unknown as History;
    expect(writeHistory(history, "push", `${ORIGIN}/#a`)).toBe(true);
    expect(writeHistory(history, "replace", `${ORIGIN}/#b`)).toBe(true);
    expect(history.pushState).toHaveBeenCalledWith(null, "", `${ORIGIN}/#a`);
    expect(history.replaceState).toHaveBeenCalledWith(null, "", `${ORIGIN}/#b`);
  });
});
