import type { Topology } from "topojson-specification";
import { type Lang, locale, t } from "../i18n/t";
import { basemapFromTopology } from "../map/basemap";
import { placeFeatures } from "../map/features";
import { createMapView, type MapView, supportsWebGL } from "../map/map_view";
import { eventFeatures, movementFeatures, relationFeatures } from "../map/story_features";
import { STORY_STATE, storyLayers, storySources } from "../map/story_layers";
import { createStoryMap, type StoryMap } from "../map/story_map";
import { buildStyle } from "../map/style";
import { DARK, LIGHT, PROJECTOR, type Theme } from "../map/theme";
import { eventDate } from "../panel/describe";
import { renderEventCard } from "../panel/event_card";
import { renderLegend } from "../panel/legend";
import { renderPlaceList } from "../panel/place_list";
import { createTextView } from "../panel/text_view";
import type { UrlState } from "../share/url_state";
import { syncUrl } from "../share/url_sync";
import { formatTime } from "../story/dates";
import type { Story } from "../story/schema";
import { controllableClock } from "../time/clock";
import { createPacing } from "../time/pacing";
import { type Snapshot, snapshotAt } from "../time/snapshot";
import { indexStory, type StoryIndex } from "../time/story_index";
import { createControls } from "../timeline/controls";
import { createTimeline, type TimelineEvent } from "../timeline/timeline";
import { daysSince } from "../timeline/window";
import { el } from "../ui/dom";
import { categoryColor } from "../ui/palette";
import { type Actions, createActions } from "./actions";
import { handleKey } from "./keyboard";
import { createLayout } from "./layout";
import { type AppState, createStore } from "./state";

