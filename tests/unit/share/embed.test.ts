import fc from "fast-check";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { type EmbedHost, type EmbedState, startEmbed } from "../../../src/share/embed";
import { utc } from "../../../src/story/dates";

/** Just enough of a window in an iframe: a parent that records messages, listeners, frames, a ResizeObserver. */
function fakeFrame(search = "?embed=1&initialWidth=800&childId=zeitkarte&id=my-map") {
  const listeners = new Map<string, Set<(event: unknown) => void>>();
  const frames = new Map<number, () => void>();
  let nextFrame = 1;
  let resized: (() => void) | undefined;
  const size = { height: 612.4, scrollHeight: 0 };
  const parent = { postMessage: vi.fn() };
  const root = { getBoundingClientRect: () => ({ height: size.height }), scrollHeight: 0 };
  const win = {
    parent,
    location: { search },
    document: { documentElement: root },
    addEventListener: (type: string, listener: (event: unknown) => void) => {
      const set = listeners.get(type) ?? new Set();
      set.add(listener);
      listeners.set(type, set);
    },
    removeEventListener: (type: string, listener: (event: unknown) => void) => listeners.get(type)?.delete(listener),
    requestAnimationFrame: (callback: () => void) => {
      frames.set(nextFrame, callback);
      return nextFrame++;
    },
    cancelAnimationFrame: (id: number) => frames.delete(id),
    setTimeout: (callback: () => void, ms: number) => setTimeout(callback, ms),
    clearTimeout: (id: number) => clearTimeout(id),
    ResizeObserver: class {
      constructor(callback: () => void) {
        resized = callback;
      }
      observe() {}
      disconnect() {
        resized = undefined;
      }
    },
  };
  return {
    win: win as unknown as Window,
    parent,
    size,
    /** Delivers a message as if `source` (the parent by default) had posted it from `origin`. */
    receive(data: unknown, source: unknown = parent, origin = "https://news.example") {
      for (const listener of listeners.get("message") ?? []) listener({ data, source, origin });
    },
    resize() {
      resized?.();
    },
    runFrames() {
      const pending = [...frames.values()];
      frames.clear();
      for (const callback of pending) callback();
    },
    listenerCount: () => [...listeners.values()].reduce((n, set) => n + set.size, 0),
    sent: () => parent.postMessage.mock.calls.map(([message]) => message as unknown),
  };
}

function fakeHost(initial: Partial<EmbedState> = {}) {
  let state: EmbedState = { story: "caucasus", t: "2024-12-01", event: null, playing: false, lang: "de", ...initial };
  const listeners = new Set<() => void>();
  const change = (patch: Partial<EmbedState>) => {
    state = { ...state, ...patch };
    for (const listener of listeners) listener();
  };
  const host = {
    getState: () => state,
    setTime: vi.fn((t: number) => change({ t: new Date(t).toISOString().slice(0, 10) })),
    play: vi.fn(() => change({ playing: true })),
    pause: vi.fn(() => change({ playing: false })),
    selectEvent: vi.fn((id: string) => change({ event: id })),
    setLang: vi.fn((lang: "de" | "en"): Promise<void> | undefined => {
      change({ lang });
      return undefined;
    }),
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  } satisfies EmbedHost;
  return { host, change, listeners };
}

const heights = (messages: unknown[]) =>
  messages.filter(
    (m) => typeof m === "string" || (typeof m === "object" && m !== null && !("type" in m && "state" in m)),
  );
