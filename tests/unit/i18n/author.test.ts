import { describe, expect, it } from "vitest";
import { ta } from "../../../src/i18n/author";

describe("ta", () => {
  it("ta(lang, key, params) gives the authoring page's own strings, filled", () => {
    expect(ta("de", "authorCheckOk", { count: 3 })).toBe("Keine Fehler. Übernommene Ereignisse: 3.");
    expect(ta("en", "authorCheckOk", { count: 3 })).toBe("No problems. Accepted events: 3.");
  });

  it("ta(lang, key) falls back to the reader's strings for labels both share", () => {
    expect(ta("de", "movement_flight")).toBe("Flug");
    expect(ta("en", "relation_hostile")).toBe("hostile");
  });
});
