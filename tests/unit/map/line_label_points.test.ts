import type { FeatureCollection, LineString } from "geojson";
import { describe, expect, it } from "vitest";
import {
  ALL_ATTEMPT,
  alongVisible,
  FALLBACK_FRACTIONS,
  FORCED_ATTEMPT,
  fallbackLabelPoints,
  KEPT_ATTEMPT,
  keptWords,
  LAST_ATTEMPT,
  MIN_VISIBLE_PX,
  OVER_ATTEMPT,
  pointAlongVisible,
  probeLabelPoints,
  type ScreenView,
  SMALL_ATTEMPT,
  settledWords,
  TIER_TRIES,
  tryOf,
  visibleLength,
} from "../../../src/map/line_label_points";

// A flat test projection: 10 px per degree, the map 400 × 300 px.
const view: ScreenView = {
  width: 400,
  height: 300,
  project: ([lon, lat]) => ({ x: lon * 10, y: lat * 10 }),
  unproject: ({ x, y }) => [x / 10, y / 10],
};

function lines(...coords: [string, number[][]][]): FeatureCollection<LineString> {
  return {
    type: "FeatureCollection",
    features: coords.map(([id, coordinates]) => ({
      type: "Feature",
      geometry: { type: "LineString", coordinates },
      properties: { id, label: `${id} word`, color: "#c03528" },
    })),
  };
}

