import type { Snapshot } from "../time/snapshot";
import type { StoryIndex } from "../time/story_index";

/**
 * Which lines bear on the moment, the way a graphics desk would draw it: the relations and
 * movements that concern the current event are strong and labelled on the line, everything
 * else recedes. Pure: (index, snapshot) → ids, so the choice is tested without a map.
 *
 * A relation is strong when both its countries are among the current event's actors or the
 * countries of its places, when one of its changes cites the current event, or when its state
 * changed recently: since the previous event, or at it if that is within RECENT_MS before t. A
 * change counts when it is to another state, not one that restates it (Aserbaidschan–Ukraine,
 * partners since 2022, stayed strong at Lawrow's Eriwan visit for "Engere Beziehungen zu Kiew"
 * in May 2025, a review). "Recently" is counted in display steps as well as in days: year-dated
 * events sit days apart at the start of their year, so a month held the January 2025 treaty,
 * EU bill and peace text strong at every "2025" card after them (six lines at the embassy
 * portraits, review r105), and the Turkey–Armenia line for ten cards of Russia–Azerbaijan raids.
 * A movement is strong when it is linked to the current event, or while it is travelling at t
 * (not yet arrived) within a window of at most BRIEF_MS.
 */
export interface Emphasis {
  /** Relation ids drawn strong and labelled. */
  relations: Set<string>;
  /** Movement indexes (into index.movements) drawn strong and labelled. */
  movements: Set<number>;
}

const DAY = 86_400_000;
/** "Changed recently": at most this long before t, in ms … */
export const RECENT_MS = 31 * DAY;
/** … and at the previous event or later: after the event this many display steps back. */
export const RECENT_STEPS = 2;
/** Movements dated more loosely than this (deliveries over years) are strong only with their event. */
export const BRIEF_MS = 92 * DAY;

export function emphasisAt(index: StoryIndex, snapshot: Snapshot): Emphasis {
  const current = snapshot.current;
  const countries = new Set<string>(current?.event.actors ?? []);
  for (const place of current?.places ?? []) if (place.country) countries.add(place.country);
  const currentId = current?.event.id;
  const previous = snapshot.previous?.time;
  const stepsBack = current ? (index.events[current.index - RECENT_STEPS]?.time ?? -Infinity) : -Infinity;

  const relations = new Set<string>();
  for (const r of snapshot.relations) {
    const relation = r.item.relation;
    const involved = relation.countries.every((c) => countries.has(c));
    const cited = currentId !== undefined && relation.changes.some((c) => c.event === currentId);
    const since = r.since.statusSince;
    const recent =
      Number.isFinite(since) &&
      ((previous !== undefined && since > previous) || (snapshot.t - since < RECENT_MS && since > stepsBack));
    if (involved || cited || recent) relations.add(relation.id);
  }

  const movements = new Set<number>();
  const travelling = new Set(
    snapshot.moving
      .filter((m) => m.progress < 1 && m.movement.end - m.movement.start <= BRIEF_MS)
      .map((m) => m.movement),
  );
  index.movements.forEach((m, i) => {
    const linked = currentId !== undefined && m.start <= snapshot.t && m.movement.events.includes(currentId);
    if (linked || travelling.has(m)) movements.add(i);
  });
  return { relations, movements };
}

/**
 * The ids of the places the strong lines of `emphasis` start or end at: both capitals of a
 * relation (`between`), the first and last waypoint of a movement where it names a place. A
 * reader follows a strong line to its ends, so place_labels.ts names them before other places
 * (Moskau, where the "verbündet" line to Pjöngjang starts, lost its name to "Gebiet Kursk").
 */
export function lineEnds(index: StoryIndex, emphasis: Emphasis): Set<string> {
  const ends = new Set<string>();
  for (const r of index.story.relations) if (emphasis.relations.has(r.id)) for (const id of r.between) ends.add(id);
  for (const i of emphasis.movements) {
    const points = index.movements[i]?.movement.waypoints ?? [];
    for (const w of [points[0], points.at(-1)]) if (w && "place" in w) ends.add(w.place);
  }
  return ends;
}
