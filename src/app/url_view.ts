import type { UrlState } from "../share/url_state";
import { snapshotAt } from "../time/snapshot";
import type { StoryIndex } from "../time/story_index";
import type { AppState } from "./state";
import { clampTime, openingMoment } from "./view_data";

export type UrlView = Pick<
  AppState,
  "t" | "event" | "org" | "speed" | "lang" | "loop" | "follow" | "present" | "allLines"
>;

/**
 * The view a URL names, resolved against the story: the same on a fresh load and on a hash
 * change of an open tab (typed, a link, Back/Forward), so a link means one thing.
 *
 * - `event` (known) opens that event's card: at `t` when the card is still the one open at `t`
 *   (a link written during playback keeps its day), else at the event's own time.
 * - `t` alone (ms UTC, clamped to the story's span) opens whatever is current then; neither
 *   gives the story's opening moment (see openingMoment).
 * - `org` must name an organization of the story ("" for none), else the default applies;
 *   `speed`, `lang`, `loop`, `follow`, `present` and `lines` take their defaults (off) when absent: a
 *   hash without `present` is the reader's view, and a hash without `lang` is in
 *   `defaults.lang` (the page query's `lang`, else German), never the tab's current language,
 *   so a typed hash opens as the same link does in a new tab.
 */
export function viewFromUrl(
  index: StoryIndex,
  url: UrlState,
  defaults: Pick<AppState, "org" | "speed" | "lang">,
): UrlView {
  const linked = url.event === undefined ? undefined : index.eventById.get(url.event);
  const opening = linked === undefined && url.t === undefined ? openingMoment(index) : undefined;
  let t = clampTime(index, url.t ?? linked?.time ?? opening?.t ?? index.span[0]);
  if (linked) {
    const at = Math.max(t, linked.time);
    t = snapshotAt(index, at, linked.event.id).current === linked ? at : linked.time;
  }
  const organizations = index.story.organizations;
  const knownOrg = url.org !== undefined && (url.org === "" || organizations.some((o) => o.id === url.org));
  return {
    t,
    event: linked?.event.id ?? opening?.event,
    org: knownOrg ? (url.org as string) : defaults.org,
    speed: url.speed ?? defaults.speed,
    lang: url.lang ?? defaults.lang,
    loop: url.loop ?? false,
    follow: url.follow ?? false,
    present: url.present ?? false,
    allLines: url.lines === "all",
  };
}
