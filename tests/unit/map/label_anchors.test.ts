import { describe, expect, it } from "vitest";
import { cityAnchors } from "../../../src/map/label_anchors";

describe("cityAnchors(edge, away)", () => {
  it("cityAnchors('east', '') lets a place at the east edge write its name westward only", () => {
    expect(cityAnchors("east", "").map((a) => a.anchor)).toEqual(["right", "top-right", "bottom-right"]);
  });

  it("cityAnchors('', 'south-west') writes away from the cluster first, then turns", () => {
    expect(cityAnchors("", "south-west").map((a) => a.anchor)).toEqual([
      "top-right",
      "top",
      "right",
      "top-left",
      "bottom-right",
      "left",
      "bottom",
    ]);
  });
});
