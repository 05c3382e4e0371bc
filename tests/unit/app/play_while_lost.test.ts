import { describe, expect, it } from "vitest";
import { createActions } from "../../../src/app/actions";
import { holdPlayWhileLost } from "../../../src/app/play_while_lost";
import { createStore } from "../../../src/app/state";
import { manualClock } from "../../../src/time/clock";
import { createPacing } from "../../../src/time/pacing";
import { caucasusIndex } from "../time/caucasus";

/** The playback pace, loaded (pacing_loader.ts). */
const paced = (index: Parameters<typeof createPacing>[0]) => {
  const pacing = createPacing(index);
  return () => pacing;
};

function setup() {
  const index = caucasusIndex();
  const store = createStore({
    story: "caucasus",
    t: index.span[0],
    event: undefined,
    playing: false,
    speed: 1,
    loop: false,
    follow: false,
    org: "csto",
    lang: "de",
    present: false,
    blank: false,
  });
  const actions = createActions(store, index, paced(index), manualClock(), () => undefined);
  return { store, actions, hold: holdPlayWhileLost(store, actions) };
}

describe("holdPlayWhileLost", () => {
  it("lost() pauses; play() while lost is held, not run; restored() starts it", () => {
    const { store, actions, hold } = setup();
    actions.play();
    hold.lost();
    expect(store.get().playing).toBe(false);
    actions.play();
    expect(store.get().playing).toBe(false);
    expect(hold.held).toBe(true);
    hold.restored();
    expect(hold.held).toBe(false);
    expect(store.get().playing).toBe(true);
  });

  it("next() while lost along a movement (the AZAL hit → the crash) lands on the next event at once, nothing held", () => {
    const { store, actions, hold } = setup();
    actions.selectEvent("azal-8243-hit");
    hold.lost();
    actions.next();
    expect(store.get().playing).toBe(false);
    expect(store.get().event).toBe("azal-8243-crash");
    expect(hold.held).toBe(false);
    hold.restored();
    expect(store.get().playing).toBe(false);
    expect(store.get().event).toBe("azal-8243-crash");
  });

  it("cancel() drops a held play: the restore does not start it", () => {
    const { store, actions, hold } = setup();
    hold.lost();
    actions.togglePlay();
    hold.cancel();
    hold.restored();
    expect(store.get().playing).toBe(false);
  });

  it("restored() without a held play leaves playback paused (the loss paused it)", () => {
    const { store, actions, hold } = setup();
    actions.play();
    hold.lost();
    hold.restored();
    expect(store.get().playing).toBe(false);
    actions.play();
    expect(store.get().playing).toBe(true);
  });
});
