import { type Lang, locale, t } from "../i18n/t";
import { eventDate } from "../panel/describe";
import {
  formatShown,
  insideDate,
  isoDate,
  isoDay,
  mustParseDate,
  type Precision,
  type ShownDate,
  shownDate,
} from "../story/dates";
import type { Story } from "../story/schema";
import type { Snapshot } from "../time/snapshot";
import type { IndexedEvent, StoryIndex } from "../time/story_index";
import type { TimelineEvent } from "../timeline/timeline";
import { el } from "../ui/dom";
import type { AppState } from "./state";

/** Small translations of story data into what the views take. Pure, apart from fillOrgSelect. */
export function timelineWindow(story: Story): [number, number] {
  return [mustParseDate(story.meta.window.start).start, mustParseDate(story.meta.window.end).end];
}

/**
 * Where the story opens when the URL names no time: on the first event inside the story's
 * window (`meta.window`), pinned, so the map date, the card, the slider and the focus strip all
 * name the same moment. The background events before it (for the flagship, 1993–2021) stay one
 * ← or Home away. Without an event in the window, the first event of the story.
 * Returns ms UTC and the event's id.
 */
export function openingMoment(index: StoryIndex): { t: number; event: string | undefined } {
  const start = mustParseDate(index.story.meta.window.start).start;
  const opening = index.events.find((e) => e.time >= start) ?? index.events[0];
  return opening ? { t: opening.time, event: opening.event.id } : { t: index.span[0], event: undefined };
}

/**
 * The events as the timeline takes them, built once per story and language (a language switch
 * back costs nothing). The date label is formatted when first read — for the few marks a tooltip
 * or label shows — since formatting 100 000 dates took seconds.
 */
export function timelineEvents(index: StoryIndex, lang: Lang): TimelineEvent[] {
  const byLang = timelineCache.get(index) ?? new Map<Lang, TimelineEvent[]>();
  timelineCache.set(index, byLang);
  const cached = byLang.get(lang);
  if (cached) return cached;
  const events = index.events.map((e): TimelineEvent => new TimelineMark(e, lang));
  byLang.set(lang, events);
  return events;
}

/**
 * One event as the timeline reads it: fields read through from the indexed event, so a first
 * switch to another language at 100 000 events makes 100 000 two-field objects, not copies of
 * every field with a closure each (about a second under load).
 */
class TimelineMark implements TimelineEvent {
  #label: string | undefined;
  readonly #e: IndexedEvent;
  readonly #lang: Lang;
  constructor(e: IndexedEvent, lang: Lang) {
    this.#e = e;
    this.#lang = lang;
  }
  get id() {
    return this.#e.event.id;
  }
  get time() {
    return this.#e.time;
  }
  get until() {
    return this.#e.until;
  }
  get precision() {
    return this.#e.date.precision;
  }
  get category() {
    return this.#e.event.category;
  }
  get title() {
    return this.#e.event.title[this.#lang];
  }
  get dateLabel() {
    this.#label ??= eventDate(this.#e, this.#lang);
    return this.#label;
  }
}

const timelineCache = new WeakMap<StoryIndex, Map<Lang, TimelineEvent[]>>();

export function timelineLabels(lang: Lang) {
  return { overview: t(lang, "overview"), focus: t(lang, "focus"), playhead: t(lang, "playhead") };
}

/** The date of the view at snapshot.t, by the one rule of shownDate (see story/dates.ts). */
export function viewDate(snapshot: Snapshot, finest?: Precision): ShownDate {
  return shownDate(snapshot.t, snapshot.current, finest);
}

/**
 * The link's `t` for a view: inside the current event's date, that date as the source gives it
 * ("2024-12" for a month event spread to 6 December, so a link never names a day the source
 * lacks; a fresh tab opens the event at its own moment); elsewhere the day of t, a moment of
 * the axis such as where a played-out movement stopped.
 */
export function linkDate(snapshot: Snapshot): string {
  const current = snapshot.current;
  return insideDate(snapshot.t, current) ? isoDate(current.date) : isoDay(snapshot.t);
}

/**
 * "Dezember 2024 — AZAL-Flug 8243 stürzt bei Aktau ab": the slider's value in words. Between
 * events, the month of t, then the last event with its own date.
 */
export function describeTime(snapshot: Snapshot, lang: Lang): string {
  const current = snapshot.current;
  const shown = viewDate(snapshot);
  if (!current) return formatShown(shown, locale(lang));
  const when = formatShown(shown, locale(lang));
  const own = eventDate(current, lang);
  if (when === own) return `${own} — ${current.event.title[lang]}`;
  return `${when} — ${current.event.title[lang]} (${own})`;
}

export function fillOrgSelect(select: HTMLSelectElement, story: Story, state: AppState): void {
  select.replaceChildren(
    el("option", { value: "" }, [t(state.lang, "noOrganization")]),
    ...story.organizations.map((o) => el("option", { value: o.id, title: o.name[state.lang] }, [o.short[state.lang]])),
  );
  select.value = state.org;
}

export function clampTime(index: StoryIndex, time: number): number {
  return Math.min(index.span[1], Math.max(index.span[0], time));
}
