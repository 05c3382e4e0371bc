import { type TimeWindow, tweenWindow } from "./window";

/** The frame clock a glide runs on: the browser's, or a test's. */
export interface FrameClock {
  now(): number;
  frame(callback: () => void): number;
  cancel(handle: number): void;
}

const BROWSER_CLOCK: FrameClock = {
  now: () => performance.now(),
  frame: (callback) => requestAnimationFrame(callback),
  cancel: (handle) => cancelAnimationFrame(handle),
};

export interface Glide {
  /**
   * Glides the window from `from` to `target` within `ms` of the glide's start. A new target
   * while a glide runs takes over the running glide and its clock: a playhead that moves every
   * frame (a step between far events, playback) still brings the window along within `ms`,
   * instead of restarting the glide at every frame and never moving.
   */
  to(target: TimeWindow, from: TimeWindow): void;
  /** Stops a running glide where it is (the reader brushed the window). */
  stop(): void;
  running(): boolean;
}

/** A glide of the focus window: `apply` sets the shown window (ms: the glide's length). */
export function createGlide(apply: (window: TimeWindow) => void, ms: number, clock: FrameClock = BROWSER_CLOCK): Glide {
  let handle = 0;
  let from: TimeWindow = [0, 0];
  let target: TimeWindow = [0, 0];
  let started = 0;
  const step = () => {
    const progress = (clock.now() - started) / ms;
    apply(tweenWindow(from, target, progress));
    handle = progress < 1 ? clock.frame(step) : 0;
  };
  return {
    to(next, current) {
      target = next;
      if (handle !== 0) return;
      from = current;
      started = clock.now();
      step();
    },
    stop() {
      if (handle !== 0) clock.cancel(handle);
      handle = 0;
    },
    running: () => handle !== 0,
  };
}
