import { describe, expect, it } from "vitest";
import { countryName, describeMembership, describeRelation, reviewLabel } from "../../../src/panel/describe";
import { utc } from "../../../src/story/dates";
import type { StoryInput } from "../../../src/story/schema";
import { snapshotAt } from "../../../src/time/snapshot";
import { indexStory } from "../../../src/time/story_index";
import { nth, tinyStory } from "../story/tiny_story";

function armenia(input: StoryInput) {
  input.meta.countries = {
    ...input.meta.countries,
    ARM: { de: "Armenien", en: "Armenia" },
  };
  input.organizations = [
    {
      id: "csto",
      name: {
        de: "Organisation des Vertrags über kollektive Sicherheit",
        en: "Collective Security Treaty Organization",
      },
      short: { de: "OVKS", en: "CSTO" },
      memberships: [
        { country: "ARM", changes: [{ status: "member" }, { date: "2024", status: "frozen" }] },
        { country: "KAZ", changes: [{ status: "member" }] },
      ],
    },
  ];
}

const story = tinyStory(armenia);
const index = indexStory(story);
const membershipAt = (t: number, country: string) => {
  const found = snapshotAt(index, t).memberships.find((m) => m.item.country === country);
  if (!found) throw new Error(`no membership of ${country}`);
  return found;
};

describe("describeMembership(story, at, lang)", () => {
  it("describeMembership(story, at, 'de') names country, organization, status and since when", () => {
    expect(describeMembership(story, membershipAt(utc(2024, 6), "ARM"), "de")).toBe(
      "Armenien: OVKS-Mitgliedschaft eingefroren (seit 2024)",
    );
  });

  it("describeMembership(story, at, 'en') says it in English", () => {
    expect(describeMembership(story, membershipAt(utc(2024, 6), "ARM"), "en")).toBe(
      "Armenia: CSTO membership frozen (since 2024)",
    );
  });

  it("describeMembership(story, at, lang) has no '(since …)' for an undated first change", () => {
    expect(describeMembership(story, membershipAt(utc(2023, 6), "ARM"), "de")).toBe("Armenien: OVKS-Mitglied");
    expect(describeMembership(story, membershipAt(utc(2023, 6), "ARM"), "en")).toBe("Armenia: CSTO member");
  });

  it("describeMembership(story, at, lang) keeps the change's precision in the date", () => {
    const monthly = tinyStory((input) => {
      armenia(input);
      nth(nth(input.organizations).memberships, 0).changes = [
        { status: "member" },
        { date: "2024-02", status: "frozen" },
      ];
    });
    const at = nth(snapshotAt(indexStory(monthly), utc(2024, 6)).memberships);
    expect(describeMembership(monthly, at, "de")).toBe("Armenien: OVKS-Mitgliedschaft eingefroren (seit Februar 2024)");
    expect(describeMembership(monthly, at, "en")).toBe("Armenia: CSTO membership frozen (since February 2024)");
  });

  // A review read the SCO's members, listed at its April 2023 meeting, as "seit April 2023".
  it("describeMembership(story, at, lang) gives a first dated state as on record from its date, not as begun then", () => {
    const attested = tinyStory((input) => {
      armenia(input);
      nth(nth(input.organizations).memberships, 0).changes = [{ date: "2023-04", status: "member" }];
    });
    const at = nth(snapshotAt(indexStory(attested), utc(2024, 6)).memberships);
    expect(describeMembership(attested, at, "de")).toBe("Armenien: OVKS-Mitglied (belegt ab April 2023)");
    expect(describeMembership(attested, at, "en")).toBe("Armenia: CSTO member (on record from April 2023)");
  });

  it("describeMembership(story, at, lang) falls back to the ISO code for a country without a name", () => {
    expect(describeMembership(story, membershipAt(utc(2024, 6), "KAZ"), "en")).toBe("KAZ: CSTO member");
  });
});

describe("describeRelation(story, at, lang)", () => {
  const relationAt = (s: typeof story, t: number) => nth(snapshotAt(indexStory(s), t).relations);

  it("describeRelation(story, at, lang) names both countries and the state since its date", () => {
    const at = relationAt(story, utc(2024, 12, 26));
    expect(describeRelation(story, at, "de")).toBe("Aserbaidschan – Russland: angespannt (seit 25. Dezember 2024)");
    expect(describeRelation(story, at, "en")).toBe("Azerbaijan – Russia: strained (since December 25, 2024)");
  });

  it("describeRelation(story, at, lang) without a date for the state has no '(since …)'", () => {
    const at = relationAt(story, utc(2024, 12, 24));
    expect(describeRelation(story, at, "de")).toBe("Aserbaidschan – Russland: Partner");
    expect(describeRelation(story, at, "en")).toBe("Azerbaijan – Russia: partners");
  });

  it("describeRelation(story, at, lang) names the state as the line's word does, then the change's label", () => {
    const labelled = tinyStory((input) => {
      nth(nth(input.relations).changes, 1).label = { de: "Streit um den Absturz", en: "row over the crash" };
    });
    const at = relationAt(labelled, utc(2024, 12, 26));
    expect(describeRelation(labelled, at, "de")).toBe(
      "Aserbaidschan – Russland: angespannt – Streit um den Absturz (seit 25. Dezember 2024)",
    );
    expect(describeRelation(labelled, at, "en")).toBe(
      "Azerbaijan – Russia: strained – row over the crash (since December 25, 2024)",
    );
  });
});

describe("countryName(story, iso3, lang)", () => {
  it("countryName(story, iso3, lang) uses the story's names, else the code", () => {
    expect(countryName(story, "AZE", "de")).toBe("Aserbaidschan");
    expect(countryName(story, "AZE", "en")).toBe("Azerbaijan");
    expect(countryName(story, "XYZ", "de")).toBe("XYZ");
  });
});

describe("reviewLabel", () => {
  it("reviewLabel(review, lang) marks drafted items as unreviewed and nothing else", () => {
    const review = { confidence: 0.5, note: "found by the drafter" };
    expect(reviewLabel({ ...review, status: "draft" }, "de")).toBe("ungeprüft");
    expect(reviewLabel({ ...review, status: "draft" }, "en")).toBe("unreviewed");
    expect(reviewLabel({ ...review, status: "reviewed" }, "de")).toBeUndefined();
    expect(reviewLabel(undefined, "en")).toBeUndefined();
  });
});
