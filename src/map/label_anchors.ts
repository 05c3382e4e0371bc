import { DIRECTIONS, type Direction, type Edge } from "./framing";

/**
 * Where a place's name may sit around its point, as MapLibre's text anchors with offsets in ems:
 * the candidates style.ts hands to `text-variable-anchor-offset` and the ones label_layout.ts
 * chooses from for the current view. One table for both, so what is laid out is what is drawn.
 */
export type Anchor =
  | "center"
  | "left"
  | "right"
  | "top"
  | "bottom"
  | "top-left"
  | "top-right"
  | "bottom-left"
  | "bottom-right";

/**
 * A label position: which side of the label touches the point, moved by `offset` ems. `key`
 * names it in a feature's `anchor` property (the anchor itself unless one anchor has two offsets).
 */
export interface AnchorOffset {
  anchor: Anchor;
  offset: readonly [number, number];
  key?: string;
}

/** The name of a position in a feature's `anchor` property (see style.ts). */
export const anchorKey = (a: AnchorOffset): string => a.key ?? a.anchor;

/**
 * A city's last resort in a dense cluster: its name a line above or below the dot, where the
 * neighbours' names leave no room beside it (ems between dot and label).
 */
const FAR = 0.9;
export const FAR_ANCHORS: readonly AnchorOffset[] = [
  { anchor: "bottom", offset: [0, -FAR], key: "bottom-far" },
  { anchor: "top", offset: [0, FAR], key: "top-far" },
];

/**
 * Gap between a dot and its label, in ems: wide enough that a past event's dot, drawn above the
 * labels (marker_layers.ts; story_layers.ts `event-circles`: 5.5 px and a 1.2 px ring at theme
 * scale 1, `EVENT_DOT_PX`), leaves the name's first letters free at a main city's usual 12.5 px
 * type; small, so dense clusters still find room.
 */
const GAP = 0.54;
/**
 * A main city's last resort where a dense cluster on a small map has no room for GAP (the 320 px
 * embed): the name close to its dot, an event's dot then touching its first letter.
 */
const NEAR_GAP = 0.3;
/** The radius of a past event's dot with its ring, px at theme scale 1 (story_layers.ts). */
export const EVENT_DOT_PX = 6.7;
/** The radius of a past event's dot without its outer rim, px at theme scale 1: what no other name may cover. */
export const EVENT_CORE_PX = 5;
/** The radius of the current event's big ring with its stroke, px at theme scale 1 (story_layers.ts). */
export const EVENT_RING_PX = 11.5;
/**
 * Room kept clear around the current event's ring, px at theme scale 1: a word or name beside it
 * leaves a gap instead of touching it ("Annäherung" sat on Eriwan's ring in presenter mode, a
 * review), an arrow's tip stops that far short of it, and its halo is that wide (story_layers.ts).
 */
export const RING_CLEAR_PX = 3;
const offsets = (gap: number): Record<Exclude<Anchor, "center">, [number, number]> => {
  const diagonal = gap * 0.75;
  return {
    left: [gap, 0],
    right: [-gap, 0],
    top: [0, gap],
    bottom: [0, -gap],
    "top-left": [diagonal, diagonal],
    "top-right": [-diagonal, diagonal],
    "bottom-left": [diagonal, -diagonal],
    "bottom-right": [-diagonal, -diagonal],
  };
};
/**
 * Gap for the name of a place that carries the current event, in ems: past its big ring
 * (story_layers.ts `event-current`: 9 px and a 2.5 px stroke outside it, 11.5 px at theme
 * scale 1), so the ring never sits on the name's first letters, even at a phone's 9.5 px type.
 */
const RING_GAP = 1.25;
/**
 * Gaps of a callout, in ems: where a dense cluster on a small map (the Caucasus on a phone)
 * leaves a main city's name no room beside its dot, the name stands further off and a leader
 * line joins it to the dot (leader_lines.ts `leaderLines`), as a locator map's callouts do.
 */
const CALL_GAP = 2;
const REACH_GAP = 3.4;
/**
 * A callout straight above or below the dot, the name's near end over it (diagonal anchors,
 * `-drop`): for a city at the map's side edge, whose name can go neither outward nor centred.
 */
