import type { FeatureCollection, Point } from "geojson";
import type { Box } from "./framing";

/**
 * The map's controls and overlays (zoom buttons, attribution, the date, the legend) as room in
 * MapLibre's own label placement: invisible square icons that tile each box, placed before every
 * label (style.ts, the topmost layer). A word on a line then goes to the next place along its
 * line, or is left out, instead of lying under a button ("Partner" under the zoom buttons or
 * through the translucent legend button); a secondary place's name gives way as well. MapLibre
 * has no symbol fixed to the screen, so map_view.ts lays the squares out again, in degrees,
 * whenever the camera settles or the map is resized.
 */

/** How far the edges' room reaches into the map and out of it, px: a label that meets it is cut by the edge. */
const EDGE_IN_PX = 2;
const EDGE_OUT_PX = 40;

/**
 * Bands (px from the map's top left) along the outside of a `width` × `height` map's four edges,
 * reaching EDGE_IN_PX into it: with them in controlBlockers, a word on a line or a secondary
 * name is not cut by the map's edge ("Partn" at a small embed's right edge); it moves along its
 * line or gives way. map_view.ts also hides a name that still meets one (its `covered` state).
 */
export function edgeBands(width: number, height: number): Box[] {
  const [i, o] = [EDGE_IN_PX, EDGE_OUT_PX];
  return [
    { left: -o, top: -o, right: width + o, bottom: i },
    { left: -o, top: height - i, right: width + o, bottom: height + o },
    { left: -o, top: i, right: i, bottom: height - i },
    { left: width - i, top: i, right: width + o, bottom: height - i },
  ];
}

/** The source and layer id of the blockers. */
export const CONTROL_BLOCKERS = "control-blockers";

/**
 * Point features whose squares (side `size` × `iconPx` px, the style's `icon-size`) cover each
 * of `boxes` (px from the map's top left) exactly: squares as wide as the box's short side,
 * spread evenly along its long side. `unproject`: px → [lon, lat] in degrees. Boxes without area
 * are skipped.
 */
export function controlBlockers(
  boxes: readonly Box[],
  unproject: (point: { x: number; y: number }) => [number, number],
  iconPx: number,
): FeatureCollection<Point, { size: number }> {
  const features: FeatureCollection<Point, { size: number }>["features"] = [];
  for (const box of boxes) {
    const width = box.right - box.left;
    const height = box.bottom - box.top;
    if (!(width > 0 && height > 0)) continue;
    const side = Math.min(width, height);
    const long = Math.max(width, height);
    const count = Math.ceil(long / side - 1e-9);
    for (let i = 0; i < count; i++) {
      // The first and last squares flush with the box's ends, the rest between them.
      const along = count === 1 ? long / 2 : side / 2 + (i * (long - side)) / (count - 1);
      const x = width >= height ? box.left + along : box.left + width / 2;
      const y = width >= height ? box.top + height / 2 : box.top + along;
      features.push({
        type: "Feature",
        properties: { size: side / iconPx },
        geometry: { type: "Point", coordinates: unproject({ x, y }) },
      });
    }
  }
  return { type: "FeatureCollection", features };
}
