import type { Place } from "../story/schema";
import { awayFrom, type Bounds, type Box, edgeOf, MAIN_RANK } from "./framing";
import {
  type AnchorOffset,
  AREA_ANCHORS,
  AREA_FAR_ANCHORS,
  anchorKey,
  currentCityAnchors,
  EVENT_CORE_PX,
  EVENT_RING_PX,
  isCallout,
  mainCityAnchors,
} from "./label_anchors";
import { CLEAR_EMS, type Dot, hasRoom, type LabelRequest, labelBox, labelCovers, layoutLabels } from "./label_layout";
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
  /** The point (degrees) under a px position: leader lines are drawn on the map. */
  unproject(point: { x: number; y: number }): [number, number];
  /** Controls and overlays on the map, px. */
  obstacles: readonly Box[];
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
export const DOT_PX = 4;
/** `text-max-width` of seas, regions and countries, and of cities, ems (style.ts). */
const AREA_MAX_EMS = 5;
const CITY_MAX_EMS = 10;
const AREA_LETTER_SPACING = 0.06;
const LINE_HEIGHT = 1.1;

/**
 * At most this many secondary cities with an event's dot are laid out here, most important first
 * (placeLabelLayout); the rest are left to MapLibre's placement, as the other secondary names.
 * A locator map names a handful of them; a story with hundreds of places marked at once (the
 * bench's synthetic ones at their end) would otherwise pay a search over all of them per step.
 */
const SECONDARY_MAX = 24;

/** What placeLabelLayout decides for the view. */
export interface PlaceLabelLayout {
  /** The position chosen for each laid-out place, by id (its key, see label_anchors.ts). */
  anchors: Map<string, string>;
  /**
   * Places drawn neither with a dot nor with a name in this view, by id: a main place whose name
   * has no room on the map at all (its dot at the map's edge: an unnamed dot says nothing), and
   * a secondary city without an event whose dot a main name had to cover in a dense view (the
   * secondary place gives way, as a basemap drops a place whose label does not fit).
   */
  hidden: Set<string>;
  /**
   * Places drawn with their dot or event marker but no name, by id: a place of the current
   * event or with an event's dot whose name has no room in this view. MapLibre's own placement
   * would put it somewhere, blind to every dot ("Istanbul" across Ankara's and Eriwan's dots).
   */
  unnamed: Set<string>;
}

/** placeLabelLayout's positions only. */
export function placeLabelAnchors(...args: Parameters<typeof placeLabelLayout>): Map<string, string> {
  return placeLabelLayout(...args).anchors;
}

/**
 * The position chosen for each main place (rank ≤ MAIN_RANK) and each place of the current
 * event that has room in `view`, and the places that give way (PlaceLabelLayout). `frame`: the opening
 * frame (edge-of-frame candidates, as in features.ts); `theme`: its `scale` sizes the dots, its
 * `labelScale` and `minTextPx` the names; `current`: the ids of the current event's places,
 * laid out first (a place that carries the current event never loses its name to another
 * place's), a city's name beside its ring; `marked`: the ids of places with an event's dot at
 * this moment (no name lies on it); `marks`: other symbols no name lies on, px (the crash ✕
 * beside Aktau's ring: "Aktau" over it on a phone, a review), given up only in the last resort;
 * `ends`: the ids of places a strong line starts or ends at (emphasis.ts lineEnds): their dots
 * give way to the current event's names only, a secondary city among them is named as one with
 * an event's dot (Moskau, where the "verbündet" line to Pjöngjang starts, lost dot and name to
 * "Gebiet Kursk" in presenter mode at 1920×1080, a review).
 */