describe("line_label_points", () => {
  it("pointAlongVisible(points, width, height, 0.5) is the middle of the part on screen, not of the whole line", () => {
    // From x = 100 to x = 1000 along y = 150: on screen (inside the 30 px margin) from 100 to 370.
    const middle = pointAlongVisible(
      [
        { x: 100, y: 150 },
        { x: 1000, y: 150 },
      ],
      400,
      300,
      0.5,
    );
    expect(middle?.x).toBeCloseTo(235);
    expect(middle?.y).toBeCloseTo(150);
  });

  it("pointAlongVisible(…) walks a bent line by its length: 0.25 of an L of 100 + 100 px lies on its first leg", () => {
    const at = pointAlongVisible(
      [
        { x: 100, y: 100 },
        { x: 200, y: 100 },
        { x: 200, y: 200 },
      ],
      400,
      300,
      0.25,
    );
    expect(at).toEqual({ x: 150, y: 100 });
  });

  it("pointAlongVisible(…) is undefined for a line with less than MIN_VISIBLE_PX on screen or none", () => {
    const short = [
      { x: 100, y: 100 },
      { x: 100 + MIN_VISIBLE_PX - 1, y: 100 },
    ];
    expect(pointAlongVisible(short, 400, 300, 0.5)).toBeUndefined();
    expect(
      visibleLength(
        [
          { x: -50, y: -50 },
          { x: -10, y: 500 },
        ],
        400,
        300,
      ),
    ).toBe(0);
  });

  it("fallbackLabelPoints(lines, placed, attempt, view) gives each strong line without a drawn word one point word on it, in the line's colour", () => {
    const strong = lines(
      [
        "rus-ukr",
        [
          [10, 10],
          [20, 10],
        ],
      ],
      [
        "rus-aze",
        [
          [5, 20],
          [25, 20],
        ],
      ],
      [
        "off-screen",
        [
          [100, 100],
          [120, 100],
        ],
      ],
    );
    const points = fallbackLabelPoints(strong, new Set(["rus-aze"]), () => 0, view);
    expect(points.features.map((f) => f.properties?.id)).toEqual(["rus-ukr"]);
    expect(points.features[0]?.geometry.coordinates).toEqual([15, 10]);
    expect(points.features[0]?.properties).toEqual({
      id: "rus-ukr",
      label: "rus-ukr word",
      color: "#c03528",
      forced: false,
      over: false,
      all: false,
      settled: false,
      angle: 0,
      slant: "level",
    });
  });

  it("settledWords(words) moves words whose probe was drawn to the topmost word layer, marked settled, where they are", () => {
    const strong = lines([
      "rus-ukr",
      [
        [10, 10],
        [30, 10],
      ],
    ]);
    const word = fallbackLabelPoints(
      strong,
      new Set(),
      () => 1,
      view,
      () => "top-left",
    ).features;
    const [settled] = settledWords(word);
    expect(settled?.geometry).toEqual(word[0]?.geometry);
    expect(settled?.properties).toMatchObject({
      anchor: "top-left",
      forced: true,
      over: true,
      all: true,
      settled: true,
    });
  });

  it("fallbackLabelPoints(…) writes a word along its line, upright: angle and slant of a line falling to the right 45° (down), rising to the left −45° (up)", () => {
    const down = fallbackLabelPoints(
      lines([
        "d",
        [
          [10, 10],
          [30, 30],
        ],
      ]),
      new Set(),
      () => 0,
      view,
    );
    expect(down.features[0]?.properties?.angle).toBe(45);
    expect(down.features[0]?.properties?.slant).toBe("down");
    const up = fallbackLabelPoints(
      lines([
        "u",
        [
          [30, 10],
          [10, 30],
        ],
      ]),
      new Set(),
      () => 0,
      view,
    );
    expect(up.features[0]?.properties?.angle).toBe(-45);
    expect(up.features[0]?.properties?.slant).toBe("up");
  });

  it("fallbackLabelPoints(…, attempt) moves a word that found no room along its line, FALLBACK_FRACTIONS in turn, then forced at each of them, then forced at the middle", () => {
    const strong = lines([
      "rus-ukr",
      [
        [10, 10],
        [30, 10],
      ],
    ]);
    const at = (attempt: number) => fallbackLabelPoints(strong, new Set(), () => attempt, view).features[0];
    FALLBACK_FRACTIONS.forEach((fraction, attempt) => {
      expect(at(attempt)?.geometry.coordinates[0]).toBeCloseTo(10 + 20 * fraction);
      expect(at(attempt)?.properties?.forced).toBe(false);
    });
    FALLBACK_FRACTIONS.forEach((fraction, i) => {
      expect(at(FORCED_ATTEMPT + i)?.geometry.coordinates[0]).toBeCloseTo(10 + 20 * fraction);
      expect(at(FORCED_ATTEMPT + i)?.properties?.forced).toBe(true);
      // Forced above the secondary names, not over the cities' dots: that is the next tier.
      expect(at(FORCED_ATTEMPT + i)?.properties?.over).toBe(false);
      expect(at(OVER_ATTEMPT + i)?.geometry.coordinates[0]).toBeCloseTo(10 + 20 * fraction);
      expect(at(OVER_ATTEMPT + i)?.properties?.over).toBe(true);
      expect(at(OVER_ATTEMPT + i)?.properties?.all).toBe(false);
      // Then over every dot, the main places' too.
      expect(at(ALL_ATTEMPT + i)?.geometry.coordinates[0]).toBeCloseTo(10 + 20 * fraction);
      expect(at(ALL_ATTEMPT + i)?.properties?.all).toBe(true);
      // Each tier's second half: the same points, written level and free to take every anchor.
      const n = FALLBACK_FRACTIONS.length;
      expect(at(FORCED_ATTEMPT + n + i)?.geometry.coordinates[0]).toBeCloseTo(10 + 20 * fraction);
      expect(at(FORCED_ATTEMPT + n + i)?.properties).toMatchObject({ forced: true, over: false, angle: 0 });
      expect(at(FORCED_ATTEMPT + n + i)?.properties?.reach).toBeUndefined();
    });
    for (const attempt of [LAST_ATTEMPT, LAST_ATTEMPT + 3]) {
      expect(at(attempt)?.geometry.coordinates[0]).toBeCloseTo(20);
      expect(at(attempt)?.properties?.forced).toBe(true);
      expect(at(attempt)?.properties?.over).toBe(true);
    }
  });

  it("probeLabelPoints(lines, placed, view) tries every point of FALLBACK_FRACTIONS at once, transparent, middles first by `attempt` ", () => {
    const strong = lines(
      [
        "rus-ukr",
        [
          [10, 10],
          [30, 10],
        ],
      ],
      [
        "rus-aze",
        [
          [5, 20],
          [25, 20],
        ],
      ],
    );
    // The turned tries (here level, as the line is); the level ones after them (TIER_TRIES).
    const probes = probeLabelPoints(strong, new Set(["rus-aze"]), view).features.slice(0, FALLBACK_FRACTIONS.length);
    expect(probes.map((f) => f.properties?.id)).toEqual(FALLBACK_FRACTIONS.map(() => "rus-ukr"));
    expect(probes.map((f) => f.properties?.attempt)).toEqual(FALLBACK_FRACTIONS.map((_, i) => i));
    expect(probes.every((f) => f.properties?.probe === true && f.properties?.forced === false)).toBe(true);
    // A probe may take any anchor.
    expect(probes.every((f) => f.properties?.anchor === undefined)).toBe(true);
    probes.forEach((f, i) => {
      expect(f.geometry.coordinates[0]).toBeCloseTo(10 + 20 * (FALLBACK_FRACTIONS[i] as number));
    });
    // Forced probes, for a line none of whose probes found room: the same points, attempts from FORCED_ATTEMPT.
    const forced = probeLabelPoints(strong, new Set(["rus-aze"]), view, "forced").features.slice(
      0,
      FALLBACK_FRACTIONS.length,
    );
    expect(forced.map((f) => f.properties?.attempt)).toEqual(FALLBACK_FRACTIONS.map((_, i) => FORCED_ATTEMPT + i));
    expect(forced.every((f) => f.properties?.forced === true && f.properties?.probe === true)).toBe(true);
    expect(forced.every((f) => f.properties?.over === false)).toBe(true);
    // Then over the cities' dots too, for a line none of whose forced probes found room: attempts from OVER_ATTEMPT.
    const over = probeLabelPoints(strong, new Set(["rus-aze"]), view, "over").features.slice(
      0,
      FALLBACK_FRACTIONS.length,
    );
    expect(over.map((f) => f.properties?.attempt)).toEqual(FALLBACK_FRACTIONS.map((_, i) => OVER_ATTEMPT + i));
    expect(over.every((f) => f.properties?.forced === true && f.properties?.over === true)).toBe(true);
  });

  it("keptWords(shown, lines) keeps the shown words of lines that stay strong with the same word, placed after every probe", () => {
    const before = lines(
      [
        "a",
        [
          [10, 10],
          [30, 10],
        ],
      ],
      [
        "b",
        [
          [10, 20],
          [30, 20],
        ],
      ],
      [
        "c",
        [
          [10, 25],
          [30, 25],
        ],
      ],
    );
    const shown = fallbackLabelPoints(before, new Set(), () => FORCED_ATTEMPT, view);
    const probe = probeLabelPoints(
      lines([
        "a",
        [
          [10, 10],
          [30, 10],
        ],
      ]),
      new Set(),
      view,
    ).features;
    const sent = { ...shown, features: [...shown.features, ...probe] };
    // "b" is no longer strong; "c" now has another word (another language).
    const after = lines(
      [
        "a",
        [
          [10, 10],
          [30, 10],
        ],
      ],
      [
        "c",
        [
          [10, 25],
          [30, 25],
        ],
      ],
    );
    const c = after.features[1];
    if (c?.properties) c.properties.label = "other word";
    const kept = keptWords(sent, after);
    expect(kept.map((f) => f.properties?.id)).toEqual(["a"]);
    expect(kept[0]?.geometry).toEqual(shown.features[0]?.geometry);
    expect(kept[0]?.properties).toMatchObject({ attempt: KEPT_ATTEMPT, forced: false, over: false, all: false });
    expect(KEPT_ATTEMPT).toBeGreaterThan(LAST_ATTEMPT);
    expect(keptWords(sent, after, new Set(["c"]))).toEqual([]);
  });
});

