import { pageBase } from "../share/app_url";
import { composePng, legendFromDom } from "../share/png";
import { openShareDialog } from "../share/share_dialog";
import { formatHash } from "../share/url_state";
import { isoDay } from "../story/dates";
import { storyToCSV, storyToGeoJSON } from "../story/export";
import type { Story } from "../story/schema";
import type { Layout } from "./layout";
import type { AppState } from "./state";

/** Opens the share dialog for the view on screen: link, embed code, PNG, GeoJSON, CSV. */
export function openShare(
  story: Story,
  slug: string,
  state: AppState,
  defaults: Pick<AppState, "org" | "speed">,
  layout: Layout,
  returnFocus: HTMLElement,
  /** The open card's event id (the snapshot's `current`), so the link reopens that card. */
  current: string | undefined,
): void {
  openShareDialog({
    lang: state.lang,
    story: slug,
    title: story.meta.title,
    baseUrl: pageBase(window.location),
    // Not location.hash: the URL is written a moment after the state changes.
    currentHash: formatHash(state, defaults, current),
    t: isoDay(state.t),
    event: current,
    onDownloadPng: async () => {
      const canvas = layout.map.querySelector<HTMLCanvasElement>("canvas.maplibregl-canvas");
      if (!canvas) return undefined;
      return composePng({
        map: canvas,
        title: story.meta.title[state.lang],
        date: layout.mapDate.textContent ?? "",
        credit: story.meta.credit[state.lang],
        legend: legendFromDom(layout.legendSlot),
      });
    },
    // The same code as `npm run export`.
    geojson: () => JSON.stringify(storyToGeoJSON(story, state.lang), null, 2),
    csv: () => storyToCSV(story, state.lang),
    returnFocus,
  });
}
