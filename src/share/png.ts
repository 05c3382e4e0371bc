/**
 * The map as a picture for slides and worksheets: a header band with title and date, the map's
 * last frame, the legend and a credit line, drawn on a fresh 2D canvas in the page font. The map
 * canvas keeps its drawing buffer (`preserveDrawingBuffer`), so its pixels can be copied.
 */

export type LegendShape = "area" | "line" | "dashed" | "dot";

export interface LegendItem {
  label: string;
  /** A CSS colour the canvas understands (hex, rgb()); not a `var()`. */
  color: string;
  shape: LegendShape;
}

export interface PngOptions {
  map: HTMLCanvasElement;
  title: string;
  date: string;
  /** Where the story comes from, e.g. "Quellen: …"; the data credits are added after it. */
  credit: string;
  legend: readonly LegendItem[];
}

export const DATA_CREDIT = "Natural Earth · Noto Sans · Zeitkarte";

const FONT_FAMILY = `"Noto Sans", system-ui, sans-serif`;
const INK = "#1b1f24";
const MUTED = "#4f5863";
const PAPER = "#ffffff";
const LINE = "#d5d9de";

/** Sizes in CSS pixels; multiplied by the map canvas's pixel ratio. */
const PAD = 16;
const TITLE_SIZE = 22;
const DATE_SIZE = 16;
const LEGEND_SIZE = 13;
const CREDIT_SIZE = 11;
const SWATCH = 18;

type Layout = {
  unit: number;
  width: number;
  titleLines: string[];
  legendRows: { item: LegendItem; x: number }[][];
  creditLines: string[];
  header: number;
  legend: number;
  footer: number;
};

export async function composePng(options: PngOptions): Promise<Blob> {
  await fontsReady();
  const canvas = document.createElement("canvas");
  const measureContext = context2d(canvas);
  const layout = measure(measureContext, options);
  canvas.width = layout.width;
  canvas.height = layout.header + options.map.height + layout.legend + layout.footer;
  // Resizing resets the context's state, so drawing starts from a clean slate.
  const context = context2d(canvas);
  context.fillStyle = PAPER;
  context.fillRect(0, 0, canvas.width, canvas.height);
  drawHeader(context, layout, options.date);
  context.drawImage(options.map, 0, layout.header);
  drawRule(context, layout, layout.header - layout.unit);
  drawRule(context, layout, layout.header + options.map.height);
  drawLegend(context, layout, layout.header + options.map.height);
  drawCredit(context, layout, canvas.height - layout.footer);
  return toBlob(canvas);
}

/** The canvas draws with whatever font is loaded now: wait for Noto Sans in both weights. */
async function fontsReady(): Promise<void> {
  const fonts = document.fonts;
  if (!fonts) return;
  await Promise.all([fonts.load(`700 ${TITLE_SIZE}px ${FONT_FAMILY}`), fonts.load(`400 16px ${FONT_FAMILY}`)]).catch(
    () => undefined,
  );
}

function context2d(canvas: HTMLCanvasElement): CanvasRenderingContext2D {
  const context = canvas.getContext("2d");
  if (!context) throw new Error("2D canvas unavailable");
  return context;
}

function font(context: CanvasRenderingContext2D, size: number, unit: number, weight = 400): void {
  context.font = `${weight} ${Math.round(size * unit)}px ${FONT_FAMILY}`;
}

