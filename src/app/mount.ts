import { importAgain } from "../boot/import_again";
import { LANGS, type Lang, loadStrings, locale, t } from "../i18n/t";
import { eventDate } from "../panel/describe";
import { renderEventCard } from "../panel/event_card";
import type { TextView } from "../panel/text_view";
import type { UrlState } from "../share/url_state";
import { formatHash, parseUrlState } from "../share/url_state";
import { syncUrl } from "../share/url_sync";
import { formatShown } from "../story/dates";
import type { EventOrder } from "../story/display_order";
import type { Story } from "../story/schema";
import { controllableClock } from "../time/clock";
import { type Snapshot, snapshotAt } from "../time/snapshot";
import { type IndexedEvent, indexStoryInOrder } from "../time/story_index";
import { createControls } from "../timeline/controls";
import { preloadFirstUse } from "../timeline/first_use";
import { createTimeline } from "../timeline/timeline";
import { daysSince } from "../timeline/window";
import { el, setText } from "../ui/dom";
import { categoryColor } from "../ui/palette";
import { svgIcon } from "../ui/svg_icon";
import { createActions } from "./actions";
import { handleKey } from "./keyboard";
import { withStrings } from "./lang_gate";
import { createLayout } from "./layout";
import { createLegendView } from "./legend_view";
import { createMapTargetOpener, loadMapPopup, loadMapTargets, wireMapClicks, wireTextTargets } from "./map_clicks";
import { mountMap } from "./map_mount";
import { lazyPacing } from "./pacing_loader";
import { holdPlayWhileLost } from "./play_while_lost";
import type { Presenter } from "./presenter";
import { lazyPresenter } from "./presenter_loader";
import { type AppState, createStore } from "./state";
import { viewFromUrl } from "./url_view";
import {
  describeTime,
  fillOrgSelect,
  linkDate,
  timelineEvents,
  timelineLabels,
  timelineWindow,
  viewDate,
} from "./view_data";

/** Chunks loaded beside the story because the URL asks for them from the start. */
export interface Preloaded {
  /** Presenter mode's chunk, for a page opened presenting (`present=1`). */
  presenter?: PresenterModule | undefined;
}

type PresenterModule = typeof import("./presenter");

