/**
 * `import()` of a lazy chunk that works again once the connection is back. Browsers may keep a
 * failed module fetch in their module map for the life of the page (the HTML spec says so,
 * whatwg/html#6768; Chromium 150 does), so the same `import()` fails again even online. After a
 * failure this asks once more for the chunk's URL, read from `importer`'s body as the bundler
 * emitted it, with a fresh query: a new entry in the module map. (The approach of npm
 * `@fatso83/retry-dynamic-import`, in a few lines: that package weighs more than the first-load
 * budget has left, issue 16.) A lazy chunk's stylesheet that failed (Vite adds it beside the
 * import, and never asks for it again) is asked for anew too, and waited for.
 *
 * `importer` must be a bare `() => import("…")` (or a transform of it, as vitest's
 * `__vite_ssr_dynamic_import__("…")`); the URL is resolved from this module, which the
 * build puts beside every chunk (dev server: absolute paths). Resolves with the module; rejects
 * with the first error when both tries fail, and the caller shows its notice and tries later.
 */
export function importAgain<T>(importer: () => Promise<T>): Promise<T> {
  const styles = Promise.all(stylesAgain());
  const key = String(importer);
  return importer()
    .catch((error: unknown) => {
      const url = /import\w*\((["'])(.+?)\1/.exec(key)?.[2];
      if (!url) {
        failed.add(key);
        throw error;
      }
      return (import(/* @vite-ignore */ fresh(url)) as Promise<T>).catch(() => {
        failed.add(key);
        throw error;
      });
    })
    .then((module) => styles.then(() => loaded(module, key)));
}

/**
 * The chunks (their importers) that failed and have not loaded since. When one of them loads, the
 * connection is back and the notice that a part of the page could not be loaded (`.part-failed`,
 * src/app/mount.ts) goes; another chunk's load does not take it away (the legend's, in flight
 * when Share failed, removed Share's notice: limits e2e, flaky).
 */
const failed = new Set<string>();
function loaded<T>(module: T, key: string): T {
  if (failed.delete(key)) globalThis.document?.querySelector(".part-failed")?.remove();
  return module;
}

const fresh = (url: string) => `${url}${url.includes("?") ? "&" : "?"}again=${Date.now()}`;

/**
 * Lazy chunks' stylesheets that failed to load: Vite adds them beside a chunk's import and never
 * asks again. (Not the page's own, there when this module starts: src/boot/asset_boot.ts.)
 */
const failedStyles = new Set<HTMLLinkElement>();
const pageStyles = new Set(globalThis.document?.querySelectorAll('link[rel="stylesheet"]'));
globalThis.document?.addEventListener(
  "error",
  ({ target }) => {
    if (target instanceof HTMLLinkElement && target.rel === "stylesheet" && !pageStyles.has(target))
      failedStyles.add(target);
  },
  true,
);

/** Asks anew for each failed stylesheet; each promise settles when it loads or fails again. */
function stylesAgain(): Promise<void>[] {
  return [...failedStyles].map((link) => {
    failedStyles.delete(link);
    const again = link.cloneNode() as HTMLLinkElement;
    again.href = fresh(link.href);
    const settled = new Promise<void>((resolve) => {
      again.onload = again.onerror = () => resolve();
    });
    link.replaceWith(again);
    return settled;
  });
}
