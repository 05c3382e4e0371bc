import { appFolder } from "../assets/asset_urls";
import { locale } from "../i18n/t";
import { countryShapes } from "../map/basemap";
import { pageBase } from "../share/app_url";
import { composePng, legendFromDom } from "../share/png";
import { openShareDialog } from "../share/share_dialog";
import { formatHash } from "../share/url_state";
import { storySlugs } from "../story/catalog";
import { formatShown, isoShown, type ShownDate } from "../story/dates";
import { storyToCSV, storyToGeoJSON } from "../story/export";
import type { Story } from "../story/schema";
import type { Layout } from "./layout";
import { basemapTopology } from "./map_mount";
import type { AppState } from "./state";

/**
 * Opens the share dialog for the view on screen: link, embed code, PNG, GeoJSON, CSV. `shown`
 * is the view's date by shownDate, for the dialog's words and the file names.
 */
export function openShare(
  story: Story,
  slug: string,
  state: AppState,
  defaults: Pick<AppState, "org" | "speed">,
  layout: Layout,
  returnFocus: HTMLElement,
  shown: ShownDate,
  /** The open card's event id (the snapshot's `current`), so the link reopens that card. */
  current: string | undefined,
  /** The link's `t` (linkDate): the event's own date inside it, else the day of t. */
  at: string,
): void {
  openShareDialog({
    lang: state.lang,
    story: slug,
    title: story.meta.title,
    baseUrl: pageBase(window.location),
    appFolder: appFolder(),
    // Not location.hash: the URL is written a moment after the state changes.
    currentHash: formatHash(state, defaults, current, at),
    t: at,
    date: formatShown(shown, locale(state.lang)),
    fileDate: isoShown(shown),
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
    // Membership features carry the member country's outline from the basemap (loaded already).
    geojson: async () => {
      const shapes = countryShapes(await basemapTopology());
      return JSON.stringify(storyToGeoJSON(story, state.lang, shapes), null, 2);
    },
    csv: () => storyToCSV(story, state.lang),
    ...(storySlugs().includes(slug) ? { classroomFile: `zeitkarte-${slug}.html` } : {}),
    local: window.location.protocol === "file:",
    returnFocus,
  });
}
