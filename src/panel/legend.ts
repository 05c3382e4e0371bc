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
      ? el("p", { class: "legend-note no-members" }, [t(lang, "noMembersAt", { org: organization.short[lang] })])
      : null,
    section(
      t(lang, "legendMembership", { org: organization?.short[lang] ?? "" }),
      statuses
        .filter((s) => s !== "partner" || !statuses.includes("observer"))
        .map((s) => [t(lang, s === "partner" ? "legend_observer" : `legend_${s}`), STATUS_COLORS[s], "area"]),
      organization?.short[lang],
    ),
    section(
      t(lang, "legendRelations"),
      states.map((s) => [
        t(lang, `relation_${s}`),
        RELATION_COLORS[s],
        DOUBLE_RELATIONS[s] ? "dotted double" : "dotted",
      ]),
    ),
    section(
      t(lang, "legendMovements"),
      kinds.map((k) => [t(lang, `movement_${k}`), MOVEMENT_COLORS[k], k === "planned-route" ? "dashed" : "line"]),
    ),
    section(
      t(lang, "legendEvents"),
      categories.map((c) => [t(lang, `category_${c}`), CATEGORY_COLORS[c], "dot"]),
    ),
    section(
      t(lang, "legendSymbols"),
      MAP_SYMBOLS.filter((symbol) => symbolUsed(story, symbol)).map((symbol) => [
        t(lang, `symbol_${symbol}`),
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
  return el("label", { class: "legend-toggle" }, [input, " ", t(lang, "legendAllLines")]);
}