const states = (messages: unknown[]) =>
  messages.filter(
    (m): m is { type: string; state: EmbedState } => (m as { type?: string })?.type === "zeitkarte:state",
  );

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe("startEmbed(host, { win })", () => {
  it("startEmbed(host) tells the parent its height in the pym.js, Datawrapper and AMP formats", () => {
    const frame = fakeFrame();
    startEmbed(fakeHost().host, { win: frame.win });
    expect(heights(frame.sent())).toEqual([
      "pymxPYMxzeitkartexPYMxheightxPYMx613",
      { "datawrapper-height": { "my-map": 613 } },
      { sentinel: "amp", type: "embed-size", height: 613 },
    ]);
    for (const [, targetOrigin] of frame.parent.postMessage.mock.calls) expect(targetOrigin).toBe("*");
  });

  it("startEmbed(host, { measure }) asks for the measured height, not the frame's own", () => {
    const frame = fakeFrame();
    let natural = 700.2;
    startEmbed(fakeHost().host, { win: frame.win, measure: () => natural });
    expect(heights(frame.sent())[0]).toBe("pymxPYMxzeitkartexPYMxheightxPYMx701");
    frame.parent.postMessage.mockClear();
    // The frame changes height (the host applied it): the natural height did not change, so nothing is sent.
    frame.size.height = 701;
    frame.resize();
    frame.runFrames();
    expect(frame.sent()).toEqual([]);
    natural = 820;
    frame.resize();
    frame.runFrames();
    expect(heights(frame.sent())[0]).toBe("pymxPYMxzeitkartexPYMxheightxPYMx820");
  });

  it("startEmbed(host) names the Datawrapper height by the story without an id, and skips pym without childId", () => {
    const frame = fakeFrame("?embed=1&id=no%20spaces");
    startEmbed(fakeHost().host, { win: frame.win });
    expect(heights(frame.sent())).toEqual([
      { "datawrapper-height": { caucasus: 613 } },
      { sentinel: "amp", type: "embed-size", height: 613 },
    ]);
  });

  it("startEmbed(host) sends a changed height once per frame, and an unchanged one not at all", () => {
    const frame = fakeFrame();
    startEmbed(fakeHost().host, { win: frame.win });
    frame.parent.postMessage.mockClear();
    frame.resize();
    frame.runFrames();
    expect(frame.sent()).toEqual([]);
    frame.size.height = 480;
    frame.resize();
    frame.resize();
    frame.runFrames();
    vi.advanceTimersByTime(1000);
    expect(heights(frame.sent())).toEqual([
      "pymxPYMxzeitkartexPYMxheightxPYMx480",
      { "datawrapper-height": { "my-map": 480 } },
      { sentinel: "amp", type: "embed-size", height: 480 },
    ]);
  });

  it("startEmbed(host) measures even when frames are paused (a hidden iframe)", () => {
    const frame = fakeFrame();
    startEmbed(fakeHost().host, { win: frame.win });
    frame.parent.postMessage.mockClear();
    frame.size.height = 700;
    frame.resize();
    vi.advanceTimersByTime(250);
    expect(heights(frame.sent())).toContainEqual({ sentinel: "amp", type: "embed-size", height: 700 });
  });

  it("startEmbed(host) answers pym.Parent's width message with the pym height", () => {
    const frame = fakeFrame();
    startEmbed(fakeHost().host, { win: frame.win });
    frame.parent.postMessage.mockClear();
    frame.receive("pymxPYMxzeitkartexPYMxwidthxPYMx400");
    expect(frame.sent()).toEqual(["pymxPYMxzeitkartexPYMxheightxPYMx613"]);
    frame.receive("pymxPYMxsomeone-elsexPYMxwidthxPYMx400");
    expect(frame.sent()).toHaveLength(1);
  });

  it("startEmbed(host) does nothing in a top-level window", () => {
    const frame = fakeFrame();
    const win = frame.win as unknown as { parent: unknown };
    win.parent = win;
    startEmbed(fakeHost().host, { win: frame.win });
    expect(frame.listenerCount()).toBe(0);
  });

  it("destroy() removes every listener and sends nothing more", () => {
    const frame = fakeFrame();
    const { host, change, listeners } = fakeHost();
    const embed = startEmbed(host, { win: frame.win });
    embed.destroy();
    frame.parent.postMessage.mockClear();
    expect(frame.listenerCount()).toBe(0);
    expect(listeners.size).toBe(0);
    change({ event: "x" });
    vi.advanceTimersByTime(1000);
    expect(frame.sent()).toEqual([]);
  });
});

