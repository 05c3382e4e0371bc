import type { Feature, FeatureCollection, LineString } from "geojson";
import type { Place } from "../story/schema";
import { cityAnchor, EVENT_RING_PX, isCallout } from "./label_anchors";
import { DOT_PX, type LabelView } from "./place_labels";
import { placeTextSize } from "./style";
import type { Theme } from "./theme";

/** Room left between a leader line and its name, px. */
const LEADER_SPARE_PX = 4;

/**
 * The leader lines of the names `anchors` (placeLabelAnchors) put off their dots (callouts,
 * label_anchors.ts `isCallout`): one line per callout, from the edge of the place's dot to the
 * point its name is anchored at, in degrees for the camera of `view` (map_view.ts hides them
 * while the camera moves and draws them again for the settled one); from outside the ring of a
 * place in `current`. Properties: `id` of the place.
 */
export function leaderLines(
  places: readonly Place[],
  anchors: ReadonlyMap<string, string>,
  view: LabelView,
  theme: Pick<Theme, "scale" | "labelScale" | "minTextPx">,
  current: ReadonlySet<string> = new Set(),
): FeatureCollection<LineString> {
  const features: Feature<LineString>[] = [];
  for (const place of places) {
    const key = anchors.get(place.id);
    const candidate = key !== undefined && isCallout(key) ? cityAnchor(key) : undefined;
    if (!candidate || place.kind !== "city") continue;
    const size = placeTextSize(view.zoom, place.kind, place.rank, theme.labelScale, theme.minTextPx);
    const { x, y } = view.project([place.lon, place.lat]);
    const [dx, dy] = [candidate.offset[0] * size, candidate.offset[1] * size];
    const length = Math.hypot(dx, dy);
    // From outside the current event's ring (drawn under the line), else outside the dot.
    const from = (current.has(place.id) ? EVENT_RING_PX : DOT_PX) * theme.scale + 1;
    const to = length - LEADER_SPARE_PX;
    if (!(to > from)) continue;
    const at = (d: number) => view.unproject({ x: x + (dx / length) * d, y: y + (dy / length) * d });
    features.push({
      type: "Feature",
      properties: { id: place.id },
      geometry: { type: "LineString", coordinates: [at(from), at(to)] },
    });
  }
  return { type: "FeatureCollection", features };
}
