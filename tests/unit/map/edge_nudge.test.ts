import { describe, expect, it } from "vitest";
import { edgeNudge } from "../../../src/map/edge_nudge";

describe("edgeNudge(points, width, height, margin)", () => {
  it("edgeNudge([{x: 22, y: 300}], 920, 580, 36) moves a ring half cut at the left edge 14 px in", () => {
    expect(edgeNudge([{ x: 22, y: 300 }], 920, 580, 36)).toEqual({ x: 14, y: 0 });
  });

  it("edgeNudge(points well inside) is undefined: the camera stays", () => {
    expect(
      edgeNudge(
        [
          { x: 100, y: 100 },
          { x: 800, y: 500 },
        ],
        920,
        580,
        36,
      ),
    ).toBeUndefined();
    expect(edgeNudge([], 920, 580, 36)).toBeUndefined();
  });

  it("edgeNudge(points at the bottom right) moves them up and left, each axis on its own", () => {
    expect(
      edgeNudge(
        [
          { x: 900, y: 570 },
          { x: 500, y: 300 },
        ],
        920,
        580,
        36,
      ),
    ).toEqual({ x: -16, y: -26 });
  });

  it("edgeNudge(points wider than the map less its margins) centres them, or is undefined with onlyIfFits", () => {
    expect(
      edgeNudge(
        [
          { x: 10, y: 100 },
          { x: 900, y: 100 },
        ],
        920,
        580,
        36,
      ),
    ).toEqual({ x: 5, y: 0 });
    expect(
      edgeNudge(
        [
          { x: 10, y: 100 },
          { x: 900, y: 100 },
        ],
        920,
        580,
        36,
        true,
      ),
    ).toBeUndefined();
  });

  it("edgeNudge(a focus with its own wider margin and a context point) brings the focus in as far as the context allows", () => {
    // Baku's ring 33 px above the foot of a 512×666 presenter map, Moskau 94 px below its top.
    const baku = { x: 400, y: 633, margin: 80 };
    expect(edgeNudge([baku, { x: 140, y: 94 }], 512, 666, 36, true)).toEqual({ x: 0, y: -47 });
    expect(edgeNudge([baku], 512, 666, 36)).toEqual({ x: 0, y: -47 });
    // Moskau nearer the top: the two no longer fit their margins.
    expect(edgeNudge([baku, { x: 140, y: 40 }], 512, 666, 36, true)).toBeUndefined();
  });
});
