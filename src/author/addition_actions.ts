import type { Gazetteer } from "../draft/gazetteer";
import { slug } from "../draft/gazetteer";
import { splitSentences } from "../draft/sentences";
import { type AuthorKey, ta } from "../i18n/author";
import { type Lang, t } from "../i18n/t";
import { isValidDate } from "../story/dates";
import { type Quote, zMembershipStatus, zMovementKind, zRelationState } from "../story/schema";
import { addMembershipChange, addMovement, addRelationChange } from "./additions";
import type { AdditionAction } from "./view";
import { allPlaces, placeOfEntry, type Work } from "./work";

/**
 * Turns an addition form's values (additions_view.ts) into the work's new state, or into a
 * message for the editor when a value cannot make a story item: a date that is not
 * `YYYY[-MM[-DD]]`, an unknown kind or status, a sentence that is gone, a country without a
 * capital in the gazetteer (a relation is drawn between capitals). Only a relation needs the
 * gazetteer: the page loads it for that alone, after the sentence is chosen (`needsGazetteer`),
 * so a form without a sentence is answered at once. Pure.
 */
export function applyAddition(
  work: Work,
  action: AdditionAction,
  gazetteer: Gazetteer | undefined,
  lang: Lang,
): { work: Work } | { error: string } {
  const error = (key: AuthorKey, params?: Record<string, string>) => ({ error: ta(lang, key, params) });
  const quote = quoteOf(work, action.sentence);
  if (!quote) return error("authorNoSentence");
  switch (action.type) {
    case "add-movement": {
      const kind = zMovementKind.options.find((k) => k === action.kind);
      if (!kind) return error("authorBadRoute");
      if (!isValidDate(action.start) || (action.end && !isValidDate(action.end))) return error("authorBadDate");
      const places = new Map(allPlaces(work).map((p) => [p.id, p]));
      const from = places.get(action.from);
      const to = places.get(action.to);
      if (!from || !to || from === to) return error("authorBadRoute");
      const label = {
        de: action.label.de || `${t("de", `movement_${kind}`)} ${from.name.de} – ${to.name.de}`,
        en: action.label.en || `${t("en", `movement_${kind}`)} ${from.name.en} – ${to.name.en}`,
      };
      const end = action.end || undefined;
      return {
        work: addMovement(work, {
          kind,
          from: from.id,
          to: to.id,
          start: action.start,
          ...(end ? { end } : {}),
          label,
          quote,
          events: action.event ? [action.event] : [],
        }),
      };
    }
    case "add-membership": {
      const status = zMembershipStatus.options.find((k) => k === action.status);
      if (!status || !action.org) return error("authorBadOrganization");
      if (!isValidDate(action.date)) return error("authorBadDate");
      const org = { id: slug(action.org), name: { de: action.org, en: action.org } };
      return { work: addMembershipChange(work, { org, country: action.country, status, date: action.date, quote }) };
    }
    case "add-relation": {
      const state = zRelationState.options.find((k) => k === action.state);
      if (!state) return error("authorBadOrganization");
      if (!isValidDate(action.date)) return error("authorBadDate");
      const capitals = action.countries.map((c) => gazetteer?.capitals.get(c));
      const [a, b] = capitals;
      if (!a || !b || a === b) return error("authorNoCapital", { countries: action.countries.join(", ") });
      const known = new Set(allPlaces(work).map((p) => p.id));
      const added = [a, b].filter((e) => !known.has(e.key)).map(placeOfEntry);
      const withPlaces = { ...work, extraPlaces: [...work.extraPlaces, ...added] };
      return {
        work: addRelationChange(withPlaces, {
          countries: action.countries,
          between: [a.key, b.key],
          state,
          date: action.date,
          quote,
        }),
      };
    }
  }
}

/** True when `action` can only be applied with the gazetteer: a relation with a sentence chosen. */
export function needsGazetteer(work: Work, action: AdditionAction): boolean {
  return action.type === "add-relation" && quoteOf(work, action.sentence) !== undefined;
}

/** The sentence `index` of article `file` as a verbatim quote of its source, if both exist. */
export function quoteOf(work: Work, sentence: { article: string; index: number }): Quote | undefined {
  const article = work.articles.find((a) => a.file === sentence.article);
  const source = work.draft?.sources.find((s) => s.file === sentence.article);
  const text = article && splitSentences(article.text)[sentence.index]?.text.trim();
  return text && source ? { article: source.id, quote: text } : undefined;
}
