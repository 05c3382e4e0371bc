/**
 * The snippets a newsroom pastes into its page, and the link to the current view. Pure: options
 * in, text out. Every value is escaped for where it lands (HTML attribute or JS string inside a
 * `<script>`), so a story title like `"<>&'` stays text on the host page.
 */

export type EmbedKind = "iframe" | "pym";

export interface EmbedOptions {
  /** The app's URL without query or hash, e.g. `https://example.org/zeitkarte/`. */
  baseUrl: string;
  /**
   * The folder of the app's index.html, where pym.js ships (default: `baseUrl`'s folder). It
   * differs when the page was opened under a deeper path a server maps to index.html.
   */
  appFolder?: string;
  story: string;
  lang: "de" | "en";
  /** The iframe's accessible name on the host page. */
  title: string;
  /** Start day (YYYY-MM-DD); absent: the story's start. */
  t?: string;
  event?: string;
  autoplay: boolean;
  controls: boolean;
  kind: EmbedKind;
  /** Pixel height of the plain iframe (pym.js sizes its iframe itself). */
  height?: number;
}

export const DEFAULT_EMBED_HEIGHT = 600;

/**
 * The pym.js loader for the host page, relative to where the app is hosted: the build ships it
 * beside index.html (npm package `pym.js`, `dist/pym.v1.min.js`, with its license; see
 * vite.config.ts), so the snippet asks no third party for anything.
 */
export const PYM_SCRIPT_FILE = "pym.v1.min.js";

/** The URL of the pym.js copy that ships beside the app at `baseUrl`. */
export function pymScriptUrl(baseUrl: string): string {
  return new URL(PYM_SCRIPT_FILE, stripUrl(baseUrl)).href;
}

/** `<base>?embed=1&story=…&lang=…[&autoplay=1][&controls=0][#t=…&event=…]` */
export function embedUrl(options: Omit<EmbedOptions, "kind" | "height" | "title">): string {
  const query = new URLSearchParams({ embed: "1", story: options.story, lang: options.lang });
  if (options.autoplay) query.set("autoplay", "1");
  if (!options.controls) query.set("controls", "0");
  const hash = new URLSearchParams();
  if (options.t) hash.set("t", options.t);
  if (options.event) hash.set("event", options.event);
  const fragment = hash.toString();
  return `${stripUrl(options.baseUrl)}?${query.toString()}${fragment ? `#${fragment}` : ""}`;
}

/** The snippet for `options.kind`: a plain iframe, or a pym.js parent that resizes it. */
export function embedCode(options: EmbedOptions): string {
  const url = embedUrl(options);
  if (options.kind === "pym") {
    // The container gets its id when the snippet runs: the first free `zeitkarte-<story>-<n>`,
    // so the same code pasted twice gives two containers and two pym ids (pym.js routes its
    // height messages by that id).
    const prefix = jsString(`zeitkarte-${options.story}-`);
    return [
      `<div data-zeitkarte-embed="${escapeAttribute(options.story)}"></div>`,
      "<!-- pym.js ships with Zeitkarte; a copy your CMS already loads may be used instead. -->",
      `<script src="${escapeAttribute(pymScriptUrl(options.appFolder ?? options.baseUrl))}"></script>`,
      "<script>(function () {",
      `  var box = document.querySelector("[data-zeitkarte-embed]:not([id])"), n = 1;`,
      `  while (document.getElementById(${prefix} + n)) n++;`,
      `  box.id = ${prefix} + n;`,
      `  new pym.Parent(box.id, ${jsString(url)}, {title: ${jsString(options.title)}});`,
      "})();</script>",
    ].join("\n");
  }
  const height = validHeight(options.height);
  return (
    `<iframe src="${escapeAttribute(url)}" title="${escapeAttribute(options.title)}" width="100%" ` +
    `height="${height}" style="border:0" loading="lazy" allow="fullscreen"></iframe>`
  );
}

/** The link to a view: `<base>[?story=…]#<hash>`; the hash as written by `formatHash`. */
export function shareLink(baseUrl: string, hash: string, story?: string): string {
  const query = story === undefined ? "" : `?${new URLSearchParams({ story }).toString()}`;
  const fragment = hash.replace(/^#/, "");
  return `${stripUrl(baseUrl)}${query}${fragment ? `#${fragment}` : ""}`;
}

/** Escapes text for a double- or single-quoted HTML attribute value (and for element text). */
export function escapeAttribute(text: string): string {
  return text.replace(/[&"'<>]/g, (c) => ATTRIBUTE_ESCAPES[c] ?? c);
}

const ATTRIBUTE_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  '"': "&quot;",
  "'": "&#39;",
  "<": "&lt;",
  ">": "&gt;",
};

/**
 * A JS string literal safe inside an inline `<script>`: JSON quoting, plus `<` and `>` as
 * `\u003c`/`\u003e` so neither `</script>` nor `<!--` can end or confuse the script, and the
 * line separators U+2028/U+2029 escaped for older parsers.
 */
export function jsString(text: string): string {
  return JSON.stringify(text).replace(
    /[<>\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

function stripUrl(baseUrl: string): string {
  return baseUrl.replace(/[?#].*$/s, "");
}

function validHeight(height: number | undefined): number {
  if (height === undefined || !Number.isFinite(height)) return DEFAULT_EMBED_HEIGHT;
  return Math.min(4000, Math.max(200, Math.round(height)));
}
