import { describe, expect, it } from "vitest";
import { cityAnchors } from "../../../src/map/label_anchors";
import { type LabelRequest, labelBox, layoutLabels } from "../../../src/map/label_layout";

const area = { left: 0, top: 0, right: 400, bottom: 300 };
const city = (id: string, x: number, y: number, width = 40): LabelRequest => ({
  id,
  x,
  y,
  width,
  height: 12,
  size: 10,
  pad: 0,
  candidates: cityAnchors("", ""),
});

describe("layoutLabels(requests, area, obstacles, dots)", () => {
  it("labelBox(request, candidate) puts a 'left' anchored label right of the point, a gap away", () => {
    expect(labelBox(city("a", 100, 100), { anchor: "left", offset: [0.3, 0] })).toEqual({
      left: 103,
      top: 94,
      right: 143,
      bottom: 106,
    });
  });

  it("layoutLabels gives each label its first choice when nothing collides", () => {
    expect(layoutLabels([city("a", 50, 50), city("b", 250, 200)], area, [], [])).toEqual([0, 0]);
  });

  it("layoutLabels moves the first label where the greedy first choice would have cost the second its only room", () => {
    // b sits at the right edge: its name fits only to its left ("right" anchor), where a's first
    // choice (right of a) would be. The search moves a instead of dropping b.
    const a = city("a", 330, 150);
    const b = { ...city("b", 395, 150), candidates: cityAnchors("east", "") };
    const [ia, ib] = layoutLabels([a, b], area, [], []);
    expect(ib).not.toBe(-1);
    expect(ia).not.toBe(0);
  });

  it("layoutLabels keeps labels off controls, the map's edge and other places' dots", () => {
    const control = { left: 60, top: 40, right: 120, bottom: 60 };
    const [choice] = layoutLabels([city("a", 50, 50)], area, [control], [{ id: "b", x: 50, y: 64, r: 4 }]);
    const a = city("a", 50, 50);
    const box = labelBox(a, a.candidates[choice as number] as (typeof a.candidates)[number]);
    expect(box.right <= control.left || box.bottom <= control.top || box.top >= control.bottom).toBe(true);
    expect(box.top >= 68 || box.bottom <= 60 || box.right <= 46 || box.left >= 54).toBe(true);
  });

  it("layoutLabels returns -1 for a label with no room at all, and still places the rest", () => {
    const wall = { left: 0, top: 0, right: 400, bottom: 120 };
    expect(layoutLabels([city("a", 200, 60), city("b", 200, 200)], area, [wall], [])).toEqual([-1, 0]);
  });
});

describe("layoutLabels and round dots", () => {
  it("layoutLabels lets a label pass a dot's corner: dots are round, not square", () => {
    // The label above-right of a (bottom-left anchor) ends 5 px left and 3 px above b's dot of
    // radius 5: the square around the dot would meet it, the dot itself does not.
    const a = {
      ...city("a", 10, 100, 40),
      pad: 0,
      candidates: [{ anchor: "bottom-left" as const, offset: [0, 0] as const }],
    };
    expect(layoutLabels([a], area, [], [{ id: "b", x: 55, y: 103, r: 5 }])).toEqual([0]);
    expect(layoutLabels([a], area, [], [{ id: "b", x: 53, y: 103, r: 5 }])).toEqual([-1]);
  });
});
