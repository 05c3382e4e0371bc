import { describe, expect, it } from "vitest";
import { movementKeyframes, progressAt, waypointFractions } from "../../../src/time/keyframes";
import { snapshotAt } from "../../../src/time/snapshot";
import { caucasusIndex } from "./caucasus";

const place = (lon: number, lat: number) =>
  ({ id: "p", lon, lat, name: { de: "p", en: "p" } }) as unknown as Parameters<
    typeof movementKeyframes
  >[3][0]["places"][0];

describe("keyframes", () => {
  it("waypointFractions(waypoints) runs from 0 to 1 by distance", () => {
    const f = waypointFractions([
      [0, 0],
      [1, 0],
      [3, 0],
    ]);
    expect(f[0]).toBe(0);
    expect(f[1]).toBeCloseTo(1 / 3, 5);
    expect(f[2]).toBe(1);
  });

  it("movementKeyframes(…) pins a linked event to the waypoint at its place, and the window's ends to 0 and 1", () => {
    const waypoints = [
      [0, 0],
      [1, 0],
      [3, 0],
    ];
    const frames = movementKeyframes(waypoints, 100, 300, [{ time: 200, places: [place(1.1, 0)] }]);
    expect(frames.map((k) => k.time)).toEqual([100, 200, 300]);
    expect(frames[1]?.progress).toBeCloseTo(1 / 3, 5);
    expect(progressAt(frames, 150)).toBeCloseTo(1 / 6, 5);
  });

  it("movementKeyframes(…) ignores events far from the route", () => {
    const frames = movementKeyframes(
      [
        [0, 0],
        [3, 0],
      ],
      100,
      300,
      [{ time: 200, places: [place(40, 40)] }],
    );
    expect(frames).toEqual([
      { time: 100, progress: 0 },
      { time: 300, progress: 1 },
    ]);
  });

  it("snapshotAt(caucasus, hit) has AZAL 8243 near Grosny, and at the crash it has landed near Aktau", () => {
    const index = caucasusIndex();
    const hit = index.eventById.get("azal-8243-hit");
    const crash = index.eventById.get("azal-8243-crash");
    if (!hit || !crash) throw new Error("AZAL events missing");
    const flight = snapshotAt(index, hit.time, hit.event.id).moving.find(
      (m) => m.movement.movement.id === "azal-8243-flown",
    );
    expect(flight?.position[0]).toBeCloseTo(45.75, 1);
    expect(flight?.position[1]).toBeCloseTo(43.4, 1);
    const mid = snapshotAt(index, (hit.time + crash.time) / 2).moving.find(
      (m) => m.movement.movement.id === "azal-8243-flown",
    );
    expect(mid?.position[0]).toBeGreaterThan(46);
    expect(mid?.position[0]).toBeLessThan(51);
    const landed = snapshotAt(index, crash.time, crash.event.id);
    expect(landed.moving.some((m) => m.movement.movement.id === "azal-8243-flown")).toBe(false);
  });
});
