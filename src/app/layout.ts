import { LANGS, type Lang, t } from "../i18n/t";
import type { Story } from "../story/schema";
import { el } from "../ui/dom";
import { svgIcon } from "../ui/svg_icon";

/** The page's skeleton: header, map, side panel (bottom sheet on phones), timeline, live region. */
export interface Layout {
  title: HTMLElement;
  orgSelect: HTMLSelectElement;
  orgLabel: HTMLElement;
  langButtons: Map<Lang, HTMLButtonElement>;
  tools: HTMLElement;
  map: HTMLElement;
  mapDate: HTMLElement;
  legendSlot: HTMLElement;
  card: HTMLElement;
  panel: HTMLElement;
  controls: HTMLElement;
  timeline: HTMLElement;
  announcer: HTMLElement;
  skip: HTMLAnchorElement;
  presentButton: HTMLButtonElement;
  credit: HTMLElement;
  fullLink: HTMLAnchorElement;
  timelineArea: HTMLElement;
}

export function createLayout(root: HTMLElement, story: Story, lang: Lang): Layout {
  const title = el("h1", { class: "story-title" }, [story.meta.title[lang]]);
  const orgSelect = el("select", { id: "org-select" });
  const orgLabel = el("label", { for: "org-select" }, [t(lang, "organization")]);
  const langButtons = new Map(
    LANGS.map((code) => [
      code,
      el("button", { type: "button", class: "lang", lang: code, "aria-pressed": String(code === lang) }, [
        code.toUpperCase(),
      ]),
    ]),
  );
  const presentButton = el("button", { type: "button", class: "present-button", "aria-keyshortcuts": "P" }, [
    svgIcon("present"),
    el("span", {}, [t(lang, "present")]),
  ]);
  const tools = el("div", { class: "masthead-tools" }, [
    el("div", { class: "org-picker" }, [orgLabel, orgSelect]),
    el("div", { class: "lang-switch", role: "group", "aria-label": t(lang, "language") }, [...langButtons.values()]),
    presentButton,
  ]);
  // Shown in the embed view only: who the story comes from, and the way out to the full map. A
  // narrow or short frame gives the credit one line (embed.css); a tap or click shows it whole,
  // as does a hover (a review found the source cut off with no way to read it).
  const creditText = t(lang, "credit", { credit: story.meta.credit[lang] });
  const credit = el("button", { type: "button", class: "embed-credit", "aria-expanded": "false", title: creditText }, [
    creditText,
  ]);
  credit.addEventListener("click", () =>
    credit.setAttribute("aria-expanded", String(credit.getAttribute("aria-expanded") !== "true")),
  );
  const fullLink = el("a", { class: "embed-full-link", href: "./", target: "_blank", rel: "noopener" }, [
    t(lang, "openFullMap"),
  ]);
  const mapDate = el("p", { class: "map-date", "aria-hidden": "true" });
  const legendSlot = el("div", { class: "legend-slot" });
  const map = el("div", {
    class: "map",
    id: "map",
    role: "region",
    "aria-label": t(lang, "mapLabel", { title: story.meta.title[lang] }),
  });
  const card = el("div", { class: "card-slot", id: "event-card" });
  const panel = el("aside", { class: "panel", id: "panel" }, [card]);
  const controls = el("div", { class: "controls-slot" });
  const timeline = el("div", { class: "timeline", id: "timeline" });
  const timelineArea = el("footer", { class: "timeline-area" }, [controls, timeline]);
  const announcer = el("div", {
    class: "visually-hidden",
    "aria-live": "polite",
    "aria-atomic": "true",
    id: "announcer",
  });
  const skip = el("a", { class: "skip-link", href: "#text-view" }, [t(lang, "skipToText")]);
  // The skip link moves focus to the text view without touching the URL's hash (the view).
  skip.addEventListener("click", (event) => {
    const target = root.querySelector<HTMLElement>("#text-view");
    if (!target) return;
    event.preventDefault();
    if (!target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
    target.focus();
  });
  // `main` holds the story (display: contents keeps the grid); the timeline and its controls come
  // first in the tab order, so Play is a few presses away, wherever the grid draws them.
  root.replaceChildren(
    skip,
    el("header", { class: "masthead" }, [title, tools, el("div", { class: "embed-meta" }, [credit, fullLink])]),
    el("main", { class: "app-main" }, [
      timelineArea,
      el("div", { class: "map-area" }, [map, mapDate, legendSlot]),
      panel,
    ]),
    announcer,
  );
  return {
    title,
    orgSelect,
    orgLabel,
    langButtons,
    tools,
    map,
    mapDate,
    legendSlot,
    card,
    panel,
    controls,
    timeline,
    announcer,
    skip,
    presentButton,
    credit,
    fullLink,
    timelineArea,
  };
}
