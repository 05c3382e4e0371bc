import { describe, expect, it } from "vitest";
import { type AnchorOffset, cityAnchors, mainCityAnchors } from "../../../src/map/label_anchors";
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

  it("layoutLabels never draws a callout's leader line across another dot, nor sets its name beside one", () => {
    // A city hemmed in on its right and left by names, with only callouts left: the dots above
    // and below it rule out the callouts whose leader would cross them or whose name would sit by them.
    const request: LabelRequest = { ...city("a", 200, 150), candidates: mainCityAnchors("", "") };
    const calloutsOnly = request.candidates.filter((c) => /-(call|drop|reach)$/.test(c.key ?? ""));
    const dots = [
      { id: "north", x: 200, y: 130, r: 4 },
      { id: "south-east", x: 215, y: 168, r: 4 },
    ];
    const [i] = layoutLabels([{ ...request, candidates: calloutsOnly }], area, [], dots);
    const chosen = calloutsOnly[i ?? -1] as AnchorOffset;
    expect(chosen).toBeDefined();
    const box = labelBox(request, chosen);
    const [ex, ey] = [200 + chosen.offset[0] * 10, 150 + chosen.offset[1] * 10];
    for (const d of dots) {
      // The leader, from the dot to (ex, ey), keeps clear of the other dot.
      const t = Math.max(
        0,
        Math.min(1, ((d.x - 200) * (ex - 200) + (d.y - 150) * (ey - 150)) / ((ex - 200) ** 2 + (ey - 150) ** 2)),
      );
      expect(Math.hypot(d.x - (200 + t * (ex - 200)), d.y - (150 + t * (ey - 150)))).toBeGreaterThan(d.r);
      // The name keeps an em (10 px) beyond the dot.
      const dx = Math.max(box.left - d.x, 0, d.x - box.right);
      const dy = Math.max(box.top - d.y, 0, d.y - box.bottom);
      expect(Math.hypot(dx, dy)).toBeGreaterThanOrEqual(d.r + 10);
    }
  });
});
