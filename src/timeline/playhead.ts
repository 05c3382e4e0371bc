/**
 * The playhead: one element with role="slider" that screen readers announce and keyboards focus.
 * It only draws and reports; keys (arrows, Home/End, Space) belong to the app's global handler,
 * so nothing here listens to them or stops their propagation.
 */
import { el } from "../ui/dom";

export type Side = "before" | "inside" | "after";

export interface Playhead {
  readonly element: HTMLDivElement;
  /** `x` in px within the focus strip; `side` says whether t is outside the focus window. */
  moveTo(x: number, side: Side): void;
  setValue(valueNow: number, valueText: string): void;
  setRange(maxDays: number): void;
  setLabel(label: string): void;
}

export function createPlayhead(label: string): Playhead {
  const knob = el("span", { class: "tl-knob", "aria-hidden": "true" });
  const element = el(
    "div",
    {
      class: "tl-playhead",
      role: "slider",
      tabindex: 0,
      "aria-label": label,
      "aria-orientation": "horizontal",
      "aria-valuemin": 0,
    },
    [el("span", { class: "tl-line", "aria-hidden": "true" }), knob],
  );
  let current = { x: Number.NaN, side: "" as string, now: Number.NaN, text: "" };

  return {
    element,
    moveTo(x, side) {
      if (x !== current.x) element.style.transform = `translateX(${x.toFixed(1)}px)`;
      if (side !== current.side) {
        element.classList.toggle("tl-before", side === "before");
        element.classList.toggle("tl-after", side === "after");
      }
      current = { ...current, x, side };
    },
    setValue(now, text) {
      if (now !== current.now) element.setAttribute("aria-valuenow", String(now));
      if (text !== current.text) element.setAttribute("aria-valuetext", text);
      current = { ...current, now, text };
    },
    setRange(maxDays) {
      element.setAttribute("aria-valuemax", String(maxDays));
    },
    setLabel(text) {
      element.setAttribute("aria-label", text);
    },
  };
}