function measure(context: CanvasRenderingContext2D, options: PngOptions): Layout {
  const map = options.map;
  const cssWidth = map.clientWidth || map.width;
  const unit = Math.max(1, Math.min(3, map.width / cssWidth));
  const width = map.width;
  const inner = width - 2 * PAD * unit;

  font(context, TITLE_SIZE, unit, 700);
  const titleLines = wrap(context, options.title, inner, 2);
  const header = Math.round((PAD * 2 + titleLines.length * TITLE_SIZE * 1.25 + DATE_SIZE * 1.4) * unit);

  font(context, LEGEND_SIZE, unit);
  const legendRows: { item: LegendItem; x: number }[][] = [];
  let row: { item: LegendItem; x: number }[] = [];
  let x = 0;
  for (const item of options.legend) {
    // A label wider than the picture is cut with "…" (see wrap).
    const label = fitText(context, item.label, inner - (SWATCH + 6) * unit);
    const itemWidth = (SWATCH + 6) * unit + context.measureText(label).width;
    if (row.length > 0 && x + itemWidth > inner) {
      legendRows.push(row);
      row = [];
      x = 0;
    }
    row.push({ item: { ...item, label }, x });
    x += itemWidth + 16 * unit;
  }
  if (row.length > 0) legendRows.push(row);
  const legend = legendRows.length === 0 ? 0 : Math.round((PAD + legendRows.length * LEGEND_SIZE * 1.8) * unit);

  font(context, CREDIT_SIZE, unit);
  const credit = options.credit.trim();
  const creditLines = wrap(context, credit ? `${credit} · ${DATA_CREDIT}` : DATA_CREDIT, inner, 3);
  const footer = Math.round((PAD * 1.5 + creditLines.length * CREDIT_SIZE * 1.4) * unit);

  return { unit, width, titleLines, legendRows, creditLines, header, legend, footer };
}

function drawHeader(context: CanvasRenderingContext2D, layout: Layout, date: string): void {
  const { unit } = layout;
  context.textBaseline = "alphabetic";
  context.fillStyle = INK;
  font(context, TITLE_SIZE, unit, 700);
  let y = PAD * unit;
  for (const line of layout.titleLines) {
    y += TITLE_SIZE * 1.25 * unit;
    context.fillText(line, PAD * unit, y - 0.25 * TITLE_SIZE * unit);
  }
  context.fillStyle = MUTED;
  font(context, DATE_SIZE, unit, 700);
  context.fillText(date, PAD * unit, y + DATE_SIZE * 1.1 * unit);
}

function drawLegend(context: CanvasRenderingContext2D, layout: Layout, top: number): void {
  const { unit } = layout;
  font(context, LEGEND_SIZE, unit);
  context.textBaseline = "middle";
  layout.legendRows.forEach((row, index) => {
    const y = top + (PAD / 2 + (index + 0.5) * LEGEND_SIZE * 1.8) * unit;
    for (const { item, x } of row) {
      const left = PAD * unit + x;
      drawSwatch(context, item, left, y, unit);
      context.fillStyle = INK;
      context.fillText(item.label, left + (SWATCH + 6) * unit, y);
    }
  });
}

function drawSwatch(context: CanvasRenderingContext2D, item: LegendItem, x: number, y: number, unit: number): void {
  const w = SWATCH * unit;
  context.save();
  context.fillStyle = item.color;
  context.strokeStyle = item.color;
  switch (item.shape) {
    case "area":
      context.globalAlpha = 0.55;
      context.fillRect(x, y - 6 * unit, w, 12 * unit);
      context.globalAlpha = 1;
      context.lineWidth = 1.5 * unit;
      context.strokeRect(x, y - 6 * unit, w, 12 * unit);
      break;
    case "dashed":
      context.setLineDash([4 * unit, 3 * unit]);
      stroke(context, x, y, w, unit);
      break;
    case "line":
      stroke(context, x, y, w, unit);
      break;
    case "dot":
      context.beginPath();
      context.arc(x + w / 2, y, 5.5 * unit, 0, 2 * Math.PI);
      context.fill();
      break;
  }
  context.restore();
}

function stroke(context: CanvasRenderingContext2D, x: number, y: number, w: number, unit: number): void {
  context.lineWidth = 3 * unit;
  context.beginPath();
  context.moveTo(x, y);
  context.lineTo(x + w, y);
  context.stroke();
}

