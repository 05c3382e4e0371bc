import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ampHeightMessage,
  datawrapperHeightMessage,
  parseEmbedCommand,
  parsePymWidth,
  pymHeightMessage,
  readEmbedParams,
  stateMessage,
} from "../../../src/share/embed_messages";
import { utc } from "../../../src/story/dates";

const STATE = { story: "caucasus", t: "2024-12-25", event: "azal-8243-crash", playing: false, lang: "de" } as const;

describe("height messages", () => {
  it("pymHeightMessage(id, px) is pym.js v1's `pymxPYMx<id>xPYMxheightxPYMx<px>`", () => {
    expect(pymHeightMessage("zeitkarte", 612)).toBe("pymxPYMxzeitkartexPYMxheightxPYMx612");
    // What an unmodified pym.Parent matches (its _makeMessageRegex for the container id).
    const parentRegex = /^pymxPYMxzeitkartexPYMx(\S+)xPYMx(.*)$/;
    expect(parentRegex.exec(pymHeightMessage("zeitkarte", 612))?.slice(1)).toEqual(["height", "612"]);
  });

  it("parsePymWidth(id, data) reads the parent's width notice for this child only", () => {
    expect(parsePymWidth("zeitkarte", "pymxPYMxzeitkartexPYMxwidthxPYMx800")).toBe(800);
    expect(parsePymWidth("zeitkarte", "pymxPYMxotherxPYMxwidthxPYMx800")).toBeUndefined();
    expect(parsePymWidth("zeitkarte", "pymxPYMxzeitkartexPYMxheightxPYMx800")).toBeUndefined();
    expect(parsePymWidth("zeitkarte", "pymxPYMxzeitkartexPYMxwidthxPYMxwide")).toBeUndefined();
    expect(parsePymWidth("zeitkarte", { width: 800 })).toBeUndefined();
  });

  it("datawrapperHeightMessage(id, px) is {'datawrapper-height': {id: px}}", () => {
    expect(datawrapperHeightMessage("my-map", 612)).toEqual({ "datawrapper-height": { "my-map": 612 } });
    expect(JSON.stringify(datawrapperHeightMessage("a_1", 5))).toBe('{"datawrapper-height":{"a_1":5}}');
  });

  it("ampHeightMessage(px) is AMP's embed-size request", () => {
    expect(ampHeightMessage(612)).toEqual({ sentinel: "amp", type: "embed-size", height: 612 });
  });
});

describe("readEmbedParams(search)", () => {
  it("readEmbedParams(search) reads pym's childId and a Datawrapper-style id", () => {
    expect(readEmbedParams("?embed=1&initialWidth=800&childId=zeitkarte&id=map_1")).toEqual({
      pymId: "zeitkarte",
      id: "map_1",
    });
    expect(readEmbedParams("")).toEqual({ pymId: undefined, id: undefined });
  });

  it("readEmbedParams(search) drops ids that are too long or carry other characters", () => {
    for (const id of ["", "a b", "a/b", "<x>", "x".repeat(65), "__proto__", "ä"])
      expect(readEmbedParams(`?id=${encodeURIComponent(id)}`).id).toBeUndefined();
    expect(readEmbedParams(`?id=${"x".repeat(64)}`).id).toBe("x".repeat(64));
    for (const id of ["a b", "a(b)", "x".repeat(129), "a*"])
      expect(readEmbedParams(`?childId=${encodeURIComponent(id)}`).pymId).toBeUndefined();
  });
});

describe("stateMessage(state, requestId)", () => {
  it("stateMessage(state) is the change notice; with a requestId, the answer to get-state", () => {
    expect(stateMessage(STATE)).toEqual({ type: "zeitkarte:state", state: STATE });
    expect(stateMessage(STATE, "r1")).toEqual({ type: "zeitkarte:state", requestId: "r1", state: STATE });
    expect(stateMessage(STATE, 7)).toEqual({ type: "zeitkarte:state", requestId: 7, state: STATE });
  });
});

