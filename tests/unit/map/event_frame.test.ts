import { describe, expect, it } from "vitest";
import { readStoryFolder } from "../../../scripts/story_folder";
import {
  actorPlaces,
  eventFrame,
  focusMargin,
  MIN_SPAN_DEGREES,
  marginPoints,
  maxFrameZoom,
  NEIGHBOUR_KM,
  nearestPlaces,
} from "../../../src/map/event_frame";
import { indexStory } from "../../../src/time/story_index";

const folder = readStoryFolder("data/stories/caucasus");
if (!folder.ok || !folder.result.ok) throw new Error("the flagship story does not load");
const story = folder.result.story;
const index = indexStory(story);
const event = (id: string) => {
  const found = index.eventById.get(id);
  if (!found) throw new Error(`no event ${id}`);
  return found;
};
const at = (id: string): [number, number] => {
  const place = story.places.find((p) => p.id === id);
  if (!place) throw new Error(`no place ${id}`);
  return [place.lon, place.lat];
};
/** Degrees of longitude across `px` at zoom `z` (Web Mercator, 512 px tiles). */
const span = (px: number, z: number) => (px * 360) / (512 * 2 ** z);

describe("maxFrameZoom(width, height)", () => {
  it("maxFrameZoom(phone map) still spans 12° across the shorter side: a region, not one country", () => {
    const z = maxFrameZoom(390, 420);
    expect(span(390, z)).toBeCloseTo(MIN_SPAN_DEGREES, 6);
    // The close-up that filled a phone with one country (zoom 5.5 spans about 6°) is out of reach.
    expect(z).toBeLessThan(4.6);
    expect(span(390, 5.5)).toBeLessThan(6.5);
  });

  it("maxFrameZoom(desktop map) lets a larger map come closer; the shorter side decides", () => {
    expect(maxFrameZoom(900, 700)).toBeGreaterThan(maxFrameZoom(390, 420));
    expect(maxFrameZoom(900, 700)).toBeCloseTo(maxFrameZoom(700, 900), 9);
    expect(span(700, maxFrameZoom(900, 700))).toBeCloseTo(MIN_SPAN_DEGREES, 6);
  });

  it("maxFrameZoom(0, 0) is finite", () => {
    expect(Number.isFinite(maxFrameZoom(0, 0))).toBe(true);
  });
});

describe("actorPlaces(story)", () => {
  it("actorPlaces(story) takes the capital a country's relations are drawn from, over a better-ranked city", () => {
    const places = actorPlaces(story);
    // Grosny (rank 2) ranks above Moskau (rank 3), but Moskau is where Russia's relations start.
    expect(places.get("RUS")?.id).toBe("moscow");
    expect(places.get("ARM")?.id).toBe("yerevan");
  });

  it("actorPlaces(story) falls back to a country's best-ranked city; none for a country without one", () => {
    const places = actorPlaces({ ...story, relations: [] });
    expect(places.get("KAZ")?.id).toBe("aktau");
    expect(places.get("RUS")?.id).toBe("grozny");
    expect(places.has("XXX")).toBe(false);
  });
});