const DROP_GAP = 2;
const DROP_ASIDE = 0.3;
const dropOffsets = (): Record<Exclude<Anchor, "center">, [number, number]> => ({
  ...offsets(DROP_GAP),
  "top-left": [-DROP_ASIDE, DROP_GAP],
  "top-right": [DROP_ASIDE, DROP_GAP],
  "bottom-left": [-DROP_ASIDE, -DROP_GAP],
  "bottom-right": [DROP_ASIDE, -DROP_GAP],
});
const CITY_OFFSETS = offsets(GAP);
/** The other gaps, by the suffix of their keys (`left-near`, `top-ring`, `left-call`). */
const GAPS = {
  "-near": offsets(NEAR_GAP),
  "-ring": offsets(RING_GAP),
  "-call": offsets(CALL_GAP),
  "-drop": dropOffsets(),
  "-reach": offsets(REACH_GAP),
} as const;
/** The suffixes of the positions whose name a leader line joins to its dot. */
export const CALLOUT_GAPS: readonly string[] = ["-call", "-drop", "-reach"];
/** Whether the position `key` is a callout (a leader line joins the name to its dot). */
export const isCallout = (key: string): boolean => CALLOUT_GAPS.some((gap) => key.endsWith(gap));
type Gap = keyof typeof GAPS;
type CityAnchor = keyof typeof CITY_OFFSETS;

/**
 * The label positions a city may take, best first, by the edge of the opening frame it lies
 * on: a place at the east edge writes its name to the west of its dot, never out of the frame.
 */
const BY_EDGE: Record<Edge, CityAnchor[]> = {
  // Right of the dot first, then below and above, which crowd a dense cluster's neighbours less.
  "": ["left", "top", "bottom", "right", "top-left", "bottom-left", "top-right", "bottom-right"],
  west: ["left", "top-left", "bottom-left"],
  east: ["right", "top-right", "bottom-right"],
  north: ["left", "right", "top", "top-left", "top-right"],
  south: ["left", "right", "bottom", "bottom-left", "bottom-right"],
  // In a corner a centred label would cross the side edge: inward and a little up or down only.
  "north-west": ["left", "top-left", "bottom-left"],
  "north-east": ["right", "top-right", "bottom-right"],
  "south-west": ["left", "bottom-left", "top-left"],
  "south-east": ["right", "bottom-right", "top-right"],
};

/** The anchor that puts a label in each direction from its dot (the anchor is the label's opposite side). */
const TOWARD: Record<Direction, CityAnchor> = {
  east: "left",
  "north-east": "bottom-left",
  north: "bottom",
  "north-west": "bottom-right",
  west: "right",
  "south-west": "top-right",
  south: "top",
  "south-east": "top-left",
};

/** Anchors for a label that should write toward `direction`: that way first, then the nearest turns. */
function toward(direction: Direction): CityAnchor[] {
  const i = DIRECTIONS.indexOf(direction);
  const turns = [0, 1, -1, 2, -2, 3, -3];
  return turns.map((turn) => TOWARD[DIRECTIONS[(i + turn + 8) % 8] as Direction]);
}

/**
 * A city's candidates, best first: inward from the opening frame's `edge`, else away from the
 * main places that crowd it (`away`, see framing.ts), else right of the dot first.
 */
export function cityAnchors(edge: Edge, away: Direction | ""): AnchorOffset[] {
  const anchors = edge !== "" ? BY_EDGE[edge] : away !== "" ? toward(away) : BY_EDGE[""];
  return anchors.map((anchor) => ({ anchor, offset: CITY_OFFSETS[anchor] }));
}

/**
 * The candidates label_layout.ts chooses from for a main city: `cityAnchors`, then, where the
 * frame's edge allows a centred name (not at a side edge), `FAR_ANCHORS`, then the other sides. With `near`, the same
 * sides close to the dot (NEAR_GAP) instead: place_labels.ts lays a view out with those only
 * where the wide gap leaves a main place without a name (a name with an event's dot on its
 * first letter is better than no name). Last, callouts (CALL_GAP, then REACH_GAP, away from the
 * crowd first): the name off its dot, a leader line joining them.
 */
