import { addMonths } from "../story/dates";
import { type Clock, createPlayer, type Player } from "../time/clock";
import type { Pacing } from "../time/pacing";
import { movingAt, snapshotAt } from "../time/snapshot";
import type { StoryIndex } from "../time/story_index";
import { type AppState, nextSpeed, type Speed, type Store } from "./state";

/**
 * What a reader can do, as changes of state. Every view calls these; none changes state itself.
 * Jumps (to an event, to start or end) are "explicit": they go into the browser history.
 */
export interface Actions {
  togglePlay(): void;
  play(): void;
  pause(): void;
  seek(t: number, final?: boolean): void;
  selectEvent(id: string): void;
  previous(): void;
  next(): void;
  shiftMonths(months: number): void;
  start(): void;
  end(): void;
  setSpeed(speed: Speed): void;
  faster(): void;
  slower(): void;
  toggleLoop(): void;
  toggleFollow(): void;
  setOrg(org: string): void;
  /**
   * The view a changed URL hash names (typed, a link, Back/Forward): stops playback and, like a
   * jump, lets the map frame the event; no new history entry (the URL is already one).
   */
  openView(view: Partial<AppState>): void;
  /**
   * Presenter step: exactly one event on. A movement under way to the next event plays there; a
   * movement that starts at the reached event and ends before the following one plays out.
   * Playback then stops on the reached event's card.
   */
  step(direction: 1 | -1): void;
  /**
   * A step under way (a presenter step playing a movement, or → along one) ends at once where it
   * would stop, on its card: leaving presenter mode mid-step lands on a moment the URL names
   * (a day and a card), not between two. Nothing otherwise.
   */
  settleStep(): void;
  /**
   * The event a step playing a movement stops on (a presenter's step, or → along one): its card
   * shows at once, as a slide deck's next slide does, while the map plays the way there;
   * undefined when no step plays.
   */
  stepTarget(): string | undefined;
  /** Why the last change happened, for the map (fly on jumps, follow during play). */
  readonly reason: "play" | "jump" | "other";
  destroy(): void;
}

/** The most of its route a movement under way may jump when a play skips its event's linger. */
const SKIP_SHARE = 0.05;

/** Longest a presenter step plays (real seconds at the chosen speed) before it stops on its card. */
export const STEP_SECONDS = 2.5;

