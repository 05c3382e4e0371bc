import { importAgain } from "../boot/import_again";
import { LANGS, type Lang, loadStrings, locale, t } from "../i18n/t";
import { mainPlaceBounds, mercatorAspect } from "../map/framing";
import type { MapView, RenderedFeature } from "../map/map_view";
import { LINE_WORD_LAYERS } from "../map/story_layers";
import { PLACE_LABEL_LAYERS } from "../map/style";
import { eventDate } from "../panel/describe";
import { renderEventCard } from "../panel/event_card";
import { renderLegend } from "../panel/legend";
import { renderPlaceList } from "../panel/place_list";
import { createTextView } from "../panel/text_view";
import type { UrlState } from "../share/url_state";
import { formatHash, parseUrlState } from "../share/url_state";
import { syncUrl } from "../share/url_sync";
import { formatShown } from "../story/dates";
import type { Story } from "../story/schema";
import { controllableClock } from "../time/clock";
import { createPacing } from "../time/pacing";
import { type Snapshot, snapshotAt } from "../time/snapshot";
import { indexStory } from "../time/story_index";
import { createControls } from "../timeline/controls";
import { preloadFirstUse } from "../timeline/first_use";
import { createTimeline } from "../timeline/timeline";
import { daysSince } from "../timeline/window";
import { el, setText } from "../ui/dom";
import { categoryColor } from "../ui/palette";
import { svgIcon } from "../ui/svg_icon";
import { type Actions, createActions } from "./actions";
import { handleKey } from "./keyboard";
import { withStrings } from "./lang_gate";
import { createLayout } from "./layout";
import { legendBandHeight, legendPlacement } from "./legend_place";
import { createMapTargetOpener, loadMapPopup, loadMapTargets, wireMapClicks, wireTextTargets } from "./map_clicks";
import { mountMap } from "./map_mount";
import { holdPlayWhileLost } from "./play_while_lost";
import type { Presenter } from "./presenter";
import { lazyPresenter } from "./presenter_loader";
import { type AppState, createStore } from "./state";
import { viewFromUrl } from "./url_view";
import { describeTime, fillOrgSelect, timelineEvents, timelineLabels, timelineWindow, viewDate } from "./view_data";

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
  slug: string,
  url: UrlState,
  preloaded: Preloaded = {},
): void {
  const index = indexStory(story);
  const pacing = createPacing(index);
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
  const hashOf = (state: AppState) =>
    formatHash(state, defaults, snapshotAt(index, state.t, state.event).current?.event.id);
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
  const actions = createActions(store, index, pacing, clock, () => {
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
  const preloadShare = () => {
    // The timeline's brush and wheel zoom, so a reader's first drag on it works (first_use.ts).
    whenIdle(preloadFirstUse);
    if (url.embed) return;
    whenIdle(() => void loadShare().catch(() => undefined));
    whenIdle(() => presenter.preload());
    whenIdle(() => void loadMapPopup().catch(() => undefined));
    whenIdle(() => void loadMapTargets().catch(() => undefined));
    // The other language's strings too, so the language switch works offline and at once.
    for (const lang of LANGS) whenIdle(() => void loadStrings(lang).catch(() => undefined));
  };
  shareButton.addEventListener("click", () => {
    void loadShare().then(
      (share) =>
        share.openShare(
          story,
          slug,
          store.get(),
          defaults,
          layout,
          shareButton,
          viewDate(now().snapshot),
          now().snapshot.current?.event.id,
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
  const textView = createTextView(index, (id) => actions.selectEvent(id));
  layout.panel.append(textView.element, renderPlaceList(story.places, state0.lang));
  const mapTargets = createMapTargetOpener(
    index,
    store,
    actions,
    layout.map.parentElement ?? layout.map,
    notifyPartFailed,
  );
  wireTextTargets(layout.panel, mapTargets);
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
      exposeForTests(view, store.get, actions, clock, clickLayers);
      // The map's buttons exist now: the legend's button keeps clear of them.
      requestAnimationFrame(() => placeLegend());
    },
    {
      embed: url.embed === true,
      onContextLost: () => lostPlay.lost(),
      onContextRestored: () => lostPlay.restored(),
      playHeld: () => lostPlay.held,
      // A link to a moment (#t=…) shows that moment's card just as #event=… does: both are framed.
      linkedEvent: url.event !== undefined || url.t !== undefined,
      onFirstView: preloadShare,
    },
  );

  let lastCard = "";
  let lastAnnounce = 0;
  let lastLegend = "";
  let previousSnapshotEvent: string | undefined;
  // The legend starts folded at every size: open, it took the top right of a wide map and the
  // opening frame had to squeeze the story below it (1920×1080). The lines are labelled on the
  // map itself; the legend is one click away and then keeps the reader's choice.
  let legendOpen = false;
  let legendShownPresenting = false;
  // The open legend lies beside the story or across the top, under the date (legend_place.ts).
  const storyAspect = mercatorAspect(mainPlaceBounds(story.places, story.meta.view.bounds));
  const area = layout.legendSlot.parentElement;
  const placeLegend = () => {
    if (!area) return;
    const box = area.getBoundingClientRect();
    const place = legendPlacement(box.width, box.height, storyAspect);
    const slot = layout.legendSlot;
    // Presenting beside the card, the open legend is a page of its own in the card's place: the
    // whole key at projected type does not fit over the map and leave its event in view (at
    // 1024×768 a band showed a third of it, a review), so the map stays whole and the card comes
    // back when the legend closes (or the next step shows its card).
    const panel = layout.panel;
    const open = slot.querySelector("details")?.open === true;
    const asPage = open && store.get().present && panel.getBoundingClientRect().left >= box.right - 1;
    slot.classList.toggle("band", place === "band" && !asPage);
    slot.classList.toggle("below", place === "below" && !asPage);
    slot.classList.toggle("page", asPage);
    // The map's buttons (fullscreen, zoom, attribution), as drawn: the legend keeps clear of them.
    const drawn = [...area.querySelectorAll(".maplibregl-ctrl")]
      .map((control) => ({
        box: control.getBoundingClientRect(),
        attribution: control.matches(".maplibregl-ctrl-attrib"),
      }))
      .filter((c) => c.box.width > 0);
    const controls = drawn.map((c) => c.box);
    // The buttons' column alone, without the wide attribution at its foot.
    const buttons = drawn.filter((c) => !c.attribution).map((c) => c.box);
    /** How far from the map's right edge (px) to keep left of the buttons between `top` and `bottom` (page px). */
    const clearOfControls = (top: number, bottom: number, least: number, of: readonly DOMRect[] = controls) =>
      of.reduce(
        (right, b) => (b.top < bottom && b.bottom > top ? Math.max(right, box.right - b.left + 6) : right),
        least,
      );
    // The button keeps left of the map's buttons where their column reaches it (a 320×480 embed's
    // map is lower than the column: the reset button lay over "Legende", a fresh-eyes review).
    slot.style.removeProperty("--legend-clear");
    const button = slot.querySelector("summary")?.getBoundingClientRect();
    const clear = button ? clearOfControls(button.top, button.bottom, 0) : 0;
    if (clear > 0) slot.style.setProperty("--legend-clear", `${Math.round(clear)}px`);
    // On a map too low for it (a small embed), the open legend goes to the top of the panel, in
    // its flow: the panel keeps its height and scrolls, the card follows the legend, nothing lies
    // over the card's button or the timeline's controls (issue 11 item 4).
    const inPanel = open && (place === "below" || asPage);
    if (inPanel !== (slot.parentElement === panel) || asPage !== panel.classList.contains("legend-page")) {
      const focused = slot.contains(document.activeElement) ? (document.activeElement as HTMLElement) : undefined;
      panel.style.height = "";
      panel.classList.remove("with-legend", "legend-page");
      panel.closest(".app")?.classList.toggle("legend-page", asPage);
      if (inPanel) {
        if (!asPage) panel.style.height = `${panel.getBoundingClientRect().height}px`;
        panel.classList.add(asPage ? "legend-page" : "with-legend");
        panel.prepend(slot);
      } else area.append(slot);
      focused?.focus({ preventScroll: true });
    }
    if (asPage) return;
    if (place === "column") {
      // The column stops above the map's buttons under it (fullscreen, zoom: 720×640 embed).
      const top = slot.getBoundingClientRect().top;
      const width = Math.max(slot.getBoundingClientRect().width, 48);
      /** The lowest page y the column reaches with its right edge `right` px in from the map's. */
      const bottomAt = (right: number) =>
        controls.reduce(
          (bottom, b) =>
            b.top > top + 16 && b.left < box.right - right && b.right > box.right - right - width
              ? Math.min(bottom, b.top)
              : bottom,
          box.bottom,
        );
      // An open legend taller than that goes left of the buttons' column, down to the attribution,
      // where that gives it more room (1280×800: "Flugzeug unterwegs" was cut above the buttons).
      const right = clear > 0 ? clear : 8;
      const needed = slot.querySelector("details")?.getBoundingClientRect().height ?? 0;
      const beside = clearOfControls(top + 16, box.bottom, 0, buttons);
      const besideWins = needed > bottomAt(right) - top - 6 && beside > right && bottomAt(beside) > bottomAt(right);
      if (besideWins) slot.style.setProperty("--legend-clear", `${Math.round(beside)}px`);
      const bottom = bottomAt(besideWins ? beside : right);
      slot.style.setProperty("--legend-max", `${Math.max(Math.round(bottom - top - 6), 48)}px`);
    }
    if (place !== "band") return;
    const top = Math.max(Math.round(layout.mapDate.getBoundingClientRect().bottom - box.top), 0) + 4;
    slot.style.setProperty("--legend-top", `${top}px`);
    const band = legendBandHeight(box.width, box.height, top, storyAspect);
    slot.style.setProperty("--legend-band", `${band}px`);
    // The band stops left of the map's buttons beside it (fullscreen, zoom in a 720×640 embed):
    // they would lie over its last column.
    const right = clearOfControls(box.top + top, box.top + top + band, 8);
    slot.style.setProperty("--legend-right", `${Math.round(right)}px`);
  };
  // Placed before it opens (the class is ready when the reader clicks), and again whenever the
  // map or the date changes size (a resize, presenter type, the date growing while playing).
  if (typeof ResizeObserver === "function") {
    const observer = new ResizeObserver(() => placeLegend());
    observer.observe(layout.mapDate);
    if (layout.legendSlot.parentElement) observer.observe(layout.legendSlot.parentElement);
  }
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
    // The big map date (and the PNG that copies it) never names a day.
    const dateLabel = formatShown(viewDate(snapshot, "month"), locale(state.lang));
    controls.update(state, dateLabel);
    presenter.update(state, snapshot.current?.index);
    setText(layout.mapDate, dateLabel);
    if (layout.orgSelect.value !== state.org) layout.orgSelect.value = state.org;
    layout.mapDate.classList.toggle("is-playing", state.playing);
    // A step while presenting the legend as a page shows the step's card: the key closes.
    const page = layout.panel.classList.contains("legend-page") ? layout.legendSlot.firstElementChild : null;
    if (page instanceof HTMLDetailsElement && snapshot.current?.event.id !== previousSnapshotEvent) page.open = false;
    previousSnapshotEvent = snapshot.current?.event.id;
    renderCard(snapshot, state.lang);
    textView.update(snapshot, state.lang, state.org);
    // The legend keeps the reader's open/closed choice across alliances and languages; while
    // presenting it starts closed, so it covers nothing.
    const membersNow = snapshot.memberships.some((m) => m.item.organization.id === state.org);
    const legendKey = [state.org, state.lang, state.present, membersNow].join("|");
    if (legendKey !== lastLegend) {
      // Read the shown legend's state now: its "toggle" event is queued and may not have run.
      const shown = layout.legendSlot.firstElementChild;
      if (shown instanceof HTMLDetailsElement && !legendShownPresenting) legendOpen = shown.open;
      lastLegend = legendKey;
      legendShownPresenting = state.present;
      const legend = renderLegend(index, state.org, state.lang, !state.present && legendOpen, membersNow, {
        checked: state.allLines === true,
        onChange: (checked) => store.set({ allLines: checked }),
      });
      legend.addEventListener("toggle", () => {
        placeLegend();
        if (!store.get().present) legendOpen = (legend as HTMLDetailsElement).open;
        // The open legend covers part of the map: the frame the app chose moves into the map left
        // free (a reader's own pan stays); the projected legend is large, so a presenter's event
        // is framed again even then.
        if (!map.view()?.refit() && store.get().present) map.reframe();
      });
      layout.legendSlot.replaceChildren(legend);
      placeLegend();
    }
    // The legend's current and earlier event dots take the current event's colour, as on the map.
    const eventColor = snapshot.current ? categoryColor(snapshot.current.event.category) : "";
    if (layout.legendSlot.style.getPropertyValue("--current-event") !== eventColor)
      layout.legendSlot.style.setProperty("--current-event", eventColor || null);
    // "All lines" may come from the URL (a link, Back): the checkbox follows without a new legend.
    const allLines = layout.legendSlot.querySelector<HTMLInputElement>("input.all-lines");
    if (allLines && allLines.checked !== (state.allLines === true)) allLines.checked = state.allLines === true;
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

  /** `built`: the views were just built in `lang` (the first call), so only the page's own texts are set. */
  const relabel = (lang: Lang, built = false) => {
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
    layout.panel.querySelector(".places")?.replaceWith(renderPlaceList(story.places, lang));
  };

  store.subscribe((state, previous) => render(state, previous));
  // The timeline, controls and lists were built in state0's language above: not again.
  relabel(state0.lang, true);
  render(state0, undefined);
  document.addEventListener("keydown", (event) => {
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

/**
 * A hook for end-to-end tests and the benchmark: what the canvas shows, as data, and the same
 * actions the controls use. Nothing here can do more than a reader with a keyboard.
 */
function exposeForTests(
  view: MapView,
  state: () => AppState,
  actions: Actions,
  clock: { freeze(): void; advance(ms: number): void },
  clickLayers: readonly string[],
) {
  const placeLabel = (f: RenderedFeature) => ({
    name: String(f.properties[`name_${state().lang}`] ?? ""),
    rank: Number(f.properties.rank),
    screen: f.screen,
    covered: f.state.covered === true,
  });
  Object.assign(window, {
    __zeitkarte: {
      renderedLabels: () =>
        view.renderedProperties([...PLACE_LABEL_LAYERS]).map((p) => String(p[`name_${state().lang}`] ?? "")),
      renderedFeatures: (layers: string[]) => view.renderedFeatures(layers),
      // What a click at (x, y) (map px) hits: layer, id and px from the point as drawn.
      hitsAt: (x: number, y: number) =>
        view.hitsAt(clickLayers, { x, y }).map((h) => ({
          layer: h.layer,
          id: String(h.properties.id ?? h.id),
          distance: h.distance,
        })),
      // Place labels as placed: name, point (map px) and whether a control covers it (then it is
      // faded out), and the labels whose placed box meets a box (map px).
      placeLabels: () => view.renderedFeatures([...PLACE_LABEL_LAYERS]).map(placeLabel),
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
          view.layerIds("symbol").filter((id) => view.layoutProperty(id, "text-field") !== undefined),
          false,
        ),
      zoom: () => view.zoom(),
      layoutProperty: (layer: string, name: string) => view.layoutProperty(layer, name),
      clock: { freeze: () => clock.freeze(), advance: (ms: number) => clock.advance(ms) },
    },
  });
}

/** Runs `task` when the browser is idle (or soon, where it has no requestIdleCallback). */
function whenIdle(task: () => void): void {
  if (typeof window.requestIdleCallback === "function") window.requestIdleCallback(task, { timeout: 5000 });
  else setTimeout(task, 2000);
}
