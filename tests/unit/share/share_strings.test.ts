import { describe, expect, it } from "vitest";
import { SHARE_STRINGS, shareText } from "../../../src/share/share_strings";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("shareText(lang, key, params)", () => {
  it("shareText(lang, key) has every key in de and en, with the same placeholders", () => {
    expect(Object.keys(SHARE_STRINGS.en).sort()).toEqual(Object.keys(SHARE_STRINGS.de).sort());
    for (const [key, text] of Object.entries(SHARE_STRINGS.de)) {
      expect(text.trim(), key).not.toBe("");
      expect(placeholders(SHARE_STRINGS.en[key as keyof typeof SHARE_STRINGS.en]), key).toEqual(placeholders(text));
    }
  });

  it("shareText(lang, key, params) speaks German by the brief's words", () => {
    expect(shareText("de", "shareCopyLink")).toBe("Link kopieren");
    expect(shareText("de", "shareCopyCode")).toBe("Code kopieren");
    expect(shareText("de", "shareCopied")).toBe("Kopiert");
    expect(shareText("de", "shareDownloadPng")).toBe("Karte als PNG");
    expect(shareText("de", "shareDownloadGeojson")).toBe("Geschichte als GeoJSON");
    expect(shareText("de", "shareDownloadCsv")).toBe("Geschichte als CSV");
  });

  it("shareText(lang, key, params) fills placeholders and leaves unknown ones", () => {
    expect(shareText("en", "shareStartCurrent", { date: "December 25, 2024" })).toBe("this view (December 25, 2024)");
    expect(shareText("de", "shareIframeTitle", { title: `"<>&'` })).toBe(`Zeitkarte: "<>&'`);
    expect(shareText("de", "shareIframeTitle")).toBe("Zeitkarte: {title}");
  });
});
