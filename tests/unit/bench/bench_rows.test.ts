import { describe, expect, it } from "vitest";
import { rowsOf } from "../../../scripts/bench_rows";

const file = (name: string, gzip: number) => ({ file: `/dist/assets/${name}`, raw: gzip * 3, gzip });

const results = {
  quick: true,
  settings: {},
  errors: {},
  weight: {
    appJs: [file("index-a.js", 50 * 1024), file("share-b.js", 6 * 1024), file("d3-brush-c.js", 3 * 1024)],
    maplibre: [],
    css: [],
    basemap: file("countries.topo.json", 1),
    storyData: [],
  },
  firstLoad: [{ path: "/assets/index-a.js", raw: 0, gzip: 0 }],
  afterFirstView: [{ path: "/assets/share-b.js", raw: 0, gzip: 0 }],
};

describe("rowsOf", () => {
  it("rowsOf(results) budgets the JS loaded until the first idle, not a chunk preloaded after it", () => {
    const rows = rowsOf(results);
    const first = rows.find((r) => r.metric.startsWith("app's own JS on first load"));
    expect(first?.budget?.measured).toBe(50);
    expect(first?.budget?.pass).toBe(true);
    expect(rows.find((r) => r.metric === "app's own JS preloaded after the first view")?.value).toMatch(/^6\.00 KB/);
  });

  it("rowsOf(results) lists every chunk with when the page loads it", () => {
    const when = Object.fromEntries(
      rowsOf(results)
        .filter((r) => r.metric.startsWith("  "))
        .map((r) => [r.metric.trim(), r.value.split("), ")[1]]),
    );
    expect(when).toEqual({
      "index-a.js": "first load",
      "share-b.js": "preloaded after the first view",
      "d3-brush-c.js": "on first use",
    });
  });
});
