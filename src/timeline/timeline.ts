/**
 * The timeline view: a focus strip (the focus window, readable ticks, one button per event) over
 * an overview strip (the whole span, a brush for the window), and a playhead slider. This module
 * only wires the parts: it owns the focus window and the layout, and hands each part what changed.
 * The app owns the time: a seek is reported, and the playhead moves when `update` says so.
 */
import "./timeline.css";
import { el } from "../ui/dom";
import { createFocusStrip } from "./focus_strip";
import { createGlide } from "./glide";
import { createOverviewStrip } from "./overview_strip";
import { createPlayhead, type Side } from "./playhead";
import { scrubbable } from "./scrub";
import { MARGIN } from "./strip_frame";
import { createTooltip } from "./tooltip";
import type { Timeline, TimelineEvent, TimelineLabels, TimelineOptions } from "./types";
import {
  brushedWindow,
  centreWindow,
  clampWindow,
  containsTime,
  daysSince,
  type Follow,
  followPlayhead,
  sameWindow,
  type TimeWindow,
} from "./window";

export type { Timeline, TimelineEvent, TimelineLabels, TimelineOptions, TimelineState } from "./types";

/** Below this width (px) the focus strip stacks two lanes instead of three. */
const NARROW_PX = 560;
/** How long the focus window glides to where it follows the playhead (ms). */
const GLIDE_MS = 320;

let instances = 0;

export function createTimeline(options: TimelineOptions): Timeline {
  const span: TimeWindow = [options.span[0], Math.max(options.span[1], options.span[0] + 1)];
  let labels = options.labels;
  // `shown` is the window the strips show; `follow.window` is where it is going (they differ mid-glide).
  let shown = clampWindow(options.window, span);
  let follow: Follow = { window: shown, detached: false };
  let time = Number.NaN;
  let playing = false;
  let width = 0;
  let frame = 0;
  const glide = createGlide((next) => setWindow(next), GLIDE_MS);

  const root = el("div", { class: "tl" });
  const tooltip = createTooltip(root, `tl-tip-${++instances}`);
  const focus = createFocusStrip({
    span,
    label: labels.focus,
    categoryColor: options.categoryColor,
    onWindow: (w) => brush(w),
    onSelectEvent: options.onSelectEvent,
    tooltip,
    wheelNeedsModifier: options.wheelNeedsModifier === true,
    onLoadFailed: options.onLoadFailed,
  });
  const overview = createOverviewStrip({
    span,
    label: labels.overview,
    categoryColor: options.categoryColor,
    onWindow: (w) => brush(w),
    // The app answers a seek with `update`, which brings the new time into the focus window.
    onSeek: (t, final) => options.onSeek(t, final),
    onJump: (t) => {
      follow = { window: centreWindow(span, t, follow.window[1] - follow.window[0]), detached: false };
      glideTo(follow.window);
      options.onSeek(t, true);
    },
    onLoadFailed: options.onLoadFailed,
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
    if (width === 0 || Number.isNaN(time)) return;
    const x = focus.x();
    const [lo, hi] = x.range() as [number, number];
    const at = x(time);
    const side: Side = at < lo - 0.5 ? "before" : at > hi + 0.5 ? "after" : "inside";
    playhead.moveTo(Math.min(Math.max(at, lo), hi), side);
    overview.setTime(time);
  }

  function setWindow(next: TimeWindow) {
    const clamped = clampWindow(next, span);
    if (sameWindow(clamped, shown)) return;
    shown = clamped;
    focus.setWindow(shown);
    overview.setWindow(shown);
    placePlayhead();
  }

  /** The reader moved the window: it wins over any glide in progress. */
  function brush(next: TimeWindow) {
    glide.stop();
    follow = brushedWindow(clampWindow(next, span), time, playing);
    setWindow(follow.window);
  }

  /** Moves the shown window to `target`, gliding unless there is nothing to see or no motion wanted. */
  function glideTo(target: TimeWindow, instant = false) {
    const reduced = globalThis.matchMedia?.("(prefers-reduced-motion: reduce)").matches ?? false;
    if (instant || reduced || width === 0) {
      glide.stop();
      setWindow(target);
      return;
    }
    glide.to(target, shown);
  }

  /** The playhead moved: the focus window follows it (see followPlayhead). */
  function reveal(t: number, instant = false) {
    const next = followPlayhead(follow, span, t, playing);
    if (next === follow) return;
    const moved = !sameWindow(next.window, follow.window);
    follow = next;
    if (moved) glideTo(follow.window, instant);
  }

  function layout() {
    frame = 0;
    const next = Math.round(options.container.clientWidth);
    if (next === width || next === 0) return;
    width = next;
    const fontPx = Number.parseFloat(getComputedStyle(root).fontSize) || 14;
    const locale = document.documentElement.lang || "de";
    focus.setWindow(shown);
    focus.layout({ width, fontPx, locale, lanes: width < NARROW_PX ? 2 : 3 });
    overview.setWindow(shown);
    overview.layout({ width, fontPx, locale });
    placePlayhead();
  }

  const observer = new ResizeObserver(() => {
    if (frame === 0) frame = requestAnimationFrame(layout);
  });
  observer.observe(options.container);

  setEvents(options.events);
  layout();

  function setLabels(next: TimelineLabels) {
    labels = next;
    focus.setLabel(labels.focus);
    overview.setLabel(labels.overview);
    playhead.setLabel(labels.playhead);
  }

  function setEvents(events: readonly TimelineEvent[]) {
    focus.setEvents(events);
    overview.setEvents(events);
  }

  return {
    update(state) {
      // Pressing Play takes the focus window back to the playhead, wherever the reader left it.
      if (state.playing && !playing) follow = { ...follow, detached: false };
      playing = state.playing;
      if (state.t !== time) {
        const first = Number.isNaN(time);
        time = state.t;
        // The opening window (the story's own) stays as long as it shows the opening moment.
        if (!first || !containsTime(follow.window, time)) reveal(time, first);
        placePlayhead();
      }
      focus.marks.setCurrent(state.currentId);
      playhead.setValue(state.valueNow, state.valueText);
    },
    setEvents(events, next) {
      setLabels(next);
      setEvents(events);
      // The language may have changed with the labels: redraw the axes in the page's language.
      width = 0;
      layout();
    },
    relabel(events, next) {
      setLabels(next);
      focus.relabel(events);
      overview.relabel(events);
      // The axes in the page's language, laid out with the next frame: reading the width now
      // would force a layout of the page the switch has just rewritten, and another follows.
      width = 0;
      if (frame === 0) frame = requestAnimationFrame(layout);
    },
    destroy() {
      observer.disconnect();
      glide.stop();
      if (frame !== 0) cancelAnimationFrame(frame);
      for (const remove of removeScrubs) remove();
      focus.destroy();
      overview.destroy();
      root.remove();
    },
  };
}
