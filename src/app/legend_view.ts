import { importAgain } from "../boot/import_again";
import { t } from "../i18n/t";
import { mainPlaceBounds, mercatorAspect } from "../map/framing";
import type {
  markMore as MarkMore,
  placeOpenLegend as PlaceOpenLegend,
  renderLegend as RenderLegend,
} from "../panel/legend";
import type { Snapshot } from "../time/snapshot";
import type { StoryIndex } from "../time/story_index";
import { el } from "../ui/dom";
import { categoryColor } from "../ui/palette";
import type { Layout } from "./layout";
import { legendBandHeight, legendPlacement } from "./legend_place";
import type { MountedMap } from "./map_mount";
import type { AppState, Store } from "./state";

/** The keys a clicker sends to step (keyboard.ts). */
const STEP_KEYS = new Set(["PageDown", "PageUp", "ArrowRight", "ArrowLeft", " ", "Spacebar"]);

/** The map's key in the page: where it lies (legend_place.ts), what it shows, open or folded. */
export interface LegendView {
  /** Places the legend again (the map's buttons have appeared, the layout changed). */
  place(): void;
  /** Presenting the legend as a page, a step to another event closes it, so its card shows. */
  closePageOnStep(snapshot: Snapshot): void;
  /**
   * Closes the legend shown as a page for a step key (`key`, KeyboardEvent.key: a clicker's
   * PageDown/PageUp, ←/→, Space); true if it did, and the key should do nothing more.
   */
  closePage(key: string): boolean;
  /** The legend for `state` at `snapshot`: rebuilt when the alliance, language or mode changes. */
  update(state: AppState, snapshot: Snapshot): void;
  /**
   * Loads the legend's key (panel/legend.ts, a chunk of its own: the first view shows only its
   * folded button) and draws it; resolves when it is drawn. Called right after the first view
   * (mount.ts), when the reader opens the button sooner, and before a picture is taken.
   */
  load(): Promise<void>;
}

/**
 * The legend in `layout.legendSlot`: folded at first, then the reader's open/closed choice kept
 * across alliances and languages; placed beside the story, across the top, below a low map, or
 * (presenting beside the card) as a page in the card's place. `map` is refitted when it opens.
 */
