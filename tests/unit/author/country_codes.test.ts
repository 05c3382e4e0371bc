import { describe, expect, it } from "vitest";
import { unknownCountryCodes } from "../../../src/author/country_codes";
import type { StoryInput } from "../../../src/story/schema";

const story = (actors: string[]) =>
  ({
    events: [{ id: "crash", title: { de: "Absturz", en: "Crash" }, actors }],
    organizations: [{ id: "csto", memberships: [{ country: "ARM" }, { country: "QQQ" }] }],
    relations: [{ id: "aze-rus", countries: ["AZE", "RUS"] }],
  }) as unknown as StoryInput;

describe("unknownCountryCodes(story)", () => {
  it("names XYZ among the actors and QQQ among the members, and passes AZE, RUS, ARM", () => {
    expect(unknownCountryCodes(story(["AZE", "XYZ"]))).toEqual([
      { code: "XYZ", where: "Absturz", event: "crash" },
      { code: "QQQ", where: "csto" },
    ]);
  });
});