describe("eventFrame(index, event)", () => {
  it("eventFrame(yekaterinburg-raids) frames the raids with Moskau and Baku, the two countries involved", () => {
    const frame = eventFrame(index, event("yekaterinburg-raids"));
    expect(frame.focus).toEqual([at("yekaterinburg")]);
    expect(frame.context).toEqual(expect.arrayContaining([at("moscow"), at("baku")]));
    expect(frame.context).toHaveLength(2);
  });

  it("eventFrame(pashinyan in Istanbul) frames his whole way from Eriwan; the way is the context", () => {
    const frame = eventFrame(index, event("pashinyan-meets-erdogan-istanbul"));
    expect(frame.focus).toEqual(expect.arrayContaining([at("istanbul"), at("yerevan")]));
    expect(frame.context).toEqual([]);
  });

  it("eventFrame(an event in Baku without a movement) adds Moskau for Russia, once, and not Baku again", () => {
    const frame = eventFrame(index, event("russian-ambassador-summoned"));
    expect(frame.focus).toEqual([at("baku")]);
    expect(frame.context).toEqual([at("moscow")]);
  });

  it("eventFrame(azal-8243-hit) holds the flown and planned routes of the flight, and no Moskau to shrink it", () => {
    const frame = eventFrame(index, event("azal-8243-hit"));
    for (const place of ["baku", "grozny"]) expect(frame.focus).toContainEqual(at(place));
    // The crash site near Aktau, where the flown route ends.
    expect(frame.focus).toContainEqual([51.09, 43.86]);
    expect(frame.context).toEqual([]);
  });

  it("eventFrame(armenia-freezes-csto) names Armenia as the country whose status changes (the camera frames its fill)", () => {
    const frame = eventFrame(index, event("armenia-freezes-csto"));
    expect(frame.countries).toEqual(["ARM"]);
    expect(frame.focus).toEqual([at("yerevan")]);
  });

  it("eventFrame(an event that changes no alliance status) names no country", () => {
    expect(eventFrame(index, event("yekaterinburg-raids")).countries).toEqual([]);
  });

  it("eventFrame(putin-in-power), one point with its actor, takes Moskau's nearest story places as context", () => {
    const frame = eventFrame(index, event("putin-in-power"));
    expect(frame.focus).toEqual([at("moscow")]);
    // Not a blue field around one dot at the closest zoom (presenter 1024×768, a review).
    expect(frame.context).toEqual(expect.arrayContaining([at("minsk")]));
    expect(frame.context.length).toBeGreaterThanOrEqual(2);
    expect(frame.context).not.toContainEqual(at("moscow"));
  });

  it("eventFrame(sco-founded) takes Shanghai's neighbours within reach, not Neu-Delhi", () => {
    const frame = eventFrame(index, event("sco-founded"));
    expect(frame.context).toEqual(expect.arrayContaining([at("beijing"), at("pyongyang")]));
    expect(frame.context).not.toContainEqual(at("new-delhi"));
  });

  it("eventFrame(an event with two points) adds no neighbours", () => {
    expect(eventFrame(index, event("russian-ambassador-summoned")).context).toEqual([at("moscow")]);
  });
});

describe("nearestPlaces(places, point)", () => {
  const p = (lon: number, lat: number) => ({ lon, lat });
  it("nearestPlaces(places, point) gives up to three, nearest first, one per position, never the point", () => {
    const places = [p(0, 0), p(0, 4), p(0, 1), p(0, 1), p(0, 2), p(0, 3)];
    expect(nearestPlaces(places, [0, 0])).toEqual([
      [0, 1],
      [0, 2],
      [0, 3],
    ]);
  });

  it("nearestPlaces(places, point) keeps the nearest alone when every place lies past NEIGHBOUR_KM", () => {
    // 20° of latitude is about 2220 km, past the 1500 km reach; 30° further still.
    expect(NEIGHBOUR_KM).toBe(1500);
    expect(nearestPlaces([p(0, 30), p(0, 20)], [0, 0])).toEqual([[0, 20]]);
    expect(nearestPlaces([p(0, 0)], [0, 0])).toEqual([]);
  });
});

describe("focusMargin(width, height) and marginPoints(points, px, zoom)", () => {
  it("focusMargin(512, 666) is 20 % of the shorter side; 36 px at least, 160 at most", () => {
    expect(focusMargin(512, 666)).toBeCloseTo(102.4);
    expect(focusMargin(150, 300)).toBe(36);
    expect(focusMargin(1800, 1000)).toBe(160);
  });

  it("marginPoints([[49.9, 40.4]], 64, 4) lies 64 px from Baku on each side at zoom 4", () => {
    const scale = 512 * 2 ** 4;
    const px = ([lon, lat]: [number, number]) => [
      ((lon + 180) / 360) * scale,
      (0.5 - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / (2 * Math.PI)) * scale,
    ];
    const [bx, by] = px([49.9, 40.4]);
    const around = marginPoints([[49.9, 40.4]], 64, 4).map((p) => px(p));
    const distances = around.map(([x, y]) => Math.hypot((x ?? 0) - (bx ?? 0), (y ?? 0) - (by ?? 0)));
    for (const d of distances) expect(d).toBeCloseTo(64, 6);
    expect(marginPoints([[49.9, 40.4]], 0, 4)).toEqual([]);
  });
});
