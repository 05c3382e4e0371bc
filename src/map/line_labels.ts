import type { Feature, FeatureCollection, LineString, Position } from "geojson";
import { type Lang, t } from "../i18n/t";
import { SHORT_WORD } from "../story/short_word";
import type { Snapshot } from "../time/snapshot";
import type { StoryIndex } from "../time/story_index";
import { MOVEMENT_COLORS, RELATION_COLORS } from "../ui/palette";
import type { Emphasis } from "./emphasis";

/**
 * The words on the strong lines, so a reader who never opens the legend reads them right:
 * a relation says its state ("feindselig"), a movement what it is: its `short` word ("zunächst
 * 11 000 Soldaten"), else its label when that is at most SHORT_WORD characters ("Lawrow nach
 * Eriwan"), else its kind ("Truppen"). Each label sits on its line in the line's colour. Pure.
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
  for (const i of emphasis.movements) {
    const m = index.movements[i];
    if (!m || m.path.coords.length < 2) continue;
    const own = m.movement.label[lang];
    const label = m.movement.short?.[lang] ?? (own.length <= SHORT_WORD ? own : t(lang, `movement_${m.movement.kind}`));
    features.push(line(m.movement.id, m.path.coords, label, MOVEMENT_COLORS[m.movement.kind]));
  }
  return { type: "FeatureCollection", features };
}

function line(id: string, coordinates: Position[], label: string, color: string): Feature<LineString> {
  return { type: "Feature", geometry: { type: "LineString", coordinates }, properties: { id, label, color } };
}
