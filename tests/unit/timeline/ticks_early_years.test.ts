import { describe, expect, it } from "vitest";
import { utc } from "../../../src/story/dates";
import { axisTicks } from "../../../src/timeline/ticks";

/** Years 1–999, which the story schema accepts (0001–0999), get ticks and labels like any other. */
const visible = (ticks: { label: string }[]) => ticks.map((t) => t.label);

describe("axisTicks(window) for years 1–999", () => {
  it("axisTicks(800–830, overview in years) labels round years in both languages", () => {
    for (const locale of ["de-DE", "en-US"]) {
      const ticks = axisTicks([utc(800), utc(830)], 1280, locale, 14, "year");
      expect(visible(ticks)).toEqual([
        "800",
        "802",
        "804",
        "806",
        "808",
        "810",
        "812",
        "814",
        "816",
        "818",
        "820",
        "822",
        "824",
        "826",
        "828",
        "830",
      ]);
      expect(ticks.map((t) => new Date(t.time).getUTCFullYear())).toEqual(visible(ticks).map(Number));
    }
  });

  it("axisTicks(one year in the first century) ticks months of that year, not of 1950", () => {
    const ticks = axisTicks([utc(50, 1, 1), utc(51, 1, 1)], 1280, "de-DE");
    expect(ticks).toHaveLength(13);
    expect(ticks.every((t) => t.time >= utc(50, 1, 1) && t.time <= utc(51, 1, 1))).toBe(true);
    expect(ticks[0]?.label).toBe("50");
    expect(ticks[1]?.label).toBe("Feb");
    expect(ticks[12]?.label).toBe("51");
  });

  it("axisTicks(a month in year 5) ticks its days", () => {
    const ticks = axisTicks([utc(5, 3, 1), utc(5, 4, 1)], 1280, "en-US");
    expect(ticks[0]?.time).toBe(utc(5, 3, 1));
    expect(ticks[0]?.label).toBe("Mar 5");
    expect(ticks[1]?.label).toBe("2");
  });

  it("axisTicks(1–3) ticks the first years of the calendar", () => {
    const ticks = axisTicks([utc(1), utc(3)], 1280, "en-US", 14, "year");
    expect(visible(ticks)).toEqual(["1", "2", "3"]);
  });
});
