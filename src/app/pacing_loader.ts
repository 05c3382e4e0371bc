import { importAgain } from "../boot/import_again";
import type { Pacing } from "../time/pacing";
import type { StoryIndex } from "../time/story_index";

/** The playback pace, loaded when asked for; `get` is undefined until then. */
export interface LazyPacing {
  get(): Pacing | undefined;
  /** Starts loading (once; again after a failure). */
  load(): void;
}

/**
 * The playback pace (pacing.ts) as a chunk of its own, asked for right after the first view and
 * at the first play, whichever comes first: the first view draws a moment and does not play
 * (issue 16: the first load's weight; its knots are work a large story's start need not wait
 * for). Until it is there, playback waits on its frames (actions.ts). `onFail` hears a chunk that
 * could not be fetched (offline): the page says so, and the next play asks again.
 */
export function lazyPacing(index: StoryIndex, onFail: (error: unknown) => void): LazyPacing {
  let pacing: Pacing | undefined;
  let asked = false;
  return {
    get: () => pacing,
    load() {
      if (asked) return;
      asked = true;
      importAgain(() => import("../time/pacing")).then(
        ({ createPacing }) => {
          pacing = createPacing(index);
        },
        (error: unknown) => {
          asked = false;
          onFail(error);
        },
      );
    },
  };
}
