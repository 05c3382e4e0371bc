import type {
  ExpressionSpecification,
  LayerSpecification,
  SourceSpecification,
} from "@maplibre/maplibre-gl-style-spec";
import type { FeatureCollection } from "geojson";
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
import { ARROW_BACK_PX, ARROW_TIP_PX, CROSS_SIZE, HEAD_SIZE, ICON_PX, PLATE_ICON, roomLayer } from "./icons";
import { EVENT_CORE_PX, EVENT_DOT_PX, EVENT_RING_PX, RING_CLEAR_PX } from "./label_anchors";
import { EVENT_STAGE, MOVEMENT_STAGE } from "./stages";
import { localizedName } from "./style";
import type { Theme } from "./theme";
import { SMALL_WORD, WORD_MAX_EMS } from "./word_size";

/**
 * The story's layers. Time reaches them as data, never as an expression over every feature and
 * a playhead: MapLibre evaluates data-driven paint on the CPU and re-uploads a whole source
 * whenever a feature state or a global state such paint reads changes, which cost seconds per
 * step at 100 000 events. So the events and the started movements at t are small sources whose
 * features carry their `stage` (event_window.ts, movement_window.ts), and movements long done
 * are static chunks shown by one global number in paint that reads no feature data (a uniform:
 * settled_movements.ts). Feature state carries each relation's state, its strength and pulses.
 */
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
/**
 * px (at scale 1) a movement's line is drawn right of its direction: a visit between two capitals
 * runs beside their relation line on the same great circle, not over it (a review saw a faint
 * visit trace under "angespannt" Moskau–Baku read as a dark outline, and the "Besuch" arc hide
 * "Partner" Moskau–Peking). Half a strong relation's and a strong movement's widths, and a
 * little more. Every line of a movement shares it, so its parts stay joined.
 */
export const MOVEMENT_OFFSET = (LINE_STYLES.relation.strongWidth + LINE_STYLES.movement.strongWidth) / 2 + 0.6;
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

export { RING_CLEAR_PX };
/**
 * The layer metadata key that places the current event's ring's room before every word on a
 * line, the last tier included (marker_layers.ts): true in every theme since a review saw a
 * word across the ring in a 320 px embed; kept as a switch for a theme that wants otherwise.
 */
export const RING_BEFORE_ALL_WORDS = "zeitkarte:ring-before-all-words";

/**
 * The `icon-offset` (icon px, in the icon's own turned frame: +y is backwards) that puts an
 * arrow of `size` with its tip RING_CLEAR_PX short of an event's ring (EVENT_RING_PX) at its
 * point: it points at the ring, as a graphics desk's arrow points at its place, without touching
 * it (Lawrow's and Pashinyan's tips touched Eriwan's ring, a review). Theme scale cancels out:
 * the ring, the gap and the icon grow with it alike. `behind`: the steps (an arrow's length and a gap) an
 * arrow queued behind another stops further back (arrow_queue.ts queueArrivals). `mark`: the
 * radius (px at theme scale 1) of what is drawn at the point: the ring where the current event
 * is, else EVENT_DOT_PX, a past event's dot, which covers a place's plain dot too (Pashinyan's
 * arrow stopped a ring's width short of Istanbul, where there was no ring: a review).
 */
export function arrivedOffset(size: number, behind = 0, mark: number = EVENT_RING_PX): [number, number] {
  const queued = behind * (ARROW_TIP_PX + ARROW_BACK_PX + RING_CLEAR_PX / size);
  return [onLine(size), Math.round((ARROW_TIP_PX + (mark + RING_CLEAR_PX) / size + queued) * 10) / 10];
}

/** The radius (px at theme scale 1) an arrived head stops short of: its `ringed` property (story_features.ts), absent meaning ringed. */
export const arrivalMark = (ringed: unknown): number => (ringed === false ? EVENT_DOT_PX : EVENT_RING_PX);

/**
 * The `icon-offset` x (icon px, right of the head's way) that puts a head of `size` on its line,
 * drawn MOVEMENT_OFFSET right of its way: beside it, the head sat off its line (a review).
 */
export function onLine(size: number): number {
  return Math.round((MOVEMENT_OFFSET / size) * 10) / 10;
}

/**
 * The `icon-offset` that puts a head of `size` leaving an event's place with its back
 * RING_CLEAR_PX beyond that event's ring: forwards (−y) by the icon's back (ARROW_BACK_PX),
 * the ring and the gap.
 */
export function leavingOffset(size: number): [number, number] {
  return [onLine(size), -Math.round((ARROW_BACK_PX + (EVENT_RING_PX + RING_CLEAR_PX) / size) * 10) / 10];
}

