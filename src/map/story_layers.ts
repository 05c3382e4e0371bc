import type { ExpressionSpecification, LayerSpecification } from "@maplibre/maplibre-gl-style-spec";
import {
  CATEGORY_COLORS,
  CROSS_COLOR,
  DOUBLE_RELATIONS,
  LINE_STYLES,
  MOVEMENT_COLORS,
  RELATION_COLORS,
  STATUS_COLORS,
} from "../ui/palette";
import { bySnapZoom } from "./end_snap";
import { OLD_OPACITY } from "./event_window";
import { FONT_BOLD } from "./fonts";
import { headOffset, headRoom, MOVEMENT_OFFSET } from "./head_offsets";
import { CROSS_SIZE, HEAD_SIZE, roomLayer } from "./icons";
import { EVENT_CORE_PX, EVENT_RING_PX, RING_CLEAR_PX } from "./label_anchors";
import { sharePrograms } from "./shared_programs";
import { EVENT_STAGE, MOVEMENT_STAGE } from "./stages";
import { localizedName } from "./style";
import { type Theme, textPx } from "./theme";
import { lineWordLayers } from "./word_layers";

/** Global state: the settled chunks of movements drawn are c < SETTLED_CHUNKS (settled_movements.ts)… */
export const SETTLED_CHUNKS = "settledChunks";
/** …and c ≥ SETTLED_FROM: the chunks before it have expired (movement_window.ts). */
export const SETTLED_FROM = "settledFrom";
/** The global state the story layers read, with its defaults (buildStyle's `state`). */
export const STORY_STATE = { [SETTLED_CHUNKS]: { default: 0 }, [SETTLED_FROM]: { default: 0 } };

/**
 * An event marker's stage and whether it is the current event are properties of the small
 * source event_window.ts sends for t (old markers stacked per place and category, `count`).
 */
const eventStage: ExpressionSpecification = ["to-number", ["get", "stage"], EVENT_STAGE.future];
const oldOpacity: ExpressionSpecification = [
  "-",
  1,
  ["^", 1 - OLD_OPACITY, ["to-number", ["coalesce", ["get", "count"], 1]]],
];
/**
 * A movement's stage and whether it bears on the current event are properties of the small
 * source story_map.ts sends for t (movement_window.ts); settled_movements.ts replaces these two
 * expressions by constants in the layers of the settled chunks.
 */
export const movementStage: ExpressionSpecification = ["to-number", ["get", "stage"], MOVEMENT_STAGE.future];
export const isStrongMovement: ExpressionSpecification = ["boolean", ["get", "strong"], false];
const stage = movementStage;
const isCurrent: ExpressionSpecification = ["boolean", ["get", "current"], false];
/**
 * The opacity of a movement that does not bear on the current event, under way or done alike:
 * a saturated kind colour (the drones' pink) at 0.35 read as strong beside the receded grey-green
 * relations (a review, Teheran–Moskau during 2024's events), and at 0.22 a solid receded arc
 * still competed with a strong dotted relation (Moskau–Neu-Delhi beside "Partner" Moskau–Kabul,
 * the next review). Its part ahead is fainter still; its head no stronger than its line.
 */
export const RECEDED_MOVEMENT_OPACITY = 0.16;
/** A reached event's ring, 0 → 1 over its pulse (story_map.ts): feature state, no new data per frame. */
const pulsePhase: ExpressionSpecification = ["to-number", ["coalesce", ["feature-state", "phase"], 0]];
/** Lines that bear on the current event (emphasis.ts): strong and labelled; the rest recede. */
const isStrong: ExpressionSpecification = ["==", ["to-number", ["coalesce", ["feature-state", "strong"], 0]], 1];

function match(
  key: ExpressionSpecification,
  colors: Record<string, string>,
  fallback: string,
): ExpressionSpecification {
  return ["match", key, ...Object.entries(colors).flat(), fallback] as unknown as ExpressionSpecification;
}

