/**
 * `import()` of a lazy chunk that works again once the connection is back. Browsers may keep a
 * failed module fetch in their module map for the life of the page (the HTML spec says so,
 * whatwg/html#6768; Chromium 150 does), so the same `import()` fails again even online. After a
 * failure this asks once more for the chunk's URL, read from `importer`'s body as the bundler
 * emitted it, with a fresh query: a new entry in the module map. (The approach of npm
 * `@fatso83/retry-dynamic-import`, in a few lines: that package weighs more than the first-load
 * budget has left, issue 16.)
 *
 * `importer` must be a bare `() => import("…")` (or a transform of it, as vitest's
 * `__vite_ssr_dynamic_import__("…")`); the URL is resolved from this module, which the
 * build puts beside every chunk (dev server: absolute paths). Resolves with the module; rejects
 * with the first error when both tries fail, and the caller shows its notice and tries later.
 */
export function importAgain<T>(importer: () => Promise<T>): Promise<T> {
  return importer().catch((error: unknown) => {
    const url = /import\w*\((["'])(.+?)\1/.exec(String(importer))?.[2];
    if (!url) throw error;
    const fresh = `${url}${url.includes("?") ? "&" : "?"}again=${Date.now()}`;
    return (import(/* @vite-ignore */ fresh) as Promise<T>).catch(() => {
      throw error;
    });
  });
}
