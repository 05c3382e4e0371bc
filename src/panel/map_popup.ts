import { tPanel } from "../i18n/panels";
import { type Lang, locale, t } from "../i18n/t";
import type { MapTarget } from "../map/map_click";
import { formatDate, formatSpan, mustParseDate } from "../story/dates";
import type { MembershipStatus, Quote, Relation, RelationState, Story, StoryEvent } from "../story/schema";
import { changeAt } from "../time/snapshot";
import { changeTime, type IndexedEvent, type StoryIndex } from "../time/story_index";
import { el } from "../ui/dom";
import { countryName, describeMembership, describeRelation, eventDate, sourceText } from "./describe";

/**
 * The short popup for a thing on the map that has no card of its own: its name, its dates and
 * its sources, as text (never HTML). A movement offers the cards of its events. A relation line
 * names the two countries and their state at t with its date, then every change up to t with
 * its date and source, and offers the card of the event that set the state. A place names its
 * country and lists its events with their dates, each leading to its card (a place of several
 * events: Baku, Moskau); a place without an event of its own (Brüssel, where the Kallas visit
 * starts) lists what the story draws there (movementsAt, relationsAt), each with its dates and
 * source. `info` targets come from map_click.ts.
 */
export interface MapPopupActions {
  close(): void;
  /** Opens an event's card (the same action as the list and the timeline). */
  selectEvent(id: string): void;
}

export function renderMapPopup(
  index: StoryIndex,
  target: Extract<MapTarget, { kind: "info" }>,
  t0: number,
  lang: Lang,
  actions: MapPopupActions,
): HTMLElement {
  const story = index.story;
  let title = target.id;
  let when = "";
  let quotes: readonly Quote[] = [];
  let body: (HTMLElement | null)[] = [];
  if (target.what === "movement") {
    const m = story.movements.find((x) => x.id === target.id);
    if (m) {
      title = m.label[lang];
      when = movementSpan(m, lang);
      quotes = m.sources;
      body = eventButtons(index, m.events, lang, actions);
    }
  } else if (target.what === "relation") {
    const r = index.relations.find((x) => x.relation.id === target.id);
    const since = r ? changeAt(r.changes, t0) : undefined;
    if (r && since) {
      title = describeRelation(story, { item: r, status: since.status, since }, lang);
      body = history(index, r.relation.changes, (s: RelationState) => t(lang, `relation_${s}`), t0, lang, actions);
    }
  } else if (target.what === "membership") {
    const org = target.org;
    const m = index.memberships.find((x) => x.organization.id === org && x.country === target.id);
    const since = m ? changeAt(m.changes, t0) : undefined;
    const changes = m?.organization.memberships.find((x) => x.country === target.id)?.changes ?? [];
    if (m && since) {
      title = describeMembership(story, { item: m, status: since.status, since }, lang);
      const short = m.organization.short[lang];
      body = history(
        index,
        changes,
        (s: MembershipStatus) => t(lang, `status_${s}`, { org: short }),
        t0,
        lang,
        actions,
      );
    }
  } else {
    const place = story.places.find((p) => p.id === target.id);
    if (place) {
      title = place.name[lang];
      when = place.country && story.meta.countries[place.country] ? countryName(story, place.country, lang) : "";
      body = placeUses(index, place.id, t0, lang, actions);
    }
  }
  const close = el("button", { type: "button", class: "map-popup-close", "aria-label": t(lang, "close") }, ["×"]);
  close.addEventListener("click", () => actions.close());
  return el("div", { class: "map-popup", role: "dialog", "aria-label": title }, [
    close,
    el("strong", { class: "map-popup-title" }, [title]),
    when ? el("div", { class: "map-popup-when" }, [when]) : null,
    // The quotes give way (they scroll) where the popup is short, so its buttons stay inside it.
    quotes.length > 0
      ? el(
          "div",
          { class: "map-popup-sources" },
          quotes.slice(0, 2).map((q) => sourceLine(story, q, "div", lang)),
        )
      : null,
    ...body,
  ]);
}

/** A change of a relation's or a membership's status, as the story gives it. */
type Change<S extends string = string> = {
  date?: string;
  status: S;
  label?: { de: string; en: string };
  event?: string;
  source?: Quote;
};