/**
 * The layer metadata key that places the current event's ring's room before every word on a
 * line, the last tier included (marker_layers.ts): true in every theme since a review saw a
 * word across the ring in a 320 px embed; kept as a switch for a theme that wants otherwise.
 */
export const RING_BEFORE_ALL_WORDS = "zeitkarte:ring-before-all-words";

/**
 * The story's layers. Time reaches them as data, never as an expression over every feature and
 * a playhead: MapLibre evaluates data-driven paint on the CPU and re-uploads a whole source
 * whenever a feature state or a global state such paint reads changes, which cost seconds per
 * step at 100 000 events. So the events and the started movements at t are small sources whose
 * features carry their `stage` (event_window.ts, movement_window.ts), and movements long done
 * are static chunks shown by one global number in paint that reads no feature data (a uniform:
 * settled_movements.ts). Feature state carries each relation's state, its strength and pulses.
 */
export function storyLayers(theme: Theme): LayerSpecification[] {
  const s = theme.scale;
  const relationState: ExpressionSpecification = ["feature-state", "state"];
  // A member's status at t (story_map.ts); none: not a member at t, drawn not at all.
  const memberStatus: ExpressionSpecification = ["to-string", ["feature-state", "status"]];
  const kindColor = match(["get", "kind"], MOVEMENT_COLORS, "#333333");
  return sharePrograms([
    {
      id: "alliance-fill",
      type: "fill",
      source: "alliance",
      paint: {
        "fill-color": match(memberStatus, STATUS_COLORS, theme.land),
        "fill-opacity": ["case", ["==", memberStatus, ""], 0, 0.5],
      },
    },
    {
      id: "alliance-outline",
      type: "line",
      source: "alliance",
      paint: {
        "line-color": match(memberStatus, STATUS_COLORS, theme.border),
        "line-width": ["+", 1.6 * s, ["*", 5 * s, ["to-number", ["coalesce", ["feature-state", "pulse"], 0]]]],
        "line-opacity": ["case", ["==", memberStatus, ""], 0, 0.9],
      },
    },
    {
      id: "relation-lines",
      type: "line",
      source: "relations",
      layout: { "line-cap": "round" },
      paint: {
        "line-color": match(["to-string", relationState], RELATION_COLORS, "#000000"),
        "line-width": [
          "+",
          ["case", isStrong, LINE_STYLES.relation.strongWidth * s, LINE_STYLES.relation.width * s],
          ["*", 5 * s, ["to-number", ["coalesce", ["feature-state", "pulse"], 0]]],
        ],
        "line-dasharray": [...LINE_STYLES.relation.dasharray],
        // "verbündet" doubled (palette.ts DOUBLE_RELATIONS): unlike "Partner" by more than its green.
        "line-gap-width": [
          "match",
          ["to-string", relationState],
          ...Object.entries(DOUBLE_RELATIONS).flatMap(([state, gap]) => [
            state,
            ["case", isStrong, gap.strongGap * s, gap.gap * s] as ExpressionSpecification,
          ]),
          0,
        ] as ExpressionSpecification,
        "line-opacity": ["case", ["==", ["to-string", relationState], ""], 0, ["case", isStrong, 0.95, 0.3]],
      },
    },
    {
      id: "movement-planned",
      type: "line",
      source: "movements",
      filter: ["all", ["==", ["geometry-type"], "LineString"], ["==", ["get", "kind"], "planned-route"]],
      layout: { "line-cap": "butt" },
      paint: {
        "line-offset": MOVEMENT_OFFSET * s,
        "line-color": kindColor,
        "line-width": [
          "case",
          isStrongMovement,
          LINE_STYLES.plannedRoute.strongWidth * s,
          LINE_STYLES.plannedRoute.width * s,
        ],
        "line-dasharray": [...LINE_STYLES.plannedRoute.dasharray],
        "line-opacity": ["case", ["<", stage, MOVEMENT_STAGE.moving], 0, isStrongMovement, 0.9, 0.3],
      },
    },
    {
      id: "movement-trace",
      type: "line",
      source: "movements",
      filter: ["all", ["==", ["geometry-type"], "LineString"], ["!=", ["get", "kind"], "planned-route"]],
      layout: { "line-cap": "round" },
      paint: {
        "line-offset": MOVEMENT_OFFSET * s,
        "line-color": kindColor,
        "line-width": ["case", isStrongMovement, LINE_STYLES.movement.strongWidth * s, LINE_STYLES.movement.width * s],
        "line-opacity": [
          "case",
          ["!=", stage, MOVEMENT_STAGE.done],
          0,
          isStrongMovement,
          0.9,
          RECEDED_MOVEMENT_OPACITY,
        ],
      },
    },
    {
      id: "moving-line",
      type: "line",
      source: "moving",
      filter: ["all", ["==", ["geometry-type"], "LineString"], ["!=", ["get", "role"], "ahead"]],
      layout: { "line-cap": "round", "line-join": "round" },
      paint: {
        "line-offset": MOVEMENT_OFFSET * s,
        "line-color": kindColor,
        "line-width": ["case", ["get", "strong"], LINE_STYLES.movement.strongWidth * s, LINE_STYLES.movement.width * s],
        "line-opacity": ["case", ["get", "strong"], 1, RECEDED_MOVEMENT_OPACITY],
      },
    },
    {
      // Where a movement under way is heading: the rest of its route on to its destination
      // (movement_route.ts), thin and faint (LINE_STYLES.ahead: not dashed, which is a planned
      // route's pattern), so an arc under way always ends at a place,
      // never in empty land; as receding as the travelled part when it does not bear on the event.
      id: "moving-ahead",
      type: "line",
      source: "moving",
      filter: ["==", ["get", "role"], "ahead"],
      layout: { "line-cap": "butt" },
      paint: {
        "line-offset": MOVEMENT_OFFSET * s,
        "line-color": kindColor,
        "line-width": ["case", ["get", "strong"], LINE_STYLES.ahead.strongWidth * s, LINE_STYLES.ahead.width * s],
        "line-opacity": ["case", ["get", "strong"], 0.75, 0.75 * RECEDED_MOVEMENT_OPACITY],
      },
    },
    {
      // The current event's ring's halo: a RING_CLEAR_PX band of the halo colour around the ring,
      // above every line and under the markers, so lines stop where the arrowheads stop, short
      // of the ring, as a graphics desk knocks lines out around its marker (a review saw the line
      // run on past its head into Duschanbe's ring, and Türkei–Aserbaidschan run through Eriwan's).
      id: "event-current-halo",
      type: "circle",
      source: "events",
      filter: ["all", [">", eventStage, EVENT_STAGE.future], isCurrent],
      paint: {
        "circle-color": theme.labelHalo,
        "circle-radius": (EVENT_RING_PX + RING_CLEAR_PX) * s,
        "circle-opacity": 0.9,
      },
    },
    {
      id: "event-circles",
      type: "circle",
      source: "events",
      // No circle-sort-key: the features are in time order already (later on top), and a sort
      // key makes one draw call per distinct time, 100 000 of them in a large story.
      paint: {
        "circle-color": match(["get", "category"], CATEGORY_COLORS, "#5f6b73"),
        "circle-radius": ["case", isCurrent, 9 * s, 5.5 * s],
        "circle-stroke-color": ["case", isCurrent, theme.label, theme.labelHalo],
        "circle-stroke-width": ["case", isCurrent, 2.5 * s, 1.2 * s],
        // Fade with age: bright when it happens, a faint memory a few years on, hidden before.
        "circle-opacity": [
          "match",
          eventStage,
          EVENT_STAGE.fresh,
          1,
          EVENT_STAGE.recent,
          0.55,
          EVENT_STAGE.old,
          oldOpacity,
          0,
        ],
        "circle-stroke-opacity": ["case", [">", eventStage, EVENT_STAGE.future], 1, 0],
      },
    },
    // The markers' room in label placement, not drawn: a secondary name (a region, a city of
    // rank 3 and up) gives way to an event's dot instead of lying under it ("Bergkarabach"
    // under Baku's marker). Above those names in the style (marker_layers.ts), so placed first.
    // A past event's dot without its outer rim: its own place's name, a gap beside it, still fits.
    roomLayer(
      "event-blockers",
      "events",
      [">", eventStage, EVENT_STAGE.future],
      ["case", isCurrent, EVENT_RING_PX * s, EVENT_CORE_PX * s],
    ),
    // The current event's ring's room before the words on a line (marker_layers.ts places it
    // among the topmost): a word kept from the last view or forced over the dots lay on it
    // ("verbündet" on Türkei's ring at 390 px, a review). It is placed before the last tier too,
    // so no word lies on it ("Annäherung" on Eriwan's ring in presenter mode, "Partner" across
    // Baku's in a 320 px embed's opening view, reviews: "the current event is always visible")
    // and a word with no other room goes without. Its places' names, placed before it, keep
    // their room.
    {
      ...roomLayer(
        "event-blockers-current",
        "events",
        ["all", [">", eventStage, EVENT_STAGE.future], isCurrent],
        (EVENT_RING_PX + RING_CLEAR_PX) * s,
      ),
      metadata: { [RING_BEFORE_ALL_WORDS]: true },
    } as LayerSpecification,
    {
      id: "event-pulse",
      type: "circle",
      source: "pulse",
      paint: {
        "circle-color": "rgba(0,0,0,0)",
        "circle-radius": ["*", s, ["+", 8, ["*", 26, pulsePhase]]],
        "circle-stroke-color": match(["get", "category"], CATEGORY_COLORS, "#5f6b73"),
        "circle-stroke-width": 3 * s,
        "circle-stroke-opacity": ["-", 1, pulsePhase],
      },
    },
    {
      id: "movement-approx-end",
      type: "circle",
      source: "movement-ends",
      filter: ["==", ["get", "role"], "approx-end"],
      paint: {
        "circle-color": "rgba(0,0,0,0)",
        "circle-radius": 9 * s,
        "circle-stroke-color": kindColor,
        "circle-stroke-width": 2 * s,
        "circle-stroke-opacity": ["case", ["<", stage, MOVEMENT_STAGE.moving], 0, isStrongMovement, 0.95, 0.35],
      },
    },
    {
      // An end the articles do not name (open_ends.ts): a short dashed stub, its arrow and label.
      id: "movement-open-line",
      type: "line",
      source: "movements",
      filter: ["==", ["get", "role"], "open-line"],
      layout: { "line-cap": "butt" },
      paint: {
        "line-offset": MOVEMENT_OFFSET * s,
        "line-color": kindColor,
        "line-width": ["case", isStrongMovement, LINE_STYLES.openEnd.strongWidth * s, LINE_STYLES.openEnd.width * s],
        "line-dasharray": [...(LINE_STYLES.openEnd.dasharray ?? [])],
        "line-opacity": ["case", ["<", stage, MOVEMENT_STAGE.moving], 0, isStrongMovement, 0.9, 0.3],
      },
    },
    {
      id: "movement-open-tip",
      type: "symbol",
      source: "movement-ends",
      filter: ["==", ["get", "role"], "open-tip"],
      layout: {
        "icon-image": ["case", ["get", "arrow"], "arrow", ""],
        "icon-size": 0.5 * s,
        "icon-rotate": ["get", "bearing"],
        "icon-rotation-alignment": "map",
        "icon-allow-overlap": true,
        "text-field": localizedName,
        "text-font": [FONT_BOLD],
        "text-size": textPx(theme, 11),
        "text-offset": [0, 1.1],
        "text-anchor": "top",
        "text-optional": true,
      },
      paint: {
        "icon-color": kindColor,
        "icon-opacity": ["case", ["<", stage, MOVEMENT_STAGE.moving], 0, isStrongMovement, 1, 0.4],
        "text-color": kindColor,
        "text-halo-color": theme.labelHalo,
        "text-halo-width": 1.5,
        "text-opacity": ["case", ["<", stage, MOVEMENT_STAGE.moving], 0, isStrongMovement, 1, 0.4],
      },
    },
    {
      id: "movement-end",
      type: "symbol",
      source: "movement-ends",
      // At its own place, or just beside its last event's ring where the two are one spot (end_snap.ts).
      filter: ["in", ["get", "role"], ["literal", ["end", "end-beside"]]],
      layout: {
        "icon-image": "cross",
        "icon-size": CROSS_SIZE.own * s,
        // A query (a click, the hover) reads the feature from its tile, where an array property is
        // JSON text: there the offset is [0, 0] (else MapLibre warns on every query, a review).
        "icon-offset": [
          "case",
          ["all", ["==", ["get", "role"], "end-beside"], ["!=", ["typeof", ["get", "offset"]], "string"]],
          ["array", "number", 2, ["get", "offset"]],
          ["literal", [0, 0]],
        ],
        "icon-allow-overlap": true,
        // The caption ("Absturzstelle nahe dem Flughafen Aktau (ungefähr)") only while its flight
        // bears on the current event: a faint ✕ is a memory, its caption stayed on the map for
        // months and took other names' room (a review).
        "text-field": ["case", ["all", isStrongMovement, ["==", ["get", "role"], "end"]], localizedName, ""],
        "text-font": [FONT_BOLD],
        "text-size": textPx(theme, 11),
        "text-offset": [0, 1.2],
        "text-anchor": "top",
        "text-optional": true,
      },
      paint: {
        "icon-color": CROSS_COLOR,
        // Bold while its flight bears on the current event, then a faint memory like the trace.
        "icon-opacity": bySnapZoom(s, ["case", ["!=", stage, MOVEMENT_STAGE.done], 0, isStrongMovement, 1, 0.4]),
        "text-color": "#8a0019",
        "text-halo-color": theme.labelHalo,
        "text-halo-width": 1.5,
        "text-opacity": bySnapZoom(s, ["case", ["!=", stage, MOVEMENT_STAGE.done], 0, 1]),
      },
    },
    {
      id: "moving-head",
      type: "symbol",
      source: "moving",
      filter: ["==", ["geometry-type"], "Point"],
      layout: {
        "icon-image": ["case", ["==", ["get", "kind"], "flight"], "plane", "arrow"],
        // A head of a movement that does not bear on the current event recedes with its line:
        // smaller and faint, so no unlabelled arc catches the eye (the strong ones carry a word).
        "icon-size": ["case", ["get", "strong"], HEAD_SIZE.strong * s, HEAD_SIZE.weak * s],
        "icon-rotate": ["get", "bearing"],
        "icon-rotation-alignment": "map",
        "icon-offset": headOffset,
        "icon-allow-overlap": true,
        "icon-ignore-placement": true,
      },
      paint: {
        "icon-color": kindColor,
        "icon-halo-color": theme.labelHalo,
        "icon-halo-width": 2,
        "icon-opacity": ["case", ["get", "strong"], 1, RECEDED_MOVEMENT_OPACITY],
      },
    },
    // A strong head's room before the words on a line, placed as the current event's ring's
    // (marker_layers.ts): "Alijew nach Duschanbe" lay on Putin's arrowhead (presenter, a review).
    // The head's own box: its size, turn and offset. A receding head's word may cover it.
    headRoom(s),
    ...lineWordLayers(theme),
  ]);
}
