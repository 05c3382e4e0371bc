/**
 * The focus strip: the focus window on a readable axis, one focusable mark per event, wheel and
 * pinch zoom (d3-zoom, x only, inside the span). It reports window changes made by the user and
 * takes windows set from outside silently: programmatic zooms carry no sourceEvent and are ignored,
 * which is what keeps the brush and the zoom from echoing each other.
 */

import type { D3ZoomEvent, ZoomBehavior } from "d3-zoom";
import { importAgain } from "../boot/import_again";
import { drawAxis } from "./axis";
import { createEventMarks, type EventMarks } from "./event_marks";
import { onFirstUse } from "./first_use";
import { createStripFrame, MARGIN } from "./strip_frame";
import { type TimeScale, timeScale } from "./time_scale";
import type { Tooltip } from "./tooltip";
import type { TimelineEvent } from "./types";
import { clampWindow, MIN_WINDOW, panWindow, sameWindow, type TimeWindow } from "./window";

export interface FocusStripOptions {
  readonly span: TimeWindow;
  readonly label: string;
  categoryColor(category: string): string;
  onWindow(window: TimeWindow): void;
  onSelectEvent(id: string): void;
  readonly tooltip: Tooltip;
  /** Wheel zoom and swipe only with Ctrl/⌘ (an embed: a plain wheel scrolls the host page). */
  readonly wheelNeedsModifier?: boolean;
  /** d3-zoom, loaded on first use, failed to load. */
  onLoadFailed?(): void;
}

export interface FocusLayout {
  readonly width: number;
  readonly fontPx: number;
  readonly locale: string;
  readonly lanes: number;
}

export interface FocusStrip {
  readonly element: HTMLDivElement;
  readonly marks: EventMarks;
  /** The playhead's line; the playhead moves it. */
  readonly headLine: SVGLineElement;
  layout(layout: FocusLayout): void;
  setWindow(window: TimeWindow): void;
  setEvents(events: readonly TimelineEvent[]): void;
  /** The same events in another language (EventMarks.relabel). */
  relabel(events: readonly TimelineEvent[]): void;
  setLabel(label: string): void;
  /** The current scale: window → px inside the strip. */
  x(): TimeScale;
  destroy(): void;
}

const LANE_PX = 13;
const TOP_PX = 4;

