import { slug } from "../draft/gazetteer";
import type { MembershipStatus, MovementKind, Quote, RelationState, StoryInput } from "../story/schema";
import type { Work } from "./work";

/**
 * What the editor adds beside the drafted events, pure: movements (from a place to a place),
 * changes of an alliance membership and of a relation between two countries. Each cites one
 * sentence of an article, verbatim (`quote`), and becomes a schema-valid story item in
 * `storyOf(work)`; story:check (shown live) reports what does not hold, e.g. an unknown
 * country code. Dates are `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
 */
export type MovementInput = StoryInput["movements"] extends readonly (infer M)[] | undefined ? M : never;
export type OrganizationInput = NonNullable<StoryInput["organizations"]>[number];
export type RelationInput = NonNullable<StoryInput["relations"]>[number];

/** A fresh id from `base`, not among `taken`: "flight-baku-grozny", then "…-2". */
function freshId(base: string, taken: ReadonlySet<string>): string {
  const root = slug(base) || "item";
  let id = root;
  for (let n = 2; taken.has(id); n++) id = `${root}-${n}`;
  return id;
}

export function addMovement(
  work: Work,
  m: {
    kind: MovementKind;
    from: string;
    to: string;
    start: string;
    end?: string;
    label: { de: string; en: string };
    quote: Quote;
    /** Ids of the events it belongs to: the reader frames them together and pins the route to their dates. */
    events?: string[];
  },
): Work {
  const id = freshId(`${m.kind}-${m.from}-${m.to}`, new Set(work.movements.map((x) => x.id)));
  const movement: MovementInput = {
    id,
    kind: m.kind,
    label: m.label,
    start: m.start,
    ...(m.end ? { end: m.end } : {}),
    waypoints: [{ place: m.from }, { place: m.to }],
    ...(m.events?.length ? { events: m.events } : {}),
    sources: [m.quote],
  };
  return { ...work, movements: [...work.movements, movement] };
}

/** Adds a change of `country`'s status in organization `org` (found by id, else created). Changes stay in date order. */
export function addMembershipChange(
  work: Work,
  c: {
    org: { id: string; name: { de: string; en: string } };
    country: string;
    status: MembershipStatus;
    date: string;
    quote: Quote;
  },
): Work {
  const change = { date: c.date, status: c.status, source: c.quote };
  const existing = work.organizations.find((o) => o.id === c.org.id);
  const org: OrganizationInput = existing ?? { id: c.org.id, name: c.org.name, short: c.org.name, memberships: [] };
  const memberships = org.memberships ?? [];
  const membership = memberships.find((m) => m.country === c.country);
  const next: OrganizationInput = {
    ...org,
    memberships: membership
      ? memberships.map((m) => (m === membership ? { ...m, changes: byDate([...m.changes, change]) } : m))
      : [...memberships, { country: c.country, changes: [change] }],
  };
  const organizations = existing
    ? work.organizations.map((o) => (o === existing ? next : o))
    : [...work.organizations, next];
  return { ...work, organizations };
}

/**
 * Adds a change of the relation between two countries (either order), drawn between the
 * places `between` (their capitals). Creates the relation the first time.
 */
export function addRelationChange(
  work: Work,
  c: {
    countries: [string, string];
    between: [string, string];
    state: RelationState;
    date: string;
    quote: Quote;
  },
): Work {
  const change = { date: c.date, status: c.state, source: c.quote };
  const same = (r: RelationInput) =>
    (r.countries[0] === c.countries[0] && r.countries[1] === c.countries[1]) ||
    (r.countries[0] === c.countries[1] && r.countries[1] === c.countries[0]);
  const existing = work.relations.find(same);
  const relations = existing
    ? work.relations.map((r) => (r === existing ? { ...r, changes: byDate([...r.changes, change]) } : r))
    : [
        ...work.relations,
        {
          id: freshId(c.countries.join("-"), new Set(work.relations.map((r) => r.id))),
          countries: c.countries,
          between: c.between,
          changes: [change],
        },
      ];
  return { ...work, relations };
}

/** Removes the movement, organization or relation with `id`. */
export function removeAddition(work: Work, kind: "movement" | "organization" | "relation", id: string): Work {
  if (kind === "movement") return { ...work, movements: work.movements.filter((m) => m.id !== id) };
  if (kind === "organization") return { ...work, organizations: work.organizations.filter((o) => o.id !== id) };
  return { ...work, relations: work.relations.filter((r) => r.id !== id) };
}

/** ISO date texts sort as dates; a change without a date (before the sources) comes first. */
function byDate<C extends { date?: string }>(changes: C[]): C[] {
  return changes.sort((a, b) => (a.date ?? "").localeCompare(b.date ?? ""));
}
