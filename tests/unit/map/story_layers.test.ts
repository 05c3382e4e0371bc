import type { LayerSpecification, StylePropertySpecification } from "@maplibre/maplibre-gl-style-spec";
import { createExpression, featureFilter, latest } from "@maplibre/maplibre-gl-style-spec";
import { describe, expect, it } from "vitest";
import { REACH_PX } from "../../../src/map/plate_icon";
import { EVENT_STAGE, MOVEMENT_STAGE, movementStage } from "../../../src/map/stages";
import { storyLayers } from "../../../src/map/story_layers";
import { LIGHT, PROJECTOR } from "../../../src/map/theme";
import {
  CENTERED_WORD_LAYER,
  LINE_WORD_PADDING_PX,
  ON_LINE_WORD_LAYERS,
  PLATE_MAX_DEGREES,
  TIGHT_WORD_PADDING_PX,
  WORD_PADDING_PX,
} from "../../../src/map/word_layers";

const DAY = 86_400_000;
const layers = storyLayers(LIGHT);
const layer = (id: string) =>
  layers.find((l) => l.id === id) as LayerSpecification & { paint: Record<string, unknown> };

/** Evaluates paint property `name` of layer `id` (of `of`) for a feature with `properties` at the playhead `state`, at `zoom`. */
function paint(
  id: string,
  name: string,
  properties: Record<string, unknown>,
  state: Record<string, number>,
  featureState: Record<string, unknown> = {},
  zoom = 4,
  of: LayerSpecification[] = layers,
) {
  const l = of.find((x) => x.id === id) as LayerSpecification & { paint: Record<string, unknown> };
  const spec = (latest as unknown as Record<string, Record<string, StylePropertySpecification>>)[`paint_${l.type}`]?.[
    name
  ];
  const parsed = createExpression(l.paint[name], name, spec, state);
  if (parsed.result !== "success") throw new Error(parsed.value.map((e) => e.message).join("; "));
  return parsed.value.evaluate({ zoom }, { type: "Point", properties } as never, featureState);
}

