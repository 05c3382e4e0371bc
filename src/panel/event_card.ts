import { type Lang, type LocalizedText, locale, localizedText, t } from "../i18n/t";
import { formatDate, mustParseDate } from "../story/dates";
import type { Story } from "../story/schema";
import type { IndexedEvent } from "../time/story_index";
import { el, withVar } from "../ui/dom";
import { categoryColor } from "../ui/palette";
import { eventDate, reviewLabel, sourceText } from "./describe";

/**
 * The card of one event: what, when (at the date's own precision), where, and the sentence of
 * the article it comes from, verbatim and in German, with the article named.
 */
export function renderEventCard(story: Story, event: IndexedEvent, lang: Lang, position: string): HTMLElement {
  const e = event.event;
  const places = event.places.map((place) => place.name[lang]).join(", ");
  const unreviewed = reviewLabel(e.review, lang);
  return el("article", { class: "event-card", "data-event": e.id, "aria-labelledby": `card-${e.id}` }, [
    el("p", { class: "event-meta" }, [
      withVar(
        el("span", { class: "category" }, [t(lang, `category_${e.category}`)]),
        "--category",
        categoryColor(e.category),
      ),
      // A drafted event no editor has reviewed says so (README: "Drafting a story").
      unreviewed ? el("span", { class: "unreviewed", title: t(lang, "unreviewedHint") }, [unreviewed]) : null,
      el("span", { class: "event-position" }, [position]),
    ]),
    el("h2", { id: `card-${e.id}`, class: "event-title" }, [e.title[lang]]),
    el("p", { class: "event-when" }, [
      el("time", { datetime: e.date }, [eventDate(event, lang)]),
      places ? ` · ${places}` : "",
    ]),
    el("p", { class: "event-summary" }, [e.summary[lang]]),
    ...e.sources.map((quote) => {
      const source = story.sources.find((s) => s.id === quote.article);
      const published = source ? formatDate(mustParseDate(source.published), locale(lang)) : "";
      return el("figure", { class: "source-quote" }, [
        el("blockquote", { lang: "de", "aria-label": t(lang, "sourceQuote") }, [`„${quote.quote}“`]),
        el("figcaption", {}, [
          source ? sourceLink(source.url, sourceText(source.title, lang)) : quote.article,
          source ? ` — ${sourceText(source.publisher, lang)}, ${t(lang, "published", { date: published })}` : "",
        ]),
      ]);
    }),
    e.dateNote ? dateNote(localizedText(e.dateNote, lang), lang) : null,
  ]);
}

/** "Zur Datierung" / "On the date", folded; a note only in English says so with `lang`. */
function dateNote(note: LocalizedText, lang: Lang): HTMLElement {
  const attrs = note.lang === lang ? {} : { lang: note.lang };
  return el("details", { class: "date-note" }, [el("summary", {}, [t(lang, "dateNote")]), el("p", attrs, [note.text])]);
}

/** Only http(s) links become links; anything else stays text. */
function sourceLink(url: string | undefined, text: string): Node {
  if (url && /^https?:\/\//i.test(url))
    return el("a", { href: url, rel: "noopener noreferrer", target: "_blank" }, [text]);
  return el("cite", {}, [text]);
}
