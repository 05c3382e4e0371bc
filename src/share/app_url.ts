/**
 * URLs of this app built from the page's own location. However a server maps the path (a path
 * like `//evil.example/..%2F/` that a decoding, slash-merging server still serves), the result
 * is an absolute URL on the page's own origin: it is resolved from `location.href`, never glued
 * together from `pathname`, which a browser reads as protocol-relative when it starts with `//`.
 */
export interface PageLocation {
  /** The page's absolute URL, as `location.href`. */
  readonly href: string;
}

/**
 * The page's URL with `search` (with or without "?", "" for none) and `hash` (with or without
 * "#", "" for none) replaced. Always absolute and on the origin of `location.href`.
 */
export function pageUrl(location: PageLocation, parts: { search?: string; hash?: string }): string {
  const url = new URL(location.href);
  if (parts.search !== undefined) url.search = parts.search;
  if (parts.hash !== undefined) url.hash = parts.hash;
  return url.href;
}

/** The page's URL without query and hash: the base that share links and embed codes extend. */
export function pageBase(location: PageLocation): string {
  return pageUrl(location, { search: "", hash: "" });
}

/**
 * history.pushState/replaceState that cannot throw: a browser refuses (SecurityError) a URL it
 * considers off-origin or too frequent, and the app must keep working with the URL unchanged.
 * Returns whether the URL was written.
 */
export function writeHistory(history: History, mode: "push" | "replace", url: string): boolean {
  try {
    if (mode === "push") history.pushState(null, "", url);
    else history.replaceState(null, "", url);
    return true;
  } catch {
    return false;
  }
}