export function createFocusStrip(options: FocusStripOptions): FocusStrip {
  const { span } = options;
  const { element, svg, svgEl, axisG } = createStripFrame("tl-focus", options.label);
  // The playhead's line lives here, under the marks, so the current event stays visible on it.
  const headLine = svg.append("line").attr("class", "tl-head-line").attr("aria-hidden", "true");
  const marksG = svg.append("g").attr("class", "tl-events");
  const marks = createEventMarks(marksG.node() as SVGGElement, element, options);

  let window: TimeWindow = span;
  let layout: FocusLayout = { width: 0, fontPx: 14, locale: "de", lanes: 3 };
  const base = timeScale(span);
  let x = timeScale(span);

  // Wheel and two-finger pinch zoom only: a one-finger or mouse drag scrubs the playhead instead.
  // d3-zoom loads on the strip's first use; until then the window only changes from outside.
  let zoomer: { d3: typeof import("d3-zoom"); behaviour: ZoomBehavior<SVGSVGElement, unknown> } | undefined;
  let destroyed = false;
  const attachZoom = (d3: typeof import("d3-zoom")) => {
    if (destroyed) return;
    const behaviour = d3
      .zoom<SVGSVGElement, unknown>()
      .filter((event: Event) => {
        if (event instanceof WheelEvent) return Math.abs(event.deltaX) <= Math.abs(event.deltaY) && allowsWheel(event);
        return typeof TouchEvent !== "undefined" && event instanceof TouchEvent && event.touches.length >= 2;
      })
      .on("zoom", (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
        if (!event.sourceEvent) return;
        options.onWindow(clampWindow(event.transform.rescaleX(base).domain().map(Number) as [number, number], span));
      });
    svg.call(behaviour).on("dblclick.zoom", null);
    zoomer = { d3, behaviour };
    fitZoom();
  };
  const cancelZoomLoad = onFirstUse(element, () =>
    importAgain(() => import("d3-zoom")).then(attachZoom, (error: unknown) => {
      options.onLoadFailed?.();
      throw error;
    }),
  );

  // Trackpads swipe sideways: pan the window, which d3-zoom's wheel (a zoom) does not do.
  const allowsWheel = (event: WheelEvent) => !options.wheelNeedsModifier || event.ctrlKey || event.metaKey;
  const onWheel = (event: WheelEvent) => {
    if (Math.abs(event.deltaX) <= Math.abs(event.deltaY) || layout.width === 0 || !allowsWheel(event)) return;
    event.preventDefault();
    const msPerPx = (window[1] - window[0]) / (layout.width - 2 * MARGIN);
    options.onWindow(panWindow(window, span, event.deltaX * msPerPx));
  };
  svgEl.addEventListener("wheel", onWheel, { passive: false });

  /** Gives the zoom the strip's extent and the current window as its transform. */
  const fitZoom = () => {
    if (!zoomer || layout.width === 0) return;
    const range = base.range() as [number, number];
    const extent: [[number, number], [number, number]] = [
      [range[0], 0],
      [range[1], 1],
    ];
    const maxZoom = Math.max((span[1] - span[0]) / MIN_WINDOW, 1);
    zoomer.behaviour.extent(extent).translateExtent(extent).scaleExtent([1, maxZoom]);
    syncZoom();
  };

  const syncZoom = () => {
    if (!zoomer) return;
    const { d3, behaviour } = zoomer;
    const range = base.range() as [number, number];
    const k = (range[1] - range[0]) / (base(window[1]) - base(window[0]));
    const current = d3.zoomTransform(svgEl);
    const next = d3.zoomIdentity.translate(range[0] - k * base(window[0]), 0).scale(k);
    if (Math.abs(current.k - next.k) < 1e-9 && Math.abs(current.x - next.x) < 1e-6) return;
    svg.call(behaviour.transform, next);
  };

  const render = () => {
    if (layout.width === 0) return;
    const baseline = TOP_PX + layout.lanes * LANE_PX + 4;
    const height = Math.ceil(baseline + 10 + layout.fontPx * 1.3);
    svgEl.setAttribute("width", String(layout.width));
    svgEl.setAttribute("height", String(height));
    element.style.setProperty("--tl-baseline", `${baseline}px`);
    element.style.setProperty("--tl-height", `${height}px`);
    axisG.attr("transform", `translate(0,${baseline})`);
    headLine.attr("y1", 0).attr("y2", baseline);
    drawAxis(axisG, x, { ...layout, gridHeight: baseline - TOP_PX + 2, labels: "below" });
    marks.render(x, window, { width: layout.width, baseline, lanePx: LANE_PX, lanes: layout.lanes });
  };

  return {
    element,
    marks,
    headLine: headLine.node() as SVGLineElement,
    layout(next) {
      layout = next;
      const range: [number, number] = [MARGIN, Math.max(next.width - MARGIN, MARGIN + 1)];
      base.range(range);
      x = timeScale(window, range);
      fitZoom();
      render();
    },
    setWindow(next) {
      if (sameWindow(next, window)) return;
      window = next;
      x = timeScale(window, base.range() as [number, number]);
      syncZoom();
      render();
    },
    relabel(events) {
      marks.relabel(events);
      render();
    },
    setEvents(events) {
      marks.setEvents(events);
      render();
    },
    setLabel(label) {
      element.setAttribute("aria-label", label);
    },
    x: () => x,
    destroy() {
      destroyed = true;
      cancelZoomLoad();
      svg.on(".zoom", null);
      svgEl.removeEventListener("wheel", onWheel);
      marks.destroy();
      element.remove();
    },
  };
}