describe("the postMessage API", () => {
  const setup = () => {
    const frame = fakeFrame();
    const fake = fakeHost();
    startEmbed(fake.host, { win: frame.win });
    frame.parent.postMessage.mockClear();
    return { frame, ...fake };
  };

  it("zeitkarte:set-time moves the playhead (month, day, ms)", () => {
    const { frame, host } = setup();
    frame.receive({ type: "zeitkarte:set-time", t: "2024-12" });
    frame.receive({ type: "zeitkarte:set-time", t: "2024-12-25" });
    frame.receive({ type: "zeitkarte:set-time", t: Date.UTC(2025, 0, 2) });
    expect(host.setTime.mock.calls).toEqual([[utc(2024, 12)], [utc(2024, 12, 25)], [Date.UTC(2025, 0, 2)]]);
  });

  it("zeitkarte:play, pause, select-event and set-lang reach the host, also as JSON strings", () => {
    const { frame, host } = setup();
    frame.receive({ type: "zeitkarte:play" });
    frame.receive('{"type":"zeitkarte:pause"}');
    frame.receive({ type: "zeitkarte:select-event", id: "azal-8243-crash" });
    frame.receive(JSON.stringify({ type: "zeitkarte:set-lang", lang: "en" }));
    expect(host.play).toHaveBeenCalledTimes(1);
    expect(host.pause).toHaveBeenCalledTimes(1);
    expect(host.selectEvent).toHaveBeenCalledWith("azal-8243-crash");
    expect(host.setLang).toHaveBeenCalledWith("en");
  });

  it("zeitkarte:get-state is answered to the asking window at its origin, with the requestId", () => {
    const { frame, host } = setup();
    host.selectEvent("azal-8243-crash");
    const source = frame.parent;
    source.postMessage.mockClear();
    frame.receive({ type: "zeitkarte:get-state", requestId: "q1" }, source, "https://news.example");
    expect(source.postMessage).toHaveBeenCalledWith(
      {
        type: "zeitkarte:state",
        requestId: "q1",
        state: { story: "caucasus", t: "2024-12-01", event: "azal-8243-crash", playing: false, lang: "de" },
      },
      "https://news.example",
    );
  });

  it("zeitkarte:get-state right after a set-lang whose strings are loading answers in the new language", async () => {
    // A fresh-eyes review: set-lang "en" then get-state answered "de" (English is a chunk of its own).
    vi.useRealTimers();
    const { frame, host, change } = setup();
    let loaded: () => void = () => undefined;
    host.setLang.mockImplementation((lang) => {
      const strings = new Promise<void>((resolve) => (loaded = resolve));
      return strings.then(() => change({ lang }));
    });
    const source = frame.parent;
    frame.receive({ type: "zeitkarte:set-lang", lang: "en" }, source, "https://news.example");
    frame.receive({ type: "zeitkarte:get-state", requestId: "q2" }, source, "https://news.example");
    frame.receive({ type: "zeitkarte:play" }, source, "https://news.example");
    await Promise.resolve();
    expect(host.play).not.toHaveBeenCalled();
    source.postMessage.mockClear();
    loaded();
    await vi.waitFor(() => expect(host.play).toHaveBeenCalledTimes(1));
    const answers = source.postMessage.mock.calls
      .map(([message]) => message as { requestId?: string; state: EmbedState })
      .filter((message) => message.requestId === "q2");
    expect(answers.map((message) => message.state.lang)).toEqual(["en"]);
  });

  it("zeitkarte:get-state from a sandboxed host (origin 'null') is answered to '*'", () => {
    const { frame } = setup();
    frame.receive({ type: "zeitkarte:get-state" }, frame.parent, "null");
    expect(frame.parent.postMessage).toHaveBeenCalledWith(expect.objectContaining({ type: "zeitkarte:state" }), "*");
  });

  it("messages from windows other than the parent are ignored", () => {
    const { frame, host } = setup();
    const stranger = { postMessage: vi.fn() };
    frame.receive({ type: "zeitkarte:play" }, stranger);
    frame.receive({ type: "zeitkarte:get-state" }, stranger);
    expect(host.play).not.toHaveBeenCalled();
    expect(stranger.postMessage).not.toHaveBeenCalled();
  });

  it("the state is sent on start and after each change, at most four times a second", () => {
    const frame = fakeFrame();
    const { host, change } = fakeHost();
    startEmbed(host, { win: frame.win });
    expect(states(frame.sent())).toHaveLength(1);
    // A second of playback at 60 frames a second, a new day every frame.
    for (let i = 0; i < 60; i++) {
      change({ playing: true, t: new Date(Date.UTC(2024, 0, 1 + i)).toISOString().slice(0, 10) });
      vi.advanceTimersByTime(1000 / 60);
    }
    vi.advanceTimersByTime(1000);
    const sent = states(frame.sent());
    expect(sent.length).toBeGreaterThanOrEqual(4);
    expect(sent.length).toBeLessThanOrEqual(1 + 5);
    // The last state always arrives.
    expect(sent.at(-1)?.state.t).toBe("2024-02-29");
  });

  it("a change that does not alter the state's form sends nothing", () => {
    const frame = fakeFrame();
    const { host, change } = fakeHost();
    startEmbed(host, { win: frame.win });
    frame.parent.postMessage.mockClear();
    change({});
    vi.advanceTimersByTime(1000);
    expect(states(frame.sent())).toEqual([]);
  });

  it("malformed messages never throw and never reach the host (fuzz)", () => {
    const { frame, host } = setup();
    const errors = vi.spyOn(console, "error");
    const receive = (data: unknown) => frame.receive(data);
    receive("x");
    receive({ type: "zeitkarte:set-time", t: {} });
    receive(JSON.parse('{"__proto__":{"type":"zeitkarte:play"}}'));
    receive({ type: "zeitkarte:set-time", t: 1e300 });
    receive(`{"type":"zeitkarte:play","pad":"${"x".repeat(20_000)}"}`);
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.json(), fc.string()), (data) => {
        frame.receive(data);
      }),
      { numRuns: 1000 },
    );
    for (const fn of [host.setTime, host.play, host.pause, host.selectEvent, host.setLang])
      expect(fn).not.toHaveBeenCalled();
    expect(errors).not.toHaveBeenCalled();
  });
});