function drawCredit(context: CanvasRenderingContext2D, layout: Layout, top: number): void {
  const { unit } = layout;
  drawRule(context, layout, top);
  font(context, CREDIT_SIZE, unit);
  context.fillStyle = MUTED;
  context.textBaseline = "alphabetic";
  layout.creditLines.forEach((line, index) => {
    context.fillText(line, PAD * unit, top + (PAD * 0.75 + (index + 1) * CREDIT_SIZE * 1.4 - 3) * unit);
  });
}

function drawRule(context: CanvasRenderingContext2D, layout: Layout, y: number): void {
  context.fillStyle = LINE;
  context.fillRect(0, Math.round(y), layout.width, Math.max(1, Math.round(layout.unit)));
}

/**
 * Greedy word wrap in at most `maxLines` lines, each at most `width` px wide: a word wider than a
 * line (a 296-letter compound) is cut with "…", and so is the last line if text is left.
 */
export function wrap(
  context: Pick<CanvasRenderingContext2D, "measureText">,
  text: string,
  width: number,
  maxLines: number,
) {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  const fitLine = (line: string) => fitText(context, line, width);
  let line = "";
  for (const [index, word] of words.entries()) {
    const next = line ? `${line} ${word}` : word;
    if (!line || context.measureText(next).width <= width) {
      line = next;
      continue;
    }
    if (lines.length === maxLines - 1) {
      lines.push(ellipsis(context, `${line} ${words.slice(index).join(" ")}`, width));
      return lines;
    }
    lines.push(fitLine(line));
    line = word;
  }
  if (line) lines.push(fitLine(line));
  return lines;
}

/** `text` if it fits `width` px, else cut with "…". */
export function fitText(context: Pick<CanvasRenderingContext2D, "measureText">, text: string, width: number): string {
  return context.measureText(text).width <= width ? text : ellipsis(context, text, width);
}

/**
 * The longest start of `text` that fits `width` px with "…" appended (binary search: log n
 * measurements), at least one character. It cuts only between graphemes: never inside a
 * surrogate pair (an emoji, a mathematical letter) or between a letter and its combining marks.
 */
export function ellipsis(context: Pick<CanvasRenderingContext2D, "measureText">, text: string, width: number): string {
  const ends = graphemeEnds(text);
  let low = 0;
  let high = ends.length - 1;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (context.measureText(`${text.slice(0, ends[mid])}…`).width <= width) low = mid;
    else high = mid - 1;
  }
  return `${text.slice(0, ends[low] ?? 0).trimEnd()}…`;
}

/** Where each grapheme of `text` ends (UTF-16 offsets); by code point where Intl.Segmenter is missing. */
function graphemeEnds(text: string): number[] {
  const ends: number[] = [];
  if (typeof Intl.Segmenter === "function") {
    for (const { index, segment } of new Intl.Segmenter(undefined, { granularity: "grapheme" }).segment(text))
      ends.push(index + segment.length);
    return ends;
  }
  let end = 0;
  for (const character of text) {
    end += character.length;
    ends.push(end);
  }
  return ends;
}

function toBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("PNG encoding failed"))), "image/png"),
  );
}

/**
 * The legend as the reader sees it (`panel/legend.ts` renders `.legend li` with a
 * `.swatch.<shape>` whose `--swatch` holds the colour), so the picture matches the page; items
 * of a section with `data-org` are prefixed with that alliance's name.
 */
export function legendFromDom(root: ParentNode): LegendItem[] {
  const items: LegendItem[] = [];
  for (const li of root.querySelectorAll<HTMLElement>(".legend li")) {
    const swatch = li.querySelector<HTMLElement>(".swatch");
    const shape = (["area", "line", "dashed", "dot"] as const).find((s) => swatch?.classList.contains(s));
    const color = swatch?.style.getPropertyValue("--swatch").trim();
    const text = li.textContent?.trim();
    // Membership swatches name their alliance ("OVKS: Mitglied"): the picture has no menu beside it.
    const org = li.closest<HTMLElement>("[data-org]")?.dataset.org;
    const label = text && org ? `${org}: ${text}` : text;
    if (shape && color && label) items.push({ label, color, shape });
  }
  return items;
}
