import { describe, expect, it } from "vitest";
import { symbolUsed } from "../../../src/panel/legend";
import { tinyStory } from "../story/tiny_story";

describe("the legend's symbols", () => {
  // A review: Türkei's current event is a disc with no city's dot in it, which the legend lacked.
  it("symbolUsed(story, current-area) lists the disc of an event at a country only for a story that has one", () => {
    expect(symbolUsed(tinyStory(), "current-area")).toBe(false);
    const withCountry = tinyStory((input) => {
      input.places.push({ id: "turkey", name: { de: "Türkei", en: "Turkey" }, lon: 35, lat: 39, kind: "country" });
      const event = input.events[0];
      if (event) event.places = [...event.places, "turkey"];
    });
    expect(symbolUsed(withCountry, "current-area")).toBe(true);
  });
});

describe("symbolUsed(story, receded)", () => {
  // A review: the wide pale traces of earlier movements and the pale relation lines were drawn
  // on the map and named nowhere in the legend.
  it("symbolUsed(story, receded) lists the faint lines for a story with relations or movements, not for one without", () => {
    expect(symbolUsed(tinyStory(), "receded")).toBe(true);
    const bare = tinyStory((input) => {
      input.relations = [];
      input.movements = [];
    });
    expect(symbolUsed(bare, "receded")).toBe(false);
  });
});
