import { tPanel } from "../i18n/panels";
import type { Lang } from "../i18n/t";
import { pageUrl, writeHistory } from "../share/app_url";
import type { StoryIndex } from "../time/story_index";
import { el, setAttr, setText, withVar } from "../ui/dom";
import type { Actions } from "./actions";
import type { KeyActions } from "./keyboard";
import { enterPresenter } from "./presenter_loader";
import type { AppState, Store } from "./state";

/**
 * Presenter mode for classrooms: full screen, projector theme, one event per step. Clickers
 * send ←/→, PageUp/PageDown or Space, each one step (actions.step); B (or ".") blanks the screen
 * and freezes it until B or Esc; Esc leaves completely (state, URL, full screen).
 */
export interface Presenter {
  /** The keys while presenting. */
  keys: KeyActions;
  /** The progress bar that stands in for the timeline: "12 / 67". */
  progress: HTMLElement;
  blank: HTMLElement;
  update(state: AppState, currentIndex: number | undefined): void;
  toggle(): void;
}

/** `writeHash` writes the current state's hash now (url_sync's flush): leaving is seen at once. */
export function createPresenter(
  store: Store,
  actions: Actions,
  index: StoryIndex,
  root: HTMLElement,
  writeHash: () => void = () => undefined,
): Presenter {
  const total = index.events.length;
  const bar = el("div", { class: "present-bar" });
  const count = el("span", { class: "present-count" });
  const progress = el(
    "div",
    { class: "present-progress", role: "progressbar", "aria-valuemin": 0, "aria-valuemax": total, "aria-valuenow": 0 },
    [el("div", { class: "present-track" }, [bar]), count],
  );
  const blank = el("div", { class: "present-blank", hidden: true, "aria-hidden": "true" });

  const enter = () => enterPresenter(store);
  const leave = () => {
    // A step still playing ends on its card first: the reader's view is the moment presented.
    actions.settleStep();
    store.set({ present: false, blank: false, playing: false });
  };
  // Leaving is complete however it happens (Esc, P, a hash without `present`, Back): a reload or
  // a copied link opens the reader view, not the presenter, and full screen ends.
  const cleanUp = () => {
    // The hash at once (not after the throttle), the query where an older link put it.
    writeHash();
    const search = new URLSearchParams(window.location.search);
    if (search.has("present")) {
      search.delete("present");
      writeHistory(window.history, "replace", pageUrl(window.location, { search: search.toString() }));
    }
    if (document.fullscreenElement) document.exitFullscreen?.().catch(() => undefined);
  };
  let wasPresent = store.get().present;
  // Leaving full screen with the browser's own Esc (the page never sees that key) also leaves
  // presenter mode, however full screen began: asked for by P before this chunk had arrived (its
  // change event then came before this listener), or by the map's own full-screen button.
  const onFullscreenChange = () => {
    if (!document.fullscreenElement && store.get().present) leave();
  };
  document.addEventListener("fullscreenchange", onFullscreenChange);

  // While the screen is blank nothing moves unseen: only B (or Esc) answers, and it unblanks.
  const unlessBlank = (action: () => void) => (): void => {
    if (!store.get().blank) action();
  };
  let shown = -1;
  // What had the focus when the screen went blank.
  let focused: Element | null = null;
  const keys: KeyActions = {
    togglePlay: unlessBlank(() => actions.step(1)),
    previous: unlessBlank(() => actions.step(-1)),
    next: unlessBlank(() => actions.step(1)),
    shiftMonths: (months) => unlessBlank(() => actions.shiftMonths(months))(),
    start: unlessBlank(() => actions.start()),
    end: unlessBlank(() => actions.end()),
    faster: unlessBlank(() => actions.faster()),
    slower: unlessBlank(() => actions.slower()),
    togglePresent: unlessBlank(leave),
    // A step still playing ends on its card first: the screen comes back where it went dark.
    blank: () => {
      actions.settleStep();
      store.set({ blank: !store.get().blank, playing: false });
    },
    leave: () => (store.get().blank ? store.set({ blank: false }) : leave()),
    // A card longer than the wall (a long quote at 1024×768) reads on with ↓ (its foot fades
    // while there is more, app.css); a step opens the next card at its top (update).
    scrollCard: (direction) =>
      unlessBlank(() => {
        const panel = root.querySelector<HTMLElement>(".panel");
        panel?.scrollBy({ top: direction * panel.clientHeight * 0.8, behavior: "smooth" });
      })(),
  };

  return {
    keys,
    progress,
    blank,
    update(state, currentIndex) {
      if (wasPresent && !state.present) cleanUp();
      wasPresent = state.present;
      root.classList.toggle("present", state.present);
      // Called every frame while playing: each write only when its value changes (setText).
      const theme = state.present ? "projector" : "";
      if (document.documentElement.dataset.theme !== theme) document.documentElement.dataset.theme = theme;
      const hidden = !(state.present && state.blank);
      if (blank.hidden !== hidden) {
        blank.hidden = hidden;
        // Blanked, the page behind takes no key: Space on a focused button (the legend's) opened
        // the legend unseen (a review). Its focus comes back when the screen does.
        if (!hidden) {
          focused = document.activeElement;
          // At once: the browser moves the focus out of an inert part only at its next frame.
          if (focused instanceof HTMLElement) focused.blur();
        }
        for (const part of root.children) if (part !== blank) (part as HTMLElement).inert = !hidden;
        if (hidden && focused instanceof HTMLElement) focused.focus({ preventScroll: true });
      }
      const n = currentIndex === undefined ? 0 : currentIndex + 1;
      // Another card: it opens at its top, not where ↓ left the one before.
      if (state.present && n !== shown) root.querySelector(".panel")?.scrollTo({ top: 0 });
      shown = n;
      setText(count, `${n} / ${total}`);
      setAttr(progress, "aria-valuenow", String(n));
      setAttr(progress, "aria-label", progressLabel(state.lang));
      withVar(bar, "--progress", `${total ? (n / total) * 100 : 0}%`);
    },
    toggle() {
      if (store.get().present) leave();
      else enter();
    },
  };
}

function progressLabel(lang: Lang): string {
  return tPanel(lang, "presentProgress");
}
