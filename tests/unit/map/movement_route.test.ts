import type { Position } from "geojson";
import { describe, expect, it } from "vitest";
import { splitRoute } from "../../../src/map/movement_route";
import { movingFeatures } from "../../../src/map/story_features";
import { greatCirclePath, preparePath } from "../../../src/time/paths";
import { movingAt } from "../../../src/time/snapshot";
import { caucasusIndex } from "../time/caucasus";

const PYONGYANG: Position = [125.7625, 39.0392];
const KURSK: Position = [36.19, 51.73];
const route = preparePath(greatCirclePath([PYONGYANG, KURSK], 64));

const near = (a: Position | undefined, b: Position | undefined) => {
  expect(a?.[0]).toBeCloseTo(b?.[0] ?? Number.NaN, 6);
  expect(a?.[1]).toBeCloseTo(b?.[1] ?? Number.NaN, 6);
};

describe("splitRoute(path, progress)", () => {
  it("splitRoute(path, 0.4) runs travelled from the origin to the head and ahead from the head to the destination", () => {
    const { travelled, ahead, head } = splitRoute(route, 0.4);
    near(travelled[0], PYONGYANG);
    near(travelled.at(-1), head);
    near(ahead?.[0], head);
    near(ahead?.at(-1), KURSK);
  });

  it("splitRoute(path, 0) has a travelled part of one point twice and the whole route ahead", () => {
    const { travelled, ahead } = splitRoute(route, 0);
    expect(travelled).toHaveLength(2);
    near(travelled[0], PYONGYANG);
    near(ahead?.[0], PYONGYANG);
    near(ahead?.at(-1), KURSK);
  });

  it("splitRoute(path, 1) has arrived: nothing ahead, travelled ends at the destination", () => {
    const { travelled, ahead, head } = splitRoute(route, 1);
    expect(ahead).toBeUndefined();
    near(travelled.at(-1), KURSK);
    near(head, KURSK);
  });

  it("splitRoute(path, progress) clamps progress outside 0 … 1 and takes NaN as 0", () => {
    near(splitRoute(route, -3).head, PYONGYANG);
    near(splitRoute(route, Number.NaN).head, PYONGYANG);
    expect(splitRoute(route, 7).ahead).toBeUndefined();
  });
});

describe("movingFeatures(moving) in the flagship", () => {
  const index = caucasusIndex();
  it("movingFeatures(moving) draws every movement under way on to its destination, at several t inside its span", () => {
    let checked = 0;
    for (const m of index.movements) {
      if (m.movement.kind === "planned-route") continue;
      const destination = m.path.coords.at(-1);
      for (const share of [0.05, 0.3, 0.5, 0.77, 0.95]) {
        const t = m.start + share * (m.end - m.start);
        const features = movingFeatures(movingAt(index, t)).features.filter((f) => f.properties?.id === m.movement.id);
        const ahead = features.find((f) => f.properties?.role === "ahead");
        const head = features.find((f) => f.geometry.type === "Point");
        const progress = movingAt(index, t).find((x) => x.movement === m)?.progress;
        if (progress === undefined) throw new Error(`${m.movement.id} is not under way at ${share} of its span`);
        if (progress >= 1) continue;
        if (ahead?.geometry.type !== "LineString" || head?.geometry.type !== "Point")
          throw new Error(`${m.movement.id} at ${share}: no way ahead or no head`);
        near(ahead.geometry.coordinates.at(-1), destination);
        near(ahead.geometry.coordinates[0], head.geometry.coordinates);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it("movingFeatures(moving) at a t inside the North Korean troops' months ends their arc at the Kursk region", () => {
    const troops = index.movements.find((m) => m.movement.id === "north-korean-troops");
    if (!troops) throw new Error("no north-korean-troops");
    const kursk = index.placeById.get("kursk-region");
    const t = troops.start + 0.5 * (troops.end - troops.start);
    const ahead = movingFeatures(movingAt(index, t)).features.find(
      (f) => f.properties?.id === "north-korean-troops" && f.properties?.role === "ahead",
    );
    if (ahead?.geometry.type !== "LineString") throw new Error("no way ahead");
    near(ahead.geometry.coordinates.at(-1), [kursk?.lon ?? 0, kursk?.lat ?? 0]);
  });
});
