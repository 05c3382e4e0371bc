import { describe, expect, it } from "vitest";
import type { MovementInput } from "../../../src/author/additions";
import { editMovement } from "../../../src/author/movement_edits";
import { EMPTY_WORK, type Work } from "../../../src/author/work";

const event = (id: string) => ({
  decision: "accepted" as const,
  event: {
    id,
    date: "2024-12",
    places: ["baku"],
    title: { de: id, en: id },
    summary: { de: id, en: id },
    category: "aviation" as const,
    sources: [{ article: "a", quote: "Q" }],
  },
});
const flight: MovementInput = {
  id: "flight",
  kind: "flight",
  label: { de: "Flug", en: "Flight" },
  start: "2024-12-25",
  waypoints: [{ place: "baku" }, { place: "aktau" }],
  events: [],
  sources: [{ article: "a", quote: "Q" }],
};
const work: Work = { ...EMPTY_WORK, candidates: [event("crash"), event("statement")], movements: [flight] };
const movement = (w: Work) => w.movements[0] as MovementInput;
const places = (w: Work) => movement(w).waypoints.map((p) => ("place" in p ? p.place : "?"));

describe("editMovement(work, edit)", () => {
  it("movement-waypoint-add inserts the place before the destination, once", () => {
    const once = editMovement(work, { type: "movement-waypoint-add", id: "flight", place: "grozny" });
    expect(places(once)).toEqual(["baku", "grozny", "aktau"]);
    const twice = editMovement(once, { type: "movement-waypoint-add", id: "flight", place: "grozny" });
    expect(places(twice)).toEqual(["baku", "grozny", "aktau"]);
    expect(editMovement(work, { type: "movement-waypoint-add", id: "flight", place: "aktau" })).toBe(work);
  });

  it("movement-waypoint-remove removes a waypoint between the ends, never an end", () => {
    const three = editMovement(work, { type: "movement-waypoint-add", id: "flight", place: "grozny" });
    expect(places(editMovement(three, { type: "movement-waypoint-remove", id: "flight", index: 1 }))).toEqual([
      "baku",
      "aktau",
    ]);
    expect(editMovement(three, { type: "movement-waypoint-remove", id: "flight", index: 0 })).toBe(three);
    expect(editMovement(three, { type: "movement-waypoint-remove", id: "flight", index: 2 })).toBe(three);
  });

  it("movement-order-add records an event it follows or precedes; never one event on both sides or an unknown one", () => {
    const after = editMovement(work, { type: "movement-order-add", id: "flight", relation: "after", event: "crash" });
    expect(movement(after).after).toEqual(["crash"]);
    expect(editMovement(after, { type: "movement-order-add", id: "flight", relation: "before", event: "crash" })).toBe(
      after,
    );
    expect(editMovement(after, { type: "movement-order-add", id: "flight", relation: "after", event: "nowhere" })).toBe(
      after,
    );
    const both = editMovement(after, {
      type: "movement-order-add",
      id: "flight",
      relation: "before",
      event: "statement",
    });
    expect([movement(both).after, movement(both).before]).toEqual([["crash"], ["statement"]]);
  });

  it("movement-order-remove drops the constraint, and the field when it is the last", () => {
    const after = editMovement(work, { type: "movement-order-add", id: "flight", relation: "after", event: "crash" });
    const removed = editMovement(after, {
      type: "movement-order-remove",
      id: "flight",
      relation: "after",
      event: "crash",
    });
    expect("after" in movement(removed)).toBe(false);
  });

  it("leaves the work as it is for an unknown movement", () => {
    expect(editMovement(work, { type: "movement-waypoint-add", id: "nope", place: "grozny" })).toBe(work);
  });
});
