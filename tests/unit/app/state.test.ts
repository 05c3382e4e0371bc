import { describe, expect, it } from "vitest";
import { type AppState, createStore, nextSpeed, SPEEDS } from "../../../src/app/state";

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

describe("createStore(initial)", () => {
  it("createStore(initial).get() is the initial state", () => {
    const state = initial();
    expect(createStore(state).get()).toBe(state);
  });

  it("createStore(initial).set(patch) notifies with the new and the previous state", () => {
    const store = createStore(initial());
    const seen: [AppState, AppState][] = [];
    store.subscribe((state, previous) => seen.push([state, previous]));
    store.set({ t: 5, playing: true });
    expect(seen).toHaveLength(1);
    const [state, previous] = seen[0] ?? [];
    expect(state).toEqual({ ...initial(), t: 5, playing: true });
    expect(previous).toEqual(initial());
    expect(store.get()).toBe(state);
  });

  it("createStore(initial).set(patch) does not notify when nothing changes", () => {
    const store = createStore(initial());
    let calls = 0;
    store.subscribe(() => calls++);
    const before = store.get();
    store.set({ t: 0, lang: "de" });
    store.set({});
    expect(calls).toBe(0);
    expect(store.get()).toBe(before);
  });

  it("createStore(initial).set(patch) notifies when one of several keys changes", () => {
    const store = createStore(initial());
    let calls = 0;
    store.subscribe(() => calls++);
    store.set({ t: 0, org: "csto" });
    expect(calls).toBe(1);
    expect(store.get().org).toBe("csto");
  });

  it("createStore(initial).set(patch) notifies every listener", () => {
    const store = createStore(initial());
    const calls: string[] = [];
    store.subscribe(() => calls.push("a"));
    store.subscribe(() => calls.push("b"));
    store.set({ t: 1 });
    expect(calls).toEqual(["a", "b"]);
  });

  it("createStore(initial).subscribe(listener) returns an unsubscribe", () => {
    const store = createStore(initial());
    let calls = 0;
    const unsubscribe = store.subscribe(() => calls++);
    store.set({ t: 1 });
    unsubscribe();
    store.set({ t: 2 });
    expect(calls).toBe(1);
    expect(store.get().t).toBe(2);
  });
});

describe("nextSpeed(speed, direction)", () => {
  it("nextSpeed(speed, 1) steps up through the speeds", () => {
    expect(nextSpeed(0.5, 1)).toBe(1);
    expect(nextSpeed(1, 1)).toBe(2);
    expect(nextSpeed(4, 1)).toBe(8);
  });

  it("nextSpeed(speed, -1) steps down through the speeds", () => {
    expect(nextSpeed(8, -1)).toBe(4);
    expect(nextSpeed(1, -1)).toBe(0.5);
  });

  it("nextSpeed(speed, direction) clamps at both ends", () => {
    expect(nextSpeed(SPEEDS[SPEEDS.length - 1] ?? 8, 1)).toBe(8);
    expect(nextSpeed(SPEEDS[0], -1)).toBe(0.5);
  });
});
