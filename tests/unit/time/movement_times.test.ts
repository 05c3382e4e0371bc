import { describe, expect, it } from "vitest";
import type { Place } from "../../../src/story/schema";
import { progressAt } from "../../../src/time/keyframes";
import { departure } from "../../../src/time/movement_times";
import { snapshotAt } from "../../../src/time/snapshot";
import { caucasusIndex } from "./caucasus";

const place = (lon: number, lat: number) => ({ id: "p", lon, lat, name: { de: "p", en: "p" } }) as unknown as Place;
const route = () => [
  [0, 0],
  [10, 0],
];
/** Events 0…3 at times 100…400 in display order; event 3 ("arrives") at the route's end, dated from 300. */
const events = [100, 200, 300, 400].map((time, index) => ({
  index,
  time,
  until: time + 50,
  date: { start: index === 3 ? 300 : time },
  places: [index === 3 ? place(10, 0) : place(50, 50)],
}));
const byId = new Map(events.map((e) => [`e${e.index}`, e]));

describe("movement_times", () => {
  it("departure(…) sets off just after the event before the one that pins it on its way, when its start date cannot tell them apart", () => {
    expect(departure(150, 1000, 1000, ["e3"], byId, events, route)).toBe(301);
    // Also where that event is at the movement's first instant: on its card it is not drawn yet.
    expect(departure(300, 1000, 1000, ["e3"], byId, events, route)).toBe(301);
  });

  it("departure(…) keeps begin where the event's date begins after the movement's start date", () => {
    expect(departure(150, 250, 1000, ["e3"], byId, events, route)).toBe(150);
  });

  it("departure(…) begins with the linked event where it pins it at its origin", () => {
    const atOrigin = new Map([["o", { ...(events[3] as (typeof events)[number]), places: [place(0, 0)] }]]);
    expect(departure(150, 1000, 1000, ["o"], atOrigin, events, route)).toBe(400);
  });

  it("departure(…) keeps begin where the linked event lies off the route", () => {
    const off = new Map([["x", { ...(events[3] as (typeof events)[number]), places: [place(50, 50)] }]]);
    expect(departure(150, 1000, 1000, ["x"], off, events, route)).toBe(150);
  });

  it("departure(…) keeps begin where no event lies between it and the linked one, or none is linked", () => {
    expect(departure(350, 1000, 1000, ["e3"], byId, events, route)).toBe(350);
    expect(departure(400, 1000, 1000, ["e3"], byId, events, route)).toBe(400);
    expect(departure(150, 1000, 1000, [], byId, events, route)).toBe(150);
  });

  it("departure(…) builds no route where the rule cannot apply", () => {
    let built = 0;
    departure(150, 250, 1000, ["e3"], byId, events, () => {
      built++;
      return route();
    });
    expect(built).toBe(0);
  });

  it("departure(…): Pashinyan's arrow to Istanbul is not on the map at Lavrov's visit of the same day, and travels in the step after", () => {
    const index = caucasusIndex();
    const lavrov = index.eventById.get("lavrov-in-yerevan");
    const m = index.movements.find((x) => x.movement.id === "pashinyan-to-istanbul");
    expect(m?.start).toBe((lavrov?.time ?? 0) + 1);
    const moving = snapshotAt(index, lavrov?.time ?? 0).moving.map((x) => x.movement.movement.id);
    expect(moving).not.toContain("pashinyan-to-istanbul");
  });

  it("departure(…): the MiG-29s for Ukraine are not on the map before the event that makes them known", () => {
    const index = caucasusIndex();
    const event = index.eventById.get("azerbaijan-mig29-to-ukraine");
    const m = index.movements.find((x) => x.movement.id === "azerbaijani-mig29s");
    expect(m?.start).toBe(event?.time);
    const before = index.events[(event?.index ?? 0) - 1];
    const moving = snapshotAt(index, before?.time ?? 0).moving.map((x) => x.movement.movement.id);
    expect(moving).not.toContain("azerbaijani-mig29s");
  });

  it("departure(…): Putin and Aliyev travel to Peking in the step to the handshake, not across two weeks of other events", () => {
    const index = caucasusIndex();
    const at = (id: string) => index.eventById.get(id)?.time as number;
    const handshake = index.eventById.get("beijing-parade-handshake");
    const before = index.events[(handshake?.index ?? 0) - 1];
    for (const id of ["putin-to-beijing", "aliyev-to-beijing"]) {
      const m = index.movements.find((x) => x.movement.id === id);
      expect(m?.start).toBe((before?.time ?? 0) + 1);
      expect(progressAt(m?.keyframes ?? [], at("beijing-parade-handshake"))).toBe(1);
      // North Korea's plans, a few events earlier: the trips are not on the map yet.
      const moving = snapshotAt(index, at("north-korea-plans-more-troops")).moving.map((x) => x.movement.movement.id);
      expect(moving).not.toContain(id);
    }
  });
});
