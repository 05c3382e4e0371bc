import { z } from "zod";
import { DATE_FORMAT_HINT, isValidDate } from "./dates";

/**
 * The story format. A story is data: a newsroom writes `data/stories/<slug>/story.json` and the
 * article texts it quotes, and never touches `src/`. Shape only lives here; the rules that span
 * several parts of a story (references, order, quotes) live in check.ts.
 */

export const zId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lowercase letters, digits and dashes, e.g. "azal-crash"');

export const zText = z.string().trim().min(1, "must not be empty").max(5000, "is longer than 5000 characters");

/** Every reader-facing text exists in German (the articles' language) and English. */
export const zLocalized = z.strictObject({ de: zText, en: zText });

export const zPreciseDateText = z.string().refine(isValidDate, {
  error: (issue) => `${JSON.stringify(issue.input)} is not a valid date (${DATE_FORMAT_HINT})`,
});

/** ISO 3166-1 alpha-3, e.g. RUS, AZE, ARM. Used for actors, memberships and the country fills. */
export const zCountryCode = z.string().regex(/^[A-Z]{3}$/, 'expected an ISO 3166-1 alpha-3 country code such as "AZE"');

export const zHttpUrl = z.url({ protocol: /^https?$/, error: "only http: and https: links are allowed" }).max(2000);

export const zSource = z.strictObject({
  id: zId,
  title: zText,
  publisher: zText,
  url: zHttpUrl.optional(),
  /** Approximate: the articles carry no date line, so `publishedNote` says how it was inferred. */
  published: zPreciseDateText,
  publishedNote: zText,
  /** The article's full text, relative to the story folder. */
  file: z.string().regex(/^[\w.-]+\.txt$/, "expected a .txt file name inside the story folder"),
});

export const zPlaceKind = z.enum(["city", "country", "sea", "region", "site"]);

export const zLongitude = z.number().min(-180).max(180);
export const zLatitude = z.number().min(-90).max(90);

export const zPlace = z.strictObject({
  id: zId,
  name: zLocalized,
  lon: zLongitude,
  lat: zLatitude,
  /** GeoNames id of the coordinates; omitted only for places GeoNames does not have. */
  geonamesId: z.number().int().positive().optional(),
  kind: zPlaceKind,
  country: zCountryCode.optional(),
  /** Smaller numbers are labelled first when labels collide; 1 = always try to show. */
  rank: z.number().int().min(1).max(9).default(5),
});

/** A sentence or clause copied verbatim from the article `article` (a source id). */
export const zQuote = z.strictObject({ article: zId, quote: zText });

export const zCategory = z.enum([
  "war",
  "aviation",
  "diplomacy",
  "arrest",
  "law",
  "economy",
  "arms",
  "alliance",
  "culture",
]);

export const zEvent = z.strictObject({
  id: zId,
  date: zPreciseDateText,
  /** For spans: the last day/month/year the event covers (inclusive). */
  end: zPreciseDateText.optional(),
  /** How the date was derived when the article does not state it outright. */
  dateNote: zText.optional(),
  places: z.array(zId).min(1, "an event needs at least one place"),
  title: zLocalized,
  summary: zLocalized,
  category: zCategory,
  actors: z.array(zCountryCode).default([]),
  sources: z.array(zQuote).min(1, "an event needs at least one source quote"),
});

export const zWaypoint = z.union([
  z.strictObject({ place: zId, approximate: z.boolean().default(false) }),
  z.strictObject({
    lon: zLongitude,
    lat: zLatitude,
    label: zLocalized.optional(),
    approximate: z.boolean().default(true),
  }),
]);

export const zMovementKind = z.enum(["flight", "planned-route", "troops", "weapons", "visit"]);

export const zMovement = z.strictObject({
  id: zId,
  kind: zMovementKind,
  label: zLocalized,
  start: zPreciseDateText,
  /** Inclusive, like an event's end; defaults to the start. */
  end: zPreciseDateText.optional(),
  dateNote: zText.optional(),
  waypoints: z.array(zWaypoint).min(2, "a movement needs at least two waypoints"),
  events: z.array(zId).default([]),
  sources: z.array(zQuote).min(1, "a movement needs at least one source quote"),
});

export const zMembershipStatus = z.enum(["member", "observer", "partner", "frozen", "exit-announced", "left"]);

/** One change of a status. Without `date` it holds from before the story's sources begin. */
export const zStatusChange = <T extends z.ZodType>(status: T) =>
  z.strictObject({
    date: zPreciseDateText.optional(),
    dateNote: zText.optional(),
    status,
    event: zId.optional(),
    source: zQuote.optional(),
  });

export const zMembership = z.strictObject({
  country: zCountryCode,
  changes: z.array(zStatusChange(zMembershipStatus)).min(1),
});

export const zOrganization = z.strictObject({
  id: zId,
  name: zLocalized,
  short: zLocalized,
  founded: zPreciseDateText.optional(),
  memberships: z.array(zMembership).default([]),
});

export const zRelationState = z.enum(["allied", "partners", "normalizing", "strained", "hostile", "no-relations"]);

export const zRelation = z.strictObject({
  id: zId,
  /** Two countries; the line is drawn between their capitals (places). */
  countries: z.tuple([zCountryCode, zCountryCode]),
  between: z.tuple([zId, zId]),
  changes: z.array(zStatusChange(zRelationState).extend({ label: zLocalized.optional() })).min(1),
});

/** The area the map opens on, as [[west, south], [east, north]]: fitted to any screen size. */
export const zView = z.strictObject({
  bounds: z.tuple([z.tuple([zLongitude, zLatitude]), z.tuple([zLongitude, zLatitude])]),
});

export const zMeta = z.strictObject({
  title: zLocalized,
  description: zLocalized,
  credit: zLocalized,
  /** The window the timeline opens on. */
  window: z.strictObject({ start: zPreciseDateText, end: zPreciseDateText }),
  view: zView,
  /** Country display names, keyed by ISO alpha-3. */
  countries: z.record(zCountryCode, zLocalized).default({}),
});

export const zStory = z.strictObject({
  $schema: z.string().optional(),
  version: z.literal(1),
  meta: zMeta,
  sources: z.array(zSource).min(1),
  places: z.array(zPlace).min(1),
  events: z.array(zEvent),
  movements: z.array(zMovement).default([]),
  organizations: z.array(zOrganization).default([]),
  relations: z.array(zRelation).default([]),
});

export type Localized = z.infer<typeof zLocalized>;
export type Source = z.infer<typeof zSource>;
export type Place = z.infer<typeof zPlace>;
export type PlaceKind = z.infer<typeof zPlaceKind>;
export type Quote = z.infer<typeof zQuote>;
export type Category = z.infer<typeof zCategory>;
export type StoryEvent = z.infer<typeof zEvent>;
export type Waypoint = z.infer<typeof zWaypoint>;
export type MovementKind = z.infer<typeof zMovementKind>;
export type Movement = z.infer<typeof zMovement>;
export type MembershipStatus = z.infer<typeof zMembershipStatus>;
export type Membership = z.infer<typeof zMembership>;
export type Organization = z.infer<typeof zOrganization>;
export type RelationState = z.infer<typeof zRelationState>;
export type Relation = z.infer<typeof zRelation>;
export type Meta = z.infer<typeof zMeta>;
export type Story = z.infer<typeof zStory>;
export type StoryInput = z.input<typeof zStory>;