export function createActions(
  store: Store,
  index: StoryIndex,
  /** The playback pace once it has loaded (pacing_loader.ts); until then playback waits on its frames. */
  pacing: () => Pacing | undefined,
  clock: Clock,
  /** Called just before an explicit jump changes the state (history entries). */
  onExplicitJump: () => void,
): Actions {
  let reason: Actions["reason"] = "other";
  // Where playback stops by itself (a presenter step playing one movement), if anywhere.
  let stopAt: number | undefined;
  // The event whose card stays open where playback stops by itself.
  let stopEvent: string | undefined;
  // How many times faster than the reading pace a step plays (set at its first frame).
  let stepRate: number | undefined;
  // The day a series of month steps aims for, and the time the last step reached: a step from
  // there keeps the day (31 Jan → 28 Feb → 31 Mar); any other move starts a new series.
  let monthStep: { day: number; reached: number } | undefined;
  const [first, last] = index.span;
  const set = (patch: Partial<AppState>, why: Actions["reason"]) => {
    reason = why;
    store.set(patch);
    reason = "other";
  };
  const jump = (patch: Partial<AppState>) => {
    onExplicitJump();
    set({ ...patch, playing: false }, "jump");
  };

  const player: Player = createPlayer(clock, (seconds) => {
    const pace = pacing();
    if (!pace) return true;
    const state = store.get();
    if (fromCard) {
      fromCard = false;
      const skipped = afterLinger(state.t, pace);
      if (skipped > state.t) {
        set({ t: skipped, event: undefined }, "play");
        return true;
      }
    }
    // A step's rate, from its start: it plays in at most STEP_SECONDS, however long the
    // movement's reading pace would be.
    if (stopAt !== undefined && stepRate === undefined)
      stepRate = Math.max(1, (pace.toPlayback(stopAt) - pace.toPlayback(state.t)) / state.speed / STEP_SECONDS);
    const position = pace.toPlayback(state.t) + seconds * state.speed * (stopAt === undefined ? 1 : (stepRate ?? 1));
    if (stopAt !== undefined && pace.fromPlayback(position) >= stopAt) {
      const t = stopAt;
      const event = stopEvent;
      stopAt = undefined;
      set({ t, event, playing: false }, "play");
      return false;
    }
    if (position >= pace.total) {
      if (state.loop) {
        set({ t: first, event: undefined }, "play");
        return true;
      }
      set({ t: last, event: undefined, playing: false }, "play");
      return false;
    }
    set({ t: pace.fromPlayback(position), event: undefined }, "play");
    return true;
  });
  // The store's `playing` flag drives the player, so URL, keys and buttons all agree.
  store.subscribe((state, previous) => {
    if (state.playing === previous.playing) return;
    if (!state.playing) stopAt = undefined;
    fromCard = state.playing;
    if (state.playing) player.play();
    else player.pause();
  });

  const eventAt = (i: number) => index.events[i];
  // A play or a step starts from the card on screen, which the reader has seen: the linger of
  // its event (pacing.ts lingerEnd) is skipped, so the map moves at once (a review: nothing
  // moved for 2.2 s after Play). Not where a movement under way would jump by more than
  // SKIP_SHARE of its route (AZAL 8243's flight moves during the linger of its hit).
  let fromCard = false;
  const afterLinger = (t: number, pace: Pacing): number => {
    const to = pace.lingerEnd(t);
    if (to <= t) return t;
    const before = new Map(movingAt(index, t).map((m) => [m.movement, m.progress]));
    const jumps = movingAt(index, to).some((m) => m.progress - (before.get(m.movement) ?? 0) > SKIP_SHARE);
    return jumps ? t : to;
  };
  const playTo = (time: number, event: string) => {
    stepRate = undefined;
    stopAt = time;
    stopEvent = event;
    set({ playing: true }, "play");
  };
  const current = () => snapshotAt(index, store.get().t, store.get().event).current;
  const settle = () => {
    if (stopAt === undefined || !store.get().playing) return;
    const t = stopAt;
    const event = stopEvent;
    stopAt = undefined;
    set({ t, event, playing: false }, "play");
  };

  return {
    get reason() {
      return reason;
    },
    togglePlay() {
      const state = store.get();
      if (!state.playing && state.t >= last) set({ t: first, event: undefined }, "jump");
      set({ playing: !state.playing }, "play");
    },
    play: () => set({ playing: true }, "play"),
    pause: () => set({ playing: false }, "other"),
    seek(t, final = true) {
      const clamped = Math.min(last, Math.max(first, t));
      if (final) jump({ t: clamped, event: undefined });
      else set({ t: clamped, event: undefined, playing: false }, "other");
    },
    selectEvent(id) {
      const event = index.eventById.get(id);
      if (event) jump({ t: event.time, event: id });
    },
    previous() {
      settle();
      const now = current();
      const target = now ? eventAt(now.index - 1) : undefined;
      if (target) jump({ t: target.time, event: target.event.id });
    },
    next() {
      // A step still playing its movement ends on its card first: each press is one step on.
      settle();
      const now = current();
      const target = now ? eventAt(now.index + 1) : eventAt(0);
      if (!target) return;
      // Two events of one movement (AZAL 8243: hit near Grosny, crash near Aktau): the step
      // plays the way between them, as in presenter mode, and stops on the next card.
      const t = store.get().t;
      const linked = (m: (typeof index.movements)[number]) =>
        now !== undefined && m.movement.events.includes(now.event.id) && m.movement.events.includes(target.event.id);
      if (target.time > t && index.movements.some((m) => m.start <= t && t < m.end && linked(m))) {
        onExplicitJump();
        playTo(target.time, target.event.id);
        return;
      }
      jump({ t: target.time, event: target.event.id });
    },
    shiftMonths(months) {
      const t = store.get().t;
      const day = monthStep?.reached === t ? monthStep.day : new Date(t).getUTCDate();
      const target = Math.min(last, Math.max(first, addMonths(t, months, day)));
      jump({ t: target, event: undefined });
      monthStep = { day, reached: target };
    },
    start: () => jump({ t: first, event: undefined }),
    end: () => jump({ t: last, event: undefined }),
    setSpeed: (speed) => set({ speed }, "other"),
    faster: () => set({ speed: nextSpeed(store.get().speed, 1) }, "other"),
    slower: () => set({ speed: nextSpeed(store.get().speed, -1) }, "other"),
    toggleLoop: () => set({ loop: !store.get().loop }, "other"),
    toggleFollow: () => set({ follow: !store.get().follow }, "other"),
    setOrg: (org) => set({ org }, "other"),
    openView: (view) => set({ ...view, playing: false }, "jump"),
    settleStep: () => settle(),
    stepTarget: () => (stopAt !== undefined && store.get().playing ? stopEvent : undefined),
    step(direction) {
      // A press while the last step still plays (a clicker pressed twice quickly) is counted:
      // that step ends on its card and this one goes on from there.
      settle();
      const t = store.get().t;
      const now = current();
      const target = now ? eventAt(now.index + direction) : direction > 0 ? eventAt(0) : undefined;
      if (!target) return;
      // A movement under way that continues to the target plays there within this step
      // (AZAL 8243 from "hit near Grosny" to "crash near Aktau") and stops on its card; so does
      // one that sets off between the two (Putin's trip to Peking, movement_times.ts departure).
      const carried = index.movements.some((m) => m.start < target.time && t < m.end && m.end >= target.time);
      if (direction > 0 && carried && target.time > t) {
        onExplicitJump();
        playTo(target.time, target.event.id);
        return;
      }
      jump({ t: target.time, event: target.event.id });
      if (direction < 0) return;
      // A movement that starts here and ends before the next event plays out, then stops on
      // this card: one press is one step, never an advance the presenter did not ask for.
      const after = eventAt(target.index + 1);
      const ends = index.movements
        .filter((m) => m.start === target.time && m.end > m.start && (!after || m.end <= after.time))
        .map((m) => m.end);
      if (ends.length === 0) return;
      playTo(Math.min(Math.max(...ends), after ? after.time - 1 : last), target.event.id);
    },
    destroy: () => player.destroy(),
  };
}
