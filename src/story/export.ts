import type { Feature, FeatureCollection, Geometry, Position } from "geojson";
import { normalizeLongitude, splitAtAntimeridian } from "../geo/antimeridian";
import { greatCirclePath } from "../time/paths";
import { mustParseDate } from "./dates";
import { eventDisplayOrder } from "./display_order";
import { movementGeometry, placeById } from "./geo";
import type { Place, Quote, Story, StoryEvent } from "./schema";

/**
 * A story as open data, for the download buttons and `npm run export`: GeoJSON (RFC 7946) and
 * CSV (RFC 4180). Pure: a checked story in, text or objects out, in one language.
 */

export type ExportLang = "de" | "en";

/** A membership change without a country shape has no geometry (`null`, valid in RFC 7946). */
export type ExportFeature = Feature<Geometry | null>;

/** The outline of a country by ISO 3166-1 alpha-3 (the app's basemap, Natural Earth), if known. */
export type CountryShape = (iso3: string) => Geometry | undefined;

/** Every feature says what it is in `properties.kind`. */
export type ExportKind = "place" | "event" | "movement" | "membership" | "relation";

/**
 * Places, events (Point, or MultiPoint for several places), movements and relations (lines
 * along great circles), and one feature per membership change carrying the member country's
 * outline from `countryShape` (lon clamped to ±180°, so Chukotka's tip beyond the antimeridian
 * is cut; `null` without a shape). Only `type` and `features` at the top level.
 */
export function storyToGeoJSON(
  story: Story,
  lang: ExportLang,
  countryShape?: CountryShape,
): FeatureCollection<Geometry | null> {
  const order = eventDisplayOrder(story.events);
  const shown = [...story.events].sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  const features: ExportFeature[] = [
    ...story.places.map((place) => placeFeature(place, lang)),
    ...shown.map((event) => eventFeature(story, event, lang, order.get(event.id))),
    ...movementFeatures(story, lang),
    ...membershipFeatures(story, lang, countryShape),
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

function eventFeature(story: Story, event: StoryEvent, lang: ExportLang, order: number | undefined): ExportFeature {
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
    // Position in the order the map shows the events (1 = first): date, then after/before.
    order: order ?? null,
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
      // The end the articles do not name: the line stops at the last (first) known position.
      ...(movement.unknown ? { unknown: movement.unknown } : {}),
      events: movement.events,
      sources: quotes(movement.sources),
    }),
  );
}

function membershipFeatures(story: Story, lang: ExportLang, countryShape?: CountryShape): ExportFeature[] {
  const shapes = new Map<string, Geometry | null>();
  const shapeOf = (iso3: string) => {
    if (!shapes.has(iso3)) {
      const shape = countryShape?.(iso3);
      shapes.set(iso3, shape ? withinRange(shape) : null);
    }
    return shapes.get(iso3) ?? null;
  };
  return story.organizations.flatMap((org) =>
    org.memberships.flatMap((membership) =>
      membership.changes.map((change) =>
        feature("membership", shapeOf(membership.country), {
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

/** A copy of a (multi)polygon with six-decimal positions, longitudes clamped to [-180, 180]. */
function withinRange(geometry: Geometry): Geometry | null {
  const ring = (line: Position[]) =>
    line.map(([lon = 0, lat = 0]) => [round(Math.max(-180, Math.min(180, lon))), round(lat)]);
  if (geometry.type === "Polygon") return { type: "Polygon", coordinates: geometry.coordinates.map(ring) };
  if (geometry.type === "MultiPolygon")
    return { type: "MultiPolygon", coordinates: geometry.coordinates.map((polygon) => polygon.map(ring)) };
  return null;
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

export { CSV_COLUMNS, csvCell, storyToCSV } from "./export_csv";
