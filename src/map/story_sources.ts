import type { SourceSpecification } from "@maplibre/maplibre-gl-style-spec";
import type { FeatureCollection } from "geojson";

/** See storySources: the finest tile zoom of the sources whose data changes while playing. */
export const DYNAMIC_MAXZOOM = 4;
const EMPTY_COLLECTION: FeatureCollection = { type: "FeatureCollection", features: [] };

export interface StorySourcesInput {
  events: FeatureCollection;
  movements: FeatureCollection;
  /** The movements' end points (movementSources in story_features.ts). */
  movementEnds: FeatureCollection;
  relations: FeatureCollection;
}

export function storySources(input: StorySourcesInput): Record<string, SourceSpecification> {
  return {
    events: { type: "geojson", data: input.events },
    movements: { type: "geojson", data: input.movements },
    "movement-ends": { type: "geojson", data: input.movementEnds },
    relations: { type: "geojson", data: input.relations, promoteId: "id" },
    // The sources re-sent while playing are cut into tiles no finer than zoom DYNAMIC_MAXZOOM:
    // each new frame of data is then re-cut for the one or two tiles that cover the view, not for
    // a dozen (MapLibre overzooms them; ~300 m per tile unit, under a pixel at the zooms we frame).
    moving: { type: "geojson", data: EMPTY_COLLECTION, maxzoom: DYNAMIC_MAXZOOM },
    // The countries with a status in the chosen organization at some time (sent when the
    // organization changes), each coloured by its status at t as feature state: a seek sets the
    // few states that changed instead of sending and cutting the shapes again (issue 16 item 3).
    // The map does not draw the whole world twice more to colour a dozen countries.
    alliance: { type: "geojson", data: { type: "FeatureCollection", features: [] }, promoteId: "iso3" },
    pulse: { type: "geojson", data: EMPTY_COLLECTION, maxzoom: DYNAMIC_MAXZOOM },
    // The labels on the strong lines ("feindselig", "Truppen"): a handful of features, re-sent
    // only when the emphasis changes.
    "line-labels": { type: "geojson", data: EMPTY_COLLECTION, maxzoom: DYNAMIC_MAXZOOM },
    // A strong line's word as a point where MapLibre found no room on the line (line_label_fallback.ts).
    "line-label-points": { type: "geojson", data: EMPTY_COLLECTION, maxzoom: DYNAMIC_MAXZOOM },
  };
}
