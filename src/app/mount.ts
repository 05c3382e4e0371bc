import { type Lang, locale, t } from "../i18n/t";
import type { MapView } from "../map/map_view";
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
import { indexStory } from "../time/story_index";
import { createControls } from "../timeline/controls";
import { createTimeline } from "../timeline/timeline";
import { daysSince } from "../timeline/window";
import { el } from "../ui/dom";
import { categoryColor } from "../ui/palette";
import { svgIcon } from "../ui/svg_icon";
import { type Actions, createActions } from "./actions";
import { handleKey } from "./keyboard";
import { createLayout } from "./layout";
import { mountMap } from "./map_mount";
import { createPresenter } from "./presenter";
import { type AppState, createStore } from "./state";
import {
  clampTime,
  describeTime,
  fillOrgSelect,
  openingMoment,
  timelineEvents,
  timelineLabels,
  timelineWindow,
} from "./view_data";

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
  const knownOrg = url.org !== undefined && (url.org === "" || story.organizations.some((o) => o.id === url.org));
  // Neither: the story's own opening moment (see openingMoment).
  const opening = linked === undefined && url.t === undefined ? openingMoment(index) : undefined;
  const store = createStore({
    story: slug,
    t: clampTime(index, linked?.time ?? url.t ?? opening?.t ?? index.span[0]),
    event: linked?.event.id ?? opening?.event,
    playing: false,
    speed: url.speed ?? defaults.speed,
    loop: url.loop ?? false,
    follow: url.follow ?? false,
    org: knownOrg ? (url.org as string) : defaults.org,
    lang: url.lang ?? "de",
    present: url.present ?? false,
    blank: false,
  });
  const state0 = store.get();
  root.classList.toggle("embed", url.embed === true);
  root.classList.toggle("no-controls", url.controls === false);
  const layout = createLayout(root, story, state0.lang);
  // Inside a news article's iframe, jumps must not add entries to the article's history.
  const sync = syncUrl(store, defaults, { pushJumps: url.embed !== true });
  const clock = controllableClock();
  const actions = createActions(store, index, pacing, clock, () => sync.beforeJump());
  // Loaded only where needed: most readers never embed or share, and every KB counts in an article.
  if (url.embed) {
    void Promise.all([import("../share/embed"), import("../share/embed_host")]).then(([embed, host]) =>
      embed.startEmbed(host.embedHost(store, actions), { root }),
    );
  }
  const presenter = createPresenter(store, actions, index, root);
  layout.timelineArea.prepend(presenter.progress);
  root.append(presenter.blank);
  layout.presentButton.addEventListener("click", () => presenter.toggle());
  const shareButton = el("button", { type: "button", class: "share-button", "aria-haspopup": "dialog" }, [
    svgIcon("share"),
    el("span", {}, [t(state0.lang, "shareButton")]),
  ]);
  layout.tools.append(shareButton);
  shareButton.addEventListener("click", () => {
    void import("./share").then((share) => share.openShare(story, slug, store.get(), defaults, layout, shareButton));
  });

  const controls = createControls(actions, state0.lang);
  layout.controls.append(controls.element);
  const timeline = createTimeline({
    container: layout.timeline,
    span: [index.span[0], Math.max(index.span[1], ...index.events.map((e) => e.until))],
    window: timelineWindow(story),
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

  const now = () => ({ snapshot: snapshotAt(index, store.get().t, store.get().event), state: store.get() });
  const map = mountMap(layout.map, index, state0, now, (view) => exposeForTests(view, store.get, actions, clock));

  let lastCard = "";
  let lastAnnounce = 0;
  let lastLegend = "";
  const render = (state: AppState, previous: AppState | undefined) => {
    const snapshot = snapshotAt(index, state.t, state.event);
    if (previous !== undefined && previous.lang !== state.lang) relabel(state.lang);
    timeline.update({
      t: state.t,
      currentId: snapshot.current?.event.id,
      valueText: describeTime(snapshot, state.lang),
      valueNow: daysSince(index.span[0], state.t),
      playing: state.playing,
    });
    const dateLabel = formatTime(state.t, "month", locale(state.lang));
    controls.update(state, dateLabel);
    presenter.update(state, snapshot.current?.index);
    layout.mapDate.textContent = dateLabel;
    layout.mapDate.classList.toggle("is-playing", state.playing);
    renderCard(snapshot, state.lang);
    textView.update(snapshot, state.lang);
    const legendKey = state.org + state.lang;
    if (legendKey !== lastLegend) {
      lastLegend = legendKey;
      layout.legendSlot.replaceChildren(renderLegend(index, state.org, state.lang, window.innerWidth >= 1440));
    }
    map.update(snapshot, state, actions.reason);
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
    if (!current || !(state.playing || state.present)) return;
    const text = t(state.lang, "announceEvent", {
      date: eventDate(current, state.lang),
      title: current.event.title[state.lang],
    });
    const time = performance.now();
    if (layout.announcer.textContent === text || (state.playing && time - lastAnnounce < 2500)) return;
    lastAnnounce = time;
    layout.announcer.textContent = text;
  };

  const relabel = (lang: Lang) => {
    document.documentElement.lang = lang;
    document.title = `${story.meta.title[lang]} · Zeitkarte`;
    layout.title.textContent = story.meta.title[lang];
    layout.orgLabel.textContent = t(lang, "organization");
    layout.skip.textContent = t(lang, "skipToText");
    layout.presentButton.lastElementChild?.replaceChildren(t(lang, "present"));
    shareButton.lastElementChild?.replaceChildren(t(lang, "shareButton"));
    layout.credit.textContent = t(lang, "credit", { credit: story.meta.credit[lang] });
    layout.fullLink.textContent = t(lang, "openFullMap");
    layout.map.setAttribute("aria-label", t(lang, "mapLabel", { title: story.meta.title[lang] }));
    for (const [code, button] of layout.langButtons) button.setAttribute("aria-pressed", String(code === lang));
    fillOrgSelect(layout.orgSelect, story, store.get());
    controls.setLang(lang);
    timeline.setEvents(timelineEvents(index, lang), timelineLabels(lang));
    layout.panel.querySelector(".places")?.replaceWith(renderPlaceList(story.places, lang));
  };

  // The embed's "open full map" link points at the same view, without the embed chrome.
  const updateFullLink = () => {
    const params = new URLSearchParams(window.location.search);
    params.delete("embed");
    params.delete("controls");
    params.delete("autoplay");
    const query = params.toString();
    layout.fullLink.href = `${window.location.pathname}${query ? `?${query}` : ""}${window.location.hash}`;
  };
  store.subscribe((state, previous) => render(state, previous));
  store.subscribe(() => queueMicrotask(updateFullLink));
  relabel(state0.lang);
  render(state0, undefined);
  updateFullLink();
  document.addEventListener("keydown", (event) => {
    if (handleKey(event, store.get().present ? presenter.keys : { ...actions, togglePresent: presenter.toggle })) {
      event.preventDefault();
    }
  });
  if (url.autoplay) actions.play();
}

const PLACE_LABEL_LAYERS = ["place-labels"];

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
        view.renderedProperties(PLACE_LABEL_LAYERS).map((p) => String(p[`name_${state().lang}`] ?? "")),
      renderedFeatures: (layers: string[]) => view.renderedFeatures(layers),
      // Place labels as drawn: name and point (map px), and the names whose label meets a box.
      placeLabels: () =>
        view
          .renderedFeatures(PLACE_LABEL_LAYERS)
          .map((f) => ({ name: String(f.properties[`name_${state().lang}`] ?? ""), screen: f.screen })),
      labelsIn: (box: { left: number; top: number; right: number; bottom: number }) =>
        view.renderedPropertiesIn(PLACE_LABEL_LAYERS, box).map((p) => String(p[`name_${state().lang}`] ?? "")),
      state,
      seek: (t: number) => actions.seek(t, false),
      play: () => actions.play(),
      pause: () => actions.pause(),
      nextRender: () => view.nextRender(),
      clock: { freeze: () => clock.freeze(), advance: (ms: number) => clock.advance(ms) },
    },
  });
}
