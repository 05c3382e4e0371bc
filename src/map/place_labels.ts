import type { Place } from "../story/schema";
import { awayFrom, type Bounds, type Box, edgeOf, MAIN_RANK } from "./framing";
import { type AnchorOffset, AREA_ANCHORS, anchorKey, mainCityAnchors, SEA_ANCHORS } from "./label_anchors";
import { type Dot, type LabelRequest, labelBox, layoutLabels } from "./label_layout";
import type { Marker } from "./markers";
import { type LandRing, type SeaArea, seaArea } from "./sea_label";
import { placeTextSize } from "./style";
import type { Theme } from "./theme";

/**
 * Where the main places' names go in the view the reader has now: their points and label sizes
 * in px, handed to layoutLabels. map_view.ts calls it whenever the camera settles; the result
 * becomes each feature's `anchor` (features.ts), which the style draws as the one position.
 */

/** The camera as label layout needs it; px are CSS px from the map's top left. */
export interface LabelView {
  zoom: number;
  width: number;
  height: number;
  project(lonLat: [number, number]): { x: number; y: number };
  /** Screen px → degrees [lon, lat] (a sea's name moves to its water: sea_label.ts). */
  unproject?(point: { x: number; y: number }): [number, number];
  /** Controls and overlays on the map, px. */
  obstacles: readonly Box[];
  /** The markers drawn now (markers.ts): no name may meet one, its own place's included. */
  markers?: readonly Marker[];
}

/** Width of `text` in px at `px` font size, bold or regular Noto Sans (a canvas measures it in the app). */
export type Measure = (text: string, px: number, bold: boolean) => number;

/** Labels keep this far inside the map's edges, px (map_view.ts hides a label cut by an edge). */
const EDGE_PX = 3;
/** Kept free around a measured label on each side: the halo, and rounding between canvas and MapLibre, px. */
const PAD_PX = 1.5;
/**
 * Room the wide gap's layout keeps beyond PAD_PX, px: MapLibre's own collision boxes differ from
 * these by a pixel or two, and a name that only just fits with the wide gap may lose to its
 * neighbour there (Istanbul beside Eriwan in presenter mode at 1024×768); the close layout,
 * tried next, then keeps it.
 */
const WIDE_SPARE_PX = 2.5;
/**
 * MapLibre's collision box of a line of text is a little taller than the line, about this many
 * ems above and below (probed with queryRenderedFeatures: 15 px for one line of 12.5 px type).
 */
const GLYPH_BORDER_EMS = 0.05;
/**
 * The part of a dot no other label may cover, px at theme scale 1: the dark disc (style.ts
 * `place-dots`, 3.5) and a little of its white ring, which may merge with a label's halo.
 */
const DOT_PX = 4;
/**
 * Kept free around a marker beyond its box, px: MapLibre's text boxes sit up to two pixels
 * off these (its shaping's baseline), and with one pixel Eriwan's name, laid out just below its
 * dot, lost to the dot's `marker-clearance` box in presenter mode at 1920×1080.
 */
const MARKER_SPARE_PX = 3;
/** `text-max-width` of seas, regions and countries, ems (style.ts); cities are not wrapped. */
const AREA_MAX_EMS = 5;
const AREA_LETTER_SPACING = 0.06;
const LINE_HEIGHT = 1.1;

/** The label layout of a view: each main place's position (its key) and, for a sea, the point its name moved to. */
export interface LabelPlacement {
  anchors: Map<string, string>;
  /** Degrees [lon, lat] of a sea's label, on its water (sea_label.ts), by id. */
  points: Map<string, [number, number]>;
}

/** A sea's name is tried at most at this many points of its water (the most water first). */
const SEA_CANDIDATES = 12;

/**
 * The position chosen for each main place (its key, see label_anchors.ts) (rank ≤ MAIN_RANK) that has room in `view`, by id.
 * `frame`: the opening frame (edge-of-frame candidates, as in features.ts); `theme`: its `scale`
 * sizes the dots, its `labelScale` and `minTextPx` the names; `land`: the basemap's land rings,
 * from which a sea's name finds its water (without them a sea keeps its `labelAt`).
 */