describe("a word runs only along its visible line", () => {
  // A level line from x = 100 to 300 px; a word of 10 characters at 10 px is 60 px long.
  const level = lines([
    "rus-arm",
    [
      [10, 10],
      [30, 10],
    ],
  ]);
  level.features[0] && Object.assign(level.features[0].properties ?? {}, { label: "angespannt" });
  const sized: ScreenView = { ...view, wordPx: 10 };

  /** alongVisible on the straight line from `a` to `b` in a 400×300 map. */
  const along = (a: [number, number], b: [number, number], fraction: number) =>
    alongVisible(
      [
        { x: a[0], y: a[1] },
        { x: b[0], y: b[1] },
      ],
      400,
      300,
      fraction,
    );

  it("alongVisible(points, …, 0.1) measures the line ahead of and back of its point, in reading order, whichever way the line runs", () => {
    const east = along([100, 100], [300, 100], 0.1);
    expect(east?.ahead).toBeCloseTo(180);
    expect(east?.back).toBeCloseTo(20);
    const west = along([300, 100], [100, 100], 0.1);
    expect(west?.ahead).toBeCloseTo(20);
    expect(west?.back).toBeCloseTo(180);
  });

  it("alongVisible(a vertical line, …, 0.1) reads it downwards (angle 90): ahead runs down whichever way the line was drawn", () => {
    const down = along([200, 50], [200, 250], 0.1);
    expect(down?.angle).toBeCloseTo(90);
    expect(down?.ahead).toBeCloseTo(180);
    expect(down?.back).toBeCloseTo(20);
    const up = along([200, 250], [200, 50], 0.1);
    expect(up?.angle).toBeCloseTo(90);
    expect(up?.ahead).toBeCloseTo(20);
    expect(up?.back).toBeCloseTo(180);
  });

  it("probeLabelPoints(…) near a line's end lets the word run inward only (reach 'a'), and the middle every way", () => {
    const probes = probeLabelPoints(level, new Set(), sized).features;
    const at = (fraction: number) =>
      probes.find((f) => f.properties?.attempt === FALLBACK_FRACTIONS.indexOf(fraction as never))?.properties;
    expect(at(0.5)?.reach).toBeUndefined();
    expect(at(0.1)?.reach).toBe("a");
    expect(at(0.9)?.reach).toBe("b");
  });

  it("fallbackLabelPoints(…) at a fraction where the word fits no way is no word; at the middle of a too-short line, a centred one", () => {
    const short = { ...sized, wordPx: 40 };
    expect(fallbackLabelPoints(level, new Set(), () => 5, short).features).toEqual([]);
    const [middle] = fallbackLabelPoints(level, new Set(), () => 0, short).features;
    expect(middle?.properties?.reach).toBe("c");
  });
});

