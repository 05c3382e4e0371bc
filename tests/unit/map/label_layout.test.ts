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

describe("layoutLabels and rings", () => {
  it("layoutLabels names a place whose dot lies inside another place's ring across the ring, never on its core", () => {
    // Istanbul's dot 3 px from Ankara's, inside Ankara's 11.5 px ring (a 480 px embed): every
    // position beside Istanbul's dot meets the ring; with the ring's core only kept clear, one fits.
    const istanbul = { ...city("istanbul", 200, 150), candidates: mainCityAnchors("", "") };
    const ankara = { id: "ankara", x: 203, y: 150, r: 11.5 };
    expect(layoutLabels([istanbul], area, [], [ankara])).toEqual([-1]);
    const [i] = layoutLabels([istanbul], area, [], [{ ...ankara, core: 5 }]);
    const chosen = istanbul.candidates[i ?? -1] as AnchorOffset;
    expect(chosen).toBeDefined();
    const box = labelBox(istanbul, chosen);
    const dx = Math.max(box.left - ankara.x, 0, ankara.x - box.right);
    const dy = Math.max(box.top - ankara.y, 0, ankara.y - box.bottom);
    expect(Math.hypot(dx, dy)).toBeGreaterThanOrEqual(5);
    // A place outside the ring keeps clear of all of it.
    const far = { ...city("far", 200, 150), candidates: cityAnchors("", "") };
    const ring = { id: "ring", x: 200, y: 170, r: 11.5, core: 5 };
    const [j] = layoutLabels([far], area, [], [ring]);
    const farBox = labelBox(far, far.candidates[j ?? -1] as AnchorOffset);
    const fy = Math.max(farBox.top - ring.y, 0, ring.y - farBox.bottom);
    const fx = Math.max(farBox.left - ring.x, 0, ring.x - farBox.right);
    expect(Math.hypot(fx, fy)).toBeGreaterThanOrEqual(11.5);
  });
});

describe("layoutLabels at scale", () => {
  it("layoutLabels(…) over a thousand scattered labels keeps every name off every other dot and control", () => {
    // Labels 150 px apart: each only meets its own neighbours' dots and controls. Every other
    // one has another place's dot just above its first choice, every third a control on
    // its left: the pruning to nearby dots and controls must still see each of them.
    const wide = { left: 0, top: 0, right: 6000, bottom: 4000 };
    const requests: LabelRequest[] = [];
    const dots: { id: string; x: number; y: number; r: number }[] = [];
    const controls: { left: number; top: number; right: number; bottom: number }[] = [];
    for (let i = 0; i < 1000; i++) {
      const [x, y] = [75 + (i % 40) * 150, 75 + Math.floor(i / 40) * 150];
      const request = city(`p${i}`, x, y);
      requests.push(request);
      dots.push({ id: request.id, x, y, r: 4 });
      const first = labelBox(request, request.candidates[0] as AnchorOffset);
      // 6 px above the first choice: with an em (10 px) kept clear, it still rules that out.
      if (i % 2 === 0) dots.push({ id: `q${i}`, x: (first.left + first.right) / 2, y: first.top - 6, r: 4 });
      if (i % 3 === 0) controls.push({ left: x - 60, top: y - 30, right: x - 8, bottom: y + 30 });
    }
    const chosen = layoutLabels(requests, wide, controls, dots, 1);
    const clearOf = (box: ReturnType<typeof labelBox>, d: (typeof dots)[number]) =>
      Math.hypot(Math.max(box.left - d.x, 0, d.x - box.right), Math.max(box.top - d.y, 0, d.y - box.bottom)) >=
      d.r + 10;
    const meets = (a: ReturnType<typeof labelBox>, b: ReturnType<typeof labelBox>) =>
      a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    const faults: string[] = [];
    requests.forEach((request, i) => {
      const index = chosen[i] ?? -1;
      if (index < 0) {
        faults.push(`${request.id} unnamed`);
        return;
      }
      if (i % 2 === 1 && i % 3 !== 0 && index !== 0) faults.push(`${request.id} not at its first choice`);
      const box = labelBox(request, request.candidates[index] as AnchorOffset);
      for (const d of dots) if (d.id !== request.id && !clearOf(box, d)) faults.push(`${request.id} on ${d.id}`);
      for (const c of controls) if (meets(box, c)) faults.push(`${request.id} on a control`);
    });
    expect(faults).toEqual([]);
  });
});

describe("layoutLabels and whose name it is", () => {
  it("layoutLabels puts a name nearer its own point than any other dot where a position allows, a callout joined by its leader", () => {
    // Pjöngjang in presenter mode at 1024×768 (its ring at 566,395, Peking's dot at 510,388):
    // below-left of the ring (label_anchors.ts top-right-ring) the name lay 20 px under Peking's
    // dot and about as far from its own point, and read as Peking's. Above the ring, a drop
    // callout joined by its leader, it is unambiguous.
    const sw = { anchor: "top-right" as const, offset: [-0.9375, 0.9375] as const, key: "top-right-ring" };
    const drop = { anchor: "bottom-right" as const, offset: [0.3, -2] as const, key: "bottom-right-drop" };
    const pyongyang: LabelRequest = {
      ...city("pyongyang", 566, 395, 88),
      size: 18,
      height: 21.6,
      pad: 4,
      candidates: [sw, drop],
    };
    const peking = { id: "beijing", x: 510, y: 388, r: 4 };
    const wide = { left: 0, top: 0, right: 614, bottom: 612 };
    expect(layoutLabels([pyongyang], wide, [], [peking])).toEqual([1]);
    // With no other dot near, the first choice stands.
    expect(layoutLabels([pyongyang], wide, [], [{ ...peking, x: 300 }])).toEqual([0]);
    // Where nothing else fits, the ambiguous name is still better than none.
    expect(layoutLabels([{ ...pyongyang, candidates: [sw] }], wide, [], [peking])).toEqual([0]);
  });
});
