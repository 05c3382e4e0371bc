import type { FeatureCollection, Geometry, Position } from "geojson";
import type { Box } from "./framing";

/**
 * Where a sea's name goes on screen: on its water, never on the land around it (issue 11: the
 * "Kaspisches Meer" of presenter mode at 1024×768 sat on Russia north of the sea). The water
 * is the part of the screen around the sea's point that no country covers, rasterised in
 * cells and filled from that point, so a name cannot wander into another sea either. Pure
 * geometry in screen px; place_labels.ts chooses the label's point and positions with it.
 */

/** A land ring in degrees with its bounding box [west, south, east, north], from the basemap. */
export interface LandRing {
  ring: readonly Position[];
  bbox: readonly [number, number, number, number];
}

/** Every ring of every country (outer rings and holes: the even–odd rule tells land from water). */
export function landRings(countries: FeatureCollection<Geometry>): LandRing[] {
  const rings: LandRing[] = [];
  const add = (ring: Position[]) => {
    let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const [lon = 0, lat = 0] of ring) {
      w = Math.min(w, lon);
      e = Math.max(e, lon);
      s = Math.min(s, lat);
      n = Math.max(n, lat);
    }
    rings.push({ ring, bbox: [w, s, e, n] });
  };
  for (const f of countries.features) {
    if (f.geometry.type === "Polygon") f.geometry.coordinates.forEach(add);
    else if (f.geometry.type === "MultiPolygon") for (const polygon of f.geometry.coordinates) polygon.forEach(add);
  }
  return rings;
}

/** The water around a sea's point as seen now: the best centre for its name and how much of a box is water. */
export interface SeaArea {
  /** The centre, px, where a label of the given size has the most water under it (nearest the sea's point on ties). */
  point: { x: number; y: number };
  /** The share (0…1) of `box` (px) that lies on this sea's water. */
  share(box: Box): number;
  /** Whether the point (px) lies on this sea's water. */
  has(x: number, y: number): boolean;
}

/** Cells per side of the raster at most: work is bounded whatever the zoom. */
const CELLS = 48;

/**
 * The water connected to `seed` (lon, lat: the sea's point) within a square around it three
 * label widths across each way, for a label `width` × `height` px; undefined when the point
 * lies on land at this zoom. `project`: degrees → screen px (Mercator, north up). Work is
 * linear in the land rings' vertices near the sea plus CELLS².
 */
export function seaArea(
  seed: readonly [number, number],
  label: { width: number; height: number },
  project: (lonLat: [number, number]) => { x: number; y: number },
  land: readonly LandRing[],
): SeaArea | undefined {
  const centre = project([seed[0], seed[1]]);
  const half = Math.max(60, 3 * Math.max(label.width, label.height));
  const cell = (2 * half) / CELLS;
  const left = centre.x - half;
  const top = centre.y - half;
  // The land rings whose box reaches the window, projected.
  const rings: { x: number; y: number }[][] = [];
  for (const { ring, bbox } of land) {
    const sw = project([bbox[0], bbox[1]]);
    const ne = project([bbox[2], bbox[3]]);
    if (ne.x < left || sw.x > left + 2 * half || sw.y < top || ne.y > top + 2 * half) continue;
    rings.push(ring.map(([lon = 0, lat = 0]) => project([lon, lat])));
  }
  // Scanlines through the cells' centres: a cell is land where an odd number of ring edges lie left of it.
  const water = new Uint8Array(CELLS * CELLS).fill(1);
  for (let row = 0; row < CELLS; row++) {
    const y = top + (row + 0.5) * cell;
    const xs: number[] = [];
    for (const points of rings) {
      for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
        const a = points[i] as { x: number; y: number };
        const b = points[j] as { x: number; y: number };
        if (a.y > y !== b.y > y) xs.push(a.x + ((y - a.y) / (b.y - a.y)) * (b.x - a.x));
      }
    }
    xs.sort((p, q) => p - q);
    for (let k = 0; k + 1 < xs.length; k += 2) {
      const from = Math.max(0, Math.ceil(((xs[k] as number) - left) / cell - 0.5));
      const to = Math.min(CELLS - 1, Math.floor(((xs[k + 1] as number) - left) / cell - 0.5));
      for (let col = from; col <= to; col++) water[row * CELLS + col] = 0;
    }
  }
  // This sea: the water cells connected to the seed's.
  const start = Math.floor(CELLS / 2) * CELLS + Math.floor(CELLS / 2);
  if (!water[start]) return undefined;
  const sea = new Uint8Array(CELLS * CELLS);
  const queue = [start];
  sea[start] = 1;
  while (queue.length > 0) {
    const at = queue.pop() as number;
    const row = Math.floor(at / CELLS);
    const col = at % CELLS;
    for (const [r, c] of [
      [row - 1, col],
      [row + 1, col],
      [row, col - 1],
      [row, col + 1],
    ] as const) {
      const next = r * CELLS + c;
      if (r < 0 || c < 0 || r >= CELLS || c >= CELLS || sea[next] || !water[next]) continue;
      sea[next] = 1;
      queue.push(next);
    }
  }
  // Summed-area table: the sea cells in any box in constant time.
  const sum = new Float64Array((CELLS + 1) * (CELLS + 1));
  for (let row = 0; row < CELLS; row++) {
    for (let col = 0; col < CELLS; col++) {
      sum[(row + 1) * (CELLS + 1) + col + 1] =
        (sea[row * CELLS + col] as number) +
        (sum[row * (CELLS + 1) + col + 1] as number) +
        (sum[(row + 1) * (CELLS + 1) + col] as number) -
        (sum[row * (CELLS + 1) + col] as number);
    }
  }
  const share = (box: Box): number => {
    const c0 = Math.max(0, Math.min(CELLS, Math.round((box.left - left) / cell)));
    const c1 = Math.max(0, Math.min(CELLS, Math.round((box.right - left) / cell)));
    const r0 = Math.max(0, Math.min(CELLS, Math.round((box.top - top) / cell)));
    const r1 = Math.max(0, Math.min(CELLS, Math.round((box.bottom - top) / cell)));
    // Outside the window counts as not this sea's water.
    const area = Math.max(1, Math.round((box.right - box.left) / cell) * Math.round((box.bottom - box.top) / cell));
    if (c1 <= c0 || r1 <= r0) return 0;
    const at = (r: number, c: number) => sum[r * (CELLS + 1) + c] as number;
    return Math.min(1, (at(r1, c1) - at(r0, c1) - at(r1, c0) + at(r0, c0)) / area);
  };
  let best = { fit: -1, distance: Infinity, x: centre.x, y: centre.y };
  for (let row = 0; row < CELLS; row++) {
    for (let col = 0; col < CELLS; col++) {
      if (!sea[row * CELLS + col]) continue;
      const x = left + (col + 0.5) * cell;
      const y = top + (row + 0.5) * cell;
      const f = share({
        left: x - label.width / 2,
        top: y - label.height / 2,
        right: x + label.width / 2,
        bottom: y + label.height / 2,
      });
      const distance = Math.hypot(x - centre.x, y - centre.y);
      if (f > best.fit + 1e-9 || (Math.abs(f - best.fit) <= 1e-9 && distance < best.distance))
        best = { fit: f, distance, x, y };
    }
  }
  const has = (x: number, y: number) => {
    const col = Math.floor((x - left) / cell);
    const row = Math.floor((y - top) / cell);
    return col >= 0 && row >= 0 && col < CELLS && row < CELLS && sea[row * CELLS + col] === 1;
  };
  return { point: { x: best.x, y: best.y }, share, has };
}
