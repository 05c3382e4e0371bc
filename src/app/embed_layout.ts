import { tPanel } from "../i18n/panels";
import type { Lang } from "../i18n/t";
import type { PageLocation } from "../share/app_url";
import { el } from "../ui/dom";

/**
 * The embed's layout rules that need code (src/styles/embed.css has the rest): the map's
 * natural height for a frame's width, the height a resizing host (pym.js, Datawrapper, AMP) is
 * asked for, the button that opens the compact card and the link to the full map.
 */

/** The map's natural height in an embed (px) for a frame `width` px wide: 56 % of it, within 260–520. */
export function naturalMapHeight(width: number): number {
  return Math.round(Math.min(520, Math.max(260, width * 0.56)));
}

/**
 * The height (px) the embed asks a resizing host for: everything but the map as laid out now
 * (masthead, card, timeline: heights that depend on the width only, and on whether the card is
 * open) plus the map's natural height. It never depends on the frame's current height, so a
 * frame sized to it stays that size through playback and stepping.
 */
export function embedHeight(root: HTMLElement, mapArea: HTMLElement): number {
  const total = Math.max(root.getBoundingClientRect().height, root.scrollHeight);
  const rest = total - mapArea.getBoundingClientRect().height;
  return Math.ceil(rest + naturalMapHeight(root.getBoundingClientRect().width));
}

/** "Mehr"/"Weniger": opens the compact card (summary, quote) in a taller box, and closes it. */
export function cardToggle(root: HTMLElement, lang: Lang): { button: HTMLButtonElement; setLang(lang: Lang): void } {
  const button = el("button", {
    type: "button",
    class: "card-more",
    "aria-expanded": "false",
    "aria-controls": "event-card",
  });
  let current = lang;
  const label = () => {
    const open = root.classList.contains("card-open");
    button.setAttribute("aria-expanded", String(open));
    button.textContent = tPanel(current, open ? "cardLess" : "cardMore");
  };
  button.addEventListener("click", () => {
    root.classList.toggle("card-open");
    label();
  });
  label();
  return {
    button,
    setLang(next) {
      current = next;
      label();
    },
  };
}

/**
 * The embed's "open full map" link: the same view without the embed chrome (`embed`,
 * `controls`, `autoplay`), on the page's own origin. `hash` (with or without "#") is the view
 * to name — the current state's, since the page's own hash is written only after a throttle;
 * without it the page's hash is kept. `present` is dropped from the view: the link opens a
 * reader's map in a new tab, not a presentation.
 */
export function fullMapUrl(location: PageLocation, hash?: string): string {
  const url = new URL(location.href);
  for (const key of ["embed", "controls", "autoplay"]) url.searchParams.delete(key);
  if (hash !== undefined) url.hash = hash;
  const view = new URLSearchParams(url.hash.replace(/^#/, ""));
  if (view.has("present")) {
    view.delete("present");
    url.hash = view.toString();
  }
  return url.href;
}
