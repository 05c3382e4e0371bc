import { describe, expect, it } from "vitest";
import { withStrings } from "../../../src/app/lang_gate";
import { type AppState, createStore } from "../../../src/app/state";
import type { Lang } from "../../../src/i18n/t";

const initial = (): AppState => ({
  story: "test",
  t: 0,
  event: undefined,
  playing: false,
  speed: 1,
  loop: false,
  follow: false,
  org: "",
  lang: "de",
  present: false,
  blank: false,
});

/** Strings where German is loaded and each load of another language waits until `finish()`. */
function slowStrings() {
  const loaded = new Set<Lang>(["de"]);
  const waiting: (() => void)[] = [];
  return {
    has: (lang: Lang) => loaded.has(lang),
    load: (lang: Lang) =>
      new Promise<void>((resolve) =>
        waiting.push(() => {
          loaded.add(lang);
          resolve();
        }),
      ),
    finish: async () => {
      for (const done of waiting.splice(0)) done();
      await Promise.resolve();
      await Promise.resolve();
    },
  };
}

describe("withStrings(store, onFail, strings)", () => {
  it("withStrings(store).set({ lang: 'en', t }) moves t at once and switches to English only once its strings are loaded", async () => {
    const strings = slowStrings();
    const store = withStrings(createStore(initial()), () => undefined, strings);
    const seen: Lang[] = [];
    store.subscribe((state) => seen.push(state.lang));
    store.set({ lang: "en", t: 5 });
    expect(store.get()).toMatchObject({ lang: "de", t: 5 });
    await strings.finish();
    expect(store.get()).toMatchObject({ lang: "en", t: 5 });
    // No render ever saw English before the English strings were there.
    expect(seen).toEqual(["de", "en"]);
  });

  it("withStrings(store).set({ lang: 'en' }) then { lang: 'de' } before the strings arrive stays German", async () => {
    const strings = slowStrings();
    const store = withStrings(createStore(initial()), () => undefined, strings);
    store.set({ lang: "en" });
    store.set({ lang: "de" });
    await strings.finish();
    expect(store.get().lang).toBe("de");
  });

  it("withStrings(store, onFail).set({ lang: 'en' }) with a chunk that cannot be fetched keeps German and calls onFail", async () => {
    const failures: unknown[] = [];
    const store = withStrings(createStore(initial()), (error) => failures.push(error), {
      has: (lang) => lang === "de",
      load: () => Promise.reject(new Error("offline")),
    });
    store.set({ lang: "en" });
    await Promise.resolve();
    await Promise.resolve();
    expect(store.get().lang).toBe("de");
    expect(failures).toHaveLength(1);
  });

  it("withStrings(store).set({ lang }) for a loaded language applies at once", () => {
    const store = withStrings(createStore(initial()), () => undefined, {
      has: () => true,
      load: () => Promise.resolve(),
    });
    store.set({ lang: "en", org: "csto" });
    expect(store.get()).toMatchObject({ lang: "en", org: "csto" });
  });
});