/**
 * Every change up to t of a relation or a membership, oldest first: "Dezember 2024: angespannt –
 * Krise nach …" (`word` names a status; an undated first state before a later one: "zuvor: …"), each with its
 * source, its own quote or else its event's first; then a button to the card of the event that
 * set the state at t, if one did.
 */
function history<S extends string>(
  index: StoryIndex,
  all: readonly Change<S>[],
  word: (status: S) => string,
  t0: number,
  lang: Lang,
  actions: MapPopupActions,
): (HTMLElement | null)[] {
  const story = index.story;
  const changes = changesUpTo(index, all, t0);
  const items = changes.map((c, i) => {
    // An undated state is "zuvor" only before a later change: Russland's one OVKS state, undated,
    // read as an earlier one (a review); alone, it says the articles give no date (the next one).
    const last = i === changes.length - 1;
    const date = c.date ? formatDate(mustParseDate(c.date), locale(lang)) : last ? "" : tPanel(lang, "relationEarlier");
    const state =
      word(c.status) +
      (c.label ? ` – ${c.label[lang]}` : "") +
      (date || !last ? "" : ` (${tPanel(lang, "relationUndated")})`);
    const event = c.event ? story.events.find((e) => e.id === c.event) : undefined;
    const quote = c.source ?? event?.sources[0];
    return el("li", {}, [
      el("span", { class: "map-popup-when" }, [date ? `${date}: ${state}` : state]),
      quote ? sourceLine(story, quote, "span", lang) : null,
    ]);
  });
  const cited = changes.at(-1)?.event;
  const event = cited ? story.events.find((e) => e.id === cited) : undefined;
  return [el("ol", { class: "map-popup-history" }, items), event ? eventButton(event, lang, actions) : null];
}

/**
 * The movements with a waypoint at `place`, by start: the things a place without an event of its
 * own is on the map for (kallas-to-yerevan at brussels). Pure; O(movements × waypoints).
 */
export function movementsAt(story: Story, place: string): Story["movements"] {
  return story.movements
    .filter((m) => m.waypoints.some((w) => "place" in w && w.place === place))
    .sort((a, b) => mustParseDate(a.start).start - mustParseDate(b.start).start);
}

/** The relations drawn from `place` (one of its two capitals), in story order. Pure. */
export function relationsAt(story: Story, place: string): Relation[] {
  return story.relations.filter((r) => r.between.includes(place));
}

/**
 * What a place popup lists: its events, where it has any (placeEvents); else each movement
 * through the place ("Mai – Juni 2025: Kallas nach Eriwan", its first quote, buttons to its
 * events' cards), then each relation drawn from it with its state at t, since when, and that
 * change's source.
 */
function placeUses(
  index: StoryIndex,
  place: string,
  t0: number,
  lang: Lang,
  actions: MapPopupActions,
): (HTMLElement | null)[] {
  const story = index.story;
  const events = index.events.filter((e) => e.event.places.includes(place));
  // The articles after the events, in the one part that scrolls: the list keeps its room.
  if (events.length > 0)
    return [
      el("div", { class: "map-popup-sources" }, [
        placeEvents(events, t0, lang, actions),
        eventSources(story, events, lang),
      ]),
    ];
  const moves = movementsAt(story, place).map((m) => {
    const span = movementSpan(m, lang);
    const quote = m.sources[0];
    return el("li", {}, [
      el("span", { class: "map-popup-when" }, [`${span}: ${m.label[lang]}`]),
      quote ? sourceLine(story, quote, "span", lang) : null,
      ...eventButtons(index, m.events, lang, actions),
    ]);
  });
  const relations = relationsAt(story, place).flatMap((relation) => {
    const r = index.relations.find((x) => x.relation.id === relation.id);
    const since = r ? changeAt(r.changes, t0) : undefined;
    if (!r || !since) return [];
    const event = since.event ? story.events.find((e) => e.id === since.event) : undefined;
    const raw = changesUpTo(index, relation.changes, t0).at(-1);
    const quote = raw?.source ?? event?.sources[0];
    return [
      el("li", {}, [
        el("span", { class: "map-popup-when" }, [
          describeRelation(story, { item: r, status: since.status, since }, lang),
        ]),
        quote ? sourceLine(story, quote, "span", lang) : null,
      ]),
    ];
  });
  const items = [...moves, ...relations];
  return [items.length ? el("ol", { class: "map-popup-history" }, items) : null];
}

