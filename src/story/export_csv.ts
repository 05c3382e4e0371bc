import { mustParseDate } from "./dates";
import { eventDisplayOrder } from "./display_order";
import { placeById } from "./geo";
import type { Quote, Story } from "./schema";

/**
 * A story as one CSV table (RFC 4180: CRLF, fields quoted when needed), in one language, "long"
 * so every place keeps its coordinates. The `record` column says what a row is:
 *
 * - `event`: one row per event and place, in the order the map shows the events (`order`, 1 for
 *   the first event: by date, then the order the articles give within a period, see `after`/
 *   `before` in the story format); `seq` numbers the event's places (1, 2, …), `place`,
 *   `place_name`, `lon`, `lat` are that place's;
 * - `movement`: one row per movement and waypoint, in order (`seq`); `date`/`end` are the
 *   movement's window, `title` its label, `category` its kind; a waypoint given by coordinates
 *   has an empty `place`;
 * - `membership`: one row per membership change: `organization` (id), `title` (its short name),
 *   `country` (ISO 3166-1 alpha-3), `status`, `date` (empty: held before the sources begin),
 *   `event` (the linked event, if any);
 * - `relation`: one row per change of a bilateral relation: `country` holds both countries
 *   ("RUS;AZE"), `status` the state from `date` on, `title` its label.
 *
 * Lists inside a cell are joined with ";", several sources with " | " (`article`, `quote`).
 */
export const CSV_COLUMNS = [
  "record",
  "id",
  "seq",
  "date",
  "precision",
  "end",
  "title",
  "summary",
  "category",
  "actors",
  "place",
  "place_name",
  "lon",
  "lat",
  "organization",
  "country",
  "status",
  "event",
  "article",
  "quote",
  "order",
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number];
type Row = Partial<Record<CsvColumn, string>>;

/** Dates and coordinates are data, and a leading "-" there is a negative number, not a formula. */
const UNGUARDED = new Set<CsvColumn>(["date", "end", "lon", "lat"]);

export function storyToCSV(story: Story, lang: "de" | "en"): string {
  const rows = [
    ...eventRows(story, lang),
    ...movementRows(story, lang),
    ...membershipRows(story, lang),
    ...relationRows(story, lang),
  ];
  const lines = [
    CSV_COLUMNS.join(","),
    ...rows.map((row) => CSV_COLUMNS.map((column) => csvCell(row[column] ?? "", column)).join(",")),
  ];
  return `${lines.join("\r\n")}\r\n`;
}

function sources(list: readonly Quote[]): Row {
  return { article: list.map((s) => s.article).join(" | "), quote: list.map((s) => s.quote).join(" | ") };
}

function eventRows(story: Story, lang: "de" | "en"): Row[] {
  const order = eventDisplayOrder(story.events);
  const shown = [...story.events].sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  return shown.flatMap((event) =>
    event.places.map((id, i) => {
      const place = placeById(story, id);
      return {
        record: "event",
        id: event.id,
        seq: String(i + 1),
        date: event.date,
        precision: mustParseDate(event.date).precision,
        end: event.end ?? "",
        title: event.title[lang],
        summary: event.summary[lang],
        category: event.category,
        actors: event.actors.join(";"),
        place: place.id,
        place_name: place.name[lang],
        lon: String(place.lon),
        lat: String(place.lat),
        ...sources(event.sources),
        order: String(order.get(event.id) ?? ""),
      };
    }),
  );
}

function movementRows(story: Story, lang: "de" | "en"): Row[] {
  return story.movements.flatMap((movement) =>
    movement.waypoints.map((waypoint, i) => {
      const place = "place" in waypoint ? placeById(story, waypoint.place) : undefined;
      return {
        record: "movement",
        id: movement.id,
        seq: String(i + 1),
        date: movement.start,
        precision: mustParseDate(movement.start).precision,
        end: movement.end ?? movement.start,
        title: movement.label[lang],
        category: movement.kind,
        place: place?.id ?? "",
        place_name: place?.name[lang] ?? ("label" in waypoint ? (waypoint.label?.[lang] ?? "") : ""),
        lon: String(place?.lon ?? ("lon" in waypoint ? waypoint.lon : "")),
        lat: String(place?.lat ?? ("lat" in waypoint ? waypoint.lat : "")),
        event: movement.events.join(";"),
        ...sources(movement.sources),
      };
    }),
  );
}

function membershipRows(story: Story, lang: "de" | "en"): Row[] {
  return story.organizations.flatMap((org) =>
    org.memberships.flatMap((membership) =>
      membership.changes.map((change) => ({
        record: "membership",
        id: `${org.id}:${membership.country}`,
        date: change.date ?? "",
        precision: change.date ? mustParseDate(change.date).precision : "",
        title: org.short[lang],
        organization: org.id,
        country: membership.country,
        status: change.status,
        event: change.event ?? "",
        ...(change.source ? sources([change.source]) : {}),
      })),
    ),
  );
}

function relationRows(story: Story, lang: "de" | "en"): Row[] {
  return story.relations.flatMap((relation) =>
    relation.changes.map((change) => ({
      record: "relation",
      id: relation.id,
      date: change.date ?? "",
      precision: change.date ? mustParseDate(change.date).precision : "",
      title: change.label?.[lang] ?? "",
      country: relation.countries.join(";"),
      status: change.status,
      event: change.event ?? "",
      ...(change.source ? sources([change.source]) : {}),
    })),
  );
}

/**
 * Spreadsheets run cells starting with = + - @ (and tab or CR, per OWASP) as formulas; a
 * leading apostrophe makes them text. Then RFC 4180 quoting.
 */
export function csvCell(value: string, column?: CsvColumn): string {
  const guarded = column && UNGUARDED.has(column) ? value : value.replace(/^[=+\-@\t\r]/, "'$&");
  return /[",\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}
