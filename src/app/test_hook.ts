import type { MapView, RenderedFeature } from "../map/map_view";
import { PLACE_LABEL_LAYERS } from "../map/style";
import { LINE_WORD_LAYERS } from "../map/word_layers";
import type { Actions } from "./actions";
import type { AppState } from "./state";

/**
 * A hook for end-to-end tests and the benchmark: what the canvas shows, as data, and the same
 * actions the controls use. Nothing here can do more than a reader with a keyboard. A chunk of
 * its own, set on `window` after the first view (mount.ts): no part of the first load.
 */
export function exposeForTests(
  view: MapView,
  state: () => AppState,
  actions: Actions,
  clock: { freeze(): void; advance(ms: number): void },
  clickLayers: readonly string[],
  loadMapTargets: () => Promise<Pick<typeof import("../map/map_click"), "distanceOf">>,
) {
  const placeLabel = (f: RenderedFeature) => ({
    name: String(f.properties[`name_${state().lang}`] ?? ""),
    rank: Number(f.properties.rank),
    screen: f.screen,
    covered: f.state.covered === true,
  });
  // Every feature drawn in `layers` on the whole map, with feature state and point coordinates.
  const renderedFeatures = (layers: string[]) => {
    const { width, height } = view.size();
    return view.renderedFeaturesIn(layers, { left: 0, top: 0, right: width, bottom: height });
  };
  const layout = (layer: string) => view.styleLayers().find((l) => l.id === layer)?.layout;
  Object.assign(window, {
    __zeitkarte: {
      renderedLabels: () =>
        view.renderedProperties([...PLACE_LABEL_LAYERS]).map((p) => String(p[`name_${state().lang}`] ?? "")),
      renderedFeatures,
      // What a click at (x, y) (map px) hits: layer, id and px from the point as drawn.
      // (A promise: the measure is in the click's chunk, map_click.ts.)
      hitsAt: async (x: number, y: number) => {
        const hits = view.hitsAt(clickLayers, { x, y });
        const { distanceOf } = await loadMapTargets();
        return hits.map((h) => ({ layer: h.layer, id: String(h.properties.id ?? h.id), distance: distanceOf(h) }));
      },
      // Place labels as placed: name, point (map px) and whether a control covers it (then it is
      // faded out), and the labels whose placed box meets a box (map px).
      placeLabels: () => renderedFeatures([...PLACE_LABEL_LAYERS]).map(placeLabel),
      labelsIn: (box: { left: number; top: number; right: number; bottom: number }) =>
        view.renderedFeaturesIn([...PLACE_LABEL_LAYERS], box).map(placeLabel),
      // The words on lines whose placed box meets a box (map px).
      wordsIn: (box: { left: number; top: number; right: number; bottom: number }) =>
        view
          .renderedFeaturesIn([...LINE_WORD_LAYERS], box)
          .filter((f) => f.properties.probe !== true)
          .map((f) => String(f.properties.label ?? "")),
      state,
      seek: (t: number) => actions.seek(t, false),
      play: () => actions.play(),
      pause: () => actions.pause(),
      nextRender: () => view.nextRender(),
      // The map's next idle after a render: every source loaded, no fade or camera move running.
      idle: () =>
        new Promise<void>((resolve) => {
          const off = view.onIdle(() => {
            off();
            resolve();
          });
          void view.nextRender();
        }),
      project: (lon: number, lat: number) => view.project([lon, lat]),
      // Hides every text (place names, words on lines, the basemap's names): a picture of the
      // rest, whose labels MapLibre may place otherwise after another history (tests only).
      hideText: () =>
        view.setLayersVisible(
          view
            .styleLayers()
            .filter((l) => l.type === "symbol" && l.layout?.["text-field"] !== undefined)
            .map((l) => l.id),
          false,
        ),
      zoom: () => view.zoom(),
      layoutProperty: (layer: string, name: string) => layout(layer)?.[name],
      clock: { freeze: () => clock.freeze(), advance: (ms: number) => clock.advance(ms) },
    },
  });
}
