/**
 * The event marks of the focus strip: a dot per day event, a bar over the period of a month or
 * year event (its date is not a day), stacked in lanes. Each mark is a button with its own label,
 * and the marks are one tab stop (roving tabindex: the current event's mark, or the one last
 * focused); ←/→ (and ↑/↓, Home/End) move between them, Enter or Space opens one. A Map id →
 * element lets `setCurrent` flip one class per frame without re-rendering.
 * A window holding more events than the strip can show as marks falls back to density columns.
 */

import { select } from "d3-selection";
import { aggregateColumns, assignLanes, eventsInWindow, longestPeriod } from "./marks";
import type { TimeScale } from "./time_scale";
import type { Tooltip } from "./tooltip";
import type { TimelineEvent } from "./types";
import type { TimeWindow } from "./window";

export interface MarksOptions {
  categoryColor(category: string): string;
  onSelectEvent(id: string): void;
  readonly tooltip: Tooltip;
}

export interface MarksLayout {
  readonly width: number;
  /** y of the axis line; lanes stack upward from it. */
  readonly baseline: number;
  readonly lanePx: number;
  readonly lanes: number;
}

export interface EventMarks {
  setEvents(events: readonly TimelineEvent[]): void;
  /** The same events in another language: the marks stay, the next render gives their words. */
  relabel(events: readonly TimelineEvent[]): void;
  render(x: TimeScale, window: TimeWindow, layout: MarksLayout): void;
  setCurrent(id: string | undefined): void;
  destroy(): void;
}

interface Placed {
  readonly event: TimelineEvent;
  readonly bar: boolean;
  readonly x0: number;
  readonly x1: number;
  lane: number;
}

const DOT_R = 4.5;
/** Hit targets are wider than the marks, for fingers. */
const HIT_HALF_PX = 9;

/**
 * Draws into `g`; listens on `host`, an HTML ancestor, because Chromium makes an SVG element with
 * focus listeners a tab stop of its own.
 */
