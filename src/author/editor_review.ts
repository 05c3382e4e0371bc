import { ta } from "../i18n/author";
import type { Place, StoryInput } from "../story/schema";

type Event = StoryInput["events"][number];
type Why = NonNullable<NonNullable<Event["review"]>["why"]>[number];

/**
 * An accepted event whose date or main place the editor changed, with the drafter's
 * explanation of that date or place replaced by the editor's: the `why` codes `date…`
 * (and the `dateNote`) become `dateEditor` { date }, the `place…` codes become `placeEditor`
 * { names (English), de (German) }, and the English `note` is rewritten from the codes (src/i18n/author_en.ts), so a
 * published story never says "Astana" for a place set to Yerevan or "date is unknown" for a
 * date the editor typed. The `dateNote` the reader shows says in German and English that the
 * editor set the date. `drafted` is the drafter's event of the same id (undefined: an event
 * the drafter did not write, kept as it is); `places` resolves place ids to names. Pure.
 */
export function withEditorReview(event: Event, drafted: Event | undefined, places: ReadonlyMap<string, Place>): Event {
  if (!drafted || !event.review) return event;
  const dateEdited = event.date !== drafted.date || (event.end ?? "") !== (drafted.end ?? "");
  const placeEdited = event.places[0] !== drafted.places[0];
  if (!dateEdited && !placeEdited) return event;
  const period = event.end && event.end !== event.date ? `${event.date} – ${event.end}` : event.date;
  const names = (lang: "de" | "en") => event.places.map((id) => places.get(id)?.name[lang] ?? id).join(", ");
  const old = event.review.why ?? [];
  const keep = (w: Why) => !(dateEdited && w.code.startsWith("date")) && !(placeEdited && w.code.startsWith("place"));
  const why: Why[] = [
    ...(dateEdited ? [{ code: "dateEditor", params: { date: period } }] : []),
    ...(placeEdited ? [{ code: "placeEditor", params: { names: names("en"), de: names("de") } }] : []),
    ...old.filter(keep),
  ];
  // Codes this page does not word (none today) keep the drafter's words out of the note.
  const note = why
    .filter((w) => w.code === "dateEditor" || w.code === "placeEditor" || keep(w))
    .map((w) => wordEn(w))
    .join(" ");
  const { dateNote: _old, ...rest } = event;
  return {
    ...rest,
    ...(dateEdited
      ? {
          dateNote: {
            de: ta("de", "why_dateEditor", { date: period }),
            en: ta("en", "why_dateEditor", { date: period }),
          },
        }
      : event.dateNote
        ? { dateNote: event.dateNote }
        : {}),
    review: { ...event.review, note, why },
  };
}

function wordEn(w: Why): string {
  const key = `why_${w.code}`;
  const text = ta("en", key as Parameters<typeof ta>[1], w.params ?? {});
  return text === key ? "" : text;
}

/**
 * `story` with the ids of events whose date or main place the editor changed (`edited`)
 * following them, as the drafter builds ids: `<date>-<place id>` ("2025-05-24-yerevan"), made
 * unique with "-2", "-3" …; every reference (after, before, a movement's events, a change's
 * event) follows. Applied to the downloaded story only: on the page, ids stay stable, as the
 * candidates, the preview and the check lines know them. Pure.
 */
export function withEditedIds(story: StoryInput, edited: ReadonlySet<string>): StoryInput {
  const taken = new Set(story.events.map((e) => e.id));
  const renamed = new Map<string, string>();
  for (const e of story.events) {
    if (!edited.has(e.id)) continue;
    const base = `${e.date}-${e.places[0] ?? "event"}`
      .toLowerCase()
      .replace(/[^a-z0-9-]+/g, "-")
      .slice(0, 60)
      .replace(/-+$/, "");
    if (e.id === base || e.id.startsWith(`${base}-`)) continue;
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    renamed.set(e.id, id);
  }
  if (renamed.size === 0) return story;
  const to = (id: string) => renamed.get(id) ?? id;
  return {
    ...story,
    events: story.events.map((e) => ({
      ...e,
      id: to(e.id),
      ...(e.after ? { after: e.after.map(to) } : {}),
      ...(e.before ? { before: e.before.map(to) } : {}),
    })),
    movements: story.movements?.map((m) => ({
      ...m,
      ...(m.events ? { events: m.events.map(to) } : {}),
      ...(m.after ? { after: m.after.map(to) } : {}),
      ...(m.before ? { before: m.before.map(to) } : {}),
    })),
    organizations: story.organizations?.map((o) => ({
      ...o,
      ...(o.memberships
        ? {
            memberships: o.memberships.map((m) => ({
              ...m,
              changes: m.changes.map((c) => (c.event ? { ...c, event: to(c.event) } : c)),
            })),
          }
        : {}),
    })),
    relations: story.relations?.map((r) => ({
      ...r,
      changes: r.changes.map((c) => (c.event ? { ...c, event: to(c.event) } : c)),
    })),
  };
}
