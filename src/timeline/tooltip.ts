/**
 * The hover/focus card of an event tick: an HTML div over the strips, filled with text nodes only
 * (titles come from story files). Positioned above its anchor and kept inside the timeline.
 */
import { el } from "../ui/dom";

export interface Tooltip {
  readonly element: HTMLDivElement;
  show(anchor: Element, title: string, detail: string): void;
  hide(): void;
}

export function createTooltip(host: HTMLElement, id: string): Tooltip {
  const title = el("strong", { class: "tl-tip-title" });
  const detail = el("span", { class: "tl-tip-date" });
  const element = el("div", { class: "tl-tip", id, role: "tooltip", hidden: true }, [detail, title]);

  return {
    element,
    show(anchor, titleText, detailText) {
      title.textContent = titleText;
      detail.textContent = detailText;
      element.hidden = false;
      const hostBox = host.getBoundingClientRect();
      const box = anchor.getBoundingClientRect();
      const width = element.offsetWidth;
      const centre = box.left + box.width / 2 - hostBox.left;
      const left = Math.min(Math.max(centre - width / 2, 4), Math.max(hostBox.width - width - 4, 4));
      // Above the mark: the timeline sits at the bottom of the page, the map above has room.
      element.style.left = `${Math.round(left)}px`;
      element.style.top = `${Math.round(box.top - hostBox.top - element.offsetHeight - 8)}px`;
    },
    hide() {
      element.hidden = true;
    },
  };
}