/**
 * A movement head's `icon-offset`: an arrow that has arrived stops with its tip at the edge of its
 * destination's event ring, not over it (Kallas's and the Duschanbe visits' arrows lay on the
 * current event's ring, a review); an aircraft waiting at the current event's place likewise,
 * its nose at the ring (the plane's nose, like the arrow's tip, is ARROW_TIP_PX ahead of its
 * middle). In icon px, turned with the icon (backwards along its way).
 */
const headOffset: ExpressionSpecification = [
  "case",
  ["boolean", ["get", "arrived"], false],
  // `queue`: how far back it stops, in whole steps of an arrow and a gap (arrow_queue.ts queueArrivals);
  // `ringed`: at the current event's ring, else at a dot (arrivedOffset).
  [
    "case",
    ["boolean", ["get", "ringed"], true],
    ["case", ["get", "strong"], queued(HEAD_SIZE.strong, EVENT_RING_PX), queued(HEAD_SIZE.weak, EVENT_RING_PX)],
    ["case", ["get", "strong"], queued(HEAD_SIZE.strong, EVENT_DOT_PX), queued(HEAD_SIZE.weak, EVENT_DOT_PX)],
  ],
  // Not yet started at the current event's place: just outside its ring, on the way out.
  ["boolean", ["get", "leaving"], false],
  ["case", ["get", "strong"], ["literal", leavingOffset(HEAD_SIZE.strong)], ["literal", leavingOffset(HEAD_SIZE.weak)]],
  // Under way: on its line.
  ["case", ["get", "strong"], ["literal", [onLine(HEAD_SIZE.strong), 0]], ["literal", [onLine(HEAD_SIZE.weak), 0]]],
];

/** An arrived head's offset at `size` before a mark of radius `mark`: arrivedOffset, moved back by its `queue` (0…1) of a whole step. */
function queued(size: number, mark: number): ExpressionSpecification {
  return [
    "interpolate",
    ["linear"],
    ["to-number", ["get", "queue"], 0],
    0,
    ["literal", arrivedOffset(size, 0, mark)],
    1,
    ["literal", arrivedOffset(size, 1, mark)],
  ] as unknown as ExpressionSpecification;
}

/** The room of a strong movement's head (`moving-head`) in label placement at theme scale `s`: its size, turn and offset. */
function headRoom(s: number): LayerSpecification {
  const room = roomLayer(
    "moving-head-room",
    "moving",
    ["all", ["==", ["geometry-type"], "Point"], ["boolean", ["get", "strong"], false]],
    (HEAD_SIZE.strong * s * ICON_PX) / 2,
  );
  return {
    ...room,
    layout: {
      ...(room.type === "symbol" ? room.layout : {}),
      "icon-rotate": ["get", "bearing"],
      "icon-rotation-alignment": "map",
      "icon-offset": headOffset,
    },
  } as LayerSpecification;
}

/** See storySources: the finest tile zoom of the sources whose data changes while playing. */
export const DYNAMIC_MAXZOOM = 4;

/** The layer writing a word once at the middle of its line (a movement's part travelled). */
export const CENTERED_WORD_LAYER = "line-labels-center";
/** The layers writing a strong line's word on its line. */
export const ON_LINE_WORD_LAYERS = ["line-labels", CENTERED_WORD_LAYER] as const;

/** The layers that write a strong line's word: on the line, as a point beside it, forced (line_label_fallback.ts). */
export const LINE_WORD_LAYERS = [
  ...ON_LINE_WORD_LAYERS,
  "line-label-points",
  "line-label-forced",
  "line-label-over",
  "line-label-over-all",
] as const;
const EMPTY_COLLECTION: FeatureCollection = { type: "FeatureCollection", features: [] };

export interface StorySourcesInput {
  events: FeatureCollection;
  movements: FeatureCollection;
  /** The movements' end points (movementSources in story_features.ts). */
  movementEnds: FeatureCollection;
  relations: FeatureCollection;
}

export function storySources(input: StorySourcesInput): Record<string, SourceSpecification> {
  return {
    events: { type: "geojson", data: input.events },
    movements: { type: "geojson", data: input.movements },
    "movement-ends": { type: "geojson", data: input.movementEnds },
    relations: { type: "geojson", data: input.relations, promoteId: "id" },
    // The sources re-sent while playing are cut into tiles no finer than zoom DYNAMIC_MAXZOOM:
    // each new frame of data is then re-cut for the one or two tiles that cover the view, not for
    // a dozen (MapLibre overzooms them; ~300 m per tile unit, under a pixel at the zooms we frame).
    moving: { type: "geojson", data: EMPTY_COLLECTION, maxzoom: DYNAMIC_MAXZOOM },
    // The countries with a status in the chosen organization at some time (sent when the
    // organization changes), each coloured by its status at t as feature state: a seek sets the
    // few states that changed instead of sending and cutting the shapes again (issue 16 item 3).
    // The map does not draw the whole world twice more to colour a dozen countries.
    alliance: { type: "geojson", data: { type: "FeatureCollection", features: [] }, promoteId: "iso3" },
    pulse: { type: "geojson", data: EMPTY_COLLECTION, maxzoom: DYNAMIC_MAXZOOM },
    // The labels on the strong lines ("feindselig", "Truppen"): a handful of features, re-sent
    // only when the emphasis changes.
    "line-labels": { type: "geojson", data: EMPTY_COLLECTION, maxzoom: DYNAMIC_MAXZOOM },
    // A strong line's word as a point where MapLibre found no room on the line (line_label_fallback.ts).
    "line-label-points": { type: "geojson", data: EMPTY_COLLECTION, maxzoom: DYNAMIC_MAXZOOM },
  };
}

