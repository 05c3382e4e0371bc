/**
 * Code the first view does not need (the timeline's wheel zoom and window brush) loads when a
 * reader first reaches for the part that uses it: a pointer entering or pressing it, a touch, a
 * wheel turn or keyboard focus. `load` runs once; when the promise it returns rejects (the code
 * could not be fetched, e.g. offline) the next use tries again. The returned function cancels it.
 */
const FIRST_USE = ["pointerenter", "pointerdown", "touchstart", "wheel", "focusin"] as const;

export function onFirstUse(target: Element, load: () => Promise<unknown>): () => void {
  const options = { capture: true, passive: true } as const;
  const remove = () => {
    for (const type of FIRST_USE) target.removeEventListener(type, run, options);
  };
  let cancelled = false;
  const arm = () => {
    if (!cancelled) for (const type of FIRST_USE) target.addEventListener(type, run, options);
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