describe("parseEmbedCommand(data)", () => {
  it("parseEmbedCommand(data) reads set-time as a month, a day or ms UTC", () => {
    expect(parseEmbedCommand({ type: "zeitkarte:set-time", t: "2024-12" })).toEqual({
      type: "zeitkarte:set-time",
      t: utc(2024, 12),
    });
    expect(parseEmbedCommand({ type: "zeitkarte:set-time", t: "2024-12-25" })).toEqual({
      type: "zeitkarte:set-time",
      t: Date.UTC(2024, 11, 25),
    });
    expect(parseEmbedCommand({ type: "zeitkarte:set-time", t: Date.UTC(2024, 11, 25, 12) })).toEqual({
      type: "zeitkarte:set-time",
      t: Date.UTC(2024, 11, 25, 12),
    });
  });

  it("parseEmbedCommand(data) reads every command", () => {
    for (const command of [
      { type: "zeitkarte:play" },
      { type: "zeitkarte:pause" },
      { type: "zeitkarte:select-event", id: "azal-8243-crash" },
      { type: "zeitkarte:set-lang", lang: "en" },
      { type: "zeitkarte:set-lang", lang: "de" },
      { type: "zeitkarte:get-state" },
      { type: "zeitkarte:get-state", requestId: "abc" },
      { type: "zeitkarte:get-state", requestId: 3 },
    ])
      expect(parseEmbedCommand(command)).toEqual(command);
  });

  it("parseEmbedCommand(data) reads the same JSON sent as a string", () => {
    expect(parseEmbedCommand('{"type":"zeitkarte:select-event","id":"azal-8243-crash"}')).toEqual({
      type: "zeitkarte:select-event",
      id: "azal-8243-crash",
    });
    expect(parseEmbedCommand(' {"type":"zeitkarte:play"}')).toEqual({ type: "zeitkarte:play" });
  });

  it("parseEmbedCommand(data) ignores other widgets' and malformed messages", () => {
    const ignored: unknown[] = [
      "x",
      "",
      "{",
      "null",
      '"zeitkarte:play"',
      "pymxPYMxzeitkartexPYMxwidthxPYMx800",
      null,
      undefined,
      42,
      true,
      [],
      [{ type: "zeitkarte:play" }],
      {},
      { type: "play" },
      { type: "zeitkarte:unknown" },
      { type: "zeitkarte:set-time", t: {} },
      { type: "zeitkarte:set-time", t: [] },
      { type: "zeitkarte:set-time", t: null },
      { type: "zeitkarte:set-time" },
      { type: "zeitkarte:set-time", t: "2024-02-30" },
      { type: "zeitkarte:set-time", t: "2024-13" },
      { type: "zeitkarte:set-time", t: "24.12.2024" },
      { type: "zeitkarte:set-time", t: "0000-01-01" },
      { type: "zeitkarte:set-time", t: Number.NaN },
      { type: "zeitkarte:set-time", t: Number.POSITIVE_INFINITY },
      { type: "zeitkarte:set-time", t: 1e20 },
      { type: "zeitkarte:set-time", t: -1e20 },
      { type: "zeitkarte:select-event", id: "" },
      { type: "zeitkarte:select-event", id: "<img src=x>" },
      { type: "zeitkarte:select-event", id: 5 },
      { type: "zeitkarte:select-event", id: "a".repeat(121) },
      { type: "zeitkarte:set-lang", lang: "fr" },
      { type: "zeitkarte:get-state", requestId: {} },
      { type: "zeitkarte:play", extra: 1 },
      { "datawrapper-height": { x: 1 } },
      { sentinel: "amp", type: "embed-size-denied" },
      { type: { toString: () => "zeitkarte:play" } },
    ];
    for (const data of ignored) expect(parseEmbedCommand(data), JSON.stringify(data) ?? String(data)).toBeUndefined();
  });

  it("parseEmbedCommand(data) ignores prototype keys, as JSON and as objects", () => {
    expect(parseEmbedCommand('{"type":"zeitkarte:play","__proto__":{"polluted":true}}')).toBeUndefined();
    expect(parseEmbedCommand(JSON.parse('{"type":"zeitkarte:play","__proto__":{}}'))).toBeUndefined();
    expect(parseEmbedCommand({ type: "zeitkarte:play", constructor: {} })).toBeUndefined();
    expect(parseEmbedCommand({ type: "zeitkarte:get-state", prototype: 1 })).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("parseEmbedCommand(data) ignores payloads over 10 KB and cyclic objects", () => {
    const pad = "x".repeat(11_000);
    expect(parseEmbedCommand(`{"type":"zeitkarte:play"}${" ".repeat(11_000)}`)).toBeUndefined();
    expect(parseEmbedCommand({ type: "zeitkarte:get-state", requestId: pad })).toBeUndefined();
    expect(parseEmbedCommand({ type: pad })).toBeUndefined();
    const cyclic: Record<string, unknown> = { type: "zeitkarte:play" };
    cyclic.self = cyclic;
    expect(parseEmbedCommand(cyclic)).toBeUndefined();
    const wide = Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`k${i}`, i]));
    expect(parseEmbedCommand({ type: "zeitkarte:play", ...wide })).toBeUndefined();
  });

  it("parseEmbedCommand(data) never throws, whatever arrives (fuzz)", () => {
    fc.assert(
      fc.property(fc.anything({ withBigInt: true, withDate: true, withMap: true, withTypedArray: true }), (data) => {
        parseEmbedCommand(data);
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.json(), (text) => {
        parseEmbedCommand(text);
      }),
      { numRuns: 2000 },
    );
  });

  it("parseEmbedCommand(data) accepts only well-formed commands from near-miss records (fuzz)", () => {
    const nearMiss = fc.record(
      {
        type: fc.constantFrom(
          "zeitkarte:set-time",
          "zeitkarte:select-event",
          "zeitkarte:set-lang",
          "zeitkarte:get-state",
          "zeitkarte:play",
        ),
        t: fc.oneof(fc.string(), fc.double(), fc.integer(), fc.anything()),
        id: fc.oneof(fc.string(), fc.anything()),
        lang: fc.oneof(fc.constantFrom("de", "en", "fr"), fc.anything()),
        requestId: fc.anything(),
      },
      { requiredKeys: ["type"] },
    );
    fc.assert(
      fc.property(nearMiss, (data) => {
        const command = parseEmbedCommand(data);
        if (!command) return;
        if (command.type === "zeitkarte:set-time") expect(Number.isFinite(command.t)).toBe(true);
        if (command.type === "zeitkarte:select-event") expect(command.id).toMatch(/^[a-z0-9][a-z0-9-]*$/);
        if (command.type === "zeitkarte:set-lang") expect(["de", "en"]).toContain(command.lang);
      }),
      { numRuns: 2000 },
    );
  });
});
