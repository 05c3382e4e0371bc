/** Colours of the map and the page, per theme. The page reads the same values as CSS variables. */
export interface Theme {
  name: "light" | "dark" | "projector";
  water: string;
  land: string;
  coastline: string;
  border: string;
  label: string;
  labelHalo: string;
  seaLabel: string;
  regionLabel: string;
  placeDot: string;
  /** Multiplies line widths, dots and markers for projectors. */
  scale: number;
  /**
   * Multiplies place names: less than `scale` on a projector, whose overview still has to fit
   * the names of a dense cluster (the Caucasus) beside each other.
   */
  labelScale: number;
  /**
   * The smallest text the map draws, px: place names, the words on lines, the names at a
   * movement's end. 18 on a projector (a classroom's back row); 0 elsewhere (no floor).
   */
  minTextPx: number;
}

export const LIGHT: Theme = {
  name: "light",
  water: "#cfdde8",
  land: "#f5f2ec",
  coastline: "#8ea7bb",
  border: "#a8a196",
  label: "#1b1f24",
  labelHalo: "#ffffff",
  seaLabel: "#2f5d7c",
  regionLabel: "#5b5346",
  placeDot: "#1b1f24",
  scale: 1,
  labelScale: 1,
  minTextPx: 0,
};

export const DARK: Theme = {
  name: "dark",
  water: "#0f1c28",
  land: "#27303a",
  coastline: "#4c6a82",
  border: "#6d7782",
  label: "#f2f4f6",
  labelHalo: "#0b1118",
  seaLabel: "#9cc3e0",
  regionLabel: "#c9c0b0",
  placeDot: "#f2f4f6",
  scale: 1,
  labelScale: 1,
  minTextPx: 0,
};

export const PROJECTOR: Theme = {
  ...LIGHT,
  name: "projector",
  water: "#bcd3e6",
  land: "#ffffff",
  coastline: "#36556e",
  border: "#4a4a4a",
  label: "#000000",
  seaLabel: "#123c5c",
  regionLabel: "#3a3226",
  placeDot: "#000000",
  scale: 1.6,
  labelScale: 1.35,
  minTextPx: 18,
};

/** A text size at theme scale 1 → px in `theme`, never under its floor (presenter: 18 px). */
export function textPx(theme: Pick<Theme, "scale" | "minTextPx">, size: number): number {
  return Math.max(size * theme.scale, theme.minTextPx);
}
