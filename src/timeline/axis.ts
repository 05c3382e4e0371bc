/**
 * Draws a time axis with d3-axis: tick values and labels from ticks.ts (Intl, no overlap), a
 * `boundary` class on the ticks that name a month or year, and labels nudged inside the strip.
 */
import { axisBottom } from "d3-axis";
import type { Selection } from "d3-selection";
import { axisTicks, type PlacedLabel, placeLabels, type TickUnit } from "./ticks";
import type { TimeScale } from "./time_scale";

export interface AxisLayout {
  /** The strip's full width; labels stay inside [0, width]. */
  readonly width: number;
  readonly fontPx: number;
  readonly locale: string;
  /** Height of the gridlines above the axis line (0 for none). */
  readonly gridHeight: number;
  /** Labels below the axis line, centred ("below"), or at the top of the gridlines ("ruler"). */
  readonly labels: "below" | "ruler";
  /** The finest tick unit allowed. */
  readonly finest?: TickUnit;
}

export function drawAxis(
  g: Selection<SVGGElement, unknown, null, undefined>,
  x: TimeScale,
  layout: AxisLayout,
): readonly PlacedLabel[] {
  const [x0, x1] = x.range() as [number, number];
  const domain = x.domain().map(Number) as [number, number];
  const ticks = axisTicks(domain, x1 - x0, layout.locale, layout.fontPx, layout.finest);
  const ruler = layout.labels === "ruler";
  const placed = placeLabels(ticks, x, layout.width, layout.fontPx, ruler ? "start" : "middle");
  const byTime = new Map(placed.map((p) => [p.time, p]));
  g.call(
    axisBottom(x)
      .tickValues(placed.map((p) => p.time))
      .tickFormat((d) => byTime.get(+d)?.label ?? "")
      .tickSizeOuter(0)
      .tickSizeInner(ruler ? 0 : 5)
      .tickPadding(5),
  );
  g.selectAll<SVGGElement, number>(".tick").each(function (d) {
    const p = byTime.get(+d);
    this.classList.toggle("boundary", p?.boundary === true);
    const text = this.querySelector("text");
    if (!text || !p) return;
    text.setAttribute("x", p.dx.toFixed(1));
    if (ruler) {
      text.setAttribute("y", String(-layout.gridHeight));
      text.setAttribute("text-anchor", "start");
    }
    text.toggleAttribute("visibility", false);
    if (!p.visible) text.setAttribute("visibility", "hidden");
    let grid = this.querySelector<SVGLineElement>("line.tl-grid");
    if (!grid) {
      grid = document.createElementNS("http://www.w3.org/2000/svg", "line");
      grid.setAttribute("class", "tl-grid");
      this.prepend(grid);
    }
    grid.setAttribute("y2", String(-layout.gridHeight));
  });
  // d3-axis writes font attributes; CSS decides instead (the page font, the theme's sizes).
  g.attr("font-size", null).attr("font-family", null);
  return placed;
}
