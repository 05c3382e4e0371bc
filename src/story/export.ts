import type { Feature, FeatureCollection, Geometry, Position } from "geojson";
import { normalizeLongitude, splitAtAntimeridian } from "../geo/antimeridian";
import { greatCirclePath } from "../time/paths";
import { mustParseDate } from "./dates";
import { movementGeometry, placeById } from "./geo";
import type { Place, Quote, Story, StoryEvent } from "./schema";

/**
 * A story as open data, for the download buttons and `npm run export`: GeoJSON (RFC 7946) and
 * CSV (RFC 4180). Pure: a checked story in, text or objects out, in one language.
 */

export type ExportLang = "de" | "en";

/** Membership changes have no geometry (`null`, valid in RFC 7946). */
export type ExportFeature = Feature<Geometry | null>;

/** Every feature says what it is in `properties.kind`. */
export type ExportKind = "place" | "event" | "movement" | "membership" | "relation";

/**
 * Places, events (Point, or MultiPoint for several places), movements and relations (lines
 * along great circles), and one feature per membership change (`geometry: null`, since a
 * membership belongs to a country, not a point). Only `type` and `features` at the top level.
 */
export function storyToGeoJSON(story: Story, lang: ExportLang): FeatureCollection<Geometry | null> {
  const features: ExportFeature[] = [
    ...story.places.map((place) => placeFeature(place, lang)),
    ...story.events.map((event) => eventFeature(story, event, lang)),
    ...movementFeatures(story, lang),
    ...membershipFeatures(story, lang),
    ...relationFeatures(story, lang),
  ];
  return { type: "FeatureCollection", features };
}

function feature(kind: ExportKind, geometry: Geometry | null, properties: Record<string, unknown>): ExportFeature {
  return { type: "Feature", geometry, properties: { kind, ...properties } };
}

function placeFeature(place: Place, lang: ExportLang): ExportFeature {
  return feature(
    "place",
    { type: "Point", coordinates: position(place) },
    {
      id: place.id,
      name: place.name[lang],
      placeKind: place.kind,
      country: place.country ?? null,
      geonamesId: place.geonamesId ?? null,
      rank: place.rank,
    },
  );
}

function eventFeature(story: Story, event: StoryEvent, lang: ExportLang): ExportFeature {
  const points = event.places.map((id) => position(placeById(story, id)));
  const geometry: Geometry =
    points.length === 1
      ? { type: "Point", coordinates: points[0] as Position }
      : { type: "MultiPoint", coordinates: points };
  return feature("event", geometry, {
    id: event.id,
    date: event.date,
    precision: mustParseDate(event.date).precision,
    ...(event.end === undefined ? {} : { end: event.end }),
    title: event.title[lang],
    summary: event.summary[lang],
    category: event.category,
    actors: event.actors,
    places: event.places,
    sources: quotes(event.sources),
  });
}

function movementFeatures(story: Story, lang: ExportLang): ExportFeature[] {
  return story.movements.map((movement) =>
    feature("movement", lineString(movementGeometry(story, movement)), {
      id: movement.id,
      movementKind: movement.kind,
      label: movement.label[lang],
      start: movement.start,
      end: movement.end ?? movement.start,
      events: movement.events,
      sources: quotes(movement.sources),
    }),
  );
}

function membershipFeatures(story: Story, lang: ExportLang): ExportFeature[] {
  return story.organizations.flatMap((org) =>
    org.memberships.flatMap((membership) =>
      membership.changes.map((change) =>
        feature("membership", null, {
          organization: org.id,
          organizationName: org.short[lang],
          country: membership.country,
          status: change.status,
          // null: the status held before the story's sources begin.
          date: change.date ?? null,
          event: change.event ?? null,
          sources: change.source ? quotes([change.source]) : [],
        }),
      ),
    ),
  );
}

function relationFeatures(story: Story, lang: ExportLang): ExportFeature[] {
  return story.relations.map((relation) => {
    const ends = relation.between.map((id) => position(placeById(story, id)));
    return feature("relation", lineString(greatCirclePath(ends)), {
      id: relation.id,
      countries: relation.countries,
      changes: relation.changes.map((change) => ({
        date: change.date ?? null,
        status: change.status,
        label: change.label?.[lang] ?? null,
        event: change.event ?? null,
        sources: change.source ? quotes([change.source]) : [],
      })),
    });
  });
}

/**
 * A LineString needs two positions; a route that never leaves its place repeats it. A route
 * across the antimeridian becomes a MultiLineString split at ±180 (RFC 7946 §3.1.9), with
 * every longitude in -180..180.
 */
function lineString(coords: Position[]): Geometry {
  const parts = splitAtAntimeridian(coords).map((part) => part.map(([lon = 0, lat = 0]) => [round(lon), round(lat)]));
  if (parts.length > 1) return { type: "MultiLineString", coordinates: parts };
  const rounded = parts[0] ?? [];
  const [lon = 0, lat = 0] = coords[0] ?? [];
  const first = [round(normalizeLongitude(lon)), round(lat)];
  return { type: "LineString", coordinates: rounded.length >= 2 ? rounded : [first, first] };
}

function position(place: Place): Position {
  return [place.lon, place.lat];
}

/** Six decimals (about 0.1 m) keeps densified arcs small without visible loss. */
function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

function quotes(list: readonly Quote[]): { article: string; quote: string }[] {
  return list.map(({ article, quote }) => ({ article, quote }));
}

export const CSV_COLUMNS = [
  "id",
  "date",
  "precision",
  "end",
  "title",
  "summary",
  "category",
  "actors",
  "places",
  "lon",
  "lat",
  "article",
  "quote",
] as const;

type CsvColumn = (typeof CSV_COLUMNS)[number];

/** Dates and coordinates are data, and a leading "-" there is a negative number, not a formula. */
const UNGUARDED = new Set<CsvColumn>(["date", "end", "lon", "lat"]);

/**
 * One row per event (RFC 4180: CRLF, fields quoted when needed). Lists are joined with ";",
 * sources with " | "; lon/lat are the event's first place.
 */
export function storyToCSV(story: Story, lang: ExportLang): string {
  const rows = story.events.map((event) => csvRow(story, event, lang));
  const lines = [
    CSV_COLUMNS.join(","),
    ...rows.map((row) => CSV_COLUMNS.map((column) => csvCell(row[column], column)).join(",")),
  ];
  return `${lines.join("\r\n")}\r\n`;
}

function csvRow(story: Story, event: StoryEvent, lang: ExportLang): Record<CsvColumn, string> {
  const first = placeById(story, event.places[0] as string);
  return {
    id: event.id,
    date: event.date,
    precision: mustParseDate(event.date).precision,
    end: event.end ?? "",
    title: event.title[lang],
    summary: event.summary[lang],
    category: event.category,
    actors: event.actors.join(";"),
    places: event.places.join(";"),
    lon: String(first.lon),
    lat: String(first.lat),
    article: event.sources.map((source) => source.article).join(" | "),
    quote: event.sources.map((source) => source.quote).join(" | "),
  };
}

/**
 * Spreadsheets run cells starting with = + - @ (and tab or CR, per OWASP) as formulas; a
 * leading apostrophe makes them text. Then RFC 4180 quoting.
 */
export function csvCell(value: string, column?: CsvColumn): string {
  const guarded = column && UNGUARDED.has(column) ? value : value.replace(/^[=+\-@\t\r]/, "'$&");
  return /[",\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}
