/**
 * The overview strip: the whole story span as context, one mark per 2 px column however many
 * events there are, a d3-brush showing and setting the focus window, and a draggable playhead.
 * A click (a brush of zero width) jumps there instead of clearing the window. d3-brush loads on
 * the strip's first use; until then the strip draws the window itself in the brush's own elements
 * (which the brush then adopts) and a click jumps all the same.
 */
import type { BrushBehavior, D3BrushEvent } from "d3-brush";
import { importAgain } from "../boot/import_again";
import { drawAxis } from "./axis";
import { onFirstUse } from "./first_use";
import { aggregateColumns } from "./marks";
import { scrubbable } from "./scrub";
import { createStripFrame, MARGIN } from "./strip_frame";
import { timeScale } from "./time_scale";
import type { TimelineEvent } from "./types";
import { DAY, sameWindow, type TimeWindow } from "./window";

export interface OverviewOptions {
  readonly span: TimeWindow;
  readonly label: string;
  categoryColor(category: string): string;
  onWindow(window: TimeWindow): void;
  onSeek(t: number, final: boolean): void;
  /** A click on the overview: seek to t and bring it into focus. */
  onJump(t: number): void;
  /** d3-brush, loaded on first use, failed to load. */
  onLoadFailed?(): void;
}

export interface OverviewLayout {
  readonly width: number;
  readonly fontPx: number;
  readonly locale: string;
}

export interface OverviewStrip {
  readonly element: HTMLDivElement;
  layout(layout: OverviewLayout): void;
  setWindow(window: TimeWindow): void;
  setEvents(events: readonly TimelineEvent[]): void;
  /** The same events in another language: the columns (which have no words) stay. */
  relabel(events: readonly TimelineEvent[]): void;
  setTime(t: number): void;
  setLabel(label: string): void;
  destroy(): void;
}

/** Height of the density marks; the year labels sit above them, ruler-style, to keep the strip low. */
const MARKS_PX = 14;
const COLUMN_PX = 2;
const YEAR = 365 * DAY;

