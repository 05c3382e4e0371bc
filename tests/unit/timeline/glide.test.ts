import { describe, expect, it } from "vitest";
import { createGlide, type FrameClock } from "../../../src/timeline/glide";
import type { TimeWindow } from "../../../src/timeline/window";

/**
 * A browser-like frame clock: `tick(ms, before)` advances the time by ms and runs one frame, in
 * which `before` (the app's own frame callback, registered first) runs ahead of the callbacks
 * requested during the previous frame; a callback requested during a frame runs in the next.
 */
function fakeClock() {
  let now = 0;
  let id = 0;
  const queued = new Map<number, () => void>();
  const cancelled = new Set<number>();
  const clock: FrameClock = {
    now: () => now,
    frame: (callback) => {
      queued.set(++id, callback);
      return id;
    },
    cancel: (handle) => {
      cancelled.add(handle);
      queued.delete(handle);
    },
  };
  const tick = (ms: number, before?: () => void) => {
    now += ms;
    const frame = [...queued];
    queued.clear();
    before?.();
    for (const [handle, callback] of frame) if (!cancelled.has(handle)) callback();
  };
  return { clock, tick };
}

describe("createGlide(apply, ms, clock)", () => {
  it("glide.to(target, from) reaches the target within ms and stops", () => {
    const { clock, tick } = fakeClock();
    const shown: TimeWindow[] = [];
    const glide = createGlide((w) => shown.push(w), 320, clock);
    glide.to([100, 200], [0, 100]);
    tick(200);
    tick(200);
    expect(shown.at(-1)).toEqual([100, 200]);
    expect(glide.running()).toBe(false);
  });

  it("glide.to(target, from) with a new target at every frame keeps up with it and arrives within ms of the last", () => {
    // The reviewer's case: ← between far events moves the playhead every frame (about 200 ms a
    // frame under software rendering); each frame restarted the glide at 0 and the strip stayed.
    const { clock, tick } = fakeClock();
    let shown: TimeWindow = [0, 100];
    const glide = createGlide(
      (w) => {
        shown = w;
      },
      320,
      clock,
    );
    const starts: number[] = [];
    for (let frame = 1; frame <= 4; frame++) {
      // The app's frame moves the playhead first, then the glide's own frame runs.
      tick(200, () => glide.to([-1000 * frame, -1000 * frame + 100], shown));
      starts.push(shown[0]);
    }
    // A glide's first frame shows where it starts; from then on the window has left it and keeps
    // up, a glide at most behind the playhead (it was stuck at 0 while the playhead moved).
    for (let i = 1; i < starts.length; i++) expect(starts[i]).toBeLessThanOrEqual(-1000 * i);
    tick(200);
    tick(200);
    expect(shown).toEqual([-4000, -3900]);
  });

  it("glide.stop() leaves the window where it is", () => {
    const { clock, tick } = fakeClock();
    const shown: TimeWindow[] = [];
    const glide = createGlide((w) => shown.push(w), 320, clock);
    glide.to([100, 200], [0, 100]);
    glide.stop();
    tick(200);
    expect(shown).toEqual([[0, 100]]);
    expect(glide.running()).toBe(false);
  });
});
