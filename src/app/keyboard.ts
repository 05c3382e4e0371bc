/**
 * Keyboard control of the whole page, also what presentation clickers send (they are keyboards
 * that press ←/→, PageUp/PageDown and Space). Keys are ignored while typing in a field; on a
 * button, Space and Enter keep their usual meaning.
 */
export interface KeyActions {
  togglePlay(): void;
  previous(): void;
  next(): void;
  shiftMonths(months: number): void;
  start(): void;
  end(): void;
  faster(): void;
  slower(): void;
  togglePresent?(): void;
  blank?(): void;
  leave?(): void;
  /** ↓/↑ (presenter): the card's text one screenful on (1) or back (−1); else the page scrolls. */
  scrollCard?(direction: 1 | -1): void;
}

export function handleKey(event: KeyboardEvent, actions: KeyActions): boolean {
  if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return false;
  const target = event.target as HTMLElement | null;
  const tag = target?.tagName;
  if (tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || target?.isContentEditable) return false;
  const onButton = tag === "BUTTON" || tag === "A" || tag === "SUMMARY";
  const onMap = target?.classList.contains("maplibregl-canvas") ?? false;
  switch (event.key) {
    case " ":
    case "Spacebar":
      if (onButton) return false;
      actions.togglePlay();
      return true;
    case "ArrowLeft":
      if (onMap) return false;
      if (event.shiftKey) actions.shiftMonths(-1);
      else actions.previous();
      return true;
    case "ArrowRight":
      if (onMap) return false;
      if (event.shiftKey) actions.shiftMonths(1);
      else actions.next();
      return true;
    case "ArrowDown":
    case "ArrowUp":
      if (!actions.scrollCard || onMap) return false;
      actions.scrollCard(event.key === "ArrowDown" ? 1 : -1);
      return true;
    case "PageUp":
      actions.previous();
      return true;
    case "PageDown":
      actions.next();
      return true;
    case "Home":
      actions.start();
      return true;
    case "End":
      actions.end();
      return true;
    case "+":
    case "=":
      if (onMap) return false;
      actions.faster();
      return true;
    case "-":
    case "_":
      if (onMap) return false;
      actions.slower();
      return true;
    case "p":
    case "P":
      if (!actions.togglePresent) return false;
      actions.togglePresent();
      return true;
    case "b":
    case "B":
    case ".":
      if (!actions.blank) return false;
      actions.blank();
      return true;
    case "Escape":
      if (!actions.leave) return false;
      actions.leave();
      return true;
    default:
      return false;
  }
}
