import { lonLatBounds } from "../geo/antimeridian";
import { type Bounds, type Box, type FlatCamera, latitudeAt, mercatorY, projectFlat } from "./framing";

/**
 * Keeping the story's main places clear of the map's controls when an event's frame is chosen:
 * which places a camera would draw under a control, the smallest move that pushes them off the
 * map's edge, and the frame that takes them in instead (at a bounded cost in zoom). Pure
 * geometry in the map's CSS px (its top left 0, 0), Web Mercator with 512 px tiles; map_view.ts
 * hands it MapLibre's camera for a frame.
 */

/** Whether the point (px) lies within `margin` px of `box` (px), its edges included. */
export function nearBox(x: number, y: number, box: Box, margin: number): boolean {
  return x >= box.left - margin && x <= box.right + margin && y >= box.top - margin && y <= box.bottom + margin;
}

/**
 * The `points` ([lon, lat], degrees) that `camera` would draw on a map `width` × `height` px
 * within `margin` px of one of `covering` (boxes in the map's px, its top left 0, 0): main places
 * an event's frame would leave under a control or overlay (a review found Baku under the zoom
 * button and Duschanbe under the attribution in a 480 px embed). Web Mercator with 512 px tiles,
 * each point on the world copy nearest the centre; linear in points × boxes.
 */
export function pointsUnderCover(
  points: readonly [number, number][],
  camera: FlatCamera,
  width: number,
  height: number,
  covering: readonly Box[],
  margin: number,
): [number, number][] {
  return points.filter((point) => {
    const { x, y } = projectFlat(point, camera, width, height);
    if (x < 0 || x > width || y < 0 || y > height) return false;
    return covering.some((b) => nearBox(x, y, b, margin));
  });
}

/**
 * The camera moved the least (left, right, up or down) that takes every one of `out` past the
 * map's edge by `margin` px while every one of `keep` stays on the map and `margin` px clear of
 * each of `covering` (map px), or undefined
 * when no such move exists: a place under a control at the map's edge leaves the map instead of
 * widening the frame (the SCO meeting at 480 px took in Peking, under the zoom buttons, and the
 * Caucasus got too small for Moskau's name).
 */
export function cameraPushingOff(
  out: readonly [number, number][],
  keep: readonly [number, number][],
  camera: FlatCamera,
  width: number,
  height: number,
  covering: readonly Box[],
  margin: number,
): FlatCamera | undefined {
  if (out.length === 0) return camera;
  const outs = out.map((p) => projectFlat(p, camera, width, height));
  const keeps = keep.map((p) => projectFlat(p, camera, width, height));
  // How far the map's content moves (px): to the left, everything goes past x = −margin, and so on.
  const moves: [number, number][] = [
    [-Math.max(...outs.map((p) => p.x + margin)), 0],
    [Math.max(...outs.map((p) => width + margin - p.x)), 0],
    [0, -Math.max(...outs.map((p) => p.y + margin))],
    [0, Math.max(...outs.map((p) => height + margin - p.y))],
  ];
  const clear = (x: number, y: number) =>
    x >= margin &&
    x <= width - margin &&
    y >= margin &&
    y <= height - margin &&
    !covering.some((b) => nearBox(x, y, b, margin));
  const fits = ([dx, dy]: [number, number]) => keeps.every((p) => clear(p.x + dx, p.y + dy));
  const best = moves.filter(fits).sort((a, b) => Math.hypot(...a) - Math.hypot(...b))[0];
  if (!best) return undefined;
  const scale = 512 * 2 ** camera.zoom;
  const [lon, lat] = camera.center;
  return {
    zoom: camera.zoom,
    center: [lon - (best[0] / scale) * 360, latitudeAt(mercatorY(lat, scale) - best[1], scale)],
  };
}

/** What keepClearFrame needs of the map: its size and the controls on it, px, and the margin a marker keeps. */
export interface ClearView {
  width: number;
  height: number;
  covering: readonly Box[];
  margin: number;
  /** The most the frame may zoom out to take in a covered place (zoom levels). */
  maxZoomOut: number;
}

/** A frame: the bounds fitted, the places in it and the camera that fits them. */
export interface Frame {
  bounds: Bounds;
  inFrame: [number, number][];
  camera: FlatCamera;
}

/**
 * `frame` changed so that none of `kept` ([lon, lat], degrees: the story's main places) is drawn
 * under a control: each covered place is pushed off the map's edge where the frame's own places
 * stay clear (cameraPushingOff), else taken into the bounds and refitted with `fitBounds` (MapLibre's
 * cameraForBounds with the app's padding; undefined when it cannot fit), unless that zooms out
 * more than `view.maxZoomOut` from the first camera. A few rounds, as a wider frame may bring
 * another place under a control. `cleared`: whether no kept place is left under a control.
 * Linear in kept places × controls per round.
 */
export function keepClearFrame(
  frame: Frame,
  kept: readonly [number, number][],
  fitBounds: (bounds: Bounds) => FlatCamera | undefined,
  view: ClearView,
): Frame & { cleared: boolean } {
  const { width, height, covering, margin } = view;
  let { bounds, camera } = frame;
  const inFrame = [...frame.inFrame];
  for (let round = 0; round < 3; round++) {
    const hidden = pointsUnderCover(kept, camera, width, height, covering, margin);
    if (hidden.length === 0) return { bounds, inFrame, camera, cleared: true };
    // First off the map's edge, if the frame's own places stay clear; else into the frame.
    const pushed = cameraPushingOff(hidden, inFrame, camera, width, height, covering, margin);
    if (pushed) {
      camera = pushed;
      continue;
    }
    const wider = lonLatBounds([...inFrame, ...hidden]);
    const next = fitBounds(wider);
    if (!next || frame.camera.zoom - next.zoom > view.maxZoomOut) break;
    bounds = wider;
    inFrame.push(...hidden);
    camera = next;
  }
  const cleared = pointsUnderCover(kept, camera, width, height, covering, margin).length === 0;
  return { bounds, inFrame, camera, cleared };
}
