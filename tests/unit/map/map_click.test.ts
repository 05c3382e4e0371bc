import { describe, expect, it } from "vitest";
import { createMapTargets } from "../../../src/map/map_click";
import { caucasusIndex } from "../time/caucasus";

const index = caucasusIndex();
const targetOf = createMapTargets(index);
const time = (id: string) => index.eventById.get(id)?.time ?? Number.NaN;
/** The properties the sources give a movement's features (story_features.ts). */
const movement = (id: string) => {
  const m = index.movements.find((x) => x.movement.id === id);
  return { id, start: m?.start, end: m?.end };
};
const flown = { layer: "movement-end", properties: movement("azal-8243-flown") };

describe("map clicks", () => {
  it("targetOf(the ✕ of AZAL 8243) opens the crash card", () => {
    expect(targetOf([flown], time("azal-8243-crash") + 1e10)).toEqual({ kind: "event", id: "azal-8243-crash" });
  });

  it("targetOf(the Jekaterinburg dot) opens the raids card, also before they happened", () => {
    const hit = { layer: "place-dots", properties: { id: "yekaterinburg" } };
    expect(targetOf([hit], time("yekaterinburg-raids"))).toEqual({ kind: "event", id: "yekaterinburg-raids" });
    expect(targetOf([hit], time("azal-8243-hit"))).toEqual({ kind: "event", id: "yekaterinburg-raids" });
  });

  it("targetOf(an event marker above a relation line) opens the marker's event", () => {
    const hits = [
      { layer: "relation-lines", properties: { id: "rus-aze" }, state: { state: "allied" } },
      { layer: "event-circles", properties: { id: "putin-visits-baku", time: time("putin-visits-baku") } },
    ];
    expect(targetOf(hits, time("putin-visits-baku"))).toEqual({ kind: "event", id: "putin-visits-baku" });
  });

  it("targetOf(a relation line) names the relation in a popup (its dates, sources and the event that set its state are in it)", () => {
    const hit = { layer: "relation-lines", properties: { id: "rus-aze" }, state: { state: "strained" } };
    expect(targetOf([hit], time("azal-8243-crash") + 1)).toEqual({ kind: "info", what: "relation", id: "rus-aze" });
  });

  it("targetOf(a relation without a cited event at t) names it in a popup", () => {
    const hit = { layer: "relation-lines", properties: { id: "rus-chn" }, state: { state: "partners" } };
    expect(targetOf([hit], time("beijing-parade-handshake"))).toEqual({
      kind: "info",
      what: "relation",
      id: "rus-chn",
    });
  });

  it("targetOf(a marker of an event that has not happened yet) ignores it: it is not drawn", () => {
    const id = "baku-keeps-russians-detained";
    const future = { layer: "event-circles", properties: { id, time: time(id) } };
    expect(targetOf([future, flown], time("dushanbe-meeting"))).toEqual({ kind: "event", id: "azal-8243-crash" });
    // Nor a route's ✕ before the flight has ended.
    expect(targetOf([flown], time("azal-8243-hit") - 1)).toBeUndefined();
  });

  it("targetOf(nothing clickable) is undefined", () => {
    expect(targetOf([{ layer: "land", properties: {} }], 0)).toBeUndefined();
  });
});
