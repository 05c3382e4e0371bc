import type { Actions } from "./actions";
import type { Store } from "./state";

/**
 * Lost WebGL is a pause, not a break: while the map cannot draw, a request to play (Space, the
 * play button, a host page's `zeitkarte:play`) does not run the story on unseen. It is held:
 * `playing` stays false (what a host page reads back), the map's notice says playback starts
 * once the map is back (`held`), and the restore starts it. A pause asked for meanwhile
 * (`cancel`) drops it. A step (→, a presenter's click) that would play a movement to the next
 * event goes there at once instead: the step ends where it would have without the loss.
 */
export interface PlayWhileLost {
  /** A play is waiting for the restore. */
  readonly held: boolean;
  /** The map stopped drawing (WebGL context lost). */
  lost(): void;
  /** The map draws again: a held play starts now. */
  restored(): void;
  /** The reader or host asked to pause: a held play is dropped. */
  cancel(): void;
}

export function holdPlayWhileLost(
  store: Store,
  actions: Pick<Actions, "play" | "pause" | "settleStep">,
): PlayWhileLost {
  let isLost = false;
  let held = false;
  store.subscribe((state, previous) => {
    if (!isLost || !state.playing || previous.playing) return;
    // A step that plays a movement (→ from the AZAL hit) lands on its card at once: held, it
    // became a plain play at the restore and ran on past the crash (a fresh-eyes review).
    actions.settleStep();
    if (!store.get().playing) return;
    held = true;
    actions.pause();
  });
  return {
    get held() {
      return held;
    },
    lost() {
      isLost = true;
      actions.pause();
    },
    restored() {
      isLost = false;
      if (!held) return;
      held = false;
      actions.play();
    },
    cancel() {
      held = false;
    },
  };
}
