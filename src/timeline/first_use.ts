/**
 * Code the first view does not need (the timeline's wheel zoom and window brush) loads when a
 * reader first reaches for the part that uses it: a pointer entering or pressing it, a touch, a
 * wheel turn or keyboard focus. `load` runs once; when the promise it returns rejects (the code
 * could not be fetched, e.g. offline) the next use tries again. The returned function cancels it.
 */
const FIRST_USE = ["pointerenter", "pointerdown", "touchstart", "wheel", "focusin"] as const;

/** The loads armed now, each run at most once (onFirstUse). */
const armed = new Set<() => void>();

/**
 * Runs every armed load now (the page calls it when idle after the first view): a reader's
 * first press on the timeline then finds the brush attached. Loaded only on that press, the
 * code arrived after the press had passed, and the first drag did nothing (a review, 2 of 2).
 */
export function preloadFirstUse(): void {
  for (const run of [...armed]) run();
}

export function onFirstUse(target: Element, load: () => Promise<unknown>): () => void {
  const options = { capture: true, passive: true } as const;
  const remove = () => {
    armed.delete(run);
    for (const type of FIRST_USE) target.removeEventListener(type, run, options);
  };
  let cancelled = false;
  const arm = () => {
    if (cancelled) return;
    armed.add(run);
    for (const type of FIRST_USE) target.addEventListener(type, run, options);
  };
  function run() {
    remove();
    load().catch(arm);
  }
  arm();
  return () => {
    cancelled = true;
    remove();
  };
}
