import { describe, expect, it } from "vitest";
import { emphasisAt } from "../../../src/map/emphasis";
import { liesAlong, lineLabelFeatures } from "../../../src/map/line_labels";
import { relationFeatures } from "../../../src/map/story_features";
import { snapshotAt } from "../../../src/time/snapshot";
import { caucasusIndex } from "../time/caucasus";

const index = caucasusIndex();
const lines = new Map(relationFeatures(index).features.map((f) => [String(f.properties?.id), f.geometry.coordinates]));

/** The words' features at event `eventId`. */
function words(eventId: string, lang: "de" | "en" = "de") {
  const event = index.eventById.get(eventId);
  if (!event) throw new Error(eventId);
  const snapshot = snapshotAt(index, event.time, eventId);
  return lineLabelFeatures(index, emphasisAt(index, snapshot), snapshot, lang, lines).features;
}

function labels(eventId: string, lang: "de" | "en" = "de") {
  return words(eventId, lang).map((f) => [f.properties?.id, f.properties?.label]);
}

const flightWord = (eventId: string) => words(eventId).find((f) => f.properties?.id === "azal-8243-flown");

describe("lineLabelFeatures", () => {
  it("lineLabelFeatures(…, AZAL 8243 hit) writes the flight's word along the part flown, from Baku to the hit near Grosny, not on to Aktau", () => {
    // A review: "Flug" stood on the thin route ahead to Aktau; the strong leg from Baku had none.
    const flight = flightWord("azal-8243-hit");
    const coords = flight?.geometry.coordinates ?? [];
    expect(coords[0]?.[0]).toBeCloseTo(49.87, 1);
    // Grosny lies at 45.7° E, Aktau at 51.2° E: the word's line ends by Grosny.
    expect(Math.max(...coords.map((c) => c[0] ?? 0))).toBeLessThan(49.9);
    expect(Math.abs((coords.at(-1)?.[0] ?? 0) - 45.7)).toBeLessThan(0.5);
    // Once, at the leg's middle (story_layers.ts CENTERED_WORD_LAYER).
    expect(flight?.properties?.centered).toBe(true);
  });

  it("lineLabelFeatures(…, AZAL 8243 crash) writes the flight's word along its whole route once it has ended", () => {
    const flight = flightWord("azal-8243-crash");
    expect(Math.max(...(flight?.geometry.coordinates ?? []).map((c) => c[0] ?? 0))).toBeGreaterThan(51);
    expect(flight?.properties?.centered).toBeUndefined();
  });

  it("lineLabelFeatures(…, Jekaterinburg raids) writes „feindselig“ on Russia–Azerbaijan", () => {
    expect(labels("yekaterinburg-raids")).toContainEqual(["rus-aze", "feindselig"]);
  });

  it("lineLabelFeatures(…, Lavrov in Yerevan) names the visit on its arc, in English too", () => {
    expect(labels("lavrov-in-yerevan")).toContainEqual(["lavrov-to-yerevan", "Lawrow nach Eriwan"]);
    expect(labels("lavrov-in-yerevan", "en")).toContainEqual(["lavrov-to-yerevan", "Lavrov to Yerevan"]);
  });

  it("lineLabelFeatures(…) falls back to the kind for a long movement label („Besuch“)", () => {
    expect(labels("sco-meeting-new-delhi")).toContainEqual(["shoigu-to-new-delhi", "Besuch"]);
  });

  it("lineLabelFeatures(…, Beijing parade) names who travels on each of the two arcs into Peking, not „Besuch“ twice", () => {
    // Both arcs said only "Besuch", so who went where needed the card (a review).
    expect(labels("beijing-parade-handshake")).toContainEqual(["putin-to-beijing", "Putin"]);
    expect(labels("beijing-parade-handshake")).toContainEqual(["aliyev-to-beijing", "Alijew"]);
    expect(labels("beijing-parade-handshake", "en")).toContainEqual(["aliyev-to-beijing", "Aliyev"]);
  });
});

describe("lineLabelFeatures with a movement's short word", () => {
  it("lineLabelFeatures(…, North Korean troops) writes the count its quote gives („zunächst 11 000 Soldaten“), in English too", () => {
    expect(labels("north-korean-troops-to-russia")).toContainEqual([
      "north-korean-troops",
      "zunächst 11\u202f000 Soldaten",
    ]);
    expect(labels("north-korean-troops-to-russia", "en")).toContainEqual([
      "north-korean-troops",
      "initially 11,000 soldiers",
    ]);
  });
});

describe("lineLabelFeatures with a planned route under its flight", () => {
  it("lineLabelFeatures(…, AZAL 8243 hit and crash) writes „Flug“, and no word for the planned route drawn under it", () => {
    for (const event of ["azal-8243-hit", "azal-8243-crash"]) {
      const ids = labels(event).map(([id]) => id);
      expect(ids, event).toContain("azal-8243-flown");
      expect(ids, event).not.toContain("azal-8243-planned");
    }
  });

  it("liesAlong(path, other) holds for a path on the other line and not for one beside it", () => {
    const flight = [
      [49.87, 40.41],
      [45.69, 43.32],
      [51.2, 43.65],
    ];
    expect(
      liesAlong(
        [
          [49.87, 40.41],
          [47.78, 41.865],
          [45.69, 43.32],
        ],
        flight,
      ),
    ).toBe(true);
    expect(
      liesAlong(
        [
          [49.87, 40.41],
          [47.78, 42.3],
        ],
        flight,
      ),
    ).toBe(false);
    expect(liesAlong([[49.87, 40.41]], [[49.87, 40.41]])).toBe(false);
  });
});