export function storyLayers(theme: Theme): LayerSpecification[] {
  const s = theme.scale;
  /** A text size at scale 1 → px in this theme, never under its floor (presenter: 18 px). */
  const text = (size: number) => Math.max(size * s, theme.minTextPx);
  /**
   * A strong line's word: the main places' size, growing with the zoom as theirs does (style.ts
   * TEXT_SIZES), so a close view on a large screen does not write it smaller than the names
   * around it (a review: 12 px words on the 1920×1080 map at zoom 5.6).
   */
  const wordSize: ExpressionSpecification = ["interpolate", ["linear"], ["zoom"], 3, text(12.5), 6, text(15)];
  // A fallback word of the `small` tier (line_label_points.ts) SMALL_WORD times that, never under
  // the theme's least size (presenter mode).
  const small = (size: number): ExpressionSpecification => [
    "case",
    ["boolean", ["get", "small"], false],
    text(size * SMALL_WORD),
    text(size),
  ];
  const smallWordSize: ExpressionSpecification = ["interpolate", ["linear"], ["zoom"], 3, small(12.5), 6, small(15)];
  // A fallback word and its plate: turned along its line; a probe is not drawn (line_label_fallback.ts).
  const angle: ExpressionSpecification = ["coalesce", ["get", "angle"], 0];
  const probe: ExpressionSpecification = ["boolean", ["get", "probe"], false];
  // A word turned steeper than PLATE_MAX_DEGREES has no plate, only a halo: MapLibre draws a
  // stretched SDF plate turned that far with torn sides, its edge left at the corners
  // ("feindselig" upright beside Moskau–Baku, a review; mapbox-gl-js #10026).
  const bare: ExpressionSpecification = ["any", probe, [">", ["abs", angle], PLATE_MAX_DEGREES]];
  const relationState: ExpressionSpecification = ["feature-state", "state"];
  // A member's status at t (story_map.ts); none: not a member at t, drawn not at all.
  const memberStatus: ExpressionSpecification = ["to-string", ["feature-state", "status"]];
  const kindColor = match(["get", "kind"], MOVEMENT_COLORS, "#333333");
  // A word along its line (line_labels.ts): the words of `filter`, placed by `placement`.
  const onLine = (
    id: string,
    placement: "line" | "line-center",
    filter: ExpressionSpecification,
  ): LayerSpecification => ({
    id,
    type: "symbol",
    source: "line-labels",
    filter,
    layout: {
      "symbol-placement": placement,
      "symbol-spacing": 400 * s,
      "text-field": ["get", "label"],
      "text-font": [FONT_BOLD],
      "text-size": wordSize,
      "text-offset": [0, -0.8],
      // A gap to the next word or name (LINE_WORD_PADDING_PX): it can slide along its line.
      "text-padding": LINE_WORD_PADDING_PX * s,
      "text-max-angle": 40,
    },
    paint: { "text-color": ["get", "color"], "text-halo-color": theme.labelHalo, "text-halo-width": 2 },
  });
  // A word written once at its line's middle (line_labels.ts `centered`).
  const centered: ExpressionSpecification = ["has", "centered"];
  return [
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
        "text-size": text(11),
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
        "text-size": text(11),
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
    // Under the on-line words, so it never displaces one: only the lines without a word get it;
    // a word that found no room anywhere is forced above the secondary place names, and last
    // above the cities' dots' room too (marker_layers.ts, style.ts).
    ...(["line-label-points", "line-label-forced", "line-label-over", "line-label-over-all"] as const).map(
      (id): LayerSpecification => ({
        id,
        type: "symbol",
        source: "line-label-points",
        // Each tier of line_label_points.ts in its own layer (its place in placement: style.ts).
        filter: [
          "all",
          ["==", ["boolean", ["get", "forced"], false], id !== "line-label-points"],
          ["==", ["boolean", ["get", "over"], false], id === "line-label-over" || id === "line-label-over-all"],
          ["==", ["boolean", ["get", "all"], false], id === "line-label-over-all"],
        ],
        layout: {
          "text-field": ["get", "label"],
          "text-font": [FONT_BOLD],
          "text-size": smallWordSize,
          // Room for its plate (WORD_PADDING_PX) where the word is first tried; none in the tiers
          // that look for room where there is little, as the place names (style.ts).
          "text-padding": (id === "line-label-points" ? WORD_PADDING_PX : TIGHT_WORD_PADDING_PX) * s,
          // A probe tries every anchor its line's slant allows; a found word has the one its
          // probe took: sent with each word (word_anchors.ts anchorOffsetsOf).
          // A query (the fallback's at idle, a click) reads the feature from its tile, where an
          // array property is JSON text: there it is the middle (else MapLibre warns, a review).
          "text-variable-anchor-offset": [
            "case",
            ["==", ["typeof", ["get", "anchors"]], "string"],
            ["literal", ["center", [0, 0]]],
            ["get", "anchors"],
          ] as unknown as ExpressionSpecification,
          "text-justify": "auto",
          "text-max-width": WORD_MAX_EMS,
          // Along its line (line_label_points.ts), beside it: a word lying across another line
          // was read as that line's ("angespannt" along the AZAL flight).
          // Turned in the viewport (MapLibre's `auto` for a point), as is its plate.
          "text-rotate": angle,
          // On a plate edged in its line's colour: a word beside other lines' words read as one
          // phrase with them ("feindselig Partner Putin", a review), and its own line showed
          // through its spaces. The plate is no room of its own: the word's glyphs place it (as
          // room, a strong line lost its word on the phone). A probe has none: with one, probing
          // found other words (tests/e2e/line_words.e2e.ts).
          "icon-image": ["case", bare, "", PLATE_ICON],
          "icon-text-fit": "both",
          "icon-allow-overlap": true,
          "icon-ignore-placement": true,
          "icon-rotate": angle,
          // Found words (settledWords) before every probe; probes (line_label_fallback.ts):
          // every line's middle before any other point of a line.
          "symbol-sort-key": [
            "case",
            ["boolean", ["get", "settled"], false],
            -1,
            ["to-number", ["coalesce", ["get", "attempt"], 0]],
          ],
        },
        // The plate in the halo's colour is the word's halo: no text halo of its own, but where
        // it has no plate.
        paint: {
          "text-color": ["get", "color"],
          "text-halo-color": theme.labelHalo,
          "text-halo-width": ["case", bare, 2, 0],
          "text-opacity": ["case", probe, 0, 1],
          "icon-color": theme.labelHalo,
          "icon-halo-color": ["get", "color"],
          "icon-halo-width": 2,
        },
      }),
    ),
    // Repeated along the line, not once at its middle: a close-up (presenter, follow, an event's
    // frame) often shows only part of a long line, and its middle is off-screen.
    onLine("line-labels", "line", ["!", centered]),
    // The part travelled of a movement under way (line_labels.ts) once, at its middle: it is often
    // shorter on screen than the spacing above, and MapLibre's only anchor on such a line lies by
    // its start, among the names at its origin (AZAL 8243's leg from Baku at its hit).
    onLine(CENTERED_WORD_LAYER, "line-center", centered),
  ];
}

