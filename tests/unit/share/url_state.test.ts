import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type AppState, SPEEDS } from "../../../src/app/state";
import { formatHash, parseUrlState } from "../../../src/share/url_state";
import { utc } from "../../../src/story/dates";

const DAY = 86_400_000;
const FLAGS = ["loop", "follow", "present", "embed", "autoplay", "controls"] as const;
const KNOWN = new Set<string>(["story", "t", "event", "org", "speed", "lang", ...FLAGS]);
const PROTOTYPE_KEYS = ["__proto__", "constructor", "toString", "prototype", "hasOwnProperty", "valueOf"];

const hash = (params: Record<string, string>) => `#${new URLSearchParams(params).toString()}`;

describe("parseUrlState(search, hash)", () => {
  it("parseUrlState(search, hash) of nothing is empty", () => {
    expect(parseUrlState("", "")).toEqual({});
    expect(parseUrlState("?", "#")).toEqual({});
  });

  it("parseUrlState(search, hash) reads t at year, month and day precision as ms UTC", () => {
    expect(parseUrlState("", "#t=2024").t).toBe(utc(2024));
    expect(parseUrlState("", "#t=2024-12").t).toBe(utc(2024, 12));
    expect(parseUrlState("", "#t=2024-12-25").t).toBe(utc(2024, 12, 25));
    expect(parseUrlState("", "#t=2024-12-25").t).toBe(Date.UTC(2024, 11, 25));
  });

  it("parseUrlState(search, hash) reads every allowed speed", () => {
    for (const speed of SPEEDS) expect(parseUrlState("", `#speed=${speed}`).speed).toBe(speed);
  });

  it("parseUrlState(search, hash) reads lang de and en", () => {
    expect(parseUrlState("", "#lang=de").lang).toBe("de");
    expect(parseUrlState("", "#lang=en").lang).toBe("en");
  });

  it("parseUrlState(search, hash) reads flags as 0/1/true/false", () => {
    expect(parseUrlState("?embed=1&present=true", "#loop=0&follow=false&autoplay=1&controls=0")).toEqual({
      embed: true,
      present: true,
      loop: false,
      follow: false,
      autoplay: true,
      controls: false,
    });
  });

  it("parseUrlState(search, hash) reads story, event and org ids, and an empty org", () => {
    expect(parseUrlState("?story=azal-8243", "#event=crash-aktau&org=csto")).toEqual({
      story: "azal-8243",
      event: "crash-aktau",
      org: "csto",
    });
    expect(parseUrlState("", "#org=").org).toBe("");
  });

  it("parseUrlState(search, hash) lets the hash win over the query", () => {
    expect(parseUrlState("?lang=en&speed=2&t=2020", "#lang=de&speed=4&t=2024-12")).toEqual({
      lang: "de",
      speed: 4,
      t: utc(2024, 12),
    });
  });

  it("parseUrlState(search, hash) keeps the query's value when the hash's is invalid", () => {
    expect(parseUrlState("?lang=en", "#lang=fr").lang).toBe("en");
  });

  it("parseUrlState(search, hash) reads a hash with or without its #", () => {
    expect(parseUrlState("", "lang=en").lang).toBe("en");
  });

  it.each([
    ["t", "2024-02-30"],
    ["t", "2023-02-29"],
    ["t", "2024-13"],
    ["t", "24-12"],
    ["t", "0000"],
    ["t", "2024-12-25T00:00"],
    ["t", "1735084800000"],
    ["t", ""],
    ["speed", "3"],
    ["speed", "0"],
    ["speed", ""],
    ["speed", "Infinity"],
    ["speed", "abc"],
    ["lang", "fr"],
    ["lang", "DE"],
    ["lang", ""],
    ["event", "Crash"],
    ["event", "<script>alert(1)</script>"],
    ["event", "-crash"],
    ["event", "crash aktau"],
    ["event", ""],
    ["story", "../etc"],
    ["org", "CSTO"],
    ["loop", "yes"],
    ["follow", "2"],
    ["embed", ""],
  ])("parseUrlState(search, hash) drops %s=%j", (key, value) => {
    expect(parseUrlState(`?${new URLSearchParams({ [key]: value })}`, hash({ [key]: value }))).toEqual({});
  });

  it("parseUrlState(search, hash) drops over-long values", () => {
    expect(parseUrlState("", hash({ event: "a".repeat(120) })).event).toBe("a".repeat(120));
    expect(parseUrlState("", hash({ event: "a".repeat(121) }))).toEqual({});
    expect(parseUrlState("", hash({ story: "a".repeat(81) }))).toEqual({});
    expect(parseUrlState("", hash({ org: "a".repeat(81) }))).toEqual({});
    expect(parseUrlState("", hash({ lang: "d".repeat(5000) }))).toEqual({});
  });

  it("parseUrlState(search, hash) ignores prototype keys", () => {
    const search = PROTOTYPE_KEYS.map((k) => `${k}=1`).join("&");
    const parsed = parseUrlState(`?${search}`, `#${search}&__proto__[polluted]=1`);
    expect(parsed).toEqual({});
    expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("parseUrlState(search, hash) never throws and returns only known keys with valid types (fuzz)", () => {
    const key = fc.oneof(fc.constantFrom(...KNOWN, ...PROTOTYPE_KEYS), fc.string({ maxLength: 12 }));
    const value = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.constantFrom("0", "1", "true", "false", "de", "en", "2024", "2024-12-25", "", "__proto__"),
      fc.constantFrom(...SPEEDS).map(String),
      fc.double().map(String),
      fc.bigInt().map(String),
      fc.constantFrom("1e308", "-1e308", "9".repeat(400), "NaN", "-0", "0x2", "99999-01-01"),
    );
    const params = fc.array(fc.tuple(key, value), { maxLength: 8 });
    const raw = fc.oneof(
      params.map((pairs) => new URLSearchParams(pairs).toString()),
      fc.string({ maxLength: 200 }),
      fc.string({ unit: "binary", maxLength: 100 }),
    );
    const prototypeNames = Object.getOwnPropertyNames(Object.prototype).sort();
    fc.assert(
      fc.property(raw, raw, (search, hashText) => {
        const parsed = parseUrlState(`?${search}`, `#${hashText}`);
        expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
        for (const [k, v] of Object.entries(parsed)) {
          expect(KNOWN.has(k)).toBe(true);
          if (k === "t") expect(Number.isFinite(v)).toBe(true);
          else if (k === "speed") expect(SPEEDS).toContain(v);
          else if (k === "lang") expect(["de", "en"]).toContain(v);
          else if ((FLAGS as readonly string[]).includes(k)) expect(typeof v).toBe("boolean");
          else expect(v).toMatch(/^([a-z0-9][a-z0-9-]*)?$/);
        }
        expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeNames);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 500 },
    );
    // 500 generated URLs take seconds on a shared, loaded machine: the default 5 s is not the point here.
  }, 60_000);
});

describe("formatHash(state, defaults)", () => {
  const defaults = { org: "csto", speed: 1 } as const;
  const state = (patch: Partial<AppState> = {}): AppState => ({
    story: "test",
    t: utc(2024, 12, 25),
    event: undefined,
    playing: false,
    speed: 1,
    loop: false,
    follow: false,
    org: "csto",
    lang: "de",
    present: false,
    blank: false,
    ...patch,
  });

  it("formatHash(state, defaults) writes only t and lang when the rest is default", () => {
    expect(formatHash(state(), defaults)).toBe("#t=2024-12-25&lang=de");
  });

  it("formatHash(state, defaults) writes t at day precision", () => {
    expect(formatHash(state({ t: utc(2024, 12, 25) + 13 * 3_600_000 }), defaults)).toBe("#t=2024-12-25&lang=de");
  });

  it("formatHash(state, defaults) writes an empty org when none is chosen", () => {
    const written = formatHash(state({ org: "" }), defaults);
    expect(written).toBe("#t=2024-12-25&org=&lang=de");
    expect(parseUrlState("", written).org).toBe("");
  });

  it("formatHash(state, defaults) round-trips through parseUrlState", () => {
    const full = state({ event: "crash", org: "eaeu", speed: 4, lang: "en", loop: true, follow: true, present: true });
    expect(parseUrlState("", formatHash(full, defaults))).toEqual({
      t: utc(2024, 12, 25),
      event: "crash",
      org: "eaeu",
      speed: 4,
      lang: "en",
      loop: true,
      follow: true,
      present: true,
    });
  });

  it("formatHash(state, defaults) writes present=1 in presenter mode and nothing for the reader's view", () => {
    expect(formatHash(state({ present: true }), defaults)).toBe("#t=2024-12-25&lang=de&present=1");
    expect(parseUrlState("", formatHash(state({ present: false }), defaults)).present).toBeUndefined();
  });

  it("formatHash(state, defaults) round-trips any valid view through parseUrlState (property)", () => {
    const id = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,30}$/);
    const view = fc.record({
      day: fc.integer({ min: Math.ceil(utc(1) / DAY), max: Math.floor(utc(9999, 12, 31) / DAY) }),
      offset: fc.integer({ min: 0, max: DAY - 1 }),
      event: fc.option(id, { nil: undefined }),
      org: fc.oneof(id, fc.constant("")),
      speed: fc.constantFrom(...SPEEDS),
      lang: fc.constantFrom("de" as const, "en" as const),
      loop: fc.boolean(),
      follow: fc.boolean(),
      present: fc.boolean(),
      allLines: fc.boolean(),
    });
    fc.assert(
      fc.property(view, ({ day, offset, ...rest }) => {
        const parsed = parseUrlState("", formatHash(state({ ...rest, t: day * DAY + offset }), defaults));
        expect(parsed.t).toBe(day * DAY);
        expect(parsed.event).toBe(rest.event);
        expect(parsed.org).toBe(rest.org === defaults.org ? undefined : rest.org);
        expect(parsed.speed).toBe(rest.speed === defaults.speed ? undefined : rest.speed);
        expect(parsed.lang).toBe(rest.lang);
        expect(parsed.loop).toBe(rest.loop ? true : undefined);
        expect(parsed.follow).toBe(rest.follow ? true : undefined);
        expect(parsed.present).toBe(rest.present ? true : undefined);
        expect(parsed.lines).toBe(rest.allLines ? "all" : undefined);
      }),
    );
  });

  it("formatHash(state, defaults) puts a query's lang behind the hash's", () => {
    expect(parseUrlState("?lang=de", formatHash(state({ lang: "en" }), defaults)).lang).toBe("en");
  });
});
