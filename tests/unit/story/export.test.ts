import type { Feature, FeatureCollection, Polygon, Position } from "geojson";
import { describe, expect, it } from "vitest";
import { CSV_COLUMNS, csvCell, storyToCSV, storyToGeoJSON } from "../../../src/story/export";
import { rfc7946Problems } from "./rfc7946";
import { nth, tinyStory } from "./tiny_story";

/** A small RFC 4180 reader, just enough to read back what storyToCSV writes. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (quoted) cell += c;
    else if (c === ",") {
      row.push(cell);
      cell = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      rows.push([...row, cell]);
      row = [];
      cell = "";
      i++;
    } else cell += c;
  }
  return rows;
}

const exported = (): FeatureCollection => JSON.parse(JSON.stringify(storyToGeoJSON(tinyStory(), "de")));
const ofKind = (collection: FeatureCollection, kind: string): Feature[] =>
  collection.features.filter((feature) => feature.properties?.kind === kind);

function positions(feature: Feature): Position[] {
  const geometry = feature.geometry;
  if (geometry === null) return [];
  if (geometry.type === "Point") return [geometry.coordinates];
  if (geometry.type === "MultiPoint" || geometry.type === "LineString") return geometry.coordinates;
  if (geometry.type === "MultiLineString") return geometry.coordinates.flat();
  throw new Error(`unexpected ${geometry.type}`);
}

describe("storyToGeoJSON(story, lang)", () => {
  it("storyToGeoJSON(story, lang) has only type and features at the top level", () => {
    expect(Object.keys(exported())).toEqual(["type", "features"]);
    expect(exported().type).toBe("FeatureCollection");
  });

  it("storyToGeoJSON(story, lang) round-trips every event exactly once", () => {
    const story = tinyStory((s) => {
      s.events.push({ ...nth(s.events), id: "second", date: "2024-12", places: ["baku", "grozny"] });
    });
    const collection = JSON.parse(JSON.stringify(storyToGeoJSON(story, "en"))) as FeatureCollection;
    // In the order the map shows them: "second" (December 2024) opens the month, the crash of
    // 25 December follows.
    const events = ofKind(collection, "event");
    expect(events.map((e) => e.properties?.id)).toEqual(["second", "crash"]);
    const crash = nth(events, 1);
    expect(crash.properties).toEqual({
      kind: "event",
      id: "crash",
      date: "2024-12-25",
      precision: "day",
      title: "Crash near Aktau",
      summary: "A plane crashes.",
      category: "aviation",
      actors: ["AZE"],
      places: ["aktau"],
      sources: [{ article: "a", quote: "stürzte ein Flugzeug bei Aktau ab" }],
      order: 2,
    });
    expect(crash.geometry).toEqual({ type: "Point", coordinates: [51.1983, 43.6532] });
    expect(nth(events).geometry).toEqual({
      type: "MultiPoint",
      coordinates: [
        [49.8671, 40.4093],
        [45.6949, 43.3178],
      ],
    });
    expect(nth(events).properties?.precision).toBe("month");
  });

  it("storyToGeoJSON(story, lang) and storyToCSV(story, lang) list events in the order the articles give", () => {
    const story = tinyStory((s) => {
      s.events.unshift({ ...nth(s.events), id: "later", date: "2024-12", after: ["crash"] });
    });
    const collection = JSON.parse(JSON.stringify(storyToGeoJSON(story, "en"))) as FeatureCollection;
    expect(ofKind(collection, "event").map((e) => [e.properties?.id, e.properties?.order])).toEqual([
      ["crash", 1],
      ["later", 2],
    ]);
    const rows = readCsv(storyToCSV(story, "en")).filter((row) => row[0] === "event");
    expect(rows.map((row) => [row[1], row[CSV_COLUMNS.indexOf("order")]])).toEqual([
      ["crash", "1"],
      ["later", "2"],
    ]);
  });

  it("storyToGeoJSON(story, lang) writes coordinates in range, in lon/lat order", () => {
    const all = exported().features.flatMap(positions);
    expect(all.length).toBeGreaterThan(50);
    for (const [lon = Number.NaN, lat = Number.NaN, ...rest] of all) {
      expect(rest).toEqual([]);
      expect(Math.abs(lon)).toBeLessThanOrEqual(180);
      expect(Math.abs(lat)).toBeLessThanOrEqual(90);
      // The tiny story is in the Caucasus: lon ≈ 45–52 E, lat ≈ 40–44 N.
      expect(lon).toBeGreaterThan(lat);
    }
  });

  it("storyToGeoJSON(story, lang) gives every feature a kind", () => {
    const kinds = exported().features.map((feature) => feature.properties?.kind);
    expect(kinds).toEqual(["place", "place", "place", "event", "movement", "membership", "membership", "relation"]);
  });

  it("storyToGeoJSON(story, lang) draws a movement along great circles through its waypoints", () => {
    const movement = nth(ofKind(exported(), "movement"));
    const line = positions(movement);
    expect(movement.geometry?.type).toBe("LineString");
    expect(nth(line)).toEqual([49.8671, 40.4093]);
    expect(line).toContainEqual([45.6949, 43.3178]);
    expect(line.at(-1)).toEqual([51.1983, 43.6532]);
    expect(movement.properties).toMatchObject({ id: "flight", label: "Flug", start: "2024-12-25", end: "2024-12-25" });
    expect(movement.properties?.events).toEqual(["crash"]);
  });

  it("storyToGeoJSON(story, lang, countryShape) gives membership changes the member country's outline", () => {
    const square: Polygon = {
      type: "Polygon",
      coordinates: [
        [
          [40, 38],
          [52, 38],
          [52, 44],
          [40, 44],
          [40, 38],
        ],
      ],
    };
    const collection = storyToGeoJSON(tinyStory(), "de", (iso3) => (iso3 === "AZE" ? square : undefined));
    const memberships = ofKind(collection as FeatureCollection, "membership");
    expect(memberships.map((m) => m.geometry)).toEqual([square, square]);
    expect(rfc7946Problems(collection)).toEqual([]);
  });

  it("storyToGeoJSON(story, lang) writes membership changes without geometry", () => {
    const memberships = ofKind(exported(), "membership");
    expect(memberships.map((m) => m.geometry)).toEqual([null, null]);
    expect(memberships.map((m) => m.properties)).toMatchObject([
      { organization: "org", country: "AZE", status: "member", date: null },
      { organization: "org", country: "AZE", status: "frozen", date: "2024-12", event: "crash" },
    ]);
  });

  it("storyToGeoJSON(story, lang) draws a relation between its two places", () => {
    const relation = nth(ofKind(exported(), "relation"));
    const line = positions(relation);
    expect([nth(line), line.at(-1)]).toEqual([
      [49.8671, 40.4093],
      [45.6949, 43.3178],
    ]);
    expect(relation.properties?.changes).toHaveLength(2);
  });
});

describe("storyToCSV(story, lang)", () => {
  it("storyToCSV(story, lang) starts with the header row and ends lines with CRLF", () => {
    const csv = storyToCSV(tinyStory(), "de");
    expect(csv.split("\r\n")[0]).toBe(
      "record,id,seq,date,precision,end,title,summary,category,actors,place,place_name,lon,lat," +
        "organization,country,status,event,article,quote,order",
    );
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(csv.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  });

  it("storyToCSV(story, lang) quotes a title with a comma, a quote and a newline", () => {
    const story = tinyStory((s) => {
      nth(s.events).title = { de: 'Absturz, "Flug 8243"\nbei Aktau', en: "x" };
    });
    const csv = storyToCSV(story, "de");
    expect(csv).toContain(',"Absturz, ""Flug 8243""\nbei Aktau",');
    const rows = readCsv(csv).filter((row) => row[0] === "event");
    expect(rows).toHaveLength(1);
    expect(nth(rows)[CSV_COLUMNS.indexOf("title")]).toBe('Absturz, "Flug 8243"\nbei Aktau');
  });

  it("storyToCSV(story, lang) writes one row per event and place, each with its coordinates", () => {
    const story = tinyStory((s) => {
      const event = nth(s.events);
      event.actors = ["AZE", "RUS"];
      event.places = ["grozny", "aktau"];
      event.sources.push({ article: "a", quote: "Es war in Baku gestartet" });
    });
    const records = readCsv(storyToCSV(story, "en"))
      .slice(1)
      .map((cells) => Object.fromEntries(CSV_COLUMNS.map((column, i) => [column, cells[i]])));
    const events = records.filter((row) => row.record === "event");
    expect(events.map((row) => [row.seq, row.place, row.place_name, row.lon, row.lat])).toEqual([
      ["1", "grozny", "Grozny", "45.6949", "43.3178"],
      ["2", "aktau", "Aktau", "51.1983", "43.6532"],
    ]);
    expect(nth(events)).toMatchObject({
      id: "crash",
      date: "2024-12-25",
      precision: "day",
      title: "Crash near Aktau",
      category: "aviation",
      actors: "AZE;RUS",
      article: "a | a",
      quote: "stürzte ein Flugzeug bei Aktau ab | Es war in Baku gestartet",
    });
  });

  it("storyToCSV(story, lang) lists movements by waypoint, membership and relation changes", () => {
    const story = tinyStory();
    const records = readCsv(storyToCSV(story, "de"))
      .slice(1)
      .map((cells) => Object.fromEntries(CSV_COLUMNS.map((column, i) => [column, cells[i]])));
    const of = (record: string) => records.filter((row) => row.record === record);
    expect(of("movement")).toHaveLength(story.movements.reduce((sum, m) => sum + m.waypoints.length, 0));
    expect(of("movement").every((row) => row.lon !== "" && row.lat !== "")).toBe(true);
    expect(of("membership").map((row) => [row.organization, row.country, row.status, row.date])).toEqual([
      ["org", "AZE", "member", ""],
      ["org", "AZE", "frozen", "2024-12"],
    ]);
    expect(of("relation")).toHaveLength(2);
    expect(nth(of("relation")).country).toMatch(/^[A-Z]{3};[A-Z]{3}$/);
  });

  it("storyToCSV(story, lang) guards text cells against formulas but not negative coordinates", () => {
    const story = tinyStory((s) => {
      nth(s.events).title = { de: '=HYPERLINK("http://x")', en: "x" };
      nth(s.events).summary = { de: "-1 Flugzeug", en: "x" };
      nth(s.places, 2).lon = -3.7;
      nth(s.places, 2).lat = -40.4;
    });
    const row = nth(readCsv(storyToCSV(story, "de")).filter((cells) => cells[0] === "event"));
    expect(row[CSV_COLUMNS.indexOf("title")]).toBe('\'=HYPERLINK("http://x")');
    expect(row[CSV_COLUMNS.indexOf("summary")]).toBe("'-1 Flugzeug");
    expect(row[CSV_COLUMNS.indexOf("lon")]).toBe("-3.7");
    expect(row[CSV_COLUMNS.indexOf("lat")]).toBe("-40.4");
  });

  it.each([
    ["plain", "plain"],
    ["a,b", '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ["line\r\nbreak", '"line\r\nbreak"'],
    ["+49 30", "'+49 30"],
    ["@user", "'@user"],
  ])('csvCell("%s") is %s', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it("storyToGeoJSON(story, lang) splits the Bering flight Wladiwostok → Anchorage at ±180 into a MultiLineString", () => {
    const story = tinyStory((input) => {
      const flight = input.movements?.[0];
      if (flight)
        flight.waypoints = [
          { lon: 131.886, lat: 43.115 },
          { lon: -149.9, lat: 61.218 },
        ];
    });
    const [flight] = ofKind(JSON.parse(JSON.stringify(storyToGeoJSON(story, "de"))), "movement");
    const geometry = flight?.geometry;
    if (geometry?.type !== "MultiLineString") throw new Error(`expected a MultiLineString, got ${geometry?.type}`);
    expect(geometry.coordinates).toHaveLength(2);
    const [west = [], east = []] = geometry.coordinates;
    expect(west[0]).toEqual([131.886, 43.115]);
    expect(west.at(-1)?.[0]).toBe(180);
    expect(east[0]?.[0]).toBe(-180);
    expect(east[0]?.[1]).toBe(west.at(-1)?.[1]);
    expect(east.at(-1)).toEqual([-149.9, 61.218]);
    // Every step inside a part is short: no segment jumps across the world.
    for (const part of geometry.coordinates)
      for (let i = 1; i < part.length; i++)
        expect(Math.abs((part[i]?.[0] ?? 0) - (part[i - 1]?.[0] ?? 0))).toBeLessThan(10);
  });
});
