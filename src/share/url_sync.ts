import type { AppState, Store } from "../app/state";
import { type PageLocation, pageUrl, writeHistory } from "./app_url";
import { parseUrlState, type UrlState } from "./url_state";

/**
 * Keeps the URL hash and the state in step, in one place: state changes are written with
 * replaceState (throttled, so playback does not flood the history), explicit jumps with
 * pushState so Back returns to where the reader was; any other change of the hash (typed, a
 * link, Back/Forward) is read back, validated, and applied as the view it names.
 */
export interface UrlSync {
  /** Call before an explicit jump: the next change becomes a new history entry. */
  beforeJump(): void;
  /** Writes the current state's hash now instead of after the throttle (leaving presenter mode). */
  flush(): void;
  destroy(): void;
}

export interface UrlSyncOptions {
  /** The hash for a state, as `formatHash` writes it (with the open card's event). */
  format: (state: AppState) => string;
  /** The state a hash names (see app/url_view.ts); playback stops on every hash change. */
  resolve: (url: UrlState, state: AppState) => Partial<AppState>;
  /** Applies the view a changed hash names (default: `store.set`; the app passes its jump action). */
  apply?: (view: Partial<AppState>) => void;
  /** Jumps become history entries (not inside an embed: the article's history is not ours). */
  pushJumps?: boolean;
  win?: Pick<Window, "addEventListener" | "removeEventListener"> & {
    location: PageLocation & { readonly hash: string; readonly search?: string };
    history: History;
  };
}

const THROTTLE_MS = 400;

export function syncUrl(store: Store, options: UrlSyncOptions): UrlSync {
  const { format, resolve, pushJumps = true, win = window } = options;
  const apply = options.apply ?? ((view: Partial<AppState>) => store.set(view));
  let timer: ReturnType<typeof setTimeout> | undefined;
  let push = false;
  let applying = false;
  // The hash as last written or applied: a hashchange/popstate that brings it back is our own.
  let known = win.location.hash;

  const write = (mode: "push" | "replace", state: AppState) => {
    const hash = format(state);
    if (mode === "replace" && hash === win.location.hash) return;
    if (writeHistory(win.history, mode, pageUrl(win.location, { hash }))) known = win.location.hash;
  };
  const flush = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    write("replace", store.get());
  };

  const unsubscribe = store.subscribe((state) => {
    if (applying) return;
    if (push) {
      push = false;
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      write("push", state);
      return;
    }
    if (timer === undefined) timer = setTimeout(flush, THROTTLE_MS);
  });

  const onHashChange = () => {
    const hash = win.location.hash;
    if (hash === known) return;
    known = hash;
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    applying = true;
    try {
      // Read with the page's query, as a fresh load of the same URL reads it: a presenter page
      // opened by `?present=1` stays presenting when only its hash changes (a review saw a typed
      // `#event=…` drop it to the reader's view).
      apply({ playing: false, ...resolve(parseUrlState(win.location.search ?? "", hash), store.get()) });
    } finally {
      applying = false;
    }
    // Written back in full (replaced, not pushed): a hand-typed `#event=…` becomes a URL that
    // also names the day and the language.
    flush();
  };
  // A typed hash fires both; Back/Forward between pushed entries fires popstate only.
  win.addEventListener("popstate", onHashChange);
  win.addEventListener("hashchange", onHashChange);

  return {
    beforeJump() {
      flush();
      push = pushJumps;
      // A jump that changes nothing must not turn the next ordinary change into an entry.
      queueMicrotask(() => {
        push = false;
      });
    },
    flush,
    destroy() {
      unsubscribe();
      if (timer !== undefined) clearTimeout(timer);
      win.removeEventListener("popstate", onHashChange);
      win.removeEventListener("hashchange", onHashChange);
    },
  };
}