export function createEventMarks(g: SVGGElement, host: HTMLElement, options: MarksOptions): EventMarks {
  let events: readonly TimelineEvent[] = [];
  let longest = 0;
  let currentId: string | undefined;
  let focusedId: string | undefined;
  let tabStop: SVGGElement | undefined;
  const elements = new Map<string, SVGGElement>();
  /** Makes one mark the tab stop: the one last focused, else the current event's, else the first. */
  const updateTabStop = () => {
    const next =
      (focusedId !== undefined ? elements.get(focusedId) : undefined) ??
      (currentId !== undefined ? elements.get(currentId) : undefined) ??
      elements.values().next().value;
    if (next === tabStop && next?.getAttribute("tabindex") === "0") return;
    tabStop?.setAttribute("tabindex", "-1");
    next?.setAttribute("tabindex", "0");
    tabStop = next;
  };
  /** The mark `key` moves focus to from `mark`, in time order; undefined for other keys. */
  const neighbour = (mark: SVGGElement, key: string): SVGGElement | undefined => {
    const marks = [...elements.values()];
    const at = marks.indexOf(mark);
    if (key === "Home") return marks[0];
    if (key === "End") return marks.at(-1);
    if (key === "ArrowLeft" || key === "ArrowUp") return marks[Math.max(0, at - 1)];
    if (key === "ArrowRight" || key === "ArrowDown") return marks[Math.min(marks.length - 1, at + 1)];
    return undefined;
  };
  const root = select(g);
  const ticksG = root.append("g");
  const densityG = root.append("g").attr("class", "tl-density").attr("aria-hidden", "true");

  const markOf = (target: EventTarget | null) =>
    target instanceof Element ? target.closest<SVGGElement>("g.tl-event") : null;

  const showTip = (mark: SVGGElement | null) => {
    const event = mark ? select<SVGGElement, Placed | undefined>(mark).datum()?.event : undefined;
    if (!mark || !event) return;
    options.tooltip.show(mark.querySelector(".tl-mark") ?? mark, event.title, event.dateLabel);
  };
  const listeners: [string, (event: Event) => void][] = [
    ["click", (e) => choose(markOf(e.target))],
    [
      "keydown",
      (e) => {
        const key = (e as KeyboardEvent).key;
        if (key === "Escape") options.tooltip.hide();
        const mark = markOf(e.target);
        if (!mark) return;
        const ke = e as KeyboardEvent;
        const to = ke.altKey || ke.ctrlKey || ke.metaKey || ke.shiftKey ? undefined : neighbour(mark, key);
        if (to) {
          // Arrows move among the marks here; elsewhere they step through the story.
          e.preventDefault();
          to.focus();
          return;
        }
        if (key !== "Enter" && key !== " ") return;
        // Not stopped: the app's global handler may still want to see the key; it can check defaultPrevented.
        e.preventDefault();
        choose(mark);
      },
    ],
    ["pointerover", (e) => showTip(markOf(e.target))],
    [
      "pointerout",
      (e) => {
        const from = markOf(e.target);
        if (from && from !== markOf((e as PointerEvent).relatedTarget) && from !== document.activeElement) {
          options.tooltip.hide();
        }
      },
    ],
    [
      "focusin",
      (e) => {
        const mark = markOf(e.target);
        focusedId = mark?.dataset.id;
        updateTabStop();
        showTip(mark);
      },
    ],
    ["focusout", () => options.tooltip.hide()],
  ];
  function choose(mark: SVGGElement | null) {
    const id = mark?.dataset.id;
    if (id !== undefined) options.onSelectEvent(id);
  }
  for (const [type, listener] of listeners) host.addEventListener(type, listener);

  const renderTicks = (placed: readonly Placed[], layout: MarksLayout) => {
    const laneY = (lane: number) => layout.baseline - 6 - (lane + 0.5) * layout.lanePx;
    const selection = ticksG
      .selectAll<SVGGElement, Placed>("g.tl-event")
      .data(placed, (d) => d.event.id)
      .join((enter) => {
        const mark = enter.append("g").attr("class", "tl-event").attr("tabindex", -1).attr("role", "button");
        mark.append("rect").attr("class", "tl-hit");
        mark.each(function (d) {
          const shape = document.createElementNS("http://www.w3.org/2000/svg", d.bar ? "rect" : "circle");
          shape.setAttribute("class", d.bar ? "tl-mark tl-bar" : "tl-mark tl-dot");
          this.append(shape);
        });
        return mark;
      });
    elements.clear();
    selection.each(function (d) {
      elements.set(d.event.id, this);
      this.dataset.id = d.event.id;
      this.setAttribute("aria-label", `${d.event.dateLabel} — ${d.event.title}`);
      this.setAttribute("transform", `translate(0,${laneY(d.lane).toFixed(1)})`);
      this.classList.toggle("current", d.event.id === currentId);
      const hit = this.firstElementChild as SVGRectElement;
      const mid = (d.x0 + d.x1) / 2;
      const half = Math.max((d.x1 - d.x0) / 2, HIT_HALF_PX);
      setAttrs(hit, { x: mid - half, y: -layout.lanePx / 2, width: 2 * half, height: layout.lanePx });
      const shape = this.lastElementChild as SVGElement;
      const colour = options.categoryColor(d.event.category);
      shape.setAttribute("fill", colour);
      shape.setAttribute("stroke", colour);
      if (d.bar) setAttrs(shape, { x: d.x0, y: -4, width: Math.max(d.x1 - d.x0, 3), height: 8 });
      else setAttrs(shape, { cx: d.x0, cy: 0, r: DOT_R });
    });
    if (tabStop && !tabStop.isConnected) tabStop = undefined;
    updateTabStop();
  };

  const renderDensity = (visible: readonly TimelineEvent[], x: TimeScale, layout: MarksLayout) => {
    const [lo, hi] = x.range() as [number, number];
    const columns = aggregateColumns(visible, (t) => x(t) - lo, hi - lo, 3);
    const most = Math.max(1, ...columns.map((c) => c.count));
    const tall = layout.lanes * layout.lanePx;
    densityG
      .selectAll("rect")
      .data(columns)
      .join("rect")
      .attr("x", (c) => lo + c.x)
      .attr("width", 2)
      .attr("height", (c) => 3 + (tall - 3) * Math.sqrt(c.count / most))
      .attr("y", (c) => layout.baseline - 4 - (3 + (tall - 3) * Math.sqrt(c.count / most)))
      .attr("fill", (c) => options.categoryColor(c.category));
  };

  return {
    relabel(next) {
      events = next;
      options.tooltip.hide();
    },
    setEvents(next) {
      events = next;
      longest = longestPeriod(next);
      // Marks of the old events may be the wrong shape for the new ones: start afresh.
      ticksG.selectAll("*").remove();
      elements.clear();
      tabStop = undefined;
      options.tooltip.hide();
    },
    render(x, window, layout) {
      const visible = eventsInWindow(events, window, longest);
      const [lo, hi] = x.range() as [number, number];
      // Past a few hundred marks (more than one per 8 px of lane) they are unreadable and the DOM
      // grows for nothing; below 150 the marks, even overlapping, keep every event a tab stop.
      if (visible.length > Math.min(600, Math.max(150, ((hi - lo) * layout.lanes) / 8))) {
        renderTicks([], layout);
        renderDensity(visible, x, layout);
        return;
      }
      densityG.selectAll("rect").remove();
      const placed: Placed[] = visible.map((event) => {
        const bar = event.precision !== "day";
        const x0 = bar ? Math.max(x(event.time), lo - 4) : x(event.time);
        const x1 = bar ? Math.min(x(event.until), hi + 4) : x0;
        return { event, bar, x0, x1, lane: 0 };
      });
      const extents = placed.map((p) => (p.bar ? { x0: p.x0, x1: p.x1 } : { x0: p.x0 - DOT_R, x1: p.x0 + DOT_R }));
      assignLanes(extents, layout.lanes, 1.5).forEach((lane, i) => {
        (placed[i] as Placed).lane = lane;
      });
      renderTicks(placed, layout);
    },
    setCurrent(id) {
      if (id === currentId) return;
      if (currentId !== undefined) elements.get(currentId)?.classList.remove("current");
      currentId = id;
      if (id !== undefined) elements.get(id)?.classList.add("current");
      // The current event becomes the tab stop, unless the reader is moving among the marks.
      if (!host.contains(document.activeElement)) focusedId = undefined;
      updateTabStop();
    },
    destroy() {
      for (const [type, listener] of listeners) host.removeEventListener(type, listener);
      elements.clear();
    },
  };
}

function setAttrs(node: Element, attrs: Record<string, number>): void {
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value.toFixed(1));
}
