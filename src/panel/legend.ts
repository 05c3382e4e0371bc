import { tPanel } from "../i18n/panels";
import { type Lang, t } from "../i18n/t";
import type { Category, MembershipStatus, MovementKind, RelationState } from "../story/schema";
import type { StoryIndex } from "../time/story_index";
import { el, withVar } from "../ui/dom";
import {
  CATEGORY_COLORS,
  CROSS_COLOR,
  DOUBLE_RELATIONS,
  MAP_SYMBOLS,
  type MapSymbol,
  MOVEMENT_COLORS,
  RELATION_COLORS,
  STATUS_COLORS,
} from "../ui/palette";

/**
 * The colour of the current and the earlier events' dots in the legend: as on the map, the
 * current event's category colour (`--current-event`, set on the legend's slot as the playhead
 * moves: src/app/legend_view.ts), the legend's own grey before the story's first event.
 */
const EVENT_DOT = "var(--current-event, #5f6b73)";

/** Whether the map can draw `symbol` for this story (the legend lists only those). */
export function symbolUsed(story: StoryIndex["story"], symbol: MapSymbol): boolean {
  switch (symbol) {
    case "cross":
    case "plane":
      return story.movements.some((m) => m.kind === "flight");
    case "arrow":
      return story.movements.some((m) => m.kind !== "flight" && m.kind !== "planned-route");
    case "approximate-end":
      return story.movements.some(
        (m) => m.kind !== "flight" && m.unknown !== "destination" && m.waypoints.at(-1)?.approximate === true,
      );
    case "open-end":
      return story.movements.some((m) => m.unknown !== undefined);
    case "place":
      return story.places.length > 0;
    case "receded":
      return story.relations.length > 0 || story.movements.length > 0;
    case "current-area": {
      // An event at a country, region, sea or site: its disc has no city's dot in it.
      const area = new Set(story.places.filter((p) => p.kind !== "city").map((p) => p.id));
      return story.events.some((e) => e.places.some((id) => area.has(id)));
    }
    default:
      return story.events.length > 0;
  }
}

/** The map's key: only what this story uses, every colour named in words. */
/**
 * `membersNow`: whether the chosen organization has members at t (if not, the legend says so
 * instead of leaving the map silently empty).
 */
export function renderLegend(
  index: StoryIndex,
  org: string,
  lang: Lang,
  open = true,
  membersNow = true,
  allLines?: { checked: boolean; onChange(checked: boolean): void },
): HTMLElement {
  const story = index.story;
  const categories = [...new Set(story.events.map((e) => e.category))] as Category[];
  const kinds = [...new Set(story.movements.map((m) => m.kind))] as MovementKind[];
  const organization = story.organizations.find((o) => o.id === org);
  const statuses = organization
    ? ([...new Set(organization.memberships.flatMap((m) => m.changes.map((c) => c.status)))] as MembershipStatus[])
    : [];
  const states = [...new Set(story.relations.flatMap((r) => r.changes.map((c) => c.status)))] as RelationState[];

  // `org` names the alliance the swatches belong to, so a picture of the legend can say it (png.ts).
  const section = (title: string, items: [string, string, string][], org?: string) =>
    items.length === 0
      ? null
      : el("div", { class: "legend-section", "data-org": org }, [
          el("h2", { class: "legend-heading" }, [title]),
          el(
            "ul",
            {},
            items.map(([label, color, shape]) =>
              el("li", {}, [
                // In a slot one line high: the swatch stays beside the first line of a label that
                // wraps (projected type), not between its lines where it ran into the next item.
                el("span", { class: "swatch-slot", "aria-hidden": "true" }, [
                  withVar(el("span", { class: `swatch ${shape}` }), "--swatch", color),
                ]),
                el("span", {}, [label]),
              ]),
            ),
          ),
        ]);

  return el("details", { class: "legend", open }, [
    el("summary", {}, [t(lang, "legend")]),
    organization && !membersNow
      ? el("p", { class: "legend-note no-members" }, [tPanel(lang, "noMembersAt", { org: organization.short[lang] })])
      : null,
    section(
      tPanel(lang, "legendMembership", { org: organization?.short[lang] ?? "" }),
      statuses
        .filter((s) => s !== "partner" || !statuses.includes("observer"))
        .map((s) => [tPanel(lang, s === "partner" ? "legend_observer" : `legend_${s}`), STATUS_COLORS[s], "area"]),
      organization?.short[lang],
    ),
    section(
      tPanel(lang, "legendRelations"),
      states.map((s) => [
        t(lang, `relation_${s}`),
        RELATION_COLORS[s],
        DOUBLE_RELATIONS[s] ? "dotted double" : "dotted",
      ]),
    ),
    section(
      tPanel(lang, "legendMovements"),
      kinds.map((k) => [t(lang, `movement_${k}`), MOVEMENT_COLORS[k], k === "planned-route" ? "dashed" : "line"]),
    ),
    section(
      tPanel(lang, "legendEvents"),
      categories.map((c) => [t(lang, `category_${c}`), CATEGORY_COLORS[c], "dot"]),
    ),
    section(
      tPanel(lang, "legendSymbols"),
      MAP_SYMBOLS.filter((symbol) => symbolUsed(story, symbol)).map((symbol) => [
        tPanel(lang, `symbol_${symbol}`),
        symbol === "cross"
          ? CROSS_COLOR
          : symbol === "current" || symbol === "current-area" || symbol === "past-event"
            ? EVENT_DOT
            : symbol === "receded"
              ? MOVEMENT_COLORS.visit
              : "#1b1f24",
        `symbol ${symbol}`,
      ]),
    ),
    allLines ? allLinesToggle(lang, allLines) : null,
  ]);
}