/** Wires one story into the page: state → snapshot → views, user actions → state. */
export function mountApp(
  root: HTMLElement,
  story: Story,
  /** The loader's order of the story's events (LoadResult). */
  order: EventOrder,
  slug: string,
  url: UrlState,
  preloaded: Preloaded = {},
): void {
  const index = indexStoryInOrder(story, order);
  const defaults = {
    org: story.organizations.find((o) => o.id === "csto")?.id ?? story.organizations[0]?.id ?? "",
    speed: 1 as const,
    // A hash without `lang` means what it means on a fresh load of this page: the query's, else German.
    lang: parseUrlState(window.location.search, "").lang ?? ("de" as const),
  };
  const view = viewFromUrl(index, url, defaults);
  // A part that fails to load (a chunk, the strings, a font) says so over the top of the page.
  const notifyPartFailed = () => partFailed(root, store.get().lang);
  const store = withStrings(
    createStore({
      story: slug,
      ...view,
      playing: false,
      blank: false,
    }),
    notifyPartFailed,
  );
  const state0 = store.get();
  root.classList.toggle("embed", url.embed === true);
  root.classList.toggle("no-controls", url.controls === false);
  const layout = createLayout(root, story, state0.lang);
  // Inside a news article's iframe, jumps must not add entries to the article's history.
  const hashOf = (state: AppState) => {
    const snapshot = snapshotAt(index, state.t, state.event);
    return formatHash(state, defaults, snapshot.current?.event.id, linkDate(snapshot));
  };
  const sync = syncUrl(store, {
    format: hashOf,
    resolve: (parsed) => viewFromUrl(index, parsed, defaults),
    // A link to an event frames it, as on a fresh load (`actions` exists before any hash changes).
    apply: (view) => actions.openView(view),
    pushJumps: url.embed !== true,
  });
  const clock = controllableClock();
  // A reader's jumps are history entries (Back returns); a presenter's steps are not: the whole
  // presentation is the one entry P made, so Back (or Esc, which replaces it) leaves it.
  const pacing = lazyPacing(index, () => notifyPartFailed());
  store.subscribe((state, previous) => {
    if (state.playing && !previous.playing) pacing.load();
  });
  const actions = createActions(store, index, pacing.get, clock, () => {
    if (!store.get().present) sync.beforeJump();
  });
  // While WebGL is lost a play (key, button, host page) waits for the restore (play_while_lost.ts).
  const lostPlay = holdPlayWhileLost(store, actions);
  // Loaded only where needed: most readers never embed or share, and every KB counts in an article.
  // The embed's "Mehr" button comes with its code: outside an embed none of it is loaded.
  let more: { setLang(lang: Lang): void } | undefined;
  if (url.embed) {
    const mapArea = layout.map.parentElement ?? layout.map;
    void Promise.all([import("../share/embed"), import("../share/embed_host"), import("./embed_layout")]).then(
      ([embed, host, embedLayout]) => {
        const toggle = embedLayout.cardToggle(root, store.get().lang);
        layout.card.after(toggle.button);
        more = toggle;
        // The "open full map" link points at the current view (the state's hash, not the page's,
        // which is written only after a throttle), without the embed chrome. Once per task.
        let queued = false;
        const updateFullLink = () => {
          queued = false;
          layout.fullLink.href = embedLayout.fullMapUrl(window.location, hashOf(store.get()));
        };
        store.subscribe(() => {
          if (queued) return;
          queued = true;
          queueMicrotask(updateFullLink);
        });
        updateFullLink();
        embed.startEmbed(
          host.embedHost(
            store,
            {
              ...actions,
              pause: () => {
                lostPlay.cancel();
                actions.pause();
              },
            },
            () => now().snapshot.current?.event.id,
          ),
          {
            root,
            measure: () => embedLayout.embedHeight(root, mapArea),
            // The root fills the frame; these change the height to ask for ("Mehr" opens the card).
            observe: [layout.card, layout.timelineArea],
          },
        );
      },
      notifyPartFailed,
    );
  }
  const buildPresenter = (module: PresenterModule) =>
    module.createPresenter(store, actions, index, root, () => sync.flush());
  const placePresenter = (loaded: Presenter) => {
    layout.timelineArea.prepend(loaded.progress);
    root.append(loaded.blank);
  };
  const ready = preloaded.presenter && buildPresenter(preloaded.presenter);
  if (ready) placePresenter(ready);
  const presenter = lazyPresenter(
    store,
    () => importAgain(() => import("./presenter")).then(buildPresenter),
    (loaded) => {
      placePresenter(loaded);
      loaded.update(store.get(), now().snapshot.current?.index);
    },
    notifyPartFailed,
    ready,
  );
  // Entering presenter mode is a history entry (Back leaves it, as the URL says); leaving
  // replaces it (presenter.ts), so Back from the reader's view never re-enters it.
  const togglePresenter = () => {
    if (!store.get().present) sync.beforeJump();
    presenter.toggle();
  };
  layout.presentButton.addEventListener("click", togglePresenter);
  const shareButton = el("button", { type: "button", class: "share-button", "aria-haspopup": "dialog" }, [
    svgIcon("share"),
    el("span", {}, [t(state0.lang, "shareButton")]),
  ]);
  layout.tools.append(shareButton);
  // A font that fails to load (the page falls back to a system font) says so, as a chunk does.
  // (Its load may have failed before this runs: the faces' status is read once they settle.)
  document.fonts?.addEventListener("loadingerror", notifyPartFailed);
  void document.fonts?.ready.then((faces) => {
    let failed = false;
    faces.forEach((face) => {
      failed ||= face.status === "error";
    });
    if (failed) notifyPartFailed();
  });
  // Fetched when the page is idle after the first view is drawn (not part of the first load), so
  // Share and its downloads still work once the network is gone. (Not in an article's embed,
  // which has no Share button: every KB counts there.)
  const loadShare = () => importAgain(() => import("./share"));
  let exposeHook = () => {};
  const preloadParts = () => {
    exposeHook();
    // The playback pace at once, so a first play starts at once.
    pacing.load();
    // The timeline's brush and wheel zoom, so a reader's first drag on it works (first_use.ts).
    whenIdle(preloadFirstUse);
    // The legend's key at once (not when idle), so its folded button opens at once, offline too.
    void legend.load().catch(() => undefined);
    if (url.embed) return;
    whenIdle(() => void loadShare().catch(() => undefined));
    whenIdle(() => presenter.preload());
    whenIdle(() => void loadMapPopup().catch(() => undefined));
    whenIdle(() => void loadMapTargets().catch(() => undefined));
    // The other language's strings too, so the language switch works offline and at once.
    for (const lang of LANGS) whenIdle(() => void loadStrings(lang).catch(() => undefined));
  };
  shareButton.addEventListener("click", () => {
    // The dialog shares the view on screen: playback stops there, so the link, the date and the
    // PNG name the moment the reader saw (the dialog kept a link to a moment long gone).
    if (store.get().playing) actions.pause();
    // The picture draws the legend's key: loaded with the dialog if its chunk has not come yet.
    void Promise.all([loadShare(), legend.load().catch(() => undefined)]).then(
      ([share]) =>
        share.openShare(
          story,
          slug,
          store.get(),
          defaults,
          layout,
          shareButton,
          viewDate(now().snapshot),
          now().snapshot.current?.event.id,
          linkDate(now().snapshot),
        ),
      notifyPartFailed,
    );
  });

  const controls = createControls(actions, state0.lang);
  layout.controls.append(controls.element);
  const timeline = createTimeline({
    container: layout.timeline,
    span: [index.span[0], index.events.reduce((max, e) => Math.max(max, e.until), index.span[1])],
    window: timelineWindow(story),
    events: timelineEvents(index, state0.lang),
    categoryColor,
    labels: timelineLabels(state0.lang),
    onSeek: (time, final) => actions.seek(time, final),
    onSelectEvent: (id) => actions.selectEvent(id),
    wheelNeedsModifier: url.embed === true,
    onLoadFailed: notifyPartFailed,
  });
  // The story in words (panel/text_view.ts) is a chunk of its own, put in its place when the
  // first view is drawn (or there is no map to draw): the first load is lighter by it.
  let textView: TextView | undefined;
  // The slot stands in for it under its id until then: the skip link finds it, and the focus it
  // took moves on to the text view when that arrives.
  const textSlot = el("div", { class: "text-view-slot", id: "text-view" });
  // The list of places comes with it, in a chunk of its own, where this slot holds its place.
  const placesSlot = el("div");
  let placeList: ((lang: Lang) => HTMLElement) | undefined;
  layout.panel.append(textSlot, placesSlot);
  const loadTextView = () => {
    void importAgain(() => import("../panel/place_list")).then(({ renderPlaceList }) => {
      placeList ??= (lang) => renderPlaceList(story.places, lang);
      placesSlot.replaceWith(placeList(store.get().lang));
    }, notifyPartFailed);
    void importAgain(() => import("../panel/text_view")).then(({ createTextView }) => {
      if (textView) return;
      textView = createTextView(index, (id) => actions.selectEvent(id));
      const focused = document.activeElement === textSlot;
      textSlot.replaceWith(textView.element);
      if (focused) {
        textView.element.setAttribute("tabindex", "-1");
        textView.element.focus({ preventScroll: true });
      }
      const { snapshot, state } = now();
      textView.update(snapshot, state.lang, state.org);
    }, notifyPartFailed);
  };
  const mapTargets = createMapTargetOpener(
    index,
    store,
    actions,
    layout.map.parentElement ?? layout.map,
    notifyPartFailed,
    (target) => {
      const view = map.view();
      // The current event's places, and the place a popup names: a city's popup hid the city
      // clicked (Baku at AZAL 8243's hit, a review).
      const named = target?.what === "place" ? index.placeById.get(target.id) : undefined;
      const places = [...(now().snapshot.current?.places ?? []), ...(named ? [named] : [])];
      if (!view) return [];
      const box = layout.map.getBoundingClientRect();
      return places.map((p) => {
        const { x, y } = view.project([p.lon, p.lat]);
        return { x: box.left + x, y: box.top + y };
      });
    },
  );
  // A place named in the list comes into view, the reader's zoom kept where it can be (map_view.ts show).
  wireTextTargets(layout.panel, mapTargets, (id) => {
    const place = index.placeById.get(id);
    if (place) map.view()?.show([[place.lon, place.lat]], false, "reveal");
  });
  fillOrgSelect(layout.orgSelect, story, state0);
  layout.orgSelect.addEventListener("change", () => actions.setOrg(layout.orgSelect.value));
  for (const [code, button] of layout.langButtons) button.addEventListener("click", () => store.set({ lang: code }));

  const now = () => ({ snapshot: snapshotAt(index, store.get().t, store.get().event), state: store.get() });
  const map = mountMap(
    layout.map,
    index,
    state0,
    now,
    (view) => {
      const clickLayers = wireMapClicks(view, index, mapTargets);
      // The tests' and the benchmark's hook is a chunk of its own, fetched after the first view.
      exposeHook = () =>
        void importAgain(() => import("./test_hook")).then(
          ({ exposeForTests }) => exposeForTests(view, store.get, actions, clock, clickLayers, loadMapTargets),
          () => undefined,
        );
      // The map's buttons exist now: the legend's button keeps clear of them.
      requestAnimationFrame(() => legend.place());
    },
    {
      embed: url.embed === true,
      onContextLost: () => lostPlay.lost(),
      onPartFailed: () => notifyPartFailed(),
      onContextRestored: () => lostPlay.restored(),
      playHeld: () => lostPlay.held,
      // A link to a moment (#t=…) shows that moment's card just as #event=… does: both are framed.
      linkedEvent: url.event !== undefined || url.t !== undefined,
      // The text view at once (tests and readers look for it as soon as the map is idle); what
      // else the first view does not need a task later, after the first idle, not with it.
      onFirstView: () => {
        loadTextView();
        setTimeout(preloadParts, 0);
      },
    },
  );

  let lastCard = "";
  let lastAnnounce = 0;
  const legend = createLegendView(layout, index, store, map, notifyPartFailed);
  const render = (state: AppState, previous: AppState | undefined) => {
    const snapshot = snapshotAt(index, state.t, state.event);
    // A step playing a movement (a clicker's, →): its card and count at once (actions.ts
    // stepTarget), not after the way there (2.5 s on which the clicker seemed not to answer, a review).
    const target = actions.stepTarget();
    const card = (target && index.eventById.get(target)) || snapshot.current;
    if (previous !== undefined && previous.lang !== state.lang) relabel(state.lang);
    timeline.update({
      t: state.t,
      currentId: snapshot.current?.event.id,
      valueText: describeTime(snapshot, state.lang),
      valueNow: daysSince(index.span[0], state.t),
      playing: state.playing,
    });
    // The big map date (and the PNG that copies it) never names a day.
    const dateLabel = formatShown(viewDate(snapshot, "month"), locale(state.lang));
    controls.update(state, dateLabel);
    presenter.update(state, card?.index);
    setText(layout.mapDate, dateLabel);
    if (previous?.present !== state.present) presentLabel(state.lang, state.present);
    if (layout.orgSelect.value !== state.org) layout.orgSelect.value = state.org;
    layout.mapDate.classList.toggle("is-playing", state.playing);
    legend.closePageOnStep(snapshot);
    renderCard(card, state.lang);
    textView?.update(snapshot, state.lang, state.org);
    legend.update(state, snapshot);
    map.update(snapshot, state, actions.reason);
    announce(snapshot, state);
  };

  const renderCard = (current: IndexedEvent | undefined, lang: Lang) => {
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

  /** The header's button says what it does: "Präsentieren", or "Präsentation beenden" while presenting. */
  const presentLabel = (lang: Lang, presenting: boolean) => {
    layout.presentButton.lastElementChild?.replaceChildren(t(lang, presenting ? "presentEnd" : "present"));
    layout.presentButton.setAttribute("aria-pressed", String(presenting));
  };
  /** `built`: the views were just built in `lang` (the first call), so only the page's own texts are set. */
  const relabel = (lang: Lang, built = false) => {
    document.documentElement.lang = lang;
    document.title = `${story.meta.title[lang]} · Zeitkarte`;
    layout.title.textContent = story.meta.title[lang];
    layout.orgLabel.textContent = t(lang, "organization");
    layout.skip.textContent = t(lang, "skipToText");
    presentLabel(lang, store.get().present);
    shareButton.lastElementChild?.replaceChildren(t(lang, "shareButton"));
    layout.credit.textContent = t(lang, "credit", { credit: story.meta.credit[lang] });
    layout.credit.title = layout.credit.textContent;
    layout.fullLink.textContent = t(lang, "openFullMap");
    layout.map.setAttribute("aria-label", t(lang, "mapLabel", { title: story.meta.title[lang] }));
    for (const [code, button] of layout.langButtons) {
      button.setAttribute("aria-pressed", String(code === lang));
      // The language in use is no tab stop (pressing it does nothing), so Play comes sooner.
      button.tabIndex = code === lang ? -1 : 0;
    }
    if (built) return;
    fillOrgSelect(layout.orgSelect, story, store.get());
    controls.setLang(lang);
    more?.setLang(lang);
    timeline.relabel(timelineEvents(index, lang), timelineLabels(lang));
    if (placeList) layout.panel.querySelector(".places")?.replaceWith(placeList(lang));
  };

  store.subscribe((state, previous) => render(state, previous));
  // The timeline, controls and lists were built in state0's language above: not again.
  relabel(state0.lang, true);
  render(state0, undefined);
  document.addEventListener("keydown", (event) => {
    // Presenting the key as a page: the clicker's next press goes back to the event it was
    // opened at, not on past it (a review: the explained event was skipped).
    if (store.get().present && !store.get().blank && !event.defaultPrevented && legend.closePage(event.key)) {
      event.preventDefault();
      return;
    }
    // Presenting: the presenter's keys, held until its chunk has arrived if need be.
    const keys = store.get().present ? presenter.keys : { ...actions, togglePresent: togglePresenter };
    if (handleKey(event, keys)) {
      event.preventDefault();
    }
  });
  if (url.autoplay) actions.play();
}

/**
 * A part of the page that failed to load (a lazy chunk, e.g. offline) says so instead of doing
 * nothing: once, over the top of the page (the layout does not move), until the reader closes it.
 */
function partFailed(container: HTMLElement, lang: Lang): void {
  if (container.querySelector(".notice.part-failed")) return;
  const notice = el("p", { class: "notice part-failed", role: "status" }, [t(lang, "partFailed")]);
  const close = el("button", { type: "button", class: "notice-close", "aria-label": t(lang, "close") }, ["×"]);
  close.addEventListener("click", () => notice.remove());
  notice.append(close);
  container.append(notice);
}

/** Runs `task` when the browser is idle (or soon, where it has no requestIdleCallback). */
function whenIdle(task: () => void): void {
  if (typeof window.requestIdleCallback === "function") window.requestIdleCallback(task, { timeout: 5000 });
  else setTimeout(task, 2000);
}
