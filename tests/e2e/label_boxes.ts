import type { Frame, Page } from "playwright-core";

/**
 * Everything that can lie over the map: MapLibre's controls, the date, the legend (its slot: an
 * open legend taller than the slot scrolls inside it), the page's parts.
 */
export const OVERLAYS =
  ".maplibregl-ctrl, .map-date, .legend-slot, .masthead, .panel, .timeline-area, .present-progress";

/** A box in px. */
interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** A place label as placed (the app's `__zeitkarte.placeLabels`): name, point (map px), faded under a control. */
interface Label {
  name: string;
  screen: [number, number] | undefined;
  covered: boolean;
}

/** The app's test hooks these checks use (src/app/mount.ts). */
interface Hooks {
  __zeitkarte: {
    placeLabels(): Label[];
    labelsIn(box: Box): Label[];
    wordsIn(box: Box): string[];
    renderedFeatures(layers: string[]): { properties: Record<string, unknown>; screen?: [number, number] }[];
    state(): { lang: string };
  };
}

/**
 * What a reader cannot read, as sentences: each of `names` (the places that must be named) that is not labelled (or
 * whose label is faded out because a control covers it), whose point lies outside the visible
 * map or under an overlay, or whose label box meets an overlay or the map's visible edge; and
 * any other place whose label is shown although it meets an overlay or the edge (secondary
 * labels give way, they never sit under a control). Boxes come from the map's own placed labels
 * (queryRenderedFeatures), not from the DOM list of places.
 */
export function unreadablePlaces(target: Page | Frame, names: readonly string[]): Promise<string[]> {
  return target.evaluate(
    ({ nine, overlays }) => {
      const api = (window as unknown as Hooks).__zeitkarte;
      const map = (document.querySelector("#map") as HTMLElement).getBoundingClientRect();
      const visible: Box = {
        left: Math.max(map.left, 0),
        top: Math.max(map.top, 0),
        right: Math.min(map.right, window.innerWidth),
        bottom: Math.min(map.bottom, window.innerHeight),
      };
      const local = (b: Box): Box => ({
        left: b.left - map.left,
        top: b.top - map.top,
        right: b.right - map.left,
        bottom: b.bottom - map.top,
      });
      const meets = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
      const covers = (b: Box, x: number, y: number) => x >= b.left && x <= b.right && y >= b.top && y <= b.bottom;
      const shown = [...document.querySelectorAll(overlays)].flatMap((element) => {
        const box = element.getBoundingClientRect();
        const style = getComputedStyle(element);
        if (box.width === 0 || box.height === 0 || style.visibility === "hidden" || !meets(box, visible)) return [];
        return [{ box, name: element.className.toString().split(" ")[0] ?? element.tagName }];
      });
      const problems: string[] = [];
      const labels = api.placeLabels();
      for (const name of nine) {
        const label = labels.find((l) => l.name === name);
        if (!label?.screen) {
          problems.push(`${name}: no label`);
          continue;
        }
        if (label.covered) problems.push(`${name}: label faded out (covered)`);
        const x = label.screen[0] + map.left;
        const y = label.screen[1] + map.top;
        if (!covers(visible, x, y))
          problems.push(`${name}: outside the visible map at ${Math.round(x)},${Math.round(y)}`);
        for (const overlay of shown) if (covers(overlay.box, x, y)) problems.push(`${name}: under ${overlay.name}`);
      }
      // Label boxes: no shown label may meet an overlay or the visible map's edge.
      const edges: [string, Box][] = [
        ["left edge", { ...visible, right: visible.left + 1 }],
        ["right edge", { ...visible, left: visible.right - 1 }],
        ["top edge", { ...visible, bottom: visible.top + 1 }],
        ["bottom edge", { ...visible, top: visible.bottom - 1 }],
      ];
      for (const [what, box] of [...edges, ...shown.map((o): [string, Box] => [o.name, o.box])]) {
        const names = api
          .labelsIn(local(box))
          .filter((l) => nine.includes(l.name) || !l.covered)
          .map((l) => l.name);
        for (const name of new Set(names)) problems.push(`${name}: label meets ${what}`);
      }
      return problems;
    },
    { nine: [...names], overlays: OVERLAYS },
  );
}

/**
 * Names that lie on another place's dot, as sentences ("Eriwan on Ankara's dot"): a city's dot
 * is drawn above the names, so a name under it loses a letter, and a name right on a dot reads
 * as that place's. Each drawn dot (`place-dots`, map px) is checked against the placed label
 * boxes within `r` px of its centre (its dark core); a label anchored at the dot is its own.
 */
export function namesOnDots(target: Page | Frame, r = 3): Promise<string[]> {
  return target.evaluate((radius) => {
    const api = (window as unknown as Hooks).__zeitkarte;
    const lang = api.state().lang;
    const problems = new Set<string>();
    for (const dot of api.renderedFeatures(["place-dots", "place-dots-secondary"])) {
      if (!dot.screen) continue;
      const [x, y] = dot.screen;
      const box = { left: x - radius, top: y - radius, right: x + radius, bottom: y + radius };
      for (const label of api.labelsIn(box)) {
        if (label.covered || !label.screen) continue;
        if (Math.hypot(label.screen[0] - x, label.screen[1] - y) < 2) continue;
        problems.add(`${label.name} on ${String(dot.properties[`name_${lang}`])}'s dot`);
      }
    }
    return [...problems];
  }, r);
}

/**
 * Words on lines that meet an overlay (a control, the date, the legend's button) or the visible
 * map's edge, as sentences ("Partner under maplibregl-ctrl"): a word under a translucent button
 * shows through it, one at the edge is cut. Boxes from the map's own placed words.
 */
export function wordsUnderOverlays(target: Page | Frame): Promise<string[]> {
  return target.evaluate((overlays) => {
    const api = (window as unknown as Hooks).__zeitkarte;
    const map = (document.querySelector("#map") as HTMLElement).getBoundingClientRect();
    const visible: Box = {
      left: Math.max(map.left, 0),
      top: Math.max(map.top, 0),
      right: Math.min(map.right, window.innerWidth),
      bottom: Math.min(map.bottom, window.innerHeight),
    };
    const meets = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    const local = (b: Box): Box => ({
      left: b.left - map.left,
      top: b.top - map.top,
      right: b.right - map.left,
      bottom: b.bottom - map.top,
    });
    const boxes: [string, Box][] = [
      ["at the left edge", { ...visible, right: visible.left + 1 }],
      ["at the right edge", { ...visible, left: visible.right - 1 }],
      ["at the top edge", { ...visible, bottom: visible.top + 1 }],
      ["at the bottom edge", { ...visible, top: visible.bottom - 1 }],
    ];
    for (const element of document.querySelectorAll(overlays)) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || getComputedStyle(element).visibility === "hidden") continue;
      if (meets(box, visible)) boxes.push([`under ${element.className.toString().split(" ")[0]}`, box]);
    }
    const problems = new Set<string>();
    for (const [what, box] of boxes) for (const word of api.wordsIn(local(box))) problems.add(`${word} ${what}`);
    return [...problems];
  }, OVERLAYS);
}