export function createLegendView(
  layout: Layout,
  index: StoryIndex,
  store: Store,
  map: MountedMap,
  /** The key's chunk could not be fetched when the reader opened it (offline): the page says so. */
  onLoadFailed: () => void = () => {},
): LegendView {
  const story = index.story;
  let lastLegend = "";
  let previousEvent: string | undefined;
  // The legend starts folded at every size: open, it took the top right of a wide map and the
  // opening frame had to squeeze the story below it (1920×1080). The lines are labelled on the
  // map itself; the legend is one click away and then keeps the reader's choice.
  let legendOpen = false;
  let legendShownPresenting = false;
  // The open legend lies beside the story or across the top, under the date (legend_place.ts).
  const storyAspect = mercatorAspect(mainPlaceBounds(story.places, story.meta.view.bounds));
  const area = layout.legendSlot.parentElement;
  // An open legend taller than its slot says so at its foot (legend.ts markMore, with the key).
  let more: typeof MarkMore | undefined;
  let placeOpen: typeof PlaceOpenLegend | undefined;
  const markMore = () => more?.(layout.legendSlot, t(store.get().lang, "legendMore"));
  layout.legendSlot.addEventListener("scroll", markMore, { passive: true });
  const placeLegend = () => {
    placeSlot();
    markMore();
  };
  const placeSlot = () => {
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
    // The big date keeps left of the legend's button on the map and wraps there: a span at
    // presenter type ran under it ("September–Dezember 2024" cut to "…202", a review).
    // Only beside it: an open legend's band lies under the date, and the date then keeps its
    // width ("Dezembe/r 2024" broke on a phone with the legend open, a review).
    // The legend as drawn (its box, not its summary's text: 10 px in, and "Januar 2025" touched
    // the button's edge on a phone, a review).
    const legendBox = slot.parentElement === area ? slot.querySelector("details")?.getBoundingClientRect() : undefined;
    layout.mapDate.style.maxWidth = "";
    const date = layout.mapDate.getBoundingClientRect();
    const beside = legendBox && legendBox.width > 0 && legendBox.top < date.bottom && legendBox.bottom > date.top;
    layout.mapDate.style.maxWidth =
      beside && legendBox.left > date.left ? `${Math.max(Math.floor(legendBox.left - date.left - 8), 96)}px` : "";
    // The open legend's own place comes with its key (legend.ts placeOpenLegend): closed, only
    // its button is placed, above.
    placeOpen?.(
      { slot, panel, area, box, place, asPage, open, controls, buttons, clear, clearOfControls, date: layout.mapDate },
      (top) => legendBandHeight(box.width, box.height, top, storyAspect),
    );
  };
  // Placed before it opens (the class is ready when the reader clicks), and again whenever the
  // map or the date changes size (a resize, presenter type, the date growing while playing).
  if (typeof ResizeObserver === "function") {
    const observer = new ResizeObserver(() => placeLegend());
    observer.observe(layout.mapDate);
    if (layout.legendSlot.parentElement) observer.observe(layout.legendSlot.parentElement);
  }

  /** The legend while it is shown as a page in the card's place, else undefined. */
  const shownPage = () => {
    const shown = layout.legendSlot.firstElementChild;
    return layout.panel.classList.contains("legend-page") && shown instanceof HTMLDetailsElement ? shown : undefined;
  };

  // The key's code, once loaded; until then the folded button alone (the same size and place).
  let render: typeof RenderLegend | undefined;
  let loading: Promise<void> | undefined;
  let latest: { state: AppState; snapshot: Snapshot } | undefined;
  const load = (): Promise<void> => {
    loading ??= importAgain(() => import("../panel/legend")).then(
      (module) => {
        render = module.renderLegend;
        more = module.markMore;
        placeOpen = module.placeOpenLegend;
        lastLegend = "";
        // Opened before the key came (presenting too, where the choice is not kept): it stays
        // open. Its "toggle" event (queued also for a key drawn open) places it and refits the map.
        const opened = (layout.legendSlot.firstElementChild as HTMLDetailsElement | null)?.open === true;
        if (latest) view.update(latest.state, latest.snapshot);
        const shown = layout.legendSlot.firstElementChild;
        if (opened && shown instanceof HTMLDetailsElement) shown.open = true;
      },
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    );
    return loading;
  };
  /** The legend opened or closed: placed again, the choice kept, the map refitted. */
  const toggled = (legend: HTMLDetailsElement) => {
    placeLegend();
    if (!store.get().present) legendOpen = legend.open;
    // The open legend covers part of the map: the frame the app chose moves into the map left
    // free; the projected legend is large, so a presenter's event is framed again even then. A
    // reader's own camera (a zoom, a pan) stays where it can: it moves only as far as brings
    // the current event out from under the open legend (on a phone zoomed in one step, the band
    // lay over Aktau's ring and the ✕, a review).
    if (map.view()?.refit()) return;
    if (store.get().present) map.reframe();
    else if (legend.open) map.reframe(true);
  };
  /** The folded button before the key's code has come: opening it loads the key, which opens. */
  const button = (state: AppState) =>
    el("details", { class: "legend" }, [el("summary", {}, [t(state.lang, "legend")])]) as HTMLDetailsElement;

  const view: LegendView = {
    place: placeLegend,
    load,
    closePage(key) {
      const page = shownPage();
      if (!(page?.open && STEP_KEYS.has(key))) return false;
      page.open = false;
      return true;
    },
    closePageOnStep(snapshot) {
      // A step while presenting the legend as a page shows the step's card: the key closes.
      const page = shownPage();
      if (page && snapshot.current?.event.id !== previousEvent) page.open = false;
      previousEvent = snapshot.current?.event.id;
    },
    update(state, snapshot) {
      latest = { state, snapshot };
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
        const focused = layout.legendSlot.contains(document.activeElement);
        const legend = render
          ? render(index, state.org, state.lang, !state.present && legendOpen, membersNow, {
              checked: state.allLines === true,
              onChange: (checked) => store.set({ allLines: checked }),
            })
          : button(state);
        legend.addEventListener("toggle", () => {
          if (!render && (legend as HTMLDetailsElement).open) void load().catch(onLoadFailed);
          toggled(legend as HTMLDetailsElement);
        });
        layout.legendSlot.replaceChildren(legend);
        // The key replacing its button keeps the reader's focus there.
        if (focused) legend.querySelector("summary")?.focus({ preventScroll: true });
        placeLegend();
      }
      // The legend's current and earlier event dots take the current event's colour, as on the map.
      const eventColor = snapshot.current ? categoryColor(snapshot.current.event.category) : "";
      if (layout.legendSlot.style.getPropertyValue("--current-event") !== eventColor)
        layout.legendSlot.style.setProperty("--current-event", eventColor || null);
      // "All lines" may come from the URL (a link, Back): the checkbox follows without a new legend.
      const allLines = layout.legendSlot.querySelector<HTMLInputElement>("input.all-lines");
      if (allLines && allLines.checked !== (state.allLines === true)) allLines.checked = state.allLines === true;
    },
  };
  return view;
}