export function createOverviewStrip(options: OverviewOptions): OverviewStrip {
  const { span } = options;
  const { element, svg, svgEl, axisG } = createStripFrame("tl-overview", options.label);
  const columnsG = svg.append("g").attr("class", "tl-columns").attr("aria-hidden", "true");
  const brushG = svg.append("g").attr("class", "tl-brush").attr("fill", "none").attr("pointer-events", "all");
  // d3-brush draws its edge handles invisible; these grips show where to take hold.
  const grips = brushG.append("g").attr("class", "tl-grips").attr("aria-hidden", "true");
  grips.append("rect").attr("class", "tl-grip");
  grips.append("rect").attr("class", "tl-grip");
  // The brush's overlay and selection, made as d3-brush makes them, so it finds and keeps them.
  const overlay = brushG.append("rect").attr("class", "overlay").attr("pointer-events", "all");
  const selectionRect = brushG
    .append("rect")
    .attr("class", "selection")
    .attr("cursor", "move")
    .attr("shape-rendering", "crispEdges");
  const headG = svg.append("g").attr("class", "tl-ov-head").attr("aria-hidden", "true");
  headG.append("rect").attr("class", "tl-hit");
  headG.append("line").attr("class", "tl-ov-line");
  headG.append("circle").attr("class", "tl-ov-knob");

  let events: readonly TimelineEvent[] = [];
  let layout: OverviewLayout = { width: 0, fontPx: 14, locale: "de" };
  let window: TimeWindow = span;
  let time = span[0];
  let brushing = false;
  let pressX = 0;
  const x = timeScale(span);
  const height = () => MARKS_PX + 4 + Math.ceil(layout.fontPx * 1.2);
  const baseline = () => height() - 1;

  let brush: { d3: typeof import("d3-brush"); behaviour: BrushBehavior<unknown> } | undefined;
  let destroyed = false;
  const attachBrush = (d3: typeof import("d3-brush")) => {
    if (destroyed) return;
    const behaviour = d3
      .brushX()
      .handleSize(12)
      .on("start", (event: D3BrushEvent<unknown>) => {
        if (event.sourceEvent) brushing = true;
      })
      .on("brush.grips end.grips", (event: D3BrushEvent<unknown>) => placeGrips(event.selection as number[] | null))
      .on("brush end", (event: D3BrushEvent<unknown>) => {
        if (!event.sourceEvent) return;
        const selection = event.selection as [number, number] | null;
        if (event.type === "end") brushing = false;
        if (selection && selection[1] - selection[0] >= 1) {
          options.onWindow([+x.invert(selection[0]), +x.invert(selection[1])]);
        } else if (event.type === "end") {
          options.onJump(timeAt(pressX));
        }
        // Show the window as clamped (at least a week, inside the span) once the gesture ends.
        if (event.type === "end") moveBrush();
      });
    brush = { d3, behaviour };
    fitBrush();
  };
  const cancelBrushLoad = onFirstUse(element, () =>
    importAgain(() => import("d3-brush")).then(attachBrush, (error: unknown) => {
      options.onLoadFailed?.();
      throw error;
    }),
  );

  /** Gives the brush the strip's extent and shows the window. */
  const fitBrush = () => {
    if (layout.width === 0) return;
    const pixels: [number, number] = [x(window[0]), x(window[1])];
    if (!brush) {
      overlay
        .attr("x", MARGIN)
        .attr("y", 0)
        .attr("width", Math.max(layout.width - 2 * MARGIN, 0))
        .attr("height", height());
      moveBrush();
      return;
    }
    brush.behaviour.extent([
      [MARGIN, 0],
      [layout.width - MARGIN, height()],
    ]);
    brushG.call(brush.behaviour);
    brushG.call(brush.behaviour.move, pixels);
  };

  // d3-brush listens to mouse/touch events; remember where a press began for the click case.
  const onPress = (event: PointerEvent) => {
    pressX = event.clientX;
  };
  svgEl.addEventListener("pointerdown", onPress, { capture: true });
  // Before d3-brush has loaded, a click on the strip jumps as it will afterwards.
  const onClick = (event: MouseEvent) => {
    if (!brush && layout.width > 0 && event.target === overlay.node()) options.onJump(timeAt(event.clientX));
  };
  svgEl.addEventListener("click", onClick);

  const timeAt = (clientX: number) => {
    const box = svgEl.getBoundingClientRect();
    return +x.invert(Math.min(Math.max(clientX - box.left, MARGIN), layout.width - MARGIN));
  };
  const removeScrub = scrubbable(headG.node() as SVGGElement, { timeAt, onSeek: options.onSeek });

  const moveBrush = () => {
    if (layout.width === 0 || brushing) return;
    const pixels: [number, number] = [x(window[0]), x(window[1])];
    if (!brush) {
      // What d3-brush's move draws: the selection over the strip's height, and the grips.
      selectionRect
        .attr("x", pixels[0])
        .attr("y", 0)
        .attr("width", pixels[1] - pixels[0])
        .attr("height", height());
      placeGrips(pixels);
      return;
    }
    const now = brush.d3.brushSelection(brushG.node() as SVGGElement) as [number, number] | null;
    if (now && Math.abs(now[0] - pixels[0]) < 0.5 && Math.abs(now[1] - pixels[1]) < 0.5) return;
    brushG.call(brush.behaviour.move, pixels);
  };

  const placeGrips = (selection: number[] | null) => {
    // A window a few px wide is shown by its selection alone; two grips would cover it.
    const wide = selection && (selection[1] ?? 0) - (selection[0] ?? 0) >= 16;
    grips.attr("display", wide ? null : "none");
    grips
      .selectAll<SVGRectElement, unknown>("rect")
      .attr("x", (_, i) => (selection?.[i] ?? 0) - 3)
      .attr("y", height() / 2 - 7)
      .attr("width", 6)
      .attr("height", 14)
      .attr("rx", 3);
  };

  // Called every frame while playing: the head's shape is rewritten only when its height changes.
  let headHeight: number | undefined;
  const placeHead = () => {
    const at = x(time);
    const h = baseline();
    const transform = `translate(${at.toFixed(1)},0)`;
    if (headG.attr("transform") !== transform) headG.attr("transform", transform);
    if (h === headHeight) return;
    headHeight = h;
    headG
      .select(".tl-hit")
      .attr("x", -10)
      .attr("y", 0)
      .attr("width", 20)
      .attr("height", h + 4);
    headG.select(".tl-ov-line").attr("y1", 0).attr("y2", h);
    headG.select(".tl-ov-knob").attr("cy", h).attr("r", 4);
  };

  // The columns drawn last, and for which range and baseline: a language switch or a layout of
  // the same width draws the same columns, which cost hundreds of ms at 100 000 events.
  let drawnColumns = "";
  const renderColumns = () => {
    const [lo, hi] = x.range() as [number, number];
    const key = `${lo}|${hi}|${baseline()}`;
    if (key === drawnColumns) return;
    drawnColumns = key;
    const columns = aggregateColumns(events, (t) => x(t) - lo, hi - lo, COLUMN_PX);
    const most = Math.max(1, ...columns.map((c) => c.count));
    const tall = (count: number) => 7 + (MARKS_PX - 7) * Math.sqrt((count - 1) / Math.max(most - 1, 1));
    const bottom = baseline();
    columnsG
      .selectAll("rect")
      .data(columns)
      .join("rect")
      .attr("x", (c) => lo + c.x)
      .attr("width", COLUMN_PX)
      .attr("y", (c) => bottom - tall(c.count))
      .attr("height", (c) => tall(c.count))
      .attr("fill", (c) => options.categoryColor(c.category));
  };

  return {
    element,
    layout(next) {
      layout = next;
      if (next.width === 0) return;
      x.range([MARGIN, Math.max(next.width - MARGIN, MARGIN + 1)]);
      svgEl.setAttribute("width", String(next.width));
      svgEl.setAttribute("height", String(height()));
      axisG.attr("transform", `translate(0,${baseline()})`);
      const years = span[1] - span[0] > 2 * YEAR;
      drawAxis(axisG, x, { ...next, gridHeight: baseline(), labels: "ruler", finest: years ? "year" : "day" });
      fitBrush();
      renderColumns();
      placeHead();
    },
    setWindow(next) {
      if (sameWindow(next, window)) return;
      window = next;
      moveBrush();
    },
    relabel(next) {
      events = next;
    },
    setEvents(next) {
      events = next;
      drawnColumns = "";
      if (layout.width > 0) renderColumns();
    },
    setTime(t) {
      if (t === time) return;
      time = t;
      if (layout.width > 0) placeHead();
    },
    setLabel(label) {
      element.setAttribute("aria-label", label);
    },
    destroy() {
      destroyed = true;
      cancelBrushLoad();
      brushG.on(".brush", null);
      brush?.behaviour.on("start brush end", null);
      svgEl.removeEventListener("pointerdown", onPress, { capture: true });
      svgEl.removeEventListener("click", onClick);
      removeScrub();
      element.remove();
    },
  };
}
