import { describe, expect, it } from "vitest";
import { zCountryCode, zHttpUrl, zId, zPreciseDateText, zStory, zWaypoint } from "../../../src/story/schema";
import { nth, tinyStoryInput } from "./tiny_story";

describe("zStory", () => {
  it("zStory.parse(story) accepts the tiny story", () => {
    expect(zStory.safeParse(tinyStoryInput()).success).toBe(true);
  });

  it("zStory.parse(story) accepts meta.view.bounds across the antimeridian (west > east, as an RFC 7946 bbox)", () => {
    const input = tinyStoryInput();
    input.meta.view.bounds = [
      [160, 50],
      [-150, 70],
    ];
    const parsed = zStory.safeParse(input);
    expect(parsed.success).toBe(true);
    expect(parsed.data?.meta.view.bounds).toEqual([
      [160, 50],
      [-150, 70],
    ]);
  });

  it("zStory.parse(story) fills defaults for optional parts", () => {
    const input = tinyStoryInput();
    delete input.movements;
    delete input.organizations;
    delete input.relations;
    delete nth(input.events).actors;
    const story = zStory.parse(input);
    expect([story.movements, story.organizations, story.relations]).toEqual([[], [], []]);
    expect(nth(story.events).actors).toEqual([]);
    expect(nth(story.places).rank).toBe(5);
  });

  it("zStory.parse(story) rejects version 2", () => {
    expect(zStory.safeParse({ ...tinyStoryInput(), version: 2 }).success).toBe(false);
  });
});

describe("zWaypoint", () => {
  it("zWaypoint.parse({ place }) is exact unless marked approximate", () => {
    expect(zWaypoint.parse({ place: "baku" })).toEqual({ place: "baku", approximate: false });
  });

  it("zWaypoint.parse({ lon, lat }) is approximate by default", () => {
    expect(zWaypoint.parse({ lon: 47, lat: 42 })).toEqual({ lon: 47, lat: 42, approximate: true });
  });

  it("zWaypoint.parse({ lon: 200, lat }) fails", () => {
    expect(zWaypoint.safeParse({ lon: 200, lat: 42 }).success).toBe(false);
  });
});

describe("field schemas", () => {
  it.each(["azal-crash", "a1", "0"])('zId.parse("%s") succeeds', (id) => {
    expect(zId.safeParse(id).success).toBe(true);
  });

  it.each(["AZAL", "-x", "a b", ""])('zId.parse("%s") fails', (id) => {
    expect(zId.safeParse(id).success).toBe(false);
  });

  it.each(["AZE", "RUS"])('zCountryCode.parse("%s") succeeds', (code) => {
    expect(zCountryCode.safeParse(code).success).toBe(true);
  });

  it.each(["AZ", "aze", "AZER"])('zCountryCode.parse("%s") fails', (code) => {
    expect(zCountryCode.safeParse(code).success).toBe(false);
  });

  it.each(["https://example.org/a", "http://example.org"])('zHttpUrl.parse("%s") succeeds', (url) => {
    expect(zHttpUrl.safeParse(url).success).toBe(true);
  });

  it.each(["javascript:alert(1)", "data:text/html,x", "ftp://example.org", "example.org"])(
    'zHttpUrl.parse("%s") fails',
    (url) => {
      expect(zHttpUrl.safeParse(url).success).toBe(false);
    },
  );

  it('zPreciseDateText.parse("2024-02-30") fails with the format hint', () => {
    const result = zPreciseDateText.safeParse("2024-02-30");
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([
      '"2024-02-30" is not a valid date (expected YYYY, YYYY-MM or YYYY-MM-DD)',
    ]);
  });
});