describe("storyLayers(theme)", () => {
  const time = Date.UTC(2024, 11, 25);
  const opacity = {
    [EVENT_STAGE.future]: 0,
    [EVENT_STAGE.fresh]: 1,
    [EVENT_STAGE.recent]: 0.55,
    [EVENT_STAGE.old]: 0.3,
  };

  it("storyLayers(theme) draws an event marker in the stage its `stage` property gives (event_window.ts)", () => {
    for (const stage of Object.values(EVENT_STAGE)) {
      expect(paint("event-circles", "circle-opacity", { time, stage }, {})).toBeCloseTo(opacity[stage]);
      const stroke = stage > EVENT_STAGE.future ? 1 : 0;
      expect(paint("event-circles", "circle-stroke-opacity", { time, stage }, {})).toBe(stroke);
    }
  });

  it("storyLayers(theme) draws a stack of `count` old markers as opaque as that many old markers drawn one over another", () => {
    for (const count of [1, 2, 5]) {
      const stacked = 1 - (1 - opacity[EVENT_STAGE.old]) ** count;
      expect(paint("event-circles", "circle-opacity", { time, stage: EVENT_STAGE.old, count }, {})).toBeCloseTo(
        stacked,
      );
    }
  });

  it("storyLayers(theme) draws a route once done and its ✕ once the movement has ended, as its `stage` property says", () => {
    const start = Date.UTC(2024, 11, 25, 6);
    const end = Date.UTC(2024, 11, 25, 9);
    for (const t of [start - 1, start, end - 1, end, end + DAY]) {
      const stage = movementStage(start, end, t);
      const props = { start, end, kind: "flight", stage, strong: true, role: "end" };
      expect(paint("movement-trace", "line-opacity", props, {}) > 0).toBe(stage === MOVEMENT_STAGE.done);
      expect(paint("movement-end", "icon-opacity", props, {})).toBe(stage === MOVEMENT_STAGE.done ? 1 : 0);
      const planned = paint("movement-planned", "line-opacity", { ...props, kind: "planned-route" }, {});
      expect(planned > 0).toBe(stage >= MOVEMENT_STAGE.moving);
    }
  });

  it("storyLayers(theme) draws a movement that bears on the current event (`strong`) stronger", () => {
    const props = { kind: "flight", stage: MOVEMENT_STAGE.done };
    expect(paint("movement-trace", "line-opacity", { ...props, strong: true }, {})).toBe(0.9);
    expect(paint("movement-trace", "line-opacity", props, {})).toBe(0.16);
    // The crash ✕ too: bold while its flight bears on the event, then a faint memory (a review
    // found it bold for months after the crash).
    expect(paint("movement-end", "icon-opacity", { ...props, role: "end", strong: true }, {})).toBe(1);
    expect(paint("movement-end", "icon-opacity", { ...props, role: "end" }, {})).toBe(0.4);
  });

  it("storyLayers(theme) draws a ✕ beside its event's ring below its snapZoom and at its own place from it on, at every theme scale", () => {
    const props = { kind: "flight", stage: MOVEMENT_STAGE.done, strong: true, snapZoom: 6.5 };
    const own = { ...props, role: "end" };
    const beside = { ...props, role: "end-beside" };
    const at = (p: Record<string, unknown>, zoom: number, of = layers) =>
      paint("movement-end", "icon-opacity", p, {}, {}, zoom, of);
    // At whole zooms (where MapLibre evaluates it): beside the ring up to 6, at its own place from 7 on.
    for (const zoom of [4, 5, 6]) expect([at(own, zoom), at(beside, zoom)]).toEqual([0, 1]);
    for (const zoom of [7, 9, 14]) expect([at(own, zoom), at(beside, zoom)]).toEqual([1, 0]);
    // Between, one or the other, never both (a review saw two ✕ while the map rested at 6.5).
    for (const zoom of [6.25, 6.5, 6.99]) expect([at(own, zoom), at(beside, zoom)]).toEqual([0, 1]);
    // Faint once its flight no longer bears on the event, and still beside the ring: on Aktau's dot it read as "Aktau crossed out".
    expect([at({ ...own, strong: false }, 4), at({ ...beside, strong: false }, 4)]).toEqual([0, 0.4]);
    // A projector draws ring and ✕ 1.6× larger: they lie apart log2(1.6) zooms later.
    const projector = storyLayers(PROJECTOR);
    expect([at(own, 7, projector), at(beside, 7, projector)]).toEqual([0, 1]);
    expect([at(own, 8, projector), at(beside, 8, projector)]).toEqual([1, 0]);
    // Without a ring to keep clear of (snapZoom 0), at its own place at every zoom; faint once it no longer bears on the event.
    for (const zoom of [0, 3, 10]) expect(at({ ...own, snapZoom: 0 }, zoom)).toBe(1);
    expect(at({ ...own, snapZoom: 0, strong: false }, 3)).toBe(0.4);
  });

  it("storyLayers(theme) moves a ✕ beside its event's ring by its `offset`, and one at its own place not at all", () => {
    const l = layers.find((x) => x.id === "movement-end") as LayerSpecification & { layout: Record<string, unknown> };
    const spec = (latest as unknown as Record<string, Record<string, StylePropertySpecification>>).layout_symbol?.[
      "icon-offset"
    ];
    const parsed = createExpression(l.layout["icon-offset"], "icon-offset", spec, {});
    if (parsed.result !== "success") throw new Error(parsed.value.map((e) => e.message).join("; "));
    const offset = (properties: Record<string, unknown>) =>
      parsed.value.evaluate({ zoom: 5 }, { type: "Point", properties } as never);
    expect(offset({ role: "end-beside", offset: [-12.5, -48] })).toEqual([-12.5, -48]);
    expect(offset({ role: "end", offset: [-12.5, -48] })).toEqual([0, 0]);
    // A query reads the feature from its tile, where the array is JSON text: [0, 0], no warning.
    expect(offset({ role: "end-beside", offset: "[-12.5,-48]" })).toEqual([0, 0]);
  });

  it("storyLayers(theme) puts a fallback word on a plate up to PLATE_MAX_DEGREES, a steeper one (or a probe) on a halo", () => {
    // A review: upright "feindselig" beside Moskau–Baku had a plate with torn sides (MapLibre's
    // stretched SDF icon turned 90°).
    for (const id of ["line-label-points", "line-label-forced", "line-label-over", "line-label-over-all"]) {
      const l = layer(id) as LayerSpecification & { layout: Record<string, unknown> };
      const spec = (latest as unknown as Record<string, Record<string, StylePropertySpecification>>).layout_symbol?.[
        "icon-image"
      ] as StylePropertySpecification;
      const parsed = createExpression(l.layout["icon-image"], "icon-image", spec, {});
      if (parsed.result !== "success") throw new Error(parsed.value.map((e) => e.message).join("; "));
      const image = (properties: Record<string, unknown>) =>
        String(parsed.value.evaluate({ zoom: 5 }, { type: "Point", properties } as never) ?? "");
      expect(image({ angle: 0 })).toBe("plate");
      expect(image({ angle: -PLATE_MAX_DEGREES })).toBe("plate");
      expect(image({ angle: 80 })).toBe("");
      expect(image({ angle: -85 })).toBe("");
      expect(image({ angle: 0, probe: true })).toBe("");
      expect(paint(id, "text-halo-width", { angle: 80 }, {})).toBe(2);
      expect(paint(id, "text-halo-width", { angle: 10 }, {})).toBe(0);
    }
  });

  it("storyLayers(theme) draws a movement under way that does not bear on the event as faint as a finished one", () => {
    // A review saw Iran's drones (pink, 2022–2024) read as strong during 2024's events at 0.35.
    const props = { kind: "weapons", stage: MOVEMENT_STAGE.moving, strong: false };
    const done = paint("movement-trace", "line-opacity", { kind: "weapons", stage: MOVEMENT_STAGE.done }, {});
    expect(paint("moving-line", "line-opacity", props, {})).toBe(done);
    expect(paint("moving-ahead", "line-opacity", { ...props, role: "ahead" }, {})).toBeLessThan(done);
    expect(paint("moving-head", "icon-opacity", props, {})).toBeLessThanOrEqual(0.3);
    expect(paint("moving-line", "line-opacity", { ...props, strong: true }, {})).toBe(1);
  });

  it("storyLayers(theme) writes the ✕'s caption only while its flight bears on the current event (`strong`)", () => {
    const l = layers.find((x) => x.id === "movement-end") as LayerSpecification & { layout: Record<string, unknown> };
    const spec = (latest as unknown as Record<string, Record<string, StylePropertySpecification>>).layout_symbol?.[
      "text-field"
    ];
    const parsed = createExpression(l.layout["text-field"], "text-field", spec, { lang: "de" });
    if (parsed.result !== "success") throw new Error(parsed.value.map((e) => e.message).join("; "));
    const caption = (strong: boolean) =>
      String(
        parsed.value.evaluate(
          { zoom: 4, globalState: { lang: "de" } } as never,
          { type: "Point", properties: { role: "end", name_de: "Absturzstelle", strong } } as never,
        ),
      );
    expect(caption(true)).toBe("Absturzstelle");
    // A review saw "Absturzstelle nahe dem Flughafen Aktau (ungefähr)" for months after the crash.
    expect(caption(false)).toBe("");
  });

  it("storyLayers(theme) draws event markers without a sort key: the source's time order puts later ones on top", () => {
    expect(
      (layer("event-circles") as { layout?: Record<string, unknown> }).layout?.["circle-sort-key"],
    ).toBeUndefined();
  });

  it("storyLayers(theme) writes a `centered` word once at its line's middle, every other word repeated along its line", () => {
    // AZAL 8243's leg from Baku to its hit is shorter on screen than symbol-spacing: MapLibre's
    // only anchor on it lay by Baku, among the names, and "Flug" found no room on it (CI, present.e2e).
    const filter = (id: string) => (properties: Record<string, unknown>) =>
      featureFilter((layer(id) as { filter?: unknown }).filter as never, "filter").filter({ zoom: 4 }, {
        type: 2,
        properties,
      } as never);
    expect((layer(CENTERED_WORD_LAYER) as { layout?: Record<string, unknown> }).layout?.["symbol-placement"]).toBe(
      "line-center",
    );
    expect((layer("line-labels") as { layout?: Record<string, unknown> }).layout?.["symbol-placement"]).toBe("line");
    expect(filter(CENTERED_WORD_LAYER)({ label: "Flug", centered: true })).toBe(true);
    expect(filter(CENTERED_WORD_LAYER)({ label: "feindselig" })).toBe(false);
    expect(filter("line-labels")({ label: "Flug", centered: true })).toBe(false);
    expect(filter("line-labels")({ label: "feindselig" })).toBe(true);
    expect(ON_LINE_WORD_LAYERS).toEqual(["line-labels", CENTERED_WORD_LAYER]);
  });

  it("storyLayers(theme) keeps a gap around a word along its line (text-padding, more than MapLibre's 2 px), room for a fallback word's plate where it is first tried, none in the later tiers, at the theme's scale", () => {
    // "feindselig Lawrow nach Eriwan": words of two lines about a space apart read as one phrase (a review). A
    // fallback word's padding cost strong lines their only room (tests/e2e/line_words.e2e.ts).
    for (const theme of [LIGHT, PROJECTOR]) {
      const padding = (id: string) =>
        (storyLayers(theme).find((l) => l.id === id) as { layout?: Record<string, unknown> }).layout?.["text-padding"];
      expect(padding("line-labels")).toBe(LINE_WORD_PADDING_PX * theme.scale);
      expect(padding(CENTERED_WORD_LAYER)).toBe(LINE_WORD_PADDING_PX * theme.scale);
      expect(padding("line-label-points")).toBe(WORD_PADDING_PX * theme.scale);
      for (const id of ["line-label-forced", "line-label-over", "line-label-over-all"])
        expect(padding(id), id).toBe(TIGHT_WORD_PADDING_PX * theme.scale);
    }
    expect(LINE_WORD_PADDING_PX).toBeGreaterThanOrEqual(5);
    // Two first-tier plates side by side keep apart: each reaches REACH_PX and its 1 px edge
    // beyond its word's box ("Annäherung" against "Pashinyan nach Istanbul", a review).
    expect(WORD_PADDING_PX).toBeGreaterThanOrEqual(REACH_PX + 1);
    expect(TIGHT_WORD_PADDING_PX).toBe(0);
  });

  it("storyLayers(theme) doubles a 'verbündet' relation line (line-gap-width) and no other, receded and strong", () => {
    // "verbündet" and "Partner" are two greens that read alike on thin lines (a review).
    const gap = (state: string, strong: number) =>
      paint("relation-lines", "line-gap-width", {}, {}, { state, strong }) as number;
    for (const strong of [0, 1]) {
      expect(gap("allied", strong)).toBeGreaterThanOrEqual(2);
      for (const other of ["partners", "hostile", "strained", "normalizing", "no-relations", ""])
        expect(gap(other, strong)).toBe(0);
    }
    expect(gap("allied", 1)).toBeGreaterThan(gap("allied", 0));
    // The alliance's fill too is by feature state: a country not a member at t is not drawn.
    expect(paint("alliance-fill", "fill-opacity", {}, {}, {})).toBe(0);
    expect(paint("alliance-fill", "fill-opacity", {}, {}, { status: "member" })).toBe(0.5);
  });
});
