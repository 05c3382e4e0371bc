import type { AppState, Store } from "../app/state";
import { formatHash, parseUrlState } from "./url_state";

/**
 * Keeps the URL hash and the state in step, in one place: state changes are written with
 * replaceState (throttled, so playback does not flood the history), explicit jumps with
 * pushState so Back returns to where the reader was; Back/Forward and edited hashes are read
 * back, validated, and applied.
 */
export interface UrlSync {
  /** Call before an explicit jump: the next change becomes a new history entry. */
  beforeJump(): void;
  destroy(): void;
}

const THROTTLE_MS = 400;

export function syncUrl(
  store: Store,
  defaults: Pick<AppState, "org" | "speed">,
  options: { pushJumps?: boolean; win?: Window } = {},
): UrlSync {
  const { pushJumps = true, win = window } = options;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let push = false;
  let applying = false;

  const url = (state: AppState) => `${win.location.pathname}${win.location.search}${formatHash(state, defaults)}`;
  const flush = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    const next = url(store.get());
    if (next !== `${win.location.pathname}${win.location.search}${win.location.hash}`)
      win.history.replaceState(null, "", next);
  };

  const unsubscribe = store.subscribe((state) => {
    if (applying) return;
    if (push) {
      push = false;
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      win.history.pushState(null, "", url(state));
      return;
    }
    if (timer === undefined) timer = setTimeout(flush, THROTTLE_MS);
  });

  const onPop = () => {
    const parsed = parseUrlState("", win.location.hash);
    applying = true;
    store.set({
      playing: false,
      event: parsed.event,
      ...(parsed.t !== undefined ? { t: parsed.t } : {}),
      ...(parsed.org !== undefined ? { org: parsed.org } : {}),
      ...(parsed.speed !== undefined ? { speed: parsed.speed } : {}),
      ...(parsed.lang !== undefined ? { lang: parsed.lang } : {}),
    });
    applying = false;
  };
  win.addEventListener("popstate", onPop);

  return {
    beforeJump() {
      flush();
      push = pushJumps;
      // A jump that changes nothing must not turn the next ordinary change into an entry.
      queueMicrotask(() => {
        push = false;
      });
    },
    destroy() {
      unsubscribe();
      if (timer !== undefined) clearTimeout(timer);
      win.removeEventListener("popstate", onPop);
    },
  };
}
