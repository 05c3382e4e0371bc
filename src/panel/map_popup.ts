import { type Lang, locale, t } from "../i18n/t";
import type { MapTarget } from "../map/map_click";
import { formatSpan, mustParseDate } from "../story/dates";
import type { Quote, Story } from "../story/schema";
import { changeAt } from "../time/snapshot";
import type { StoryIndex } from "../time/story_index";
import { el } from "../ui/dom";
import { describeRelation } from "./describe";

/**
 * The short popup for a thing on the map that has no card of its own: its name, its dates and
 * its sources, as text (never HTML). `info` targets come from map_click.ts.
 */
export function renderMapPopup(
  index: StoryIndex,
  target: Extract<MapTarget, { kind: "info" }>,
  t0: number,
  lang: Lang,
  onClose: () => void,
): HTMLElement {
  const story = index.story;
  let title = target.id;
  let when = "";
  let quotes: readonly Quote[] = [];
  if (target.what === "movement") {
    const m = story.movements.find((x) => x.id === target.id);
    if (m) {
      title = m.label[lang];
      when = formatSpan(mustParseDate(m.start), m.end ? mustParseDate(m.end) : undefined, locale(lang));
      quotes = m.sources;
    }
  } else if (target.what === "relation") {
    const r = index.relations.find((x) => x.relation.id === target.id);
    const since = r ? changeAt(r.changes, t0) : undefined;
    if (r && since) {
      title = describeRelation(story, { item: r, status: since.status, since }, lang);
      quotes = r.relation.changes.flatMap((c) => (c.source ? [c.source] : []));
    }
  } else {
    const place = story.places.find((p) => p.id === target.id);
    if (place) title = place.name[lang];
  }
  const close = el("button", { type: "button", class: "map-popup-close", "aria-label": t(lang, "close") }, ["×"]);
  close.addEventListener("click", onClose);
  return el("div", { class: "map-popup", role: "dialog", "aria-label": title }, [
    close,
    el("strong", { class: "map-popup-title" }, [title]),
    when ? el("div", { class: "map-popup-when" }, [when]) : null,
    ...quotes
      .slice(0, 2)
      .map((q) => el("div", { class: "map-popup-source" }, [`„${q.quote}“ — ${sourceTitle(story, q)}`])),
  ]);
}

function sourceTitle(story: Story, quote: Quote): string {
  return story.sources.find((s) => s.id === quote.article)?.title ?? quote.article;
}
