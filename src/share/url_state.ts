import { type AppState, SPEEDS } from "../app/state";
import { isLang } from "../i18n/t";
import { isoDay, parseDate } from "../story/dates";

/**
 * The URL is the shareable state: `?story=…&embed=1` choose the page, and the hash
 * `#t=2024-12-25&event=<id>&org=csto&speed=2&lang=de&present=1&lines=all` the view (`present` is also
 * read from the query, where older links put it). Each parameter is validated on
 * its own; an invalid one is dropped (the default applies) and never throws. The validators are
 * plain functions, not zod: the URL is read before anything is drawn, and zod is loaded only for
 * stories that were not checked at build time.
 */
export type UrlState = Partial<
  Pick<AppState, "story" | "t" | "event" | "org" | "speed" | "lang" | "loop" | "follow" | "present">
> & {
  /** `lines=all`: every line drawn strong (the legend's "all lines"); anything else is the default. */
  lines?: "all";
  embed?: boolean;
  autoplay?: boolean;
  controls?: boolean;
};

const MAX_LENGTH = 200;
/** The story format's ids (src/story/schema.ts, zId): lowercase letters, digits and dashes. */
const ID = /^[a-z0-9][a-z0-9-]*$/;

/** A parameter's text → its value, or undefined when it is not valid. */
type Field<T> = (text: string) => T | undefined;

const id =
  (maxLength: number): Field<string> =>
  (text) =>
    text.length <= maxLength && ID.test(text) ? text : undefined;

const flag: Field<boolean> = (text) =>
  text === "1" || text === "true" ? true : text === "0" || text === "false" ? false : undefined;

/** "2024", "2024-12" or "2024-12-25" (years 1–9999) → the period's start in ms UTC. */
const periodStart: Field<number> = (text) => {
  const date = text.length <= 10 ? parseDate(text) : undefined;
  return date && date.year >= 1 ? date.start : undefined;
};

const speed: Field<AppState["speed"]> = (text) =>
  (SPEEDS as readonly number[]).find((s) => text.trim() !== "" && s === Number(text)) as AppState["speed"] | undefined;

const FIELDS = {
  story: id(80),
  t: periodStart,
  event: id(120),
  org: (text: string) => (text === "" ? "" : id(80)(text)),
  speed,
  lang: (text: string) => (isLang(text) ? text : undefined),
  loop: flag,
  follow: flag,
  present: flag,
  lines: (text: string) => (text === "all" ? ("all" as const) : undefined),
  embed: flag,
  autoplay: flag,
  controls: flag,
} satisfies Record<keyof UrlState, Field<unknown>>;

/** Reads query and hash (the hash wins); unknown or invalid parameters are ignored. */
export function parseUrlState(search: string, hash: string): UrlState {
  const out: Record<string, unknown> = {};
  for (const params of [new URLSearchParams(search), new URLSearchParams(hash.replace(/^#/, ""))]) {
    for (const [key, value] of params) {
      if (!Object.hasOwn(FIELDS, key) || value.length > MAX_LENGTH) continue;
      const parsed = FIELDS[key as keyof typeof FIELDS](value);
      if (parsed !== undefined) out[key] = parsed;
    }
  }
  return out as UrlState;
}

/**
 * The hash for a view: only what differs from the defaults, so shared links stay short.
 * `current` is the id of the event whose card is open (the snapshot's, which need not be
 * selected: after End it is the last one), and the event pins the card where several share a
 * day. `at` is `t` as written (the app passes linkDate: the current event's own date while t
 * lies inside it, "2024-12" for a month event, so a link never names a day the source lacks);
 * by default the day of t.
 */
export function formatHash(
  state: AppState,
  defaults: Pick<AppState, "org" | "speed">,
  current: string | undefined = state.event,
  at: string = isoDay(state.t),
): string {
  const params = new URLSearchParams();
  params.set("t", at);
  if (current) params.set("event", current);
  if (state.org !== defaults.org) params.set("org", state.org);
  if (state.speed !== defaults.speed) params.set("speed", String(state.speed));
  // Always written: a `lang` in the query must not win over a language chosen since.
  params.set("lang", state.lang);
  if (state.loop) params.set("loop", "1");
  if (state.follow) params.set("follow", "1");
  // Presenter mode is part of the view: a reload or Back keeps the projector, Esc drops it.
  if (state.present) params.set("present", "1");
  // "All lines" changes what the map draws: a link keeps it.
  if (state.allLines) params.set("lines", "all");
  return `#${params.toString()}`;
}
