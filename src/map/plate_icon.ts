import { type Icon, PLATE_ICON, ICON_PX as SIZE } from "./icons";

/** The plate's image: its texels per CSS px, its corner radius and the transparent margin its edge's halo reaches into, texels. */
const PLATE_RATIO = 2;
const PLATE_RADIUS = 6;
const PLATE_MARGIN = 6;
/**
 * How far the plate reaches beyond each end of the word's box, CSS px, its edge not counted:
 * within the room kept around a word (story_layers.ts WORD_PADDING_PX), so plates side by side
 * keep apart (at 3 px two plates overlapped, "Annäherung" against "Pashinyan nach Istanbul").
 */
export const REACH_PX = 2;

/**
 * The plate as a true signed distance field, as MapLibre reads an SDF image's alpha: the edge at
 * 0.75 and 1/8 per texel (symbol_sdf shader, SDF_PX 8), so `icon-halo-width` draws an outline in
 * the line's colour (2 texels = 1 px). Its middle stretches (`stretchX`, `stretchY`) and its
 * `content` is where `icon-text-fit` lays the word's box (its full height, which has the line's
 * leading; REACH_PX more at each end); the corners keep their size.
 */
export function plateIcon(): Icon {
  const image = new ImageData(SIZE, SIZE);
  const [low, high] = [PLATE_MARGIN, SIZE - PLATE_MARGIN];
  const corner = PLATE_MARGIN + PLATE_RADIUS;
  for (let y = 0; y < SIZE; y++) {
    for (let x = 0; x < SIZE; x++) {
      // Signed distance (texels, outside positive) from the pixel's middle to the rounded box.
      const dx = Math.max(corner - (x + 0.5), x + 0.5 - (SIZE - corner), 0);
      const dy = Math.max(corner - (y + 0.5), y + 0.5 - (SIZE - corner), 0);
      const inside = Math.min(x + 0.5 - low, high - x - 0.5, y + 0.5 - low, high - y - 0.5);
      const d = dx > 0 && dy > 0 ? Math.hypot(dx, dy) - PLATE_RADIUS : -inside;
      const i = (y * SIZE + x) * 4 + 3;
      image.data[i] = Math.round(255 * Math.min(1, Math.max(0, 0.75 - d / 8)));
    }
  }
  const middle: [number, number] = [corner, SIZE - corner];
  return {
    name: PLATE_ICON,
    image,
    options: {
      pixelRatio: PLATE_RATIO,
      stretchX: [middle],
      stretchY: [middle],
      content: [low + REACH_PX * PLATE_RATIO, low, SIZE - low - REACH_PX * PLATE_RATIO, high],
    },
  };
}