/**
 * Where the events after `t` (ms UTC) begin in `events` (in time order): the index of the first
 * whose time on the axis lies after t, `events.length` if none does. Pure.
 */
export function laterFrom(events: readonly Pick<IndexedEvent, "time">[], t: number): number {
  const i = events.findIndex((e) => e.time > t);
  return i < 0 ? events.length : i;
}

/**
 * A place's events (`events`: story order) as one line each, its date (with its own precision)
 * and title, a button that opens its card: Baku's 26 events fit a popup a reader scans. Those
 * after `t0`, the time shown, come under "Später" / "Later" (app.css `.later-first`): Kiew's
 * popup at December 2024 listed 2025 among its past (a review).
 */
function placeEvents(events: readonly IndexedEvent[], t0: number, lang: Lang, actions: MapPopupActions): HTMLElement {
  const later = laterFrom(events, t0);
  return el(
    "ol",
    { class: "map-popup-history map-popup-events" },
    events.map((e, i) => {
      const button = el("button", { type: "button", class: "map-popup-link" }, [
        el("span", { class: "map-popup-date" }, [eventDate(e, lang)]),
        e.event.title[lang],
      ]);
      button.addEventListener("click", () => actions.selectEvent(e.event.id));
      return el("li", i < later ? {} : { class: i === later ? "later later-first" : "later" }, [button]);
    }),
  );
}

/**
 * "Quellen: news.de (2025), Berliner Zeitung (2026)": the articles `events` cite, each once, by
 * publisher and date of publication (with its own precision), in the order first cited; their
 * quotes are on the cards.
 */
function eventSources(story: Story, events: readonly IndexedEvent[], lang: Lang): HTMLElement {
  const cited = new Set(events.flatMap((e) => e.event.sources.map((q) => q.article)));
  const names = [...cited].map((id) => {
    const source = story.sources.find((s) => s.id === id);
    const published = source && formatDate(mustParseDate(source.published), locale(lang));
    return source ? `${sourceText(source.publisher, lang)} (${published})` : id;
  });
  // Two articles of one publisher and date are named once.
  const sources = [...new Set(names)].join(", ");
  return el("p", { class: "map-popup-source" }, [tPanel(lang, "placeSources", { sources })]);
}

/** A button to the card of each of a movement's events, in time order. */
function eventButtons(index: StoryIndex, ids: readonly string[], lang: Lang, actions: MapPopupActions): HTMLElement[] {
  return ids
    .flatMap((id) => index.eventById.get(id) ?? [])
    .sort((a, b) => a.time - b.time)
    .map((e) => eventButton(e.event, lang, actions));
}

/** "Zum Ereignis: …": opens the event's card. */
function eventButton(event: StoryEvent, lang: Lang, actions: MapPopupActions): HTMLElement {
  const button = el("button", { type: "button", class: "map-popup-event" }, [
    tPanel(lang, "openEvent", { title: event.title[lang] }),
  ]);
  button.addEventListener("click", () => actions.selectEvent(event.id));
  return button;
}

/** „quote“ — the article's title: a quote and where it is from, as text. */
function sourceLine(story: Story, quote: Quote, tag: "span" | "div", lang: Lang): HTMLElement {
  const source = story.sources.find((s) => s.id === quote.article);
  const title = source ? sourceText(source.title, lang) : quote.article;
  return el(tag, { class: "map-popup-source" }, [`„${quote.quote}“ — ${title}`]);
}

/** A movement's dates as its popup and a place's popup give them ("Mai–Juni 2025"). */
function movementSpan(m: Story["movements"][number], lang: Lang): string {
  return formatSpan(mustParseDate(m.start), m.end ? mustParseDate(m.end) : undefined, locale(lang));
}

/**
 * Changes in effect by t (ms UTC: changeTime, as the map shows them), oldest first; an undated
 * first state counts as before t.
 */
function changesUpTo<C extends Change>(index: StoryIndex, changes: readonly C[], t0: number): C[] {
  return changes.filter(
    (c) => changeTime(c.date === undefined ? undefined : mustParseDate(c.date), c.event, index.eventById) <= t0,
  );
}