/** Wires one story into the page: state → snapshot → views, user actions → state. */
export function mountApp(root: HTMLElement, story: Story, slug: string, url: UrlState): void {
  const index = indexStory(story);
  const pacing = createPacing(index);
  const defaults = {
    org: story.organizations.find((o) => o.id === "csto")?.id ?? story.organizations[0]?.id ?? "",
    speed: 1 as const,
  };
  // A linked event pins the time to it; a `t` alone opens on whatever is current then.
  const linked = url.event === undefined ? undefined : index.eventById.get(url.event);
  const store = createStore({
    story: slug,
    t: clampTime(index, linked?.time ?? url.t ?? index.span[0]),
    event: linked?.event.id,
    playing: false,
    speed: url.speed ?? defaults.speed,
    loop: url.loop ?? false,
    follow: url.follow ?? false,
    org:
      url.org !== undefined && (url.org === "" || story.organizations.some((o) => o.id === url.org))
        ? url.org
        : defaults.org,
    lang: url.lang ?? "de",
    present: url.present ?? false,
    blank: false,
  });
  const state0 = store.get();
  const layout = createLayout(root, story, state0.lang);
  const reducedMotion = window.matchMedia("(prefers-reduced-motion: reduce)");
  const sync = syncUrl(store, defaults);
  const clock = controllableClock();
  const actions = createActions(store, index, pacing, clock, () => sync.beforeJump());

  const controls = createControls(actions, state0.lang);
  layout.controls.append(controls.element);
  const timeline = createTimeline({
    container: layout.timeline,
    span: [index.span[0], Math.max(index.span[1], ...index.events.map((e) => e.until))],
    window: windowOf(story),
    events: timelineEvents(index, state0.lang),
    categoryColor,
    labels: timelineLabels(state0.lang),
    onSeek: (time, final) => actions.seek(time, final),
    onSelectEvent: (id) => actions.selectEvent(id),
  });
  const textView = createTextView(index, (id) => actions.selectEvent(id));
  layout.panel.append(textView.element, renderPlaceList(story.places, state0.lang));

  fillOrgSelect(layout.orgSelect, story, state0);
  layout.orgSelect.addEventListener("change", () => actions.setOrg(layout.orgSelect.value));
  for (const [code, button] of layout.langButtons) button.addEventListener("click", () => store.set({ lang: code }));

  let storyMap: StoryMap | undefined;
  let view: MapView | undefined;
  if (supportsWebGL()) {
    void loadBasemap().then((basemap) => {
      const theme = themeFor(store.get());
      view = createMapView({
        container: layout.map,
        style: buildStyle({
          basemap,
          places: placeFeatures(story.places),
          theme,
          baseUrl: document.baseURI,
          lang: store.get().lang,
          storySources: storySources({
            events: eventFeatures(index),
            movements: movementFeatures(index),
            relations: relationFeatures(index),
          }),
          storyLayers: storyLayers(theme),
          state: STORY_STATE,
        }),
        bounds: story.meta.view.bounds,
        onIdle: () => layout.map.setAttribute("data-idle", "true"),
        onLoad: () => {
          if (!view) return;
          storyMap = createStoryMap(view, () => reducedMotion.matches);
          storyMap.update(snapshotAt(index, store.get().t, store.get().event), store.get(), "other");
        },
      });
      exposeForTests(view, store.get, actions, clock);
    });
  } else {
    layout.map.append(el("p", { class: "notice", role: "status" }, [t(state0.lang, "noWebgl")]));
    layout.map.classList.add("no-webgl");
  }

  let lastCard = "";
  let lastAnnounce = 0;
  let lastLegend = "";
  const render = (state: AppState, previous: AppState | undefined) => {
    const snapshot = snapshotAt(index, state.t, state.event);
    const langChanged = previous !== undefined && previous.lang !== state.lang;
    if (langChanged) relabel(state.lang);
    const valueText = describeTime(snapshot, state.lang);
    timeline.update({
      t: state.t,
      currentId: snapshot.current?.event.id,
      valueText,
      valueNow: daysSince(index.span[0], state.t),
    });
    if (state.playing) timeline.reveal(state.t);
    const dateLabel = formatTime(state.t, "month", locale(state.lang));
    controls.update(state, dateLabel);
    layout.mapDate.textContent = dateLabel;
    layout.mapDate.classList.toggle("is-playing", state.playing);
    renderCard(snapshot, state.lang);
    textView.update(snapshot, state.lang);
    const legendKey = state.org + state.lang;
    if (legendKey !== lastLegend) {
      lastLegend = legendKey;
      layout.legendSlot.replaceChildren(renderLegend(index, state.org, state.lang));
    }
    storyMap?.update(snapshot, state, actions.reason);
    announce(snapshot, state);
  };

  const renderCard = (snapshot: Snapshot, lang: Lang) => {
    const current = snapshot.current;
    const key = `${current?.event.id}|${lang}`;
    if (key === lastCard) return;
    lastCard = key;
    layout.card.replaceChildren(
      current
        ? renderEventCard(story, current, lang, `${current.index + 1} / ${index.events.length}`)
        : el("p", { class: "event-card empty" }, [t(lang, "noEventYet")]),
    );
  };

  // A polite announcement per new event while playing, no more often than every 2.5 s.
  const announce = (snapshot: Snapshot, state: AppState) => {
    const current = snapshot.current;
    if (!current || !state.playing) return;
    const text = t(state.lang, "announceEvent", {
      date: eventDate(current, state.lang),
      title: current.event.title[state.lang],
    });
    const now = performance.now();
    if (layout.announcer.textContent === text || now - lastAnnounce < 2500) return;
    lastAnnounce = now;
    layout.announcer.textContent = text;
  };

  const relabel = (lang: Lang) => {
    document.documentElement.lang = lang;
    document.title = `${story.meta.title[lang]} · Zeitkarte`;
    layout.title.textContent = story.meta.title[lang];
    layout.orgLabel.textContent = t(lang, "organization");
    layout.skip.textContent = t(lang, "skipToText");
    layout.map.setAttribute("aria-label", t(lang, "mapLabel", { title: story.meta.title[lang] }));
    for (const [code, button] of layout.langButtons) button.setAttribute("aria-pressed", String(code === lang));
    fillOrgSelect(layout.orgSelect, story, store.get());
    controls.setLang(lang);
    timeline.setEvents(timelineEvents(index, lang), timelineLabels(lang));
    layout.panel.querySelector(".places")?.replaceWith(renderPlaceList(story.places, lang));
  };

  store.subscribe((state, previous) => render(state, previous));
  relabel(state0.lang);
  render(state0, undefined);
  document.addEventListener("keydown", (event) => {
    if (handleKey(event, actions)) event.preventDefault();
  });
  if (url.autoplay) actions.play();
}