/** The switch that shows every line strong, not only those that bear on the current event. */
function allLinesToggle(lang: Lang, options: { checked: boolean; onChange(checked: boolean): void }): HTMLElement {
  const input = el("input", { type: "checkbox", class: "all-lines" }) as HTMLInputElement;
  input.checked = options.checked;
  input.addEventListener("change", () => options.onChange(input.checked));
  return el("label", { class: "legend-toggle" }, [input, " ", tPanel(lang, "legendAllLines")]);
}

/**
 * An open legend taller than its slot scrolls: `slot` carries `data-more` = `label` ("mehr ▾",
 * drawn at its foot by app.css) while more of it lies below, until the reader has scrolled to its
 * end; closed or all in view, none. A fade alone read as the legend's end (a review: "Bewegungen"
 * cut at 1024×768, nothing said it scrolls).
 */
export function markMore(slot: HTMLElement, label: string): void {
  const open = slot.querySelector("details")?.open === true;
  const more = open && slot.scrollHeight - slot.scrollTop - slot.clientHeight > 4;
  if (!more) slot.removeAttribute("data-more");
  else if (slot.getAttribute("data-more") !== label) slot.setAttribute("data-more", label);
}

/** Where the open legend's slot is: legend_view.ts measures the map, its controls and the folded button. */
export interface OpenLegendPlace {
  slot: HTMLElement;
  panel: HTMLElement;
  area: HTMLElement;
  /** The map area, page px. */
  box: DOMRect;
  place: "column" | "band" | "below";
  asPage: boolean;
  open: boolean;
  /** The map's buttons and attribution, and the buttons alone, page px. */
  controls: readonly DOMRect[];
  buttons: readonly DOMRect[];
  /** px from the map's right edge the folded button keeps left of the buttons (0: none beside it). */
  clear: number;
  /** px from the map's right edge to keep left of the buttons (`of`) between `top` and `bottom`, page px. */
  clearOfControls(top: number, bottom: number, least: number, of?: readonly DOMRect[]): number;
  /** The big map date: a band lies under it. */
  date: HTMLElement;
}

/**
 * Places the open legend (legend_place.ts chose `place`): in the panel's flow on a map too low
 * for it or as a page presenting; a column beside the story that stops above the map's buttons;
 * a band under the date, `bandHeight(top)` px at most. Comes with the key: the folded button
 * alone is placed by legend_view.ts.
 */
export function placeOpenLegend(
  { slot, panel, area, box, place, asPage, open, controls, buttons, clear, clearOfControls, date }: OpenLegendPlace,
  bandHeight: (top: number) => number,
): void {
  // On a map too low for it (a small embed), the open legend goes to the top of the panel, in
  // its flow: the panel keeps its height and scrolls, the card follows the legend, nothing lies
  // over the card's button or the timeline's controls (issue 11 item 4).
  const inPanel = open && (place === "below" || asPage);
  if (inPanel !== (slot.parentElement === panel) || asPage !== panel.classList.contains("legend-page")) {
    const focused = slot.contains(document.activeElement) ? (document.activeElement as HTMLElement) : undefined;
    panel.style.height = "";
    panel.classList.remove("with-legend", "legend-page");
    panel.closest(".app")?.classList.toggle("legend-page", asPage);
    if (inPanel) {
      if (!asPage) panel.style.height = `${panel.getBoundingClientRect().height}px`;
      panel.classList.add(asPage ? "legend-page" : "with-legend");
      panel.prepend(slot);
    } else area.append(slot);
    focused?.focus({ preventScroll: true });
  }
  if (asPage) return;
  if (place === "column") {
    // The column stops above the map's buttons under it (fullscreen, zoom: 720×640 embed).
    const top = slot.getBoundingClientRect().top;
    const width = Math.max(slot.getBoundingClientRect().width, 48);
    /** The lowest page y the column reaches with its right edge `right` px in from the map's. */
    const bottomAt = (right: number) =>
      controls.reduce(
        (bottom, b) =>
          b.top > top + 16 && b.left < box.right - right && b.right > box.right - right - width
            ? Math.min(bottom, b.top)
            : bottom,
        box.bottom,
      );
    // An open legend taller than that goes left of the buttons' column, down to the attribution,
    // where that gives it more room (1280×800: "Flugzeug unterwegs" was cut above the buttons).
    const right = clear > 0 ? clear : 8;
    const needed = slot.querySelector("details")?.getBoundingClientRect().height ?? 0;
    const beside = clearOfControls(top + 16, box.bottom, 0, buttons);
    const besideWins = needed > bottomAt(right) - top - 6 && beside > right && bottomAt(beside) > bottomAt(right);
    if (besideWins) slot.style.setProperty("--legend-clear", `${Math.round(beside)}px`);
    const bottom = bottomAt(besideWins ? beside : right);
    slot.style.setProperty("--legend-max", `${Math.max(Math.round(bottom - top - 6), 48)}px`);
  }
  if (place !== "band") return;
  const top = Math.max(Math.round(date.getBoundingClientRect().bottom - box.top), 0) + 4;
  slot.style.setProperty("--legend-top", `${top}px`);
  const band = bandHeight(top);
  slot.style.setProperty("--legend-band", `${band}px`);
  // The band stops left of the map's buttons beside it (fullscreen, zoom in a 720×640 embed):
  // they would lie over its last column.
  const right = clearOfControls(box.top + top, box.top + top + band, 8);
  slot.style.setProperty("--legend-right", `${Math.round(right)}px`);
}
