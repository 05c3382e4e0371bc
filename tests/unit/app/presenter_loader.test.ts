import { describe, expect, it } from "vitest";
import type { Presenter } from "../../../src/app/presenter";
import { lazyPresenter } from "../../../src/app/presenter_loader";
import type { AppState } from "../../../src/app/state";

const state = (present: boolean) => ({ present }) as AppState;

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
    created: () => created,
    create: () => {
      created++;
      return Promise.resolve(presenter);
    },
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("lazyPresenter(create, onLoad, onFail)", () => {
  it("lazyPresenter(…).update(reader's state) loads nothing", async () => {
    const f = fake();
    const lazy = lazyPresenter(
      f.create,
      () => undefined,
      () => undefined,
    );
    lazy.update(state(false), 3);
    await settle();
    expect(f.created()).toBe(0);
    expect(lazy.loaded).toBeUndefined();
  });

  it("lazyPresenter(…).update(presenting state) loads the presenter once and onLoad draws it", async () => {
    const f = fake();
    const loaded: Presenter[] = [];
    const lazy = lazyPresenter(
      f.create,
      (p) => loaded.push(p),
      () => undefined,
    );
    lazy.update(state(true), 0);
    lazy.update(state(true), 1);
    await settle();
    expect(f.created()).toBe(1);
    expect(loaded).toHaveLength(1);
    lazy.update(state(true), 2);
    expect(f.calls).toEqual(["update true 2"]);
  });

  it("lazyPresenter(…).toggle() before the chunk arrived toggles once it has", async () => {
    const f = fake();
    const lazy = lazyPresenter(
      f.create,
      () => undefined,
      () => undefined,
    );
    lazy.toggle();
    expect(f.calls).toEqual([]);
    await settle();
    expect(f.calls).toEqual(["toggle"]);
  });

  it("lazyPresenter(…) whose chunk cannot be fetched calls onFail and tries again next time", async () => {
    const failures: unknown[] = [];
    let attempts = 0;
    const lazy = lazyPresenter(
      () => {
        attempts++;
        return Promise.reject(new Error("offline"));
      },
      () => undefined,
      (error) => failures.push(error),
    );
    lazy.toggle();
    await settle();
    lazy.toggle();
    await settle();
    expect(failures).toHaveLength(2);
    expect(attempts).toBe(2);
  });
});
