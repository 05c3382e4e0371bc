/**
 * The timeline view: a focus strip (the focus window, readable ticks, one button per event) over
 * an overview strip (the whole span, a brush for the window), and a playhead slider. This module
 * only wires the parts: it owns the focus window and the layout, and hands each part what changed.
 * The app owns the time: a seek is reported, and the playhead moves when `update` says so.
 */
import "./timeline.css";
import { el } from "../ui/dom";
import { createFocusStrip } from "./focus_strip";
import { createOverviewStrip } from "./overview_strip";
import { createPlayhead, type Side } from "./playhead";
import { scrubbable } from "./scrub";
import { MARGIN } from "./strip_frame";
import { createTooltip } from "./tooltip";
import type { Timeline, TimelineEvent, TimelineOptions } from "./types";
import { centreWindow, clampWindow, daysSince, revealWindow, sameWindow, type TimeWindow } from "./window";

export type { Timeline, TimelineEvent, TimelineLabels, TimelineOptions, TimelineState } from "./types";

/** Below this width (px) the focus strip stacks two lanes instead of three. */
const NARROW_PX = 560;

let instances = 0;

export function createTimeline(options: TimelineOptions): Timeline {
  const span: TimeWindow = [options.span[0], Math.max(options.span[1], options.span[0] + 1)];
  let labels = options.labels;
  let window = clampWindow(options.window, span);
  let time = span[0];
  let width = 0;
  let frame = 0;

  const root = el("div", { class: "tl" });
  const tooltip = createTooltip(root, `tl-tip-${++instances}`);
  const focus = createFocusStrip({
    span,
    label: labels.focus,
    categoryColor: options.categoryColor,
    onWindow: (w) => setWindow(w),
    onSelectEvent: options.onSelectEvent,
    tooltip,
  });
  const overview = createOverviewStrip({
    span,
    label: labels.overview,
    categoryColor: options.categoryColor,
    onWindow: (w) => setWindow(w),
    onSeek: (t, final) => {
      options.onSeek(t, final);
      reveal(t);
    },
    onJump: (t) => {
      options.onSeek(t, true);
      setWindow(centreWindow(span, t, window[1] - window[0]));
    },
  });
  const playhead = createPlayhead(labels.playhead, focus.headLine);
  playhead.setRange(daysSince(span[0], span[1]));
  focus.element.prepend(playhead.element);
  root.append(focus.element, overview.element, tooltip.element);
  options.container.replaceChildren(root);

  // The focus strip's time under a pointer, kept inside the window (and so inside the span).
  const timeAt = (clientX: number) => {
    const box = focus.element.getBoundingClientRect();
    const px = Math.min(Math.max(clientX - box.left, MARGIN), Math.max(width - MARGIN, MARGIN));
    return Math.round(+focus.x().invert(px));
  };
  const scrubOptions = { timeAt, onSeek: options.onSeek };
  const removeScrubs = [
    scrubbable(focus.element.querySelector("svg") as SVGSVGElement, {
      ...scrubOptions,
      ignore: (event) => event.target instanceof Element && event.target.closest(".tl-event") !== null,
    }),
    scrubbable(playhead.element, scrubOptions),
  ];

  function placePlayhead() {
    if (width === 0) return;
    const x = focus.x();
    const [lo, hi] = x.range() as [number, number];
    const at = x(time);
    const side: Side = at < lo - 0.5 ? "before" : at > hi + 0.5 ? "after" : "inside";
    playhead.moveTo(Math.min(Math.max(at, lo), hi), side);
    overview.setTime(time);
  }

  function setWindow(next: TimeWindow) {
    const clamped = clampWindow(next, span);
    if (sameWindow(clamped, window)) return;
    window = clamped;
    focus.setWindow(window);
    overview.setWindow(window);
    placePlayhead();
  }

  function reveal(t: number) {
    const next = revealWindow(window, span, t);
    if (next !== window) setWindow(next);
  }

  function layout() {
    frame = 0;
    const next = Math.round(options.container.clientWidth);
    if (next === width || next === 0) return;
    width = next;
    const fontPx = Number.parseFloat(getComputedStyle(root).fontSize) || 14;
    const locale = document.documentElement.lang || "de";
    focus.setWindow(window);
    focus.layout({ width, fontPx, locale, lanes: width < NARROW_PX ? 2 : 3 });
    overview.setWindow(window);
    overview.layout({ width, fontPx, locale });
    placePlayhead();
  }

  const observer = new ResizeObserver(() => {
    if (frame === 0) frame = requestAnimationFrame(layout);
  });
  observer.observe(options.container);

  setEvents(options.events);
  layout();

  function setEvents(events: readonly TimelineEvent[]) {
    focus.setEvents(events);
    overview.setEvents(events);
  }

  return {
    update(state) {
      if (state.t !== time) {
        time = state.t;
        placePlayhead();
      }
      focus.marks.setCurrent(state.currentId);
      playhead.setValue(state.valueNow, state.valueText);
    },
    setEvents(events, next) {
      labels = next;
      focus.setLabel(labels.focus);
      overview.setLabel(labels.overview);
      playhead.setLabel(labels.playhead);
      setEvents(events);
      // The language may have changed with the labels: redraw the axes in the page's language.
      width = 0;
      layout();
    },
    reveal,
    destroy() {
      observer.disconnect();
      if (frame !== 0) cancelAnimationFrame(frame);
      for (const remove of removeScrubs) remove();
      focus.destroy();
      overview.destroy();
      root.remove();
    },
  };
}
