import { select } from "d3-selection";
import { el } from "../ui/dom";

/** Side margin in px of both strips: room for the playhead's knob and for bars that run off. */
export const MARGIN = 16;

/** The frame both strips draw in: a labelled group holding an SVG with an axis layer first. */
export function createStripFrame(className: string, label: string) {
  const element = el("div", { class: className, role: "group", "aria-label": label });
  const svgEl = document.createElementNS("http://www.w3.org/2000/svg", "svg");
  svgEl.setAttribute("class", "tl-svg");
  element.append(svgEl);
  const svg = select(svgEl);
  const axisG = svg.append("g").attr("class", "tl-axis").attr("aria-hidden", "true");
  return { element, svg, svgEl, axisG };
}
