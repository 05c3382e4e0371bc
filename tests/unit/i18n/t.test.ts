import { describe, expect, it } from "vitest";
import { tPanel } from "../../../src/i18n/panels";
import { tShare } from "../../../src/i18n/share";
import { fill, hasStrings, loadStrings, localizedText, t } from "../../../src/i18n/t";
import { sourceText } from "../../../src/panel/describe";
import { caucasusStory } from "../time/caucasus";

describe("sourceText(text, lang)", () => {
  it("sourceText('news.de', 'en') is the text as printed, in either language", () => {
    expect(sourceText("news.de", "en")).toBe("news.de");
    expect(sourceText("news.de", "de")).toBe("news.de");
  });

  it("sourceText({ de, en }, lang) is the editor's description in the reader's language", () => {
    const untitled = { de: "Ohne Überschrift: „…“", en: "Untitled: „…“" };
    expect(sourceText(untitled, "en")).toBe("Untitled: „…“");
    expect(sourceText(untitled, "de")).toBe("Ohne Überschrift: „…“");
  });

  it("sourceText(title, 'en') of the flagship's sources never shows the German placeholder", () => {
    for (const s of caucasusStory().sources) {
      expect(sourceText(s.title, "en")).not.toMatch(/Ohne Überschrift/);
      expect(sourceText(s.publisher, "en")).not.toMatch(/nicht genannt/);
    }
  });
});

describe("localizedText(text, lang)", () => {
  it("localizedText({ de, en }, 'de') gives the German text in German", () => {
    expect(localizedText({ de: "Nur der Monat ist angegeben.", en: "Only the month is given." }, "de")).toEqual({
      text: "Nur der Monat ist angegeben.",
      lang: "de",
    });
    expect(localizedText({ de: "x", en: "Only the month is given." }, "en").text).toBe("Only the month is given.");
  });

  it("localizedText(plain string, 'de') is marked English (older story files)", () => {
    expect(localizedText("Only the month is given.", "de")).toEqual({ text: "Only the month is given.", lang: "en" });
  });
});

describe("the flagship's date notes", () => {
  it("every dateNote of data/stories/caucasus (events, movements, status changes) has German and English", () => {
    const story = caucasusStory();
    const notes = [
      ...story.events.map((e) => [e.id, e.dateNote] as const),
      ...story.movements.map((m) => [m.id, m.dateNote] as const),
      ...story.organizations.flatMap((o) =>
        o.memberships.flatMap((m) => m.changes.map((c) => [`${o.id}/${m.country}`, c.dateNote] as const)),
      ),
      ...story.relations.flatMap((r) => r.changes.map((c) => [r.id, c.dateNote] as const)),
    ].filter(([, note]) => note !== undefined);
    expect(notes.length).toBe(85);
    const notLocalized = notes.filter(([, note]) => typeof note === "string" || note?.de === note?.en);
    expect(notLocalized.map(([id]) => id)).toEqual([]);
  });
});

describe("t(lang, key) and loadStrings(lang)", () => {
  it("loadStrings('en') makes t('en', …) English; t('de', …) is German without loading", async () => {
    await loadStrings("en");
    expect(hasStrings("en")).toBe(true);
    expect(t("en", "present")).not.toBe(t("de", "present"));
    expect(hasStrings("de")).toBe(true);
  });
});

describe("fill(text, params)", () => {
  it("fill(text, params) replaces each known {name}, numbers too, and leaves unknown ones as written", () => {
    expect(fill("{org}: {count} von {total}", { org: "OVKS", count: 3 })).toBe("OVKS: 3 von {total}");
  });

  it("tPanel and tShare fill their placeholders as t does", () => {
    expect(tPanel("de", "eventsMore", { count: 4 })).toBe("… und 4 frühere");
    expect(tShare("de", "shareIframeTitle", { title: "X" })).toBe("Zeitkarte: X");
  });
});
