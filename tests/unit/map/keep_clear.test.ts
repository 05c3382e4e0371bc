import { describe, expect, it } from "vitest";
import type { Bounds, FlatCamera } from "../../../src/map/framing";
import { projectFlat } from "../../../src/map/framing";
import { cameraPushingOff, keepClearFrame, nearBox, pointsUnderCover } from "../../../src/map/keep_clear";

describe("nearBox", () => {
  it("nearBox(x, y, box, margin) holds on the box, its edges and within the margin, not beyond", () => {
    const box = { left: 10, top: 10, right: 20, bottom: 20 };
    expect(nearBox(15, 15, box, 0)).toBe(true);
    expect(nearBox(20, 10, box, 0)).toBe(true);
    expect(nearBox(29, 15, box, 9)).toBe(true);
    expect(nearBox(29.5, 15, box, 9)).toBe(false);
    expect(nearBox(15, 0.5, box, 9)).toBe(false);
  });
});

describe("pointsUnderCover", () => {
  // A 480 × 220 px map at zoom 3 centred on Baku: Baku at its centre (240, 110), Duschanbe at (455, 137), Peking off the map.
  const camera = { center: [49.87, 40.41] as [number, number], zoom: 3 };
  it("pointsUnderCover(points, camera, …) names a place the camera would draw under a control, not one clear of it or off the map", () => {
    const baku: [number, number] = [49.87, 40.41];
    const dushanbe: [number, number] = [68.78, 38.56];
    const peking: [number, number] = [116.4, 39.9];
    const atDushanbe = { left: 440, top: 140, right: 480, bottom: 180 }; // the attribution, 3 px below it
    expect(pointsUnderCover([baku, dushanbe, peking], camera, 480, 220, [atDushanbe], 9)).toEqual([dushanbe]);
    expect(
      pointsUnderCover([baku, dushanbe], camera, 480, 220, [{ left: 0, top: 0, right: 40, bottom: 40 }], 9),
    ).toEqual([]);
    // Across 180°: a place east of the antimeridian is on the copy nearest the centre.
    const beringCamera = { center: [179, 62] as [number, number], zoom: 3 };
    const anadyr: [number, number] = [-178, 62];
    expect(
      pointsUnderCover([anadyr], beringCamera, 480, 220, [{ left: 240, top: 100, right: 300, bottom: 120 }], 0),
    ).toEqual([anadyr]);
  });
});

describe("cameraPushingOff", () => {
  const moskau: [number, number] = [37.62, 55.75];
  const neuDelhi: [number, number] = [77.21, 28.61];
  const peking: [number, number] = [116.4, 39.9];
  // A 480 × 220 px map at zoom 1.6 whose right edge Peking nearly touches (x ≈ 446; Moskau 107, Neu-Delhi 278).
  const camera = { center: [68.5, 42] as [number, number], zoom: 1.6 };
  const free = { left: 10, top: 10, right: 430, bottom: 210 };
  // The zoom buttons' column at the right edge.
  const covering = [{ left: 439, top: 0, right: 480, bottom: 220 }];

  it("cameraPushingOff(out, keep, …) moves Peking past the right edge while Moskau and Neu-Delhi stay in the free area", () => {
    expect(projectFlat(peking, camera, 480, 220).x).toBeGreaterThan(430);
    const moved = cameraPushingOff([peking], [moskau, neuDelhi], camera, 480, 220, covering, 9);
    if (!moved) throw new Error("no move");
    expect(moved.zoom).toBe(camera.zoom);
    expect(projectFlat(peking, moved, 480, 220).x).toBeGreaterThanOrEqual(480 + 9 - 1e-6);
    for (const p of [moskau, neuDelhi]) {
      const { x, y } = projectFlat(p, moved, 480, 220);
      expect(x).toBeGreaterThanOrEqual(free.left);
      expect(x).toBeLessThanOrEqual(free.right);
      expect(y).toBeGreaterThanOrEqual(free.top);
      expect(y).toBeLessThanOrEqual(free.bottom);
    }
  });

  it("cameraPushingOff(…) is undefined when no move keeps the frame's own places in the free area", () => {
    expect(cameraPushingOff([peking], [moskau, neuDelhi, [112, 40]], camera, 480, 220, covering, 9)).toBeUndefined();
  });
});

describe("keepClearFrame", () => {
  const moskau: [number, number] = [37.62, 55.75];
  const neuDelhi: [number, number] = [77.21, 28.61];
  const peking: [number, number] = [116.4, 39.9];
  const camera: FlatCamera = { center: [68.5, 42], zoom: 1.6 };
  const bounds: Bounds = [
    [37.62, 28.61],
    [77.21, 55.75],
  ];
  const view = { width: 480, height: 220, covering: [{ left: 439, top: 0, right: 480, bottom: 220 }], margin: 9 };
  const never = () => {
    throw new Error("no refit expected");
  };

  it("keepClearFrame(frame, kept, …) pushes Peking off the edge without refitting, the frame's places kept", () => {
    const result = keepClearFrame({ bounds, inFrame: [moskau, neuDelhi], camera }, [peking, moskau], never, {
      ...view,
      maxZoomOut: 0.75,
    });
    expect(result.cleared).toBe(true);
    expect(result.camera.zoom).toBe(camera.zoom);
    expect(projectFlat(peking, result.camera, 480, 220).x).toBeGreaterThan(480);
    expect(result.bounds).toEqual(bounds);
  });

  it("keepClearFrame(…) takes a covered place into the frame when it cannot be pushed off, within maxZoomOut", () => {
    const keep: [number, number][] = [moskau, neuDelhi, [112, 40]];
    const wider: FlatCamera = { center: [80, 42], zoom: 1.2 };
    const fit = (b: Bounds) => (b[1][0] >= peking[0] ? wider : undefined);
    const result = keepClearFrame({ bounds, inFrame: keep, camera }, [peking], fit, { ...view, maxZoomOut: 0.75 });
    expect(result.bounds[1][0]).toBe(peking[0]);
    expect(result.camera).toEqual(wider);
    expect(result.inFrame).toContainEqual(peking);
  });

  it("keepClearFrame(…) keeps the first camera and says not cleared when taking the place in would zoom out too far", () => {
    const keep: [number, number][] = [moskau, neuDelhi, [112, 40]];
    const far: FlatCamera = { center: [80, 42], zoom: 0.5 };
    const result = keepClearFrame({ bounds, inFrame: keep, camera }, [peking], () => far, {
      ...view,
      maxZoomOut: 0.75,
    });
    expect(result.cleared).toBe(false);
    expect(result.camera).toEqual(camera);
    expect(result.bounds).toEqual(bounds);
  });
});
