import { tPanel } from "../i18n/panels";
import { type Lang, locale, t } from "../i18n/t";
import { formatShown, formatSpan, mustParseDate, shownDate } from "../story/dates";
import type { Story } from "../story/schema";
import type { Snapshot } from "../time/snapshot";
import { firstAfter, type StoryIndex } from "../time/story_index";
import { el } from "../ui/dom";
import { describeMembership, describeRelation, eventDate } from "./describe";

/**
 * The story at t in words: the events so far (newest first, the current one marked), every
 * alliance and relation as it stands and the movements begun by t. It is the accessible
 * alternative to the canvas and the whole story where there is no WebGL. Each relation and
 * movement is a button (`data-line-select`, map_clicks.ts) that opens what a click on its line
 * on the map opens: the keyboard way to the lines. Re-rendered only when its content changes.
 */
const MAX_EVENTS = 150;

export interface TextView {
  element: HTMLElement;
  /** `org`: the organization chosen for the map; if it has no members at t, the text says so. */
  update(snapshot: Snapshot, lang: Lang, org?: string): void;
}

export function createTextView(index: StoryIndex, onSelect: (id: string) => void): TextView {
  const heading = el("h2", { id: "text-view-heading", class: "visually-hidden" });
  // The place list follows the whole text view: this link, shown when focused, reaches it in one
  // press instead of a Tab through every event (a review counted 50).
  const toPlaces = el("a", { class: "text-view-skip", href: "#places-heading" });
  const body = el("div", { class: "text-view-body" });
  const element = el("section", { class: "text-view", id: "text-view", "aria-labelledby": "text-view-heading" }, [
    heading,
    toPlaces,
    body,
  ]);
  toPlaces.addEventListener("click", (event) => {
    // The list's own tab stop (a roving tabindex), so ↑/↓ work at once; the URL's hash stays the view.
    const stop = document.querySelector<HTMLElement>('.places .place-link[tabindex="0"]');
    if (!stop) return;
    event.preventDefault();
    stop.focus();
  });
  let key = "";
  element.addEventListener("click", (event) => {
    const button = (event.target as Element).closest<HTMLElement>("[data-select]");
    if (button?.dataset.select) onSelect(button.dataset.select);
  });
  return {
    element,
    update(snapshot, lang, org = "") {
      const date = formatShown(shownDate(snapshot.t, snapshot.current), locale(lang));
      const started = firstAfter(index.movementStarts, snapshot.t);
      const next = [
        lang,
        org,
        snapshot.happened,
        snapshot.current?.event.id,
        date,
        snapshot.memberships.length,
        started,
      ].join("|");
      const statusKey =
        snapshot.memberships.map((m) => m.status).join() + snapshot.relations.map((r) => r.status).join();
      if (next + statusKey === key) return;
      key = next + statusKey;
      heading.textContent = t(lang, "textView");
      toPlaces.textContent = t(lang, "skipToPlaces");
      body.replaceChildren(
        ...render(index.story, index, snapshot, lang, date, org, started).filter((n): n is Node => n !== null),
      );
    },
  };
}

function render(
  story: Story,
  index: StoryIndex,
  snapshot: Snapshot,
  lang: Lang,
  date: string,
  org: string,
  started: number,
): (Node | null)[] {
  const organization = story.organizations.find((o) => o.id === org);
  const noMembers = organization && !snapshot.memberships.some((m) => m.item.organization.id === org);
  const shown = index.events.slice(Math.max(0, snapshot.happened - MAX_EVENTS), snapshot.happened).reverse();
  const hidden = snapshot.happened - shown.length;
  const currentId = snapshot.current?.event.id;
  return [
    el("h3", {}, [tPanel(lang, "eventsHeading", { date })]),
    shown.length === 0
      ? el("p", { class: "empty" }, [tPanel(lang, "nothingYet")])
      : el(
          "ol",
          { class: "event-list", reversed: true },
          shown.map((e) =>
            el("li", { "aria-current": e.event.id === currentId ? "true" : undefined }, [
              el("button", { type: "button", class: "event-link", "data-select": e.event.id }, [
                el("span", { class: "event-link-date" }, [eventDate(e, lang)]),
                " ",
                el("span", { class: "event-link-title" }, [e.event.title[lang]]),
              ]),
            ]),
          ),
        ),
    hidden > 0 ? el("p", { class: "empty" }, [tPanel(lang, "eventsMore", { count: hidden })]) : null,
    el("h3", {}, [tPanel(lang, "alliancesHeading", { date })]),
    lineList(
      snapshot.memberships.map((m) => ({
        id: `${m.item.organization.id}/${m.item.country}`,
        text: describeMembership(story, m, lang),
      })),
      "membership",
      lang,
      "alliance-list",
    ),
    noMembers
      ? el("p", { class: "empty no-members" }, [tPanel(lang, "noMembersAt", { org: organization.short[lang] })])
      : null,
    el("h3", {}, [tPanel(lang, "relationsHeading", { date })]),
    lineList(
      snapshot.relations.map((r) => ({ id: r.item.relation.id, text: describeRelation(story, r, lang) })),
      "relation",
      lang,
    ),
    el("h3", {}, [tPanel(lang, "movementsHeading", { date })]),
    lineList(
      index.movements
        .slice(Math.max(0, started - MAX_EVENTS), started)
        .reverse()
        .map(({ movement: m }) => ({
          id: m.id,
          text: `${formatSpan(mustParseDate(m.start), m.end ? mustParseDate(m.end) : undefined, locale(lang))} ${m.label[lang]}`,
        })),
      "movement",
      lang,
    ),
  ];
}

/**
 * Relations, movements or memberships ("org/ISO3"), each a button that opens what a click on its
 * line or its country's fill opens.
 */
function lineList(
  items: { id: string; text: string }[],
  kind: "relation" | "movement" | "membership",
  lang: Lang,
  className = `${kind}-list`,
): HTMLElement {
  if (items.length === 0) return el("p", { class: "empty" }, [tPanel(lang, "nothingYet")]);
  return el(
    "ul",
    { class: className },
    items.map(({ id, text }) =>
      el("li", {}, [
        el("button", { type: "button", class: "line-link", "data-line-select": id, "data-line-kind": kind }, [text]),
      ]),
    ),
  );
}