/**
 * Room (px at theme scale 1) MapLibre keeps around a word laid along its line beside its glyphs
 * (its default is 2), so two words of different lines, or a word and a place name, keep a gap a
 * reader sees as a break: about a space apart they read as one phrase ("feindselig Lawrow nach
 * Eriwan" along two lines from Moskau, a review).
 */
export const LINE_WORD_PADDING_PX = 5;
/** The steepest turn (degrees either way) of a fallback word drawn on a plate; a steeper one has a halo. */
export const PLATE_MAX_DEGREES = 40;
/**
 * Room (px at theme scale 1) kept around a fallback word written beside its line on its plate
 * (line_label_points.ts) in the first tier, `line-label-points`: at least its plate's reach
 * beyond the word's box and its 1 px edge (plate_icon.ts REACH_PX), so two plates side by side
 * do not overlap. With none, they lay edge over edge and read as one phrase ("Annäherung" against
 * "Pashinyan nach Istanbul" in presenter mode, "Putin nach Duschanbe" over "angespannt" in a
 * 480 px embed, a review). 4 px cost Pashinyan's visit its word in presenter mode at 1024×768.
 */
export const WORD_PADDING_PX = 3;
/**
 * The same in the later tiers (forced over secondary names, over dots, over all), which look for
 * room where there is little: none, as the place names, since there a word must fit between
 * names. 1 px there cost two strong lines their only room (Armenia–Azerbaijan's "feindselig" at
 * the opening and Russia–Azerbaijan's word at Peking, presenter 1024×768).
 */
export const TIGHT_WORD_PADDING_PX = 0;
