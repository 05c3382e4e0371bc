import * as z from "zod/mini";
import { type AppState, SPEEDS } from "../app/state";
import { isLang } from "../i18n/t";
import { isoDay } from "../story/dates";
import { zId } from "../story/schema";
import { zPeriodStart } from "./z_time";

/**
 * The URL is the shareable state: `?story=…&embed=1&present=1` choose the page, and the hash
 * `#t=2024-12-25&event=<id>&org=csto&speed=2&lang=de` the view. Each parameter is validated on
 * its own; an invalid one is dropped (the default applies) and never throws.
 */
export type UrlState = Partial<
  Pick<AppState, "story" | "t" | "event" | "org" | "speed" | "lang" | "loop" | "follow" | "present">
> & {
  embed?: boolean;
  autoplay?: boolean;
  controls?: boolean;
};

const MAX_LENGTH = 200;

const zFlag = z.pipe(
  z.enum(["0", "1", "true", "false"]),
  z.transform((v) => v === "1" || v === "true"),
);
const zSpeed = z
  .pipe(
    z.string(),
    z.transform((text) => Number(text)),
  )
  .check(z.refine((n) => (SPEEDS as readonly number[]).includes(n)));

const FIELDS = {
  story: zId.check(z.maxLength(80)),
  t: zPeriodStart,
  event: zId.check(z.maxLength(120)),
  org: z.union([zId.check(z.maxLength(80)), z.literal("")]),
  speed: zSpeed,
  lang: z.string().check(z.refine(isLang)),
  loop: zFlag,
  follow: zFlag,
  present: zFlag,
  embed: zFlag,
  autoplay: zFlag,
  controls: zFlag,
} as const;

type Field = keyof typeof FIELDS;

/** Reads query and hash (the hash wins); unknown or invalid parameters are ignored. */
export function parseUrlState(search: string, hash: string): UrlState {
  const out: Record<string, unknown> = {};
  for (const params of [new URLSearchParams(search), new URLSearchParams(hash.replace(/^#/, ""))]) {
    for (const [key, value] of params) {
      if (!Object.hasOwn(FIELDS, key) || value.length > MAX_LENGTH) continue;
      const parsed = FIELDS[key as Field].safeParse(value);
      if (parsed.success) out[key] = parsed.data as unknown;
    }
  }
  return out as UrlState;
}

/**
 * The hash for a view: only what differs from the defaults, so shared links stay short.
 * `current` is the id of the event whose card is open (the snapshot's, which need not be
 * selected: after End it is the last one); `t` is written at day precision, so the event pins
 * the card where several share a day.
 */
export function formatHash(
  state: AppState,
  defaults: Pick<AppState, "org" | "speed">,
  current: string | undefined = state.event,
): string {
  const params = new URLSearchParams();
  params.set("t", isoDay(state.t));
  if (current) params.set("event", current);
  if (state.org !== defaults.org) params.set("org", state.org);
  if (state.speed !== defaults.speed) params.set("speed", String(state.speed));
  // Always written: a `lang` in the query must not win over a language chosen since.
  params.set("lang", state.lang);
  if (state.loop) params.set("loop", "1");
  if (state.follow) params.set("follow", "1");
  return `#${params.toString()}`;
}
