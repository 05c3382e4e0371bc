import { hasStrings, type Lang, loadStrings } from "../i18n/t";
import type { Store } from "./state";

/**
 * `store` switching language only once that language's strings are loaded (src/i18n/t.ts), so
 * no view renders English with German strings. A patch naming a language not loaded yet applies
 * its other fields at once and the language when the strings arrive, unless another language was
 * asked for in between. Every way to switch (buttons, hash, embed messages) goes through `set`.
 * `onFail` hears a strings chunk that could not be fetched; the language then stays as it was.
 */
export function withStrings(
  store: Store,
  onFail: (error: unknown) => void,
  strings: { has(lang: Lang): boolean; load(lang: Lang): Promise<void> } = { has: hasStrings, load: loadStrings },
): Store {
  let wanted: Lang | undefined;
  return {
    get: store.get,
    subscribe: store.subscribe,
    set(patch) {
      const lang = patch.lang;
      if (lang === undefined) return store.set(patch);
      wanted = lang;
      if (strings.has(lang)) return store.set(patch);
      const { lang: _later, ...now } = patch;
      store.set(now);
      strings.load(lang).then(() => {
        if (wanted === lang) store.set({ lang });
      }, onFail);
    },
  };
}
