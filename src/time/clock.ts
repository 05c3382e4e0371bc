/**
 * The play loop. Time and frames come from a swappable clock, so tests (and the benchmark) can
 * drive playback deterministically; in the browser it is performance.now and rAF.
 */
export interface Clock {
  now(): number;
  requestFrame(callback: () => void): number;
  cancelFrame(handle: number): void;
}

export const browserClock: Clock = {
  now: () => performance.now(),
  requestFrame: (callback) => requestAnimationFrame(callback),
  cancelFrame: (handle) => cancelAnimationFrame(handle),
};

export interface Player {
  play(): void;
  pause(): void;
  readonly playing: boolean;
  destroy(): void;
}

/**
 * Calls `advance(elapsedSeconds)` once per frame while playing, with the real seconds since the
 * previous frame (capped, so a background tab does not jump through the story on return).
 * `advance` returns false to stop (the end was reached).
 */
export function createPlayer(clock: Clock, advance: (seconds: number) => boolean): Player {
  let handle: number | undefined;
  let last = 0;
  const frame = () => {
    const now = clock.now();
    const seconds = Math.min((now - last) / 1000, 0.25);
    last = now;
    if (advance(seconds)) handle = clock.requestFrame(frame);
    else handle = undefined;
  };
  return {
    play() {
      if (handle !== undefined) return;
      last = clock.now();
      handle = clock.requestFrame(frame);
    },
    pause() {
      if (handle !== undefined) clock.cancelFrame(handle);
      handle = undefined;
    },
    get playing() {
      return handle !== undefined;
    },
    destroy() {
      this.pause();
    },
  };
}

/** A clock that only moves when told to: for unit tests. */
export function manualClock(): Clock & { tick(ms: number): void } {
  let time = 0;
  let next = 1;
  const callbacks = new Map<number, () => void>();
  return {
    now: () => time,
    requestFrame(callback) {
      callbacks.set(next, callback);
      return next++;
    },
    cancelFrame: (handle) => {
      callbacks.delete(handle);
    },
    tick(ms) {
      time += ms;
      const due = [...callbacks.values()];
      callbacks.clear();
      for (const callback of due) callback();
    },
  };
}

/**
 * The browser clock, with a switch for tests: once frozen, time moves only by `advance(ms)`
 * while frames keep coming, so a test can play exactly 1.5 s of story and look at the map.
 */
export function controllableClock(base: Clock = browserClock): Clock & { freeze(): void; advance(ms: number): void } {
  let frozen: number | undefined;
  return {
    now: () => frozen ?? base.now(),
    requestFrame: (callback) => base.requestFrame(callback),
    cancelFrame: (handle) => base.cancelFrame(handle),
    freeze() {
      frozen ??= base.now();
    },
    advance(ms) {
      if (frozen !== undefined) frozen += ms;
    },
  };
}
