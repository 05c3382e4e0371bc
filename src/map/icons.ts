import type {
  ExpressionSpecification,
  FilterSpecification,
  LayerSpecification,
} from "@maplibre/maplibre-gl-style-spec";
/**
 * Map icons drawn at start-up on a canvas, so there is no sprite file to fetch. All are single
 * colour (SDF) so layers tint them by kind; all point north, so `icon-rotate` = bearing.
 */
export interface Icon {
  name: string;
  image: ImageData;
  /** MapLibre's `addImage` options beyond `sdf` (a stretchable image: plate_icon.ts). */
  options?: {
    pixelRatio: number;
    stretchX: [number, number][];
    stretchY: [number, number][];
    content: [number, number, number, number];
  };
}

/** Every icon's width and height, px (a layer's `icon-size` 1 draws it this size). */
export const ICON_PX = 48;
const SIZE = ICON_PX;
/** An icon with nothing drawn: a layer's room in label collisions (story_layers.ts `event-blockers`). */
export const BLANK_ICON = "blank";
/** The plate under a word written beside its line (story_layers.ts, plate_icon.ts): a box stretched to the word's glyphs. */
export const PLATE_ICON = "plate";

/**
 * A layer that is only room in label placement, not drawn: a blank disc `radiusPx` px (theme
 * scale applied by the caller) round each feature of `source` that passes `filter`. Labels placed
 * after it (under it in the style) give way to it; it never gives way itself.
 */
export function roomLayer(
  id: string,
  source: string,
  filter: FilterSpecification,
  radiusPx: number | ExpressionSpecification,
): LayerSpecification {
  const size: number | ExpressionSpecification =
    typeof radiusPx === "number" ? (2 * radiusPx) / ICON_PX : ["/", ["*", 2, radiusPx], ICON_PX];
  return {
    id,
    type: "symbol",
    source,
    filter,
    layout: { "icon-image": BLANK_ICON, "icon-size": size, "icon-allow-overlap": true, "icon-padding": 0 },
    paint: { "icon-opacity": 0 },
  };
}

function draw(name: string, paint: (c: CanvasRenderingContext2D) => void): Icon | undefined {
  const canvas = document.createElement("canvas");
  canvas.width = SIZE;
  canvas.height = SIZE;
  // Read back at once: a canvas kept in main memory (willReadFrequently) skips a GPU readback
  // per icon, which cost ~30 ms each under software WebGL at start-up.
  const context = canvas.getContext("2d", { willReadFrequently: true });
  if (!context) return undefined;
  context.fillStyle = "#000";
  context.strokeStyle = "#000";
  paint(context);
  return { name, image: context.getImageData(0, 0, SIZE, SIZE) };
}

/** How far the arrow's tip lies ahead of the icon's centre, in icon px (`arrow` below: tip at y 4 of 48). */
export const ARROW_TIP_PX = 20;
/** The arrow's length from its tip to its wing tips, and half its width there, icon px (`arrow` below). */
export const ARROW_LENGTH_PX = 38;
export const ARROW_HALF_WIDTH_PX = 15;
/** How far the notch between the wings lies behind the tip, icon px: shallow, so the tip is the arrow's sharpest corner (43° against its wings' 50°; with wings sharper than the tip, it read as pointing backwards, a review). */
export const ARROW_NOTCH_PX = 33;
/** The crash ✕ (`cross` below): each arm's reach along x and y from the middle, and its stroke, icon px. */
const CROSS_ARM_PX = 14;
const CROSS_STROKE_PX = 9;
/** How far the ✕ reaches from its middle, icon px: an arm's end and its round cap. */
export const CROSS_REACH_PX = Math.hypot(CROSS_ARM_PX, CROSS_ARM_PX) + CROSS_STROKE_PX / 2;
/** The ✕'s `icon-size` at theme scale 1 (at its own place and beside its event's ring alike: end_snap.ts). */
export const CROSS_SIZE = { own: 0.55 } as const;
/** A movement's head (`moving-head`): its `icon-size` at theme scale 1, strong and receding. */
export const HEAD_SIZE = { strong: 0.6, weak: 0.45 } as const;
/** How far behind the icon's middle its back reaches, icon px: the arrow's wing tips (y 42 of 48) and the aircraft's tail (y 44.5), rounded. */
export const ARROW_BACK_PX = 20;

/**
 * Icons drawn by a chunk loaded after start-up (plate_icon.ts, pushed by line_label_fallback.ts):
 * MapLibre asks for them (map_view.ts, its missing-image resolver) when a layer first shows one.
 */
export const laterIcons: Icon[] = [];

export function drawIcons(): Icon[] {
  const icons = [
    draw("plane", (c) => {
      // A top-down airliner: fuselage, swept wings, tailplane.
      c.beginPath();
      c.moveTo(24, 3);
      c.bezierCurveTo(27, 3, 27.5, 8, 27.5, 12);
      c.lineTo(27.5, 19);
      c.lineTo(44, 28);
      c.lineTo(44, 32);
      c.lineTo(27.5, 27);
      c.lineTo(27, 37);
      c.lineTo(33, 41.5);
      c.lineTo(33, 44.5);
      c.lineTo(24, 42);
      c.lineTo(15, 44.5);
      c.lineTo(15, 41.5);
      c.lineTo(21, 37);
      c.lineTo(20.5, 27);
      c.lineTo(4, 32);
      c.lineTo(4, 28);
      c.lineTo(20.5, 19);
      c.lineTo(20.5, 12);
      c.bezierCurveTo(20.5, 8, 21, 3, 24, 3);
      c.fill();
    }),
    draw("arrow", (c) => {
      c.beginPath();
      // Tip ARROW_TIP_PX ahead of the middle, wing tips ARROW_LENGTH_PX behind it, notched.
      const tip = SIZE / 2 - ARROW_TIP_PX;
      const wings = tip + ARROW_LENGTH_PX;
      c.moveTo(SIZE / 2, tip);
      c.lineTo(SIZE / 2 + ARROW_HALF_WIDTH_PX, wings);
      c.lineTo(SIZE / 2, tip + ARROW_NOTCH_PX);
      c.lineTo(SIZE / 2 - ARROW_HALF_WIDTH_PX, wings);
      c.closePath();
      c.fill();
    }),
    draw("cross", (c) => {
      const [a, b] = [SIZE / 2 - CROSS_ARM_PX, SIZE / 2 + CROSS_ARM_PX];
      c.lineWidth = CROSS_STROKE_PX;
      c.lineCap = "round";
      c.beginPath();
      c.moveTo(a, a);
      c.lineTo(b, b);
      c.moveTo(b, a);
      c.lineTo(a, b);
      c.stroke();
    }),
    draw(BLANK_ICON, () => undefined),
    ...laterIcons,
  ];
  return icons.filter((icon): icon is Icon => icon !== undefined);
}
