import type { Feature, FeatureCollection, LineString, Position } from "geojson";
import { distanceToSegment } from "../geo/segment";
import { type Lang, t } from "../i18n/t";
import { SHORT_WORD } from "../story/short_word";
import type { Snapshot } from "../time/snapshot";
import type { IndexedMovement, StoryIndex } from "../time/story_index";
import { MOVEMENT_COLORS, RELATION_COLORS } from "../ui/palette";
import type { Emphasis } from "./emphasis";
import { splitRoute } from "./movement_route";

/**
 * The words on the strong lines, so a reader who never opens the legend reads them right:
 * a relation says its state ("feindselig"), a movement what it is: its `short` word ("zunächst
 * 11 000 Soldaten"), else its label when that is at most SHORT_WORD characters ("Lawrow nach
 * Eriwan"), else its kind ("Truppen"); a movement under way, on the part travelled (`centered`).
 * Each label sits on its line in the line's colour; a planned route lying along a strong
 * movement (drawn under it) has none. Pure.
 */
export function lineLabelFeatures(
  index: StoryIndex,
  emphasis: Emphasis,
  snapshot: Snapshot,
  lang: Lang,
  relationLines: ReadonlyMap<string, Position[]>,
): FeatureCollection<LineString> {
  const features: Feature<LineString>[] = [];
  for (const r of snapshot.relations) {
    const id = r.item.relation.id;
    const coords = relationLines.get(id);
    if (!emphasis.relations.has(id) || !coords) continue;
    features.push(line(id, coords, t(lang, `relation_${r.status}`), RELATION_COLORS[r.status]));
  }
  const strong = [...emphasis.movements].flatMap((i) => index.movements[i] ?? []);
  const progress = new Map(snapshot.moving.map((m) => [m.movement, m.progress]));
  for (const m of strong) {
    if (m.path.coords.length < 2) continue;
    // A planned route drawn under the movement that flew it (AZAL 8243's Baku–Grosny under its
    // flight) is hidden: a word of its own would label nothing the reader sees (it floated 90 px
    // off the flight in presenter mode, a review). The legend and a click on the line name it.
    const hidden =
      m.movement.kind === "planned-route" &&
      strong.some((o) => o !== m && o.movement.kind !== "planned-route" && liesAlong(m.path.coords, o.path.coords));
    if (hidden) continue;
    const own = m.movement.label[lang];
    const label = m.movement.short?.[lang] ?? (own.length <= SHORT_WORD ? own : t(lang, `movement_${m.movement.kind}`));
    const travelled = travelledPath(m, progress.get(m));
    features.push(
      line(m.movement.id, travelled ?? m.path.coords, label, MOVEMENT_COLORS[m.movement.kind], !!travelled),
    );
  }
  return { type: "FeatureCollection", features };
}

/**
 * Share of its route a movement under way must have travelled before its word is written on the
 * travelled part alone: less would leave the word too little line (it is then written along the
 * whole route).
 */
export const TRAVELLED_WORD_FROM = 0.25;

/**
 * The part travelled ([lon, lat] degrees) of a movement under way at `progress` (0…1, from
 * TRAVELLED_WORD_FROM on), drawn strong, which its word is written along, once at its middle
 * (`centered`: story_layers.ts CENTERED_WORD_LAYER); undefined: the word goes along the whole
 * route. At AZAL 8243's hit "Flug" stood on the thin route on to Aktau still ahead while the
 * strong leg from Baku carried none (a review). The part travelled only grows while it plays on,
 * so the word stays on a strong line until the words are made again at the next event.
 */
function travelledPath(m: IndexedMovement, progress: number | undefined): Position[] | undefined {
  if (progress === undefined || !(progress >= TRAVELLED_WORD_FROM && progress < 1)) return undefined;
  const { travelled } = splitRoute(m.path, progress);
  return travelled.length >= 2 ? travelled : undefined;
}

/** A word's line: `centered`, written once at its middle (story_layers.ts CENTERED_WORD_LAYER). */
function line(
  id: string,
  coordinates: Position[],
  label: string,
  color: string,
  centered?: boolean,
): Feature<LineString> {
  const properties = centered ? { id, label, color, centered } : { id, label, color };
  return { type: "Feature", geometry: { type: "LineString", coordinates }, properties };
}

/**
 * A point this close to a line (degrees, longitude shrunk by the cosine of latitude) lies on it:
 * about a strong line's width at the closest zoom an event is framed at (maxFrameZoom, ~45 px per
 * degree). AZAL 8243's planned end, Grosny, lies 0.1° from where its flight was hit.
 */
const ALONG_DEGREES = 0.15;

/**
 * Whether every point of `path` ([lon, lat] degrees) lies within ALONG_DEGREES of the polyline
 * `other`: the line is drawn on it. Work is |path| × |other|, both a movement's few dozen points.
 */
export function liesAlong(path: readonly Position[], other: readonly Position[]): boolean {
  if (other.length < 2) return false;
  return path.every(([lon = 0, lat = 0]) => {
    const shrink = Math.cos((lat * Math.PI) / 180);
    for (let i = 1; i < other.length; i++) {
      const [ax = 0, ay = 0] = other[i - 1] ?? [];
      const [bx = 0, by = 0] = other[i] ?? [];
      const a = { x: ax * shrink, y: ay };
      const b = { x: bx * shrink, y: by };
      if (distanceToSegment({ x: lon * shrink, y: lat }, a, b) <= ALONG_DEGREES) return true;
    }
    return false;
  });
}
