import { describe, expect, it } from "vitest";
import { emphasisAt, lineEnds } from "../../../src/map/emphasis";
import { snapshotAt } from "../../../src/time/snapshot";
import { caucasusIndex } from "../time/caucasus";

const index = caucasusIndex();

function at(eventId: string) {
  const event = index.eventById.get(eventId);
  if (!event) throw new Error(eventId);
  const emphasis = emphasisAt(index, snapshotAt(index, event.time, eventId));
  return {
    relations: [...emphasis.relations].sort(),
    movements: [...emphasis.movements].map((i) => index.movements[i]?.movement.id).sort(),
  };
}

describe("emphasisAt", () => {
  it("emphasisAt(index, crash of AZAL 8243) makes Russia–Azerbaijan strong and the flight, nothing far away", () => {
    const { relations, movements } = at("azal-8243-crash");
    expect(relations).toContain("rus-aze");
    expect(relations).not.toContain("rus-afg");
    expect(relations).not.toContain("aze-tur");
    expect(movements).toContain("azal-8243-flown");
    expect(movements).not.toContain("putin-to-baku-2024");
  });

  it("emphasisAt(index, hit) has the flight under way strong", () => {
    expect(at("azal-8243-hit").movements).toEqual(expect.arrayContaining(["azal-8243-flown", "azal-8243-planned"]));
  });

  it("emphasisAt(index, Lavrov in Yerevan) makes the relation that event changed strong", () => {
    expect(at("lavrov-in-yerevan").relations).toContain("rus-arm");
    expect(at("lavrov-in-yerevan").movements).toContain("lavrov-to-yerevan");
  });

  it("emphasisAt(index, Kremlin seeks North Korea and Iran) makes both relations that event begins strong", () => {
    // A review: Russia–Iran had no line at the event that names Iran; the quote names both.
    expect(at("kremlin-seeks-north-korea-iran").relations).toEqual(expect.arrayContaining(["rus-irn", "rus-prk"]));
  });

  it("emphasisAt(index, Lavrov in Yerevan / Dushanbe meeting) leaves Azerbaijan–Ukraine faint: its changes then only restate 'partners'", () => {
    // A review: the "Partner" line Baku–Kiew stayed strong at both events, far from them.
    expect(at("lavrov-in-yerevan").relations).not.toContain("aze-ukr");
    expect(at("dushanbe-meeting").relations).not.toContain("aze-ukr");
    // The events those changes cite still draw it strong.
    expect(at("ukrainian-foreign-minister-in-baku").relations).toContain("aze-ukr");
    expect(at("azerbaijan-mig29-to-ukraine").relations).toContain("aze-ukr");
  });

  it("emphasisAt(index, Ukrainian embassy portraits) keeps only the previous event's change strong of January 2025's", () => {
    // Review r105: the treaty with Iran, the EU bill and the peace text (all January 2025, two to
    // four steps back) stayed strong at this year-dated card, six lines beside Moskau–Baku.
    const { relations } = at("ukrainian-embassy-portraits");
    expect(relations).toContain("rus-arm"); // the EU bill, the card before
    expect(relations).not.toContain("rus-irn");
    expect(relations).not.toContain("arm-aze");
    expect(relations.length).toBeLessThanOrEqual(4);
  });

  it("emphasisAt(index, Yekaterinburg raids) leaves Turkey–Armenia faint, changed two cards before", () => {
    expect(at("kallas-in-yerevan").relations).toContain("tur-arm");
    expect(at("yekaterinburg-raids").relations).not.toContain("tur-arm");
    expect(at("minval-recording").relations).not.toContain("tur-arm");
  });

  it("emphasisAt(index, Taliban in 2024) leaves Russia–Armenia faint: changed at the event before, but two months earlier", () => {
    expect(at("putin-calls-taliban-allies").relations).not.toContain("rus-arm");
  });

  it("emphasisAt(index, t) keeps at most a handful of lines strong at every event of the story", () => {
    for (const event of index.events) {
      const emphasis = emphasisAt(index, snapshotAt(index, event.time, event.event.id));
      expect(emphasis.relations.size, event.event.id).toBeLessThanOrEqual(6);
    }
  });
});

describe("lineEnds", () => {
  const endsAt = (eventId: string) => {
    const event = index.eventById.get(eventId);
    if (!event) throw new Error(eventId);
    return [...lineEnds(index, emphasisAt(index, snapshotAt(index, event.time, eventId)))].sort();
  };

  it("lineEnds(index, North Korean troops) has Moskau, where the strong 'verbündet' line to Pjöngjang starts", () => {
    // A review: Moskau lost its name to "Gebiet Kursk" while that line started at its dot.
    expect(endsAt("north-korean-troops-to-russia")).toEqual(expect.arrayContaining(["moscow", "pyongyang"]));
  });

  it("lineEnds(index, Beijing parade) has both capitals of the strong relations and the visits' first and last places", () => {
    expect(endsAt("beijing-parade-handshake")).toEqual(expect.arrayContaining(["baku", "beijing", "moscow"]));
    expect(endsAt("beijing-parade-handshake")).not.toContain("kabul");
  });
});
