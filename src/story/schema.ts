import "./jitless";
import * as z from "zod/mini";
import { DATE_FORMAT_HINT, isValidDate } from "./dates";
import { SHORT_WORD } from "./short_word";
import { useEnglishMessages } from "./zod_messages";

/**
 * The story format. A story is data: a newsroom writes `data/stories/<slug>/story.json` and the
 * article texts it quotes, and never touches `src/`. Shape only lives here; the rules that span
 * several parts of a story (references, order, quotes) live in check.ts. It is written with
 * zod/mini, the tree-shakable form of zod: the same validation at a fraction of the weight a
 * newsroom's readers download.
 */
useEnglishMessages();

export const zId = z
  .string()
  .check(z.regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lowercase letters, digits and dashes, e.g. "azal-crash"'));

export const zText = z
  .string()
  .check(z.trim(), z.minLength(1, "must not be empty"), z.maxLength(5000, "is longer than 5000 characters"));

/** Every reader-facing text exists in German (the articles' language) and English. */
export const zLocalized = z.strictObject({ de: zText, en: zText });

/**
 * How a date was derived, for readers: `{ de, en }`; a plain string is English (stories written
 * before notes were localized), shown as English text in the German view.
 */
export const zDateNote = z.union([zText, zLocalized]);

export const zPreciseDateText = z.string().check(
  z.refine(isValidDate, {
    error: (issue) =>
      typeof issue.input === "string" && issue.input.startsWith("0000")
        ? `${JSON.stringify(issue.input)} is year 0, which stories do not support: years run from 0001 (no dates before the Common Era)`
        : `${JSON.stringify(issue.input)} is not a valid date (${DATE_FORMAT_HINT})`,
  }),
);

/** ISO 3166-1 alpha-3, e.g. RUS, AZE, ARM. Used for actors, memberships and the country fills. */
export const zCountryCode = z
  .string()
  .check(z.regex(/^[A-Z]{3}$/, 'expected an ISO 3166-1 alpha-3 country code such as "AZE"'));

export const zHttpUrl = z
  .url({ protocol: /^https?$/, error: "only http: and https: links are allowed" })
  .check(z.maxLength(2000));

/**
 * An article's title or publisher: the text as printed (a plain string, shown as is in both
 * languages), or `{ de, en }` where the editor describes what the article does not say, e.g.
 * an untitled article ("Ohne Überschrift: …" / "Untitled: …").
 */
export const zSourceText = z.union([zText, zLocalized]);

export const zSource = z.strictObject({
  id: zId,
  title: zSourceText,
  publisher: zSourceText,
  url: z.optional(zHttpUrl),
  /** Approximate: the articles carry no date line, so `publishedNote` says how it was inferred. */
  published: zPreciseDateText,
  publishedNote: zText,
  /** The article's full text, relative to the story folder. */
  file: z.string().check(z.regex(/^[\w.-]+\.txt$/, "expected a .txt file name inside the story folder")),
});

export const zPlaceKind = z.enum(["city", "country", "sea", "region", "site"]);

export const zLongitude = z.number().check(z.gte(-180), z.lte(180));
export const zLatitude = z.number().check(z.gte(-90), z.lte(90));

export const zPlace = z
  .strictObject({
    id: zId,
    name: zLocalized,
    lon: zLongitude,
    lat: zLatitude,
    /** GeoNames id of the coordinates; omitted only for places GeoNames does not have. */
    geonamesId: z.optional(z.int().check(z.positive())),
    kind: zPlaceKind,
    country: z.optional(zCountryCode),
    /**
     * Smaller numbers are labelled first when labels collide; 1 = always try to show. Ranks 1–2
     * are the main places: the opening view fits them all (src/map/framing.ts).
     */
    rank: z._default(z.int().check(z.gte(1), z.lte(9)), 5),
    /**
     * Where the map writes the name of a place drawn without a dot (a sea, a region, a country),
     * degrees, when its point is a poor spot for it: the Caspian's point lies between Baku and
     * Aktau, its open water to the north has room for the name. Cities are labelled at their dot.
     */
    labelAt: z.optional(z.strictObject({ lon: zLongitude, lat: zLatitude })),
  })
  .check(
    z.refine((place) => place.labelAt === undefined || place.kind !== "city", {
      error: "labelAt is for places drawn without a dot (sea, region, country, site), not for a city",
      path: ["labelAt"],
    }),
  );

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

/**
 * Marks an item the drafter (src/draft/) wrote and no editor has reviewed yet: the reader shows
 * it as "unreviewed"; `note` says how its date and place were found (English). `why` says the
 * same as codes with parameters, which the authoring page words in its language
 * (`why_<code>` in src/i18n/author_de.ts, author_en.ts). Alternatives are other gazetteer
 * places the name may mean.
 */
export const zReview = z.strictObject({
  status: z.enum(["draft", "reviewed"]),
  confidence: z.number().check(z.gte(0), z.lte(1)),
  note: zText,
  why: z.optional(
    z.array(
      z.strictObject({
        code: z.string().check(z.regex(/^[a-zA-Z]{1,40}$/)),
        params: z.optional(z.record(z.string().check(z.regex(/^[a-z]{1,20}$/)), z.union([zText, z.number()]))),
      }),
    ),
  ),
  alternatives: z.optional(
    z.array(
      z.strictObject({
        place: zId,
        label: zText,
        geonamesId: z.optional(z.int().check(z.positive())),
        lon: zLongitude,
        lat: zLatitude,
      }),
    ),
  ),
});

export const zEvent = z.strictObject({
  id: zId,
  date: zPreciseDateText,
  /** For spans: the last day/month/year the event covers (inclusive). */
  end: z.optional(zPreciseDateText),
  /** How the date was derived when the article does not state it outright. */
  dateNote: z.optional(zDateNote),
  /**
   * Order the articles give inside the date's period: ids of events this one is documented to
   * follow (`after`) or precede (`before`). `after: [p]` shows it after p has ended when p ends
   * inside this date's period (a "2025-05" event after a 20–21 May visit: from 22 May on), else
   * just after p; `before: [b]` shows it before b. See story/order.ts; check_order.ts reports
   * unknown ids, cycles and constraints that cannot hold inside the period.
   */
  after: z.optional(z.array(zId)),
  before: z.optional(z.array(zId)),
  places: z.array(zId).check(z.minLength(1, "an event needs at least one place")),
  title: zLocalized,
  summary: zLocalized,
  category: zCategory,
  actors: z._default(z.array(zCountryCode), []),
  sources: z.array(zQuote).check(z.minLength(1, "an event needs at least one source quote")),
  review: z.optional(zReview),
});

export const zWaypoint = z.union([
  z.strictObject({ place: zId, approximate: z._default(z.boolean(), false) }),
  z.strictObject({
    lon: zLongitude,
    lat: zLatitude,
    label: z.optional(zLocalized),
    approximate: z._default(z.boolean(), true),
  }),
]);

export const zMovementKind = z.enum(["flight", "planned-route", "troops", "weapons", "visit"]);

export const zMovement = z.strictObject({
  id: zId,
  kind: zMovementKind,
  label: zLocalized,
  start: zPreciseDateText,
  /** Inclusive, like an event's end; defaults to the start. */
  end: z.optional(zPreciseDateText),
  dateNote: z.optional(zDateNote),
  /**
   * Event ids this movement is documented to follow or precede (see zEvent): `after` moves its
   * start past those events; `before` is checked (the movement must start before each).
   */
  after: z.optional(z.array(zId)),
  before: z.optional(z.array(zId)),
  waypoints: z.array(zWaypoint).check(z.minLength(2, "a movement needs at least two waypoints")),
  /**
   * An end the articles do not name: "destination" (it left, nobody says for where) or
   * "origin". The waypoints then end (or start) where it was last (first) known to be, never at
   * a guessed place; the map draws the way on as a short dashed stub with an arrow, labelled
   * "Ziel unbekannt" / "Herkunft unbekannt" (src/map/open_ends.ts).
   */
  unknown: z.optional(z.enum(["origin", "destination"])),
  /**
   * The word on its line when it is drawn strong (`{ de, en }`, at most SHORT_WORD characters,
   * e.g. "zunächst 11 000 Soldaten"); without it the map uses `label` when that is short enough,
   * else the kind ("Truppen"). Every number in it must be in one of the movement's quotes
   * (check.ts), as "11.000" backs "11 000".
   */
  short: z.optional(
    z.strictObject({
      de: zText.check(z.maxLength(SHORT_WORD, `is longer than ${SHORT_WORD} characters`)),
      en: zText.check(z.maxLength(SHORT_WORD, `is longer than ${SHORT_WORD} characters`)),
    }),
  ),
  events: z._default(z.array(zId), []),
  sources: z.array(zQuote).check(z.minLength(1, "a movement needs at least one source quote")),
  review: z.optional(zReview),
});

export const zMembershipStatus = z.enum(["member", "observer", "partner", "frozen", "exit-announced", "left"]);

/**
 * One change of a status. Without `date` it holds from before the story's sources begin. With
 * `date` and `event`, it takes effect with that event when the event is shown inside the date's
 * period (so it follows the event's documented order); story:check reports an event shown
 * after the change's period.
 */
const statusChangeShape = <T extends z.ZodMiniType>(status: T) => ({
  date: z.optional(zPreciseDateText),
  dateNote: z.optional(zDateNote),
  status,
  event: z.optional(zId),
  source: z.optional(zQuote),
});

export const zStatusChange = <T extends z.ZodMiniType>(status: T) => z.strictObject(statusChangeShape(status));

export const zMembership = z.strictObject({
  country: zCountryCode,
  changes: z.array(zStatusChange(zMembershipStatus)).check(z.minLength(1)),
});

export const zOrganization = z.strictObject({
  id: zId,
  name: zLocalized,
  short: zLocalized,
  founded: z.optional(zPreciseDateText),
  memberships: z._default(z.array(zMembership), []),
});

export const zRelationState = z.enum(["allied", "partners", "normalizing", "strained", "hostile", "no-relations"]);

export const zRelation = z.strictObject({
  id: zId,
  /** Two countries; the line is drawn between their capitals (places). */
  countries: z.tuple([zCountryCode, zCountryCode]),
  between: z.tuple([zId, zId]),
  changes: z
    .array(z.strictObject({ ...statusChangeShape(zRelationState), label: z.optional(zLocalized) }))
    .check(z.minLength(1)),
});

/**
 * The area the map opens on, as [[west, south], [east, north]]: fitted to any screen size. A box
 * across the antimeridian has west > east, as an RFC 7946 bbox (Bering Strait: [[160, 50], [-150, 70]]).
 */
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
  countries: z._default(z.record(zCountryCode, zLocalized), {}),
});

export const zStory = z.strictObject({
  $schema: z.optional(z.string()),
  version: z.literal(1),
  meta: zMeta,
  sources: z.array(zSource).check(z.minLength(1)),
  places: z.array(zPlace).check(z.minLength(1)),
  events: z.array(zEvent),
  movements: z._default(z.array(zMovement), []),
  organizations: z._default(z.array(zOrganization), []),
  relations: z._default(z.array(zRelation), []),
});

export type Localized = z.infer<typeof zLocalized>;
export type DateNote = z.infer<typeof zDateNote>;
export type Source = z.infer<typeof zSource>;
export type Place = z.infer<typeof zPlace>;
export type PlaceKind = z.infer<typeof zPlaceKind>;
export type Review = z.infer<typeof zReview>;
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