export function placeLabelLayout(
  places: readonly Place[],
  frame: Bounds,
  view: LabelView,
  lang: "de" | "en",
  theme: Pick<Theme, "scale" | "labelScale" | "minTextPx">,
  measure: Measure,
  current: ReadonlySet<string> = new Set(),
  marked: ReadonlySet<string> = new Set(),
  marks: readonly Dot[] = [],
  ends: ReadonlySet<string> = new Set(),
): PlaceLabelLayout {
  const priority = (p: Place) => (current.has(p.id) ? 0 : 1);
  // A place whose point is off the map gets no name from the layout: a name at the edge, its
  // leader ending at the edge, would stand for a dot that is not there (Istanbul at 1280×800
  // after → ×3, beside another place's dot).
  const onMap = (p: Place) => {
    const { x, y } = view.project([p.labelAt?.lon ?? p.lon, p.labelAt?.lat ?? p.lat]);
    return x >= 0 && y >= 0 && x <= view.width && y <= view.height;
  };
  const main = places
    .filter((p) => (p.rank <= MAIN_RANK || current.has(p.id)) && onMap(p))
    .sort((a, b) => priority(a) - priority(b) || a.rank - b.rank);
  // Each place's request is built once per `near` (the names' sizes and the crowd around each
  // dot do not change between the tries below).
  const built = new Map<string, LabelRequest>();
  const requestsFor = (near: boolean, among: readonly Place[]): LabelRequest[] =>
    among.map((place) => {
      const key = `${near ? 1 : 0}${place.id}`;
      const known = built.get(key);
      if (known) return known;
      const request = requestOf(place, near);
      built.set(key, request);
      return request;
    });
  const requestOf = (place: Place, near: boolean): LabelRequest => {
    const at = place.labelAt ?? place;
    const { x, y } = view.project([at.lon, at.lat]);
    // MapLibre lays a tile's labels out, and sizes their collision boxes, at the text size of
    // the next whole zoom level; the drawn text is smaller between levels, the box is not.
    const size = placeTextSize(Math.floor(view.zoom) + 1, place.kind, place.rank, theme.labelScale, theme.minTextPx);
    const city = place.kind === "city";
    // Wrapped as MapLibre wraps it: a long name (a story's own, 88 characters) takes lines, not the map's width.
    const lines = wrap(place.name[lang], size, (text) => measure(text, size, city), city ? CITY_MAX_EMS : AREA_MAX_EMS);
    const spacing = city ? 0 : AREA_LETTER_SPACING * size;
    const width = Math.max(...lines.map((line) => measure(line, size, city) + spacing * line.length));
    return {
      id: place.id,
      x,
      y,
      width,
      height: (lines.length * LINE_HEIGHT + 2 * GLYPH_BORDER_EMS) * size,
      size,
      pad: near ? PAD_PX : PAD_PX + WIDE_SPARE_PX,
      candidates: city
        ? (current.has(place.id) ? currentCityAnchors : mainCityAnchors)(
            edgeOf(place.lon, place.lat, frame),
            awayFrom(place.lon, place.lat, place.id, places),
            near,
          )
        : [...AREA_ANCHORS, ...AREA_FAR_ANCHORS],
    };
  };
  // No name lies on a dot: a current event's big ring, a past event's dot, and every city's dot,
  // drawn above the main names (style.ts place-dots), a secondary one too (Istanbul's name under
  // Ankara's dot, Baku's on Teheran's, on a phone); a region's or country's event marker too
  // (Kursk's under "Kaspisches Meer"), which is not its own name's dot ("Ukraine" on its marker).
  const atFullSize: Dot[] = [];
  for (const p of places) {
    const city = p.kind === "city";
    if (!(city || current.has(p.id) || marked.has(p.id))) continue;
    const { x, y } = view.project([p.lon, p.lat]);
    if (x < -EDGE_PX || y < -EDGE_PX || x > view.width + EDGE_PX || y > view.height + EDGE_PX) continue;
    const r = current.has(p.id) ? EVENT_RING_PX : marked.has(p.id) ? EVENT_CORE_PX : DOT_PX;
    const ring = current.has(p.id) ? { core: EVENT_CORE_PX * theme.scale } : {};
    atFullSize.push({ id: city ? p.id : `${p.id}#marker`, x, y, r: r * theme.scale, ...ring });
  }
  // Two places of the current event whose rings overlap (Budapest and Belgrad in a 480 px embed
  // showing Europe to China): every name of one would cross the other's ring, and Belgrad lost
  // its name. The rings are drawn under the names, so there only their cores must stay clear.
  const ringsMeet = (a: Dot, b: Dot) => a !== b && Math.hypot(a.x - b.x, a.y - b.y) < a.r + b.r;
  const rings = atFullSize.filter((d) => current.has(d.id.replace(/#marker$/, "")));
  const meeting = new Set(rings.filter((d) => rings.some((other) => ringsMeet(d, other))));
  const dots = atFullSize.map((d) => (meeting.has(d) ? { ...d, r: EVENT_CORE_PX * theme.scale } : d));
  const area = { left: EDGE_PX, top: EDGE_PX, right: view.width - EDGE_PX, bottom: view.height - EDGE_PX };
  // A main place whose name fits nowhere on the map, whatever else is there (its dot a few px
  // from the edge: Istanbul at a phone's left edge in a framed view), is not drawn at all; else
  // it would hold every layout below to one name short, and stay a bare dot.
  const hidden = new Set<string>();
  const unnamed = new Set<string>();
  // A place left without a name keeps its dot only where an event is drawn there anyway.
  const leaveOut = (id: string) => (current.has(id) || marked.has(id) ? unnamed : hidden).add(id);
  for (const request of requestsFor(true, main)) {
    if (!hasRoom(request, area, view.obstacles)) leaveOut(request.id);
  }
  const named = main.filter((p) => !hidden.has(p.id) && !unnamed.has(p.id));
  const requestsWith = (near: boolean) => requestsFor(near, named);
  const placeOf = (d: Dot) => d.id.replace(/#marker$/, "");
  const drawn = dots.filter((d) => !hidden.has(placeOf(d)));
  // Where every dot cannot stay clear (a 320×640 embed's Caucasus, 25 px across), the main
  // places' dots and every event's marker only: a plain secondary city's dot that a main name
  // then covers gives way (`hidden`), a name is never printed on a dot (Eriwan on Ankara's).
  const mainIds = new Set(named.filter((p) => p.rank <= MAIN_RANK).map((p) => p.id));
  const isMain = (d: Dot) => mainIds.has(d.id);
  const loose = drawn
    .filter((d) => isMain(d) || current.has(placeOf(d)) || marked.has(placeOf(d)) || ends.has(d.id))
    .map((d) => (current.has(placeOf(d)) ? d : { ...d, r: DOT_PX * theme.scale }));
  // Last, the main dots and the current event's rings only: a name may then lie on an earlier
  // event's marker (drawn under the names), where it has no other room (Grosny in a 320×640
  // embed); a secondary city's dot it covers gives way with its name.
  const lastResort = loose.filter((d) => current.has(placeOf(d)) || isMain(d) || ends.has(d.id));
  // And only for the current event's names, the dot of a strong line's end too ("Gebiet Kursk"
  // over Moskau's in presenter mode at 1024×768: Moskau gives way).
  const currentResort = lastResort.filter((d) => !ends.has(d.id) || current.has(d.id));
  // Names clear of other dots by CLEAR_EMS first; then touching them, far from and close to
  // their own dots; then the same against the main dots and markers only; then the last resort.
  // The first layout that names them all wins, else the one that misses the fewest (the current
  // event's names first).
  const requestsNow = requestsWith(false);
  const missing = (layout: number[]) =>
    layout.reduce((sum, i, k) => (i >= 0 ? sum : sum + (current.has(requestsNow[k]?.id ?? "") ? 1000 : 1)), 0);
  const drawnMarked = [...drawn, ...marks];
  const looseMarked = [...loose, ...marks];
  const tiers = [
    [false, drawnMarked],
    [true, drawnMarked],
    [false, looseMarked],
    [true, looseMarked],
    [true, lastResort],
    [true, currentResort],
  ] as const;
  let requests = requestsNow;
  let chosen = layoutLabels(requests, area, view.obstacles, drawnMarked, CLEAR_EMS);
  let against: readonly Dot[] = drawnMarked;
  for (const [near, dotsNow] of tiers) {
    if (missing(chosen) < (dotsNow === currentResort ? 1000 : 1)) break;
    const tried = requestsWith(near);
    const layout = layoutLabels(tried, area, view.obstacles, dotsNow);
    if (missing(layout) < missing(chosen)) {
      requests = tried;
      chosen = layout;
      against = dotsNow;
    }
  }
  const anchors = new Map<string, string>();
  const laid: [LabelRequest, AnchorOffset][] = [];
  requests.forEach((request, i) => {
    const candidate = request.candidates[chosen[i] ?? -1];
    if (!candidate) {
      leaveOut(request.id);
      return;
    }
    anchors.set(request.id, anchorKey(candidate));
    laid.push([request, candidate]);
  });
  // A city's dot left out of the layout's dots (`against`) that a laid-out name covers gives way.
  const giveWay = (
    dots: readonly Dot[],
    against: readonly Dot[],
    names: readonly [LabelRequest, AnchorOffset][],
    mayGive: (d: Dot) => boolean,
  ) => {
    const kept = new Set(against.map((a) => a.id));
    for (const d of dots) {
      if (!mayGive(d) || kept.has(d.id)) continue;
      if (names.some(([request, candidate]) => labelCovers(request, candidate, d))) hidden.add(d.id);
    }
  };
  giveWay(drawn, against, laid, (d) => d.id === placeOf(d));
  // Then the secondary cities with an event's dot (Moskau in the SCO meeting's view): MapLibre
  // would place their names after the markers' room (story_layers.ts `event-blockers`), where
  // their own marker blocks every position, and drop them while a lesser name beside them shows.
  // Laid out here, clear of the main names, their leader lines and every dot still drawn, they
  // are drawn in the main names' layer (features.ts `main`); one without room stays unnamed.
  const secondary = places
    .filter(
      (p) =>
        p.kind === "city" &&
        p.rank > MAIN_RANK &&
        (marked.has(p.id) || ends.has(p.id)) &&
        !current.has(p.id) &&
        !hidden.has(p.id) &&
        onMap(p),
    )
    .sort((a, b) => a.rank - b.rank)
    .slice(0, SECONDARY_MAX);
  if (secondary.length > 0) {
    const taken = [...view.obstacles, ...laid.flatMap(([request, candidate]) => takenBy(request, candidate))];
    const visible = drawn.filter((d) => !hidden.has(placeOf(d)));
    // Beside the dot only, never close to it (`near`): a main name may touch its own dot where
    // nothing else fits, a secondary one goes without ("Ki●w" at 480 px). No callouts either.
    const wide = requestsFor(false, secondary).map((r) => ({
      ...r,
      candidates: r.candidates.filter((c) => !isCallout(anchorKey(c))),
    }));
    // Last, a plain secondary city's dot may give way to the name of a place with an event now,
    // as a main name's may (the event makes it the story's; Minsk's dot kept Kiew, with its
    // event, without a name, and Minsk was named).
    const plain = (d: Dot) =>
      d.id === placeOf(d) && !mainIds.has(d.id) && !marked.has(d.id) && !current.has(d.id) && !ends.has(d.id);
    const tries = [
      [CLEAR_EMS, [...visible, ...marks]],
      [0, [...visible, ...marks]],
      [0, [...visible.filter((d) => !plain(d)), ...marks]],
    ] as const;
    let best: [number[], readonly Dot[]] | undefined;
    for (const [clearEms, dotsNow] of tries) {
      const layout = layoutLabels(wide, area, taken, dotsNow, clearEms);
      if (!best || layout.filter((i) => i < 0).length < best[0].filter((i) => i < 0).length) best = [layout, dotsNow];
      if (!layout.includes(-1)) break;
    }
    const placedNow: [LabelRequest, AnchorOffset][] = [];
    wide.forEach((request, i) => {
      const candidate = request.candidates[best?.[0][i] ?? -1];
      if (!candidate) {
        unnamed.add(request.id);
        return;
      }
      anchors.set(request.id, anchorKey(candidate));
      placedNow.push([request, candidate]);
    });
    giveWay(visible, best?.[1] ?? visible, placedNow, plain);
  }
  return { anchors, hidden, unnamed };
}

/** The room a laid-out name takes from later names, px: its box and, for a callout, its leader line in small squares. */
function takenBy(request: LabelRequest, candidate: AnchorOffset): Box[] {
  const boxes = [labelBox(request, candidate)];
  if (!isCallout(anchorKey(candidate))) return boxes;
  const [dx, dy] = [candidate.offset[0] * request.size, candidate.offset[1] * request.size];
  const steps = Math.ceil(Math.hypot(dx, dy) / 3);
  for (let i = 1; i < steps; i++) {
    const x = request.x + (dx * i) / steps;
    const y = request.y + (dy * i) / steps;
    boxes.push({ left: x - 1.5, top: y - 1.5, right: x + 1.5, bottom: y + 1.5 });
  }
  return boxes;
}

/** Words on lines no wider than `maxEms` (a longer word keeps its own line), as MapLibre wraps. */
function wrap(text: string, size: number, width: (text: string) => number, maxEms: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/)) {
    const last = lines.at(-1);
    if (last !== undefined && width(`${last} ${word}`) <= maxEms * size) {
      lines[lines.length - 1] = `${last} ${word}`;
    } else lines.push(word);
  }
  return lines;
}
