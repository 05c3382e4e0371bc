import type { Presenter } from "./presenter";
import type { AppState } from "./state";

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
}

/**
 * `create` imports and builds the presenter; `onLoad` places its elements and draws the state
 * of that moment; `onFail` hears a chunk that could not be fetched (e.g. offline).
 */
export function lazyPresenter(
  create: () => Promise<Presenter>,
  onLoad: (presenter: Presenter) => void,
  onFail: (error: unknown) => void,
): LazyPresenter {
  let loaded: Presenter | undefined;
  let pending: Promise<Presenter> | undefined;
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
      else if (state.present) load().catch(onFail);
    },
    toggle() {
      load().then((presenter) => presenter.toggle(), onFail);
    },
    preload() {
      load().catch(() => undefined);
    },
  };
}
