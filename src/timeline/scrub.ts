/**
 * Press-and-drag to seek, with pointer events so mouse, pen and touch share one path. A touch
 * only starts scrubbing once it has moved sideways (or on a tap), so a second finger arriving for
 * a pinch, or a vertical swipe the browser turns into a page scroll, never jumps the time.
 */

export interface ScrubOptions {
  /** The time under a pointer at `clientX`. */
  timeAt(clientX: number): number;
  onSeek(t: number, final: boolean): void;
  /** Pointer downs this scrubber leaves alone (e.g. on an event tick). */
  ignore?(event: PointerEvent): boolean;
}

const TOUCH_SLOP_PX = 6;

/** Makes `target` scrub time; returns a function that removes the listeners. */
export function scrubbable(target: HTMLElement | SVGElement, options: ScrubOptions): () => void {
  let active: { id: number; startX: number; started: boolean; last: number } | undefined;

  const seek = (clientX: number, final: boolean) => {
    if (!active) return;
    const t = options.timeAt(clientX);
    if (final || t !== active.last) options.onSeek(t, final);
    active.last = t;
  };

  const end = (final: boolean, clientX?: number) => {
    if (!active) return;
    if (target.hasPointerCapture(active.id)) target.releasePointerCapture(active.id);
    if (clientX !== undefined) seek(clientX, true);
    else if (final && active.started) options.onSeek(active.last, true);
    active = undefined;
  };

  const down = (event: PointerEvent) => {
    if (!event.isPrimary || event.button !== 0) {
      // A second finger: this is a pinch, not a scrub.
      end(true);
      return;
    }
    if (options.ignore?.(event)) return;
    const started = event.pointerType !== "touch";
    active = { id: event.pointerId, startX: event.clientX, started, last: Number.NaN };
    target.setPointerCapture(event.pointerId);
    if (started) seek(event.clientX, false);
  };

  const move = (event: PointerEvent) => {
    if (!active || event.pointerId !== active.id) return;
    if (!active.started && Math.abs(event.clientX - active.startX) > TOUCH_SLOP_PX) active.started = true;
    if (active.started) seek(event.clientX, false);
  };

  const up = (event: PointerEvent) => {
    if (active && event.pointerId === active.id) end(true, event.clientX);
  };

  const cancel = (event: PointerEvent) => {
    if (active && event.pointerId === active.id) end(true);
  };

  const listeners = [
    ["pointerdown", down],
    ["pointermove", move],
    ["pointerup", up],
    ["pointercancel", cancel],
  ] as const;
  for (const [type, listener] of listeners) target.addEventListener(type, listener as EventListener);
  return () => {
    for (const [type, listener] of listeners) target.removeEventListener(type, listener as EventListener);
    active = undefined;
  };
}