function clampTime(index: StoryIndex, t: number): number {
  return Math.min(index.span[1], Math.max(index.span[0], t));
}

function windowOf(story: Story): [number, number] {
  const start = Date.parse(`${story.meta.window.start.padEnd(7, "-01").padEnd(10, "-01")}T00:00:00Z`);
  const endYear = story.meta.window.end;
  const end = Date.parse(
    `${endYear.length === 4 ? `${Number(endYear) + 1}-01-01` : `${endYear.padEnd(10, "-28")}`}T00:00:00Z`,
  );
  return [start, end];
}

function timelineEvents(index: StoryIndex, lang: Lang): TimelineEvent[] {
  return index.events.map((e) => ({
    id: e.event.id,
    time: e.time,
    until: e.until,
    precision: e.date.precision,
    category: e.event.category,
    title: e.event.title[lang],
    dateLabel: eventDate(e, lang),
  }));
}

function timelineLabels(lang: Lang) {
  return { overview: t(lang, "overview"), focus: t(lang, "focus"), playhead: t(lang, "playhead") };
}

/** "25. Dezember 2024 — AZAL-Flug 8243 stürzt bei Aktau ab": the slider's value in words. */
function describeTime(snapshot: Snapshot, lang: Lang): string {
  const current = snapshot.current;
  if (!current) return formatTime(snapshot.t, "day", locale(lang));
  return `${eventDate(current, lang)} — ${current.event.title[lang]}`;
}

function fillOrgSelect(select: HTMLSelectElement, story: Story, state: AppState) {
  select.replaceChildren(
    el("option", { value: "" }, [t(state.lang, "noOrganization")]),
    ...story.organizations.map((o) =>
      el("option", { value: o.id }, [`${o.short[state.lang]} – ${o.name[state.lang]}`]),
    ),
  );
  select.value = state.org;
}

function themeFor(state: AppState): Theme {
  if (state.present) return PROJECTOR;
  return window.matchMedia("(prefers-color-scheme: dark)").matches ? DARK : LIGHT;
}

async function loadBasemap() {
  const response = await fetch(new URL("basemap/countries.topo.json", document.baseURI));
  return basemapFromTopology((await response.json()) as Topology);
}

/**
 * A hook for end-to-end tests and the benchmark: what the canvas shows, as data, and the same
 * actions the controls use. Nothing here can do more than a reader with a keyboard.
 */
function exposeForTests(
  view: MapView,
  state: () => AppState,
  actions: Actions,
  clock: { freeze(): void; advance(ms: number): void },
) {
  Object.assign(window, {
    __zeitkarte: {
      renderedLabels: () =>
        view.renderedProperties(["place-labels", "sea-labels"]).map((p) => String(p[`name_${state().lang}`] ?? "")),
      renderedFeatures: (layers: string[]) => view.renderedFeatures(layers),
      state,
      seek: (t: number) => actions.seek(t, false),
      play: () => actions.play(),
      pause: () => actions.pause(),
      nextRender: () => view.nextRender(),
      clock: { freeze: () => clock.freeze(), advance: (ms: number) => clock.advance(ms) },
    },
  });
}
