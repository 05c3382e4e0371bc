import { type Lang, locale, t } from "../i18n/t";
import { formatSpan, formatTime } from "../story/dates";
import type { MembershipStatus, RelationState, Review, Story } from "../story/schema";
import type { StatusAt } from "../time/snapshot";
import type { IndexedEvent, IndexedMembership, IndexedRelation } from "../time/story_index";

/** Words for what the map shows in colour: the text view and screen readers read these. */
/** A source's title or publisher in `lang`: a plain string is the article's own text, as printed. */
export function sourceText(text: string | { readonly de: string; readonly en: string }, lang: Lang): string {
  return typeof text === "string" ? text : text[lang];
}

export function countryName(story: Story, iso3: string, lang: Lang): string {
  return story.meta.countries[iso3]?.[lang] ?? iso3;
}

export function eventDate(event: IndexedEvent, lang: Lang): string {
  return formatSpan(event.date, event.end, locale(lang));
}

/**
 * " (seit Februar 2024)" for a change of state; for the first state on record, " (belegt ab
 * April 2023)": a first dated state is when the articles attest it, not when it began (the SCO's
 * members as listed at its April 2023 meeting read "seit April 2023", a review; Russia has been
 * one since 2001). Undated: "".
 */
function since(
  change: { time: number; precision: "year" | "month" | "day" | undefined },
  first: boolean,
  lang: Lang,
): string {
  if (change.precision === undefined) return "";
  const date = formatTime(change.time, change.precision, locale(lang));
  return ` (${t(lang, first ? "onRecordFrom" : "since", { date })})`;
}

/** Whether `at`'s state is its item's first on record. */
const firstOnRecord = (at: { item: { changes: readonly unknown[] }; since: unknown }) =>
  at.item.changes[0] === at.since;

/** "Armenien: OVKS-Mitgliedschaft eingefroren (seit 2024)". */
export function describeMembership(
  story: Story,
  at: StatusAt<IndexedMembership, MembershipStatus>,
  lang: Lang,
): string {
  const org = at.item.organization.short[lang];
  return `${countryName(story, at.item.country, lang)}: ${t(lang, `status_${at.status}`, { org })}${since(at.since, firstOnRecord(at), lang)}`;
}

/** "Russland – Aserbaidschan: angespannt (seit Dezember 2024)". */
export function describeRelation(story: Story, at: StatusAt<IndexedRelation, RelationState>, lang: Lang): string {
  const [a, b] = at.item.relation.countries;
  // The state's word first, as the line's word on the map says it ("feindselig"), then its label.
  const label = at.since.label?.[lang];
  const state = t(lang, `relation_${at.status}`) + (label ? ` – ${label}` : "");
  return `${countryName(story, a, lang)} – ${countryName(story, b, lang)}: ${state}${since(at.since, firstOnRecord(at), lang)}`;
}

/**
 * "ungeprüft" / "unreviewed" for an item the drafter (src/draft/) wrote and no editor has
 * reviewed yet (`review.status` "draft"); undefined for reviewed and hand-written items.
 */
export function reviewLabel(review: Review | undefined, lang: Lang): string | undefined {
  return review?.status === "draft" ? t(lang, "unreviewed") : undefined;
}
