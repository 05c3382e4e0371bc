import { zoomIdentity } from "d3-zoom";
import { describe, expect, it } from "vitest";
import { utc } from "../../../src/story/dates";
import { timeScale } from "../../../src/timeline/time_scale";

describe("timeScale(domain, range)", () => {
  const december = () => timeScale([utc(2024, 12, 1), utc(2025, 1, 1)], [0, 310]);

  it("timeScale(December 2024, [0, 310]) puts 16 December 00:00 UTC at 150 px", () => {
    expect(december()(utc(2024, 12, 16))).toBeCloseTo(150, 9);
  });

  it("timeScale(…).invert(px) returns ms UTC as a number", () => {
    const t = december().invert(150);
    expect(typeof t).toBe("number");
    expect(t).toBe(utc(2024, 12, 16));
  });

  it("timeScale(domain) maps onto [0, 1] until a range is set, then onto the range", () => {
    const x = timeScale([0, 10]);
    expect(x(5)).toBe(0.5);
    expect(x.range([20, 120])(5)).toBe(70);
    expect(x.range()).toEqual([20, 120]);
  });

  it("timeScale(…) extrapolates outside its domain and inverts a reversed range", () => {
    expect(timeScale([0, 10], [0, 100])(15)).toBe(150);
    expect(timeScale([0, 10], [100, 0]).invert(25)).toBe(7.5);
  });

  it("timeScale([t, t]) maps the one instant to the middle of the range, as d3 does", () => {
    expect(timeScale([5, 5], [0, 100])(5)).toBe(50);
    expect(timeScale([0, 10], [40, 40]).invert(40)).toBe(0);
  });

  it("timeScale(…).copy() is independent of the original", () => {
    const x = december();
    const copy = x.copy();
    copy.domain([0, 1]);
    expect(x.domain()).toEqual([utc(2024, 12, 1), utc(2025, 1, 1)]);
  });

  it("timeScale(…) works with d3-zoom's rescaleX (the focus strip's wheel zoom)", () => {
    const x = timeScale([0, 1000], [0, 100]);
    // Zoomed 2× about px 0: the left half of the domain fills the strip.
    expect(zoomIdentity.scale(2).rescaleX(x).domain()).toEqual([0, 500]);
    expect(x.domain()).toEqual([0, 1000]);
  });

  it("timeScale(…) rejects a domain that is not two finite numbers", () => {
    expect(() => timeScale([0, Number.NaN])).toThrow(RangeError);
    expect(() => timeScale([0, 1]).domain([1])).toThrow(/two finite numbers/);
  });
});
