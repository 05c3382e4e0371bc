import type { Actions } from "../app/actions";
import type { Store } from "../app/state";
import { hasStrings, loadStrings } from "../i18n/t";
import { isoDay } from "../story/dates";
import type { EmbedHost } from "./embed";

/**
 * The app's store and actions as the embed sees them: what a host page may read and do. `current`
 * gives the id of the event the card shows at the playhead (undefined before the story's first),
 * which the state names as `event`: after a `set-time` that is the event there, not null.
 */
export function embedHost(
  store: Store,
  actions: Pick<Actions, "seek" | "play" | "pause" | "selectEvent">,
  current: () => string | undefined,
): EmbedHost {
  return {
    getState() {
      const state = store.get();
      return {
        story: state.story,
        t: isoDay(state.t),
        event: current() ?? null,
        playing: state.playing,
        lang: state.lang,
      };
    },
    // Not a "final" seek: that would push a history entry, and an iframe's history is the host
    // page's, so the reader's Back button would move the map instead of leaving the article.
    setTime: (t) => actions.seek(t, false),
    play: () => actions.play(),
    pause: () => actions.pause(),
    selectEvent: (id) => actions.selectEvent(id),
    // A language whose strings are still loading switches when they arrive (lang_gate.ts): the
    // promise lets the embed apply the host's next messages after it, in the order sent.
    setLang(lang) {
      store.set({ lang });
      return hasStrings(lang) ? undefined : loadStrings(lang).catch(() => undefined);
    },
    subscribe(listener) {
      const unsubscribe = store.subscribe(() => listener());
      return () => {
        unsubscribe();
      };
    },
  };
}