export function placeLabelAnchors(
  places: readonly Place[],
  frame: Bounds,
  view: LabelView,
  lang: "de" | "en",
  theme: Pick<Theme, "scale" | "labelScale" | "minTextPx">,
  measure: Measure,
  land: readonly LandRing[] = [],
): LabelPlacement {
  const main = places.filter((p) => p.rank <= MAIN_RANK).sort((a, b) => a.rank - b.rank);
  const seas = new Map<string, SeaArea>();
  const requestsWith = (near: boolean, water: boolean): LabelRequest[] =>
    main.map((place) => {
      const at = place.labelAt ?? place;
      // MapLibre lays a tile's labels out, and sizes their collision boxes, at the text size of
      // the next whole zoom level; the drawn text is smaller between levels, the box is not.
      const size = placeTextSize(Math.floor(view.zoom) + 1, place.kind, place.rank, theme.labelScale, theme.minTextPx);
      const city = place.kind === "city";
      const lines = city ? [place.name[lang]] : wrap(place.name[lang], size, measure);
      const spacing = city ? 0 : AREA_LETTER_SPACING * size;
      const width = Math.max(...lines.map((line) => measure(line, size, city) + spacing * line.length));
      const height = (lines.length * LINE_HEIGHT + 2 * GLYPH_BORDER_EMS) * size;
      const sea =
        water && place.kind === "sea" && land.length > 0 && view.unproject
          ? seaArea([place.lon, place.lat], { width, height }, view.project, land)
          : undefined;
      if (sea) seas.set(place.id, sea);
      const { x, y } = sea ? sea.point : view.project([at.lon, at.lat]);
      const request = {
        id: place.id,
        x,
        y,
        width,
        height,
        size,
        pad: near ? PAD_PX : PAD_PX + WIDE_SPARE_PX,
        candidates: city
          ? mainCityAnchors(edgeOf(place.lon, place.lat, frame), awayFrom(place.lon, place.lat, place.id, places), near)
          : AREA_ANCHORS,
      };
      return sea ? { ...request, candidates: onWater({ ...request, candidates: SEA_ANCHORS }, sea) } : request;
    });
  const dots: Dot[] = main
    .filter((p) => p.kind === "city")
    .map((p) => ({ id: p.id, ...view.project([p.lon, p.lat]), r: DOT_PX * theme.scale }));
  const area = { left: EDGE_PX, top: EDGE_PX, right: view.width - EDGE_PX, bottom: view.height - EDGE_PX };
  // Each marker on the map as the square it covers, its own place's too: a name beside a ring
  // takes a wider gap (label_anchors.ts), never the ring's place.
  const markerBoxes = (view.markers ?? []).flatMap((m) => {
    const { x, y } = view.project([m.lon, m.lat]);
    const r = m.r * theme.scale + MARKER_SPARE_PX;
    const box = { left: x - r, top: y - r, right: x + r, bottom: y + r };
    return box.right > 0 && box.left < view.width && box.bottom > 0 && box.top < view.height ? [box] : [];
  });
  const obstacles = [...view.obstacles, ...markerBoxes];
  // Names clear of the event dots first; close to their dots only if that keeps more of them.
  const missing = (layout: number[]) => layout.filter((i) => i < 0).length;
  const layout = (water: boolean) => {
    let requests = requestsWith(false, water);
    let chosen = layoutLabels(requests, area, obstacles, dots);
    if (missing(chosen) > 0) {
      const near = requestsWith(true, water);
      const closer = layoutLabels(near, area, obstacles, dots);
      if (missing(closer) < missing(chosen)) {
        requests = near;
        chosen = closer;
      }
    }
    return { requests, chosen };
  };
  let { requests, chosen } = layout(true);
  // A sea far narrower than its name among a dense cluster's names (the Caspian on a phone):
  // no point of its water leaves them room, so its name keeps its `labelAt` and the area's
  // positions there rather than go missing.
  if (requests.some((r, i) => seas.has(r.id) && (chosen[i] ?? -1) < 0)) {
    seas.clear();
    ({ requests, chosen } = layout(false));
  }
  const anchors = new Map<string, string>();
  const points = new Map<string, [number, number]>();
  requests.forEach((request, i) => {
    const candidate = request.candidates[chosen[i] ?? -1];
    if (candidate) anchors.set(request.id, anchorKey(candidate));
    if (seas.has(request.id) && view.unproject) points.set(request.id, view.unproject({ x: request.x, y: request.y }));
  });
  return { anchors, points };
}

/**
 * A sea's positions whose name is centred on its water, the most water under the name first
 * (SEA_CANDIDATES of them). A name never moves its centre onto land to make room for a city's.
 */
function onWater(request: LabelRequest, sea: SeaArea): AnchorOffset[] {
  const scored = request.candidates.map((candidate) => {
    const box = labelBox({ ...request, pad: 0 }, candidate);
    const centred = sea.has((box.left + box.right) / 2, (box.top + box.bottom) / 2);
    return { candidate, fit: centred ? sea.share(box) : 0 };
  });
  return scored
    .filter((s) => s.fit > 0)
    .sort((a, b) => b.fit - a.fit)
    .slice(0, SEA_CANDIDATES)
    .map((s) => s.candidate);
}

/** Words on lines no wider than AREA_MAX_EMS (a longer word keeps its own line), as MapLibre wraps. */
function wrap(text: string, size: number, measure: Measure): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/)) {
    const last = lines.at(-1);
    if (last !== undefined && measure(`${last} ${word}`, size, false) <= AREA_MAX_EMS * size) {
      lines[lines.length - 1] = `${last} ${word}`;
    } else lines.push(word);
  }
  return lines;
}
