/**
 * The map canvas is focusable (tabindex 0) so keyboard readers can pan it with the arrow keys.
 * A mouse click or a tap focuses it too, and then ←/→ panned the map instead of stepping through
 * the story: a reader who clicked a marker, or a teacher who touched the projected map, lost the
 * clicker's keys. Focus that arrives with a pointer press is handed back to the page; focus by
 * Tab stays, with MapLibre's keyboard panning.
 *
 * `canvas`: the map's canvas. Returns a function that removes the listeners.
 */
export function releaseFocusOnPointer(canvas: HTMLElement): () => void {
  let pressing = false;
  const press = () => {
    pressing = true;
  };
  const release = () => {
    pressing = false;
  };
  const onFocus = () => {
    if (pressing) canvas.blur();
  };
  canvas.addEventListener("pointerdown", press);
  canvas.addEventListener("pointerup", release);
  canvas.addEventListener("pointercancel", release);
  canvas.addEventListener("focus", onFocus);
  return () => {
    canvas.removeEventListener("pointerdown", press);
    canvas.removeEventListener("pointerup", release);
    canvas.removeEventListener("pointercancel", release);
    canvas.removeEventListener("focus", onFocus);
  };
}
