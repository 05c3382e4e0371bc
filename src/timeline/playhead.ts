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

/** `line` is drawn by the focus strip under its marks; the playhead only moves it. */
export function createPlayhead(label: string, line: SVGLineElement): Playhead {
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
    [el("span", { class: "tl-knob", "aria-hidden": "true" })],
  );
  let x = Number.NaN;
  let side: Side | undefined;
  let now = Number.NaN;
  let text = "";

  return {
    element,
    moveTo(nextX, nextSide) {
      if (nextX !== x) {
        x = nextX;
        element.style.transform = `translateX(${x.toFixed(1)}px)`;
        line.setAttribute("transform", `translate(${x.toFixed(1)},0)`);
      }
      if (nextSide !== side) {
        side = nextSide;
        element.classList.toggle("tl-before", side === "before");
        element.classList.toggle("tl-after", side === "after");
        line.classList.toggle("tl-off", side !== "inside");
      }
    },
    setValue(nextNow, nextText) {
      if (nextNow !== now) {
        now = nextNow;
        element.setAttribute("aria-valuenow", String(now));
      }
      if (nextText !== text) {
        text = nextText;
        element.setAttribute("aria-valuetext", text);
      }
    },
    setRange(maxDays) {
      element.setAttribute("aria-valuemax", String(maxDays));
    },
    setLabel(text) {
      element.setAttribute("aria-label", text);
    },
  };
}
