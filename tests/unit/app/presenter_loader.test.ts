import { describe, expect, it, vi } from "vitest";
import type { Presenter } from "../../../src/app/presenter";
import { lazyPresenter } from "../../../src/app/presenter_loader";
import { type AppState, createStore, type Store } from "../../../src/app/state";

const state = (present: boolean) => ({ present }) as AppState;
const store = (present = false): Store => createStore({ present, playing: true } as AppState);

/** A presenter that records its calls, and how often it was created. */
function fake() {
  const calls: string[] = [];
  let created = 0;
  const presenter = {
    keys: {},
    progress: {},
    blank: {},
    update: (s: AppState, i: number | undefined) => calls.push(`update ${s.present} ${i}`),
    toggle: () => calls.push("toggle"),
  } as unknown as Presenter;
  return {
    calls,
    presenter,
    created: () => created,
    create: () => {
      created++;
      return Promise.resolve(presenter);
    },
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const ignore = () => undefined;

describe("lazyPresenter(store, create, onLoad, onFail, ready)", () => {
  it("lazyPresenter(…).update(reader's state) loads nothing", async () => {
    const f = fake();
    const lazy = lazyPresenter(store(), f.create, ignore, ignore);
    lazy.update(state(false), 3);
    await settle();
    expect(f.created()).toBe(0);
    expect(lazy.loaded).toBeUndefined();
  });

  it("lazyPresenter(…).update(presenting state) loads the presenter once and onLoad draws it", async () => {
    const f = fake();
    const loaded: Presenter[] = [];
    const lazy = lazyPresenter(store(), f.create, (p: Presenter) => loaded.push(p), ignore);
    lazy.update(state(true), 0);
    lazy.update(state(true), 1);
    await settle();
    expect(f.created()).toBe(1);
    expect(loaded).toHaveLength(1);
    lazy.update(state(true), 2);
    expect(f.calls).toEqual(["update true 2"]);
  });

  it("lazyPresenter(store, …).toggle() before the chunk arrived enters presenter mode at once", () => {
    // Full screen is asked for in the same handler (a node test has none to give).
    vi.stubGlobal("document", { fullscreenElement: null, documentElement: {} });
    const f = fake();
    const app = store();
    lazyPresenter(app, f.create, ignore, ignore).toggle();
    expect(app.get()).toMatchObject({ present: true, playing: false });
    vi.unstubAllGlobals();
  });

  it("lazyPresenter(store, …).toggle() while presenting, before the chunk arrived, toggles once it has", async () => {
    const f = fake();
    const lazy = lazyPresenter(store(true), f.create, ignore, ignore);
    lazy.toggle();
    expect(f.calls).toEqual([]);
    await settle();
    expect(f.calls).toEqual(["toggle"]);
  });

  it("lazyPresenter(…) whose chunk cannot be fetched calls onFail and tries again next time", async () => {
    const failures: unknown[] = [];
    let attempts = 0;
    const create = () => {
      attempts++;
      return Promise.reject(new Error("offline"));
    };
    const lazy = lazyPresenter(store(true), create, ignore, (error) => failures.push(error));
    lazy.toggle();
    await settle();
    lazy.toggle();
    await settle();
    expect(failures).toHaveLength(2);
    expect(attempts).toBe(2);
  });

  it("lazyPresenter(store, …).update(presenting state) whose chunk cannot be fetched leaves presenter mode and reports", async () => {
    // A review, offline: Präsentieren left the state presenting under the reader's page.
    const exitFullscreen = vi.fn(async () => undefined);
    vi.stubGlobal("document", { fullscreenElement: null, documentElement: {}, exitFullscreen });
    const presenting = store();
    const failures: unknown[] = [];
    const lazy = lazyPresenter(
      presenting,
      () => Promise.reject(new Error("offline")),
      ignore,
      (error) => failures.push(error),
    );
    lazy.toggle();
    expect(presenting.get().present).toBe(true);
    (document as { fullscreenElement: unknown }).fullscreenElement = {};
    lazy.update(presenting.get(), 3);
    await settle();
    expect(presenting.get().present).toBe(false);
    expect(exitFullscreen).toHaveBeenCalledTimes(1);
    expect(failures).toHaveLength(1);
    vi.unstubAllGlobals();
  });

  it("lazyPresenter(…, ready) uses the presenter built already: no chunk is fetched, update draws at once", async () => {
    const f = fake();
    const ready = fake();
    const lazy = lazyPresenter(store(), f.create, ignore, ignore, ready.presenter);
    expect(lazy.loaded).toBe(ready.presenter);
    lazy.update(state(true), 0);
    lazy.toggle();
    await settle();
    expect(f.created()).toBe(0);
    expect(ready.calls).toEqual(["update true 0", "toggle"]);
  });

  it("lazyPresenter(…).keys before the chunk arrived: presses wait for it and act in order (a slow chunk loses no Esc)", async () => {
    const f = fake();
    const pressed: string[] = [];
    (f.presenter as { keys: object }).keys = {
      next: () => pressed.push("next"),
      shiftMonths: (months: number) => pressed.push(`months ${months}`),
      leave: () => pressed.push("leave"),
    };
    let arrive: (p: Presenter) => void = ignore;
    const lazy = lazyPresenter(
      store(true),
      () => new Promise<Presenter>((resolve) => (arrive = resolve)),
      ignore,
      ignore,
    );
    lazy.keys.next();
    lazy.keys.shiftMonths(-1);
    lazy.keys.leave?.();
    await settle();
    expect(pressed).toEqual([]);
    arrive(f.presenter);
    await settle();
    expect(pressed).toEqual(["next", "months -1", "leave"]);
    expect(lazy.keys).toBe(f.presenter.keys);
  });

  it("lazyPresenter(…).keys.leave() when the chunk cannot load still leaves presenter mode and reports", async () => {
    const s = store(true);
    const failed: unknown[] = [];
    const lazy = lazyPresenter(
      s,
      () => Promise.reject(new Error("offline")),
      ignore,
      (e) => failed.push(e),
    );
    lazy.keys.leave?.();
    await settle();
    expect(s.get().present).toBe(false);
    expect(failed).toHaveLength(1);
  });
});
