import { describe, expect, it } from "vitest";
import { type AppState, createStore } from "../../../src/app/state";
import { syncUrl } from "../../../src/share/url_sync";

/** A window with a location, a history that writes it, and hash events fired by hand. */
function fakeWindow(href: string) {
  const listeners = new Map<string, EventListenerOrEventListenerObject>();
  const location = { href, hash: new URL(href).hash, search: new URL(href).search };
  const write = (url: string) => {
    location.href = url;
    location.hash = new URL(url).hash;
    location.search = new URL(url).search;
  };
  const win = {
    location,
    history: {
      pushState: (_: unknown, __: string, url: string) => write(url),
      replaceState: (_: unknown, __: string, url: string) => write(url),
    } as unknown as History,
    addEventListener(type: string, listener: EventListenerOrEventListenerObject) {
      listeners.set(type, listener);
    },
    removeEventListener(type: string) {
      listeners.delete(type);
    },
    /** The reader changes the hash (typed, a link, Back): the browser fires hashchange. */
    follow(hash: string) {
      write(new URL(hash, location.href).href);
      const listener = listeners.get("hashchange");
      if (typeof listener === "function") listener(new Event("hashchange"));
    },
  };
  return win;
}

const state0: AppState = {
  story: "caucasus",
  t: 0,
  event: undefined,
  playing: true,
  speed: 1,
  loop: false,
  follow: false,
  org: "csto",
  lang: "de",
  present: false,
  blank: false,
};

describe("syncUrl", () => {
  it("syncUrl(store, { resolve }) reads a changed hash with the page's query, as a fresh load reads the URL (?present=1 stays presenting)", () => {
    // A review: on a page opened by ?present=1, a typed #event=… dropped to the reader's view.
    const store = createStore({ ...state0, present: true });
    const win = fakeWindow("https://example.org/app/?present=1#t=1970-01-01&present=1");
    const sync = syncUrl(store, {
      format: (state) => `#t=${state.t}${state.present ? "&present=1" : ""}`,
      resolve: (url) => ({ t: url.t ?? 0, present: url.present ?? false }),
      win: win as unknown as Window,
    });
    win.follow("#event=azal-8243-crash");
    expect(store.get().present).toBe(true);
    win.follow("#t=1970-01-02");
    expect(store.get().present).toBe(true);
    sync.destroy();
  });

  it("syncUrl(store, { apply }) hands a changed hash's view to apply, stopped, and writes it back in full", () => {
    const store = createStore(state0);
    const win = fakeWindow("https://example.org/app/#t=1970-01-01");
    const applied: Partial<AppState>[] = [];
    const sync = syncUrl(store, {
      format: (state) => `#t=${state.t}&event=${state.event ?? ""}`,
      resolve: (url) => ({ t: url.t ?? 0, event: url.event }),
      apply: (view) => {
        applied.push(view);
        store.set(view);
      },
      win,
    });
    win.follow("#event=armenia-freezes-csto&t=2024-11-20");
    expect(applied).toEqual([{ playing: false, t: Date.UTC(2024, 10, 20), event: "armenia-freezes-csto" }]);
    expect(store.get()).toMatchObject({ playing: false, event: "armenia-freezes-csto" });
    expect(win.location.hash).toBe(`#t=${Date.UTC(2024, 10, 20)}&event=armenia-freezes-csto`);
    // The hash it wrote itself is not a change of the reader's.
    win.follow(win.location.hash);
    expect(applied).toHaveLength(1);
    sync.destroy();
  });

  it("syncUrl(store) without apply sets the store", () => {
    const store = createStore(state0);
    const win = fakeWindow("https://example.org/app/");
    const sync = syncUrl(store, {
      format: (state) => `#event=${state.event ?? ""}`,
      resolve: (url) => ({ event: url.event }),
      win,
    });
    win.follow("#event=lavrov-in-yerevan");
    expect(store.get()).toMatchObject({ playing: false, event: "lavrov-in-yerevan" });
    sync.destroy();
  });
});
