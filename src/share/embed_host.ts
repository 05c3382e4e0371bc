import type { Actions } from "../app/actions";
import type { Store } from "../app/state";
import { isoDay } from "../story/dates";
import type { EmbedHost } from "./embed";

/** The app's store and actions as the embed sees them: what a host page may read and do. */
export function embedHost(store: Store, actions: Pick<Actions, "seek" | "play" | "pause" | "selectEvent">): EmbedHost {
  return {
    getState() {
      const state = store.get();
      return {
        story: state.story,
        t: isoDay(state.t),
        event: state.event ?? null,
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
    setLang: (lang) => store.set({ lang }),
    subscribe(listener) {
      const unsubscribe = store.subscribe(() => listener());
      return () => {
        unsubscribe();
      };
    },
  };
}