export function mainCityAnchors(edge: Edge, away: Direction | "", near = false): AnchorOffset[] {
  const centred = edge === "" || edge === "north" || edge === "south";
  const sides = near ? gapAnchors(edge, away, "-near") : cityAnchors(edge, away);
  const preferred = [...sides, ...(centred ? FAR_ANCHORS : [])];
  // Then every other side: label_layout.ts keeps a box inside the map itself, and in a small
  // embed a city at the frame's edge may find room only above or below its dot (Istanbul in a
  // 288 px wide embed). Last, so a layout that fits without them is unchanged.
  const rest = [...(near ? gapAnchors("", "", "-near") : cityAnchors("", "")), ...FAR_ANCHORS].filter(
    (a) => !preferred.some((p) => anchorKey(p) === anchorKey(a)),
  );
  // Last of all, callouts: the name off its dot with a leader line, away from the crowd first.
  const diagonal = (a: AnchorOffset) => a.anchor.includes("-");
  const callouts = [
    ...gapAnchors("", away, "-call"),
    ...gapAnchors("", away, "-drop").filter(diagonal),
    ...gapAnchors("", away, "-reach"),
  ];
  return [...preferred, ...rest, ...callouts];
}

/** `cityAnchors` at another gap (GAPS), keyed by anchor and suffix. */
function gapAnchors(edge: Edge, away: Direction | "", gap: Gap): AnchorOffset[] {
  return cityAnchors(edge, away).map(({ anchor }) => ({
    anchor,
    offset: GAPS[gap][anchor as CityAnchor],
    key: `${anchor}${gap}`,
  }));
}

/**
 * The candidates for the name of a city that carries the current event: beside its ring first
 * (RING_GAP), then off it with a leader line (the callouts of `mainCityAnchors`), and only then
 * `mainCityAnchors`' other positions, so the name is kept where nothing else has room. (A review
 * found "Teheran" printed across its own ring on a phone, where a callout had room.)
 */
export function currentCityAnchors(edge: Edge, away: Direction | "", near = false): AnchorOffset[] {
  const rest = mainCityAnchors(edge, away, near);
  const callouts = rest.filter((a) => isCallout(anchorKey(a)));
  return [...gapAnchors(edge, away, "-ring"), ...callouts, ...rest.filter((a) => !callouts.includes(a))];
}

/** One city position by its key (a position label_layout.ts chose). */
export function cityAnchor(key: string): AnchorOffset | undefined {
  const far = FAR_ANCHORS.find((a) => a.key === key);
  if (far) return far;
  for (const gap of Object.keys(GAPS) as Gap[]) {
    if (!key.endsWith(gap)) continue;
    const anchor = key.slice(0, -gap.length);
    return anchor in CITY_OFFSETS
      ? { anchor: anchor as CityAnchor, offset: GAPS[gap][anchor as CityAnchor], key }
      : undefined;
  }
  return key in CITY_OFFSETS ? { anchor: key as CityAnchor, offset: CITY_OFFSETS[key as CityAnchor] } : undefined;
}

/**
 * Seas, regions and countries: centred on their point, else a third of a line up or down past
 * half the name's height, where the cities around them leave room: the name still covers its
 * point (names moved aside or two lines off lay on the neighbour: "Aserbaidschan" across
 * Armenia, "Kaspisches Meer" on land at 1024×768).
 */
const AREA_UP = 0.3;
export const AREA_ANCHORS: readonly AnchorOffset[] = [
  { anchor: "center", offset: [0, 0] },
  { anchor: "bottom", offset: [0, -AREA_UP] },
  { anchor: "top", offset: [0, AREA_UP] },
];

/**
 * A main sea's, region's or country's last resorts, laid out only (place_labels.ts), never tried
 * by the style for a secondary one: aside by half the name's width less an em, or a line and a
 * half up or down along it, where a dense cluster's cities leave it no room nearer (the Caspian
 * in a 320×640 embed). The far ones keyed like the cities' far positions: the style tells them
 * apart by kind.
 */
export const AREA_FAR_ANCHORS: readonly AnchorOffset[] = [
  { anchor: "left", offset: [-1, 0] },
  { anchor: "right", offset: [1, 0] },
  { anchor: "bottom", offset: [0, -1.5], key: "bottom-far" },
  { anchor: "top", offset: [0, 1.5], key: "top-far" },
];

/** Every edge and direction a city can have, for building the style's match expressions. */
export const EDGES = Object.keys(BY_EDGE) as Edge[];
export const CITY_KEYS = [
  ...Object.keys(CITY_OFFSETS),
  ...FAR_ANCHORS.map(anchorKey),
  ...Object.keys(GAPS).flatMap((gap) => Object.keys(CITY_OFFSETS).map((anchor) => `${anchor}${gap}`)),
];
