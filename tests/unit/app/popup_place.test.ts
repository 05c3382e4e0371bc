import { describe, expect, it } from "vitest";
import {
  coveredPoints,
  POPUP_CLEARANCE_PX,
  POPUP_MIN_PX,
  type PopupPlace,
  popupPlace,
  type Rect,
} from "../../../src/app/popup_place";

// A 900 × 600 map: the popup is 350 × 500, bottom left by default, bottom right or top left else.
const RECTS: Record<PopupPlace, Rect> = {
  "": { left: 12, top: 60, right: 362, bottom: 560 },
  "at-right": { left: 500, top: 60, right: 850, bottom: 560 },
  "at-top": { left: 12, top: 12, right: 362, bottom: 512 },
};
const rectAt = (place: PopupPlace) => RECTS[place];

// Presenter mode at 1024 × 768: a map 500 px wide, which the popup fills at every place.
const NARROW: Record<PopupPlace, Rect> = {
  "": { left: 12, top: 170, right: 362, bottom: 675 },
  "at-right": { left: 100, top: 170, right: 450, bottom: 675 },
  "at-top": { left: 12, top: 64, right: 362, bottom: 569 },
};

describe("coveredPoints", () => {
  it("counts the points inside the box grown by the clearance", () => {
    const box = { left: 100, top: 100, right: 200, bottom: 200 };
    expect(coveredPoints(box, [{ x: 150, y: 150 }])).toBe(1);
    expect(coveredPoints(box, [{ x: 200 + POPUP_CLEARANCE_PX - 1, y: 150 }])).toBe(1);
    expect(coveredPoints(box, [{ x: 200 + POPUP_CLEARANCE_PX + 1, y: 150 }])).toBe(0);
    expect(coveredPoints(box, [])).toBe(0);
  });
});

describe("popupPlace", () => {
  it("keeps the default corner when nothing is to be kept visible", () => {
    expect(popupPlace(rectAt, [])).toEqual({ place: "" });
  });

  it("keeps the default corner when the current event lies elsewhere", () => {
    expect(popupPlace(rectAt, [{ x: 700, y: 300 }])).toEqual({ place: "" });
  });

  it("moves to the right when the current event lies under the default corner (AZAL 8243's hit at the left)", () => {
    expect(popupPlace(rectAt, [{ x: 366, y: 242 }])).toEqual({ place: "at-right" });
  });

  it("shortens the popup below the current event when every place covers it (presenter mode at 1024 × 768)", () => {
    // Grosny at y = 230: above it 230 - 28 - 64 = 138 px (too short), below it 675 - 230 - 28 = 417 px.
    const spot = popupPlace((place) => NARROW[place], [{ x: 130, y: 230 }]);
    expect(spot).toEqual({ place: "", maxHeight: 417 });
  });

  it("shortens the popup above the current event when there is more room there", () => {
    const spot = popupPlace((place) => NARROW[place], [{ x: 130, y: 500 }]);
    expect(spot).toEqual({ place: "at-top", maxHeight: 500 - POPUP_CLEARANCE_PX - 64 });
  });

  it("takes the place covering fewest points when no place has room for a popup of the least height", () => {
    const points = [
      { x: 50, y: 200 },
      { x: 50, y: 640 },
      { x: 420, y: 640 },
    ];
    // The default covers two, the right and the top one each: none leaves POPUP_MIN_PX of room
    // (7 px under the lowest point, 108 px above the highest).
    expect(POPUP_MIN_PX).toBeGreaterThan(108);
    expect(popupPlace((place) => NARROW[place], points)).toEqual({ place: "at-right" });
  });

  it("keeps the earliest place on a tie", () => {
    const points = [
      { x: 200, y: 100 },
      { x: 200, y: 640 },
    ];
    expect(popupPlace((place) => NARROW[place], points)).toEqual({ place: "" });
  });

  it("does not measure further places once one covers nothing", () => {
    const asked: PopupPlace[] = [];
    popupPlace(
      (place) => {
        asked.push(place);
        return RECTS[place];
      },
      [{ x: 200, y: 300 }],
    );
    expect(asked).toEqual(["", "at-right"]);
  });
});
