import type { KeyActions } from "./keyboard";
import type { Presenter } from "./presenter";
import type { AppState, Store } from "./state";

/**
 * Enters presenter mode: in the key or click handler itself, so full screen (which needs the
 * reader's gesture) is asked for at once, and the state (with the URL) says so before the
 * presenter's chunk has arrived. Where full screen is refused the mode works in the window.
 */
export function enterPresenter(store: Store): void {
  store.set({ present: true, playing: false });
  if (!document.fullscreenElement) document.documentElement.requestFullscreen?.().catch(() => undefined);
}

/**
 * Presenter mode (presenter.ts) as a chunk of its own: most readers never present, so its code
 * loads when it is first asked for (P, the button, `present=1` in the URL) or when the browser
 * is idle after the first view (`preload`). Until then the page is the reader's view, which is
 * what an absent presenter would draw.
 */
export interface LazyPresenter {
  /** The presenter once its chunk has loaded. */
  readonly loaded: Presenter | undefined;
  /** Presenter.update once loaded; a state that presents loads it (then `onLoad` draws it). */
  update(state: AppState, currentIndex: number | undefined): void;
  toggle(): void;
  preload(): void;
  /**
   * The presenter's keys, also before its chunk has arrived: a key pressed meanwhile (a clicker's
   * →, Esc) waits for the chunk and then acts, in the order pressed, so no press is lost. If the
   * chunk cannot load, Esc and P still leave presenter mode.
   */
  readonly keys: KeyActions;
}

const KEY_NAMES = [
  "togglePlay",
  "previous",
  "next",
  "shiftMonths",
  "start",
  "end",
  "faster",
  "slower",
  "togglePresent",
  "blank",
  "leave",
  "scrollCard",
] as const satisfies readonly (keyof KeyActions)[];

/**
 * `store`: the app's state (toggle enters presenter mode at once). `create` imports and builds the presenter; `onLoad` places its elements and draws the state
 * of that moment; `onFail` hears a chunk that could not be fetched (e.g. offline). `ready`: a
 * presenter built already (a page opened presenting loads the chunk beside the story), placed by
 * the caller.
 */
export function lazyPresenter(
  store: Store,
  create: () => Promise<Presenter>,
  onLoad: (presenter: Presenter) => void,
  onFail: (error: unknown) => void,
  ready?: Presenter,
): LazyPresenter {
  let loaded = ready;
  let pending = ready ? Promise.resolve(ready) : undefined;
  /** Back to the reader's view without the presenter's code: the state, and full screen. */
  const leave = () => {
    if (store.get().present) store.set({ present: false, blank: false });
    if (globalThis.document?.fullscreenElement) document.exitFullscreen?.().catch(() => undefined);
  };
  const load = () => {
    pending ??= create().then(
      (presenter) => {
        loaded = presenter;
        onLoad(presenter);
        return presenter;
      },
      (error: unknown) => {
        pending = undefined;
        throw error;
      },
    );
    return pending;
  };
  return {
    get loaded() {
      return loaded;
    },
    update(state, currentIndex) {
      if (loaded) loaded.update(state, currentIndex);
      // A chunk that cannot load (offline) leaves the reader's view whole: not a state that says
      // presenting under a page that does not (a review found it so).
      else if (state.present)
        load().catch((error: unknown) => {
          leave();
          onFail(error);
        });
    },
    toggle() {
      if (loaded) loaded.toggle();
      // Entering does not wait for the chunk: the presenting state loads it (see update).
      else if (!store.get().present) enterPresenter(store);
      else load().then((presenter) => presenter.toggle(), onFail);
    },
    preload() {
      load().catch(() => undefined);
    },
    get keys(): KeyActions {
      if (loaded) return loaded.keys;
      const deferred = {} as Record<keyof KeyActions, (months?: number) => void>;
      for (const name of KEY_NAMES) {
        deferred[name] = (months?: number) => {
          load().then(
            (presenter) => {
              const act = presenter.keys[name] as ((months?: number) => void) | undefined;
              act?.(months);
            },
            (error: unknown) => {
              if (name === "leave" || name === "togglePresent") leave();
              onFail(error);
            },
          );
        };
      }
      return deferred as KeyActions;
    },
  };
}
