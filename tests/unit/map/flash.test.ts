import { describe, expect, it } from "vitest";
import { changedKeys } from "../../../src/map/flash";

describe("changedKeys(before, after)", () => {
  it("changedKeys(before, after) lists changed, added and removed keys, not equal ones", () => {
    const before = new Map([
      ["ARM", "member"],
      ["BLR", "member"],
      ["RUS", "member"],
    ]);
    const after = new Map([
      ["ARM", "frozen"],
      ["RUS", "member"],
      ["AZE", "observer"],
    ]);
    expect(changedKeys(before, after).sort()).toEqual(["ARM", "AZE", "BLR"]);
    expect(changedKeys(after, after)).toEqual([]);
  });
});