describe("the last resort", () => {
  it("fallbackLabelPoints(…, LAST_ATTEMPT) at the middle of a line too short for its word takes every anchor (no reach)", () => {
    const level = lines([
      "rus-aze",
      [
        [10, 10],
        [20, 10],
      ],
    ]);
    const short: ScreenView = { ...view, wordPx: 40 };
    const [word] = fallbackLabelPoints(level, new Set(), () => LAST_ATTEMPT, short).features;
    expect(word).toBeDefined();
    expect(word?.properties?.reach).toBeUndefined();
  });

  it("probeLabelPoints tries each tier's fractions along a slanted line, then (but over every dot) written level with every anchor", () => {
    // The phone's opening view: Moskau–Baku's turned "Partner" found no room beside "Kaspisches
    // Meer" in any tier; a level word's room is its own size.
    const slanted = lines([
      "rus-aze",
      [
        [4, 6],
        [14, 24],
      ],
    ]);
    const words: ScreenView = { ...view, wordPx: 12.5 };
    const n = FALLBACK_FRACTIONS.length;
    // The last tier, over every dot, keeps to its line: no level tries.
    expect(probeLabelPoints(slanted, new Set(), words, "all").features.every((f) => f.properties?.angle !== 0)).toBe(
      true,
    );
    for (const tier of ["free", "small", "forced", "over"] as const) {
      const probes = probeLabelPoints(slanted, new Set(), words, tier).features;
      const attempts = probes.map((f) => Number(f.properties?.attempt));
      const start = Math.min(...attempts);
      expect(tryOf(start).tier).toBe(tier);
      const level = probes.filter((f) => f.properties?.angle === 0);
      const turned = probes.filter((f) => f.properties?.angle !== 0);
      expect(level.map((f) => f.properties?.attempt)).toEqual(FALLBACK_FRACTIONS.map((_, i) => start + n + i));
      // The turned tries come first (the sort key): a level word beside a crossing reads less
      // surely as its own line's.
      for (const f of turned) expect(Number(f.properties?.attempt)).toBeLessThan(start + n);
      expect(turned[0]?.properties?.angle).toBeCloseTo(60.9, 1);
      for (const f of level) {
        expect(f.properties).toMatchObject({ slant: "level", probe: true });
        expect(f.properties?.reach).toBeUndefined();
      }
      // A word found by a level probe is drawn level where the probe was.
      const [found] = fallbackLabelPoints(slanted, new Set(), () => start + n, words).features;
      expect(found?.properties?.angle).toBe(0);
      expect(found?.geometry.coordinates).toEqual(level[0]?.geometry.coordinates);
    }
    expect(TIER_TRIES).toBe(2 * n);
  });

  it("FALLBACK_FRACTIONS tries the middle first, then out from it both ways in steps of at most 0.025", () => {
    // Steps of 0.15 missed the one gap a phone had for "verbündet" under Ankara–Baku (a review):
    // a try must come within a few px of every point along a line 270 px long.
    expect(FALLBACK_FRACTIONS[0]).toBe(0.5);
    const sorted = [...FALLBACK_FRACTIONS].sort((a, b) => a - b);
    const steps = sorted.slice(1).map((f, i) => f - (sorted[i] ?? 0));
    for (const step of steps) expect(step).toBeLessThanOrEqual(0.0251);
    expect(sorted[0]).toBeLessThanOrEqual(0.1);
    expect(sorted.at(-1)).toBeGreaterThanOrEqual(0.9);
    const distance = FALLBACK_FRACTIONS.map((f) => Math.round(Math.abs(f - 0.5) * 1000));
    expect(distance).toEqual([...distance].sort((a, b) => a - b));
  });

  it("probeLabelPoints(…, 'small') tries a word SMALL_WORD times smaller beside the names, before it is forced over one", () => {
    const level = lines([
      "tur-aze",
      [
        [5, 10],
        [30, 10],
      ],
    ]);
    const words: ScreenView = { ...view, wordPx: 12.5 };
    const probes = probeLabelPoints(level, new Set(), words, "small").features;
    expect(probes.length).toBeGreaterThan(0);
    for (const f of probes) {
      expect(f.properties).toMatchObject({ small: true, forced: false, over: false, all: false, probe: true });
      expect(tryOf(Number(f.properties?.attempt)).tier).toBe("small");
    }
    expect(Math.min(...probes.map((f) => Number(f.properties?.attempt)))).toBe(SMALL_ATTEMPT);
    expect(SMALL_ATTEMPT).toBeLessThan(FORCED_ATTEMPT);
    // Found, it stays small where it was; kept over a step, it keeps its size.
    const [found] = fallbackLabelPoints(level, new Set(), () => SMALL_ATTEMPT + 3, words).features;
    expect(found?.properties?.small).toBe(true);
    const shown = { type: "FeatureCollection" as const, features: settledWords(found ? [found] : []) };
    expect(keptWords(shown, level)[0]?.properties?.small).toBe(true);
    // The other tiers write it at full size.
    for (const tier of ["free", "forced", "over", "all"] as const)
      expect(probeLabelPoints(level, new Set(), words, tier).features[0]?.properties?.small).toBeUndefined();
  });

  it("fallbackLabelPoints(…, LAST_ATTEMPT) writes a slanted line's word level: at the start of a line shorter than twice its word, at the middle of a long one", () => {
    // A turned word's room is the box around it: on Ukraine's short troop arrow into Kursk it met
    // the arrowhead and the ring everywhere and the word was never drawn (presenter, a review).
    // "tr word" (7 letters) at 18 px; the lines 60 and 250 px long, up to the right at 45°.
    const slanted = (px: number) =>
      lines([
        "tr",
        [
          [4, 26],
          [4 + px / 10 / Math.SQRT2, 26 - px / 10 / Math.SQRT2],
        ],
      ]);
    const words: ScreenView = { ...view, wordPx: 18 };
    const [short] = fallbackLabelPoints(slanted(60), new Set(), () => LAST_ATTEMPT, words).features;
    expect(short?.properties?.angle).toBe(0);
    expect(short?.properties?.slant).toBe("level");
    // At the line's start (an arrow's tail), clear of its head.
    expect(short?.geometry.coordinates).toEqual([4, 26]);
    // A long line's last resort is level too, at its middle: the turned word's box found no room
    // beside "Kaspisches Meer" on the phone's opening view, and Moskau–Baku had no "Partner".
    const [long] = fallbackLabelPoints(slanted(250), new Set(), () => LAST_ATTEMPT, words).features;
    expect(long?.properties?.angle).toBe(0);
    expect(long?.properties?.slant).toBe("level");
    const [x = 0, y = 0] = long?.geometry.coordinates ?? [];
    expect(x).toBeCloseTo(4 + 12.5 / Math.SQRT2, 5);
    expect(y).toBeCloseTo(26 - 12.5 / Math.SQRT2, 5);
    // Earlier tries keep the line's slant: only the last resort gives it up.
    const [probe] = fallbackLabelPoints(slanted(60), new Set(), () => ALL_ATTEMPT, words).features;
    expect(probe?.properties?.angle ?? -45).toBe(-45);
  });
});
