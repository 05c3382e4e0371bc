/**
 * The names of the settled chunks' layers (settled_movements.ts), apart from the code that makes
 * them: the map's clicks and the story map name them for every story, while the layers themselves
 * are made only for a story with settled chunks, from a chunk loaded when one needs it.
 */

/** The movement layers a settled chunk copies, and the part of the movements each draws. */
export const MOVEMENT_LAYERS: Record<string, "routes" | "ends"> = {
  "movement-planned": "routes",
  "movement-trace": "routes",
  "movement-open-line": "routes",
  "movement-approx-end": "ends",
  "movement-open-tip": "ends",
  "movement-end": "ends",
};

/** The layer of the active source a settled layer copies ("movement-trace" for "movement-trace@3"), else the id. */
export function baseLayer(id: string): string {
  const at = id.indexOf("@");
  return at < 0 ? id : id.slice(0, at);
}

/** The layer ids of settled chunk c. */
export const chunkLayerIds = (c: number) => Object.keys(MOVEMENT_LAYERS).map((id) => `${id}@${c}`);

/** Every settled layer id for `chunks` chunks (for queries: clicks find them too). */
export function settledLayerIds(chunks: number): string[] {
  return Array.from({ length: chunks }, (_, c) => chunkLayerIds(c)).flat();
}
