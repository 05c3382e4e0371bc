import "./styles/app.css";
import type { Topology } from "topojson-specification";
import { type Lang, t } from "./i18n/t";
import { basemapFromTopology } from "./map/basemap";
import { placeFeatures } from "./map/features";
import { createMapView, supportsWebGL } from "./map/map_view";
import { buildStyle } from "./map/style";
import { LIGHT } from "./map/theme";
import { renderPlaceList } from "./panel/place_list";
import { renderStoryErrors } from "./panel/story_errors";
import { DEFAULT_STORY, fetchStory } from "./story/catalog";
import type { Story } from "./story/schema";
import { el } from "./ui/dom";

/** Wiring only: load the story and the basemap, then mount the views. */
async function main(root: HTMLElement): Promise<void> {
  const lang: Lang = "de";
  const result = await fetchStory(DEFAULT_STORY);
  root.replaceChildren();
  root.removeAttribute("aria-busy");
  if (!result.ok) {
    root.append(renderStoryErrors(result.problems, lang));
    return;
  }
  const story = result.story;
  document.title = `${story.meta.title[lang]} · Zeitkarte`;
  const mapEl = el("div", {
    class: "map",
    id: "map",
    role: "region",
    "aria-label": t(lang, "mapLabel", { title: story.meta.title[lang] }),
  });
  const panel = el("aside", { class: "panel", id: "panel" });
  root.append(el("header", { class: "masthead" }, [el("h1", {}, [story.meta.title[lang]])]), mapEl, panel);
  panel.append(renderPlaceList(story.places, lang));
  if (!supportsWebGL()) {
    mapEl.append(el("p", { class: "notice", role: "status" }, [t(lang, "noWebgl")]));
    return;
  }
  await mountMap(mapEl, story, lang);
}

async function mountMap(container: HTMLElement, story: Story, lang: Lang) {
  const response = await fetch(new URL("basemap/countries.topo.json", document.baseURI));
  const basemap = basemapFromTopology((await response.json()) as Topology);
  const style = buildStyle({
    basemap,
    places: placeFeatures(story.places),
    theme: LIGHT,
    baseUrl: document.baseURI,
    lang,
  });
  const view = createMapView({
    container,
    style,
    bounds: story.meta.view.bounds,
    onIdle: () => container.setAttribute("data-idle", "true"),
  });
  // A read-only hook for end-to-end tests and the benchmark: what the canvas shows, as data.
  Object.assign(window, {
    __zeitkarte: {
      renderedLabels: () =>
        view.renderedProperties(["place-labels", "sea-labels"]).map((p) => String(p[`name_${lang}`] ?? "")),
    },
  });
}

const root = document.getElementById("app");
if (root) void main(root);
