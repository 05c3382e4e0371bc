import { checkOrder } from "./check_order";
import { type PreciseDate, parseDate } from "./dates";
import { pairSafe } from "./errors";
import type { Order } from "./order";
import { findQuotes } from "./quote_search";
import type { Quote, Story } from "./schema";

/**
 * The rules that span several parts of a story and so cannot live in the schema: ids are
 * unique, references resolve, spans end after they start, status changes run forward in time,
 * every quote occurs verbatim in the article it cites, and the documented order can hold
 * (check_order.ts). Returns problems as [path, message].
 */
export type Finding = [path: string, message: string];

/** Quotes are compared after collapsing whitespace, since line breaks in articles are layout. */
export function normalizeWhitespace(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** `articles` maps a source's `file` to its full text; without it, quotes are not checked. */
export function checkStory(story: Story, articles?: ReadonlyMap<string, string>): Finding[] {
  return checkStoryInOrder(story, articles).findings;
}

/**
 * checkStory, with the events' order the order checks computed (check_order.ts): when there are
 * no findings it is the display order, which the loader hands on (load.ts LoadResult `order`).
 */
export function checkStoryInOrder(
  story: Story,
  articles?: ReadonlyMap<string, string>,
): { findings: Finding[]; order: Order } {
  const findings: Finding[] = [];
  const add = (path: string, message: string) => findings.push([path, message]);

  const ids = (name: string, items: readonly { id: string }[]) => {
    const seen = new Map<string, number>();
    items.forEach((item, i) => {
      const first = seen.get(item.id);
      if (first === undefined) seen.set(item.id, i);
      else add(`${name}[${i}].id`, `duplicate id "${item.id}" (first used at ${name}[${first}])`);
    });
    return new Set(seen.keys());
  };
  const sourceIds = ids("sources", story.sources);
  const placeIds = ids("places", story.places);
  const eventIds = ids("events", story.events);
  ids("movements", story.movements);
  ids("organizations", story.organizations);
  ids("relations", story.relations);

  const normalizedArticles = new Map<string, string>();
  for (const source of story.sources) {
    const text = articles?.get(source.file);
    if (text !== undefined) normalizedArticles.set(source.id, normalizeWhitespace(text));
  }

  const place = (path: string, id: string) => {
    if (!placeIds.has(id)) add(path, `unknown place "${id}"`);
  };
  const event = (path: string, id: string) => {
    if (!eventIds.has(id)) add(path, `unknown event "${id}"`);
  };
  // Quotes are searched per article in one pass at the end (see quote_search.ts); a finding's
  // slot is kept so the findings stay in the order of the file.
  const quoted = new Map<string, { slot: number; path: string; quote: Quote }[]>();
  const quote = (path: string, q: Quote) => {
    if (!sourceIds.has(q.article)) return add(`${path}.article`, `unknown article "${q.article}"`);
    const text = normalizedArticles.get(q.article);
    if (articles && text === undefined)
      return add(`${path}.article`, `the text of article "${q.article}" is missing from the story folder`);
    if (text === undefined) return;
    const list = quoted.get(q.article) ?? [];
    quoted.set(q.article, list);
    list.push({ slot: findings.length, path, quote: q });
    findings.push(QUOTE_FOUND);
  };
  const span = (path: string, startText: string, endText: string | undefined, endKey: string) => {
    const start = parseDate(startText);
    const end = endText === undefined ? undefined : parseDate(endText);
    if (start && end && end.end <= start.start)
      add(`${path}.${endKey}`, `"${endText}" ends before it starts ("${startText}")`);
  };

  span("meta.window", story.meta.window.start, story.meta.window.end, "end");

  story.events.forEach((e, i) => {
    const path = `events[${i}]`;
    span(path, e.date, e.end, "end");
    e.places.forEach((id, j) => {
      place(`${path}.places[${j}]`, id);
    });
    e.sources.forEach((q, j) => {
      quote(`${path}.sources[${j}]`, q);
    });
  });

  story.movements.forEach((m, i) => {
    const path = `movements[${i}]`;
    span(path, m.start, m.end, "end");
    m.waypoints.forEach((w, j) => {
      if ("place" in w) place(`${path}.waypoints[${j}].place`, w.place);
    });
    m.events.forEach((id, j) => {
      event(`${path}.events[${j}]`, id);
    });
    m.sources.forEach((q, j) => {
      quote(`${path}.sources[${j}]`, q);
    });
    if (m.short) {
      const quoted = new Set(m.sources.flatMap((q) => numbersIn(q.quote)));
      for (const lang of ["de", "en"] as const) {
        const missing = numbersIn(m.short[lang]).filter((n) => !quoted.has(n));
        if (missing.length > 0)
          add(`${path}.short.${lang}`, `the number ${missing.join(", ")} is in none of the movement's quotes`);
      }
    }
  });

  const changes = (
    path: string,
    list: readonly { date?: string | undefined; event?: string | undefined; source?: Quote | undefined }[],
  ) => {
    let previous: PreciseDate | undefined;
    list.forEach((change, j) => {
      const at = `${path}.changes[${j}]`;
      if (change.event !== undefined) event(`${at}.event`, change.event);
      if (change.source !== undefined) quote(`${at}.source`, change.source);
      if (change.event === undefined && change.source === undefined)
        add(at, "a change needs an event or a source quote");
      if (change.date === undefined) {
        if (j > 0) add(`${at}.date`, "only the first change may omit its date");
        return;
      }
      const date = parseDate(change.date);
      if (date && previous && date.start < previous.start)
        add(`${at}.date`, `"${change.date}" is earlier than the change before it`);
      previous = date ?? previous;
    });
  };
  story.organizations.forEach((org, i) => {
    org.memberships.forEach((m, j) => {
      changes(`organizations[${i}].memberships[${j}]`, m.changes);
    });
  });
  story.relations.forEach((r, i) => {
    r.between.forEach((id, j) => {
      place(`relations[${i}].between[${j}]`, id);
    });
    changes(`relations[${i}]`, r.changes);
  });
  const order = checkOrder(story, add);

  for (const [article, list] of quoted) {
    const found = findQuotes(
      normalizedArticles.get(article) ?? "",
      list.map((item) => normalizeWhitespace(item.quote.quote)),
    );
    list.forEach((item, i) => {
      if (found.has(i)) return;
      const message = `quote not found verbatim in article "${article}": "${abbreviate(item.quote.quote)}"`;
      findings[item.slot] = [`${item.path}.quote`, message];
    });
  }
  return { findings: findings.filter((finding) => finding !== QUOTE_FOUND), order };
}

/**
 * The numbers in `text` as digits only, whatever groups their thousands: "11.000", "11 000",
 * "11,000" and "11\u202f000" all give "11000"; other numbers stand alone ("2,5" gives "2" and
 * "5"). Linear in the text's length.
 */
export function numbersIn(text: string): string[] {
  return (text.match(/\d{1,3}(?:[.,\u00a0\u202f ]\d{3})+(?!\d)|\d+/g) ?? []).map((n) => n.replace(/\D/g, ""));
}

/** The placeholder of a quote check that found its quote. */
const QUOTE_FOUND: Finding = ["", ""];

function abbreviate(text: string): string {
  return text.length > 80 ? `${text.slice(0, pairSafe(text, 77))}…` : text;
}
