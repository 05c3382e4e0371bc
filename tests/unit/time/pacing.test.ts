import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { utc } from "../../../src/story/dates";
import { createPacing, DEFAULT_PACING, type PacingOptions } from "../../../src/time/pacing";
import { indexStory } from "../../../src/time/story_index";
import { nth, tinyStory } from "../story/tiny_story";
import { caucasusIndex } from "./caucasus";
import { eventInput, indexEvents, movementInput } from "./stories";

const DAY = 86_400_000;
const OPTIONS: PacingOptions = { emptyDaysPerSecond: 365, eventSeconds: 2, movementSeconds: 5 };

/** Two events on one day, a month-precision event, a three-day trip, an empty decade, a last flight. */
const rich = indexEvents(
  [
    eventInput("a", "2000-01-01"),
    eventInput("b", "2000-01-01"),
    eventInput("c", "2003-05"),
    eventInput("d", "2003-05-11"),
    eventInput("e", "2013-06-01"),
  ],
  (input) => {
    input.movements = [movementInput("trip", "2003-05-10", "2003-05-12"), movementInput("last", "2013-06-20")];
  },
);
const [first, last] = rich.span;
const pacing = createPacing(rich, OPTIONS);
const timeInSpan = fc.integer({ min: first, max: last });

describe("createPacing(index, options)", () => {
  it("createPacing(index).toPlayback(t) is monotone", () => {
    fc.assert(
      fc.property(timeInSpan, timeInSpan, (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(pacing.toPlayback(lo)).toBeLessThanOrEqual(pacing.toPlayback(hi));
      }),
    );
  });

  it("createPacing(index).fromPlayback(s) is monotone", () => {
    const seconds = fc.double({ min: 0, max: pacing.total, noNaN: true });
    fc.assert(
      fc.property(seconds, seconds, (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(pacing.fromPlayback(lo)).toBeLessThanOrEqual(pacing.fromPlayback(hi));
      }),
    );
  });

  it("createPacing(index).fromPlayback(toPlayback(t)) returns t within 1 ms", () => {
    fc.assert(
      fc.property(timeInSpan, (t) => {
        expect(Math.abs(pacing.fromPlayback(pacing.toPlayback(t)) - t)).toBeLessThanOrEqual(1);
      }),
      { numRuns: 2000 },
    );
  });

  it("createPacing(index).toPlayback(fromPlayback(s)) returns s", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: pacing.total, noNaN: true }), (s) => {
        expect(pacing.toPlayback(pacing.fromPlayback(s))).toBeCloseTo(s, 6);
      }),
    );
  });

  it("createPacing(index) runs from 0 at the start of the span to total at its end", () => {
    expect(pacing.toPlayback(first)).toBe(0);
    expect(pacing.toPlayback(last)).toBe(pacing.total);
    expect(pacing.fromPlayback(0)).toBe(first);
    expect(pacing.fromPlayback(pacing.total)).toBe(last);
  });

  it("createPacing(index).toPlayback(t) clamps outside the span", () => {
    expect(pacing.toPlayback(first - 10 * 365 * DAY)).toBe(0);
    expect(pacing.toPlayback(Number.NEGATIVE_INFINITY)).toBe(0);
    expect(pacing.toPlayback(last + DAY)).toBe(pacing.total);
    expect(pacing.toPlayback(Number.POSITIVE_INFINITY)).toBe(pacing.total);
  });

  it("createPacing(index).fromPlayback(s) clamps outside 0..total", () => {
    expect(pacing.fromPlayback(-5)).toBe(first);
    expect(pacing.fromPlayback(pacing.total + 100)).toBe(last);
  });

  it("createPacing(index).total is at least events × eventSeconds", () => {
    expect(pacing.total).toBeGreaterThanOrEqual(rich.events.length * OPTIONS.eventSeconds);
    const slow = createPacing(rich, { ...OPTIONS, eventSeconds: 30 });
    expect(slow.total).toBeGreaterThanOrEqual(rich.events.length * 30);
    const tiny = indexStory(tinyStory());
    expect(createPacing(tiny).total).toBeGreaterThanOrEqual(tiny.events.length * DEFAULT_PACING.eventSeconds);
  });

  it("createPacing(index) holds the playhead on each event for at least eventSeconds", () => {
    for (let i = 0; i + 1 < rich.events.length; i++) {
      const here = nth(rich.events, i).time;
      const next = nth(rich.events, i + 1).time;
      expect(pacing.toPlayback(next) - pacing.toPlayback(here)).toBeGreaterThanOrEqual(OPTIONS.eventSeconds);
    }
  });

  it("createPacing(index) passes an empty decade in about days / emptyDaysPerSecond seconds", () => {
    const decade = indexEvents([
      eventInput("start", "2000-01-01"),
      eventInput("end", "2010-01-01"),
      eventInput("after", "2010-06-01"),
    ]);
    const days = (utc(2010) - utc(2000, 1, 2)) / DAY;
    for (const emptyDaysPerSecond of [365, 100]) {
      const p = createPacing(decade, { ...OPTIONS, emptyDaysPerSecond });
      // From the day after the first event (its linger is over) to the next event.
      expect(p.toPlayback(utc(2010)) - p.toPlayback(utc(2000, 1, 2))).toBeCloseTo(days / emptyDaysPerSecond, 6);
      // Half the decade takes about half the time.
      expect(p.toPlayback(utc(2005)) - p.toPlayback(utc(2000, 1, 2))).toBeCloseTo(
        (utc(2005) - utc(2000, 1, 2)) / DAY / emptyDaysPerSecond,
        6,
      );
    }
  });

  it("createPacing(index) plays a one-day movement for at least movementSeconds", () => {
    const trip = indexEvents([eventInput("x", "2000"), eventInput("y", "2001")], (input) => {
      input.movements = [movementInput("hop", "2000-06-01")];
    });
    const m = nth(trip.movements);
    for (const movementSeconds of [5, 12]) {
      const p = createPacing(trip, { ...OPTIONS, movementSeconds });
      expect(p.toPlayback(m.end) - p.toPlayback(m.start)).toBeGreaterThanOrEqual(movementSeconds - 1e-9);
    }
  });

  it("createPacing(index) gives a movement drawn where it ends from its start (its event pins its end there) no seconds of its own", () => {
    // The tiny story: the crash and the flight share one day, the last of the span, and the
    // crash pins the flight at its end from the start: nothing moves, only the crash lingers.
    const tiny = indexStory(tinyStory());
    const m = nth(tiny.movements);
    expect(tiny.span[1]).toBe(m.end - 1);
    expect(m.keyframes.every((k) => k.progress === 1)).toBe(true);
    const p = createPacing(tiny, OPTIONS);
    expect(p.toPlayback(tiny.span[1]) - p.toPlayback(m.start)).toBeLessThan(OPTIONS.movementSeconds);
  });

  it("createPacing(caucasus) plays Putin's stay in Baku (arrived with its event) for its card's linger only", () => {
    // A review: after Play at "Putin besucht Baku" nothing moved for 6 s.
    const index = caucasusIndex();
    const visit = index.eventById.get("putin-visits-baku");
    const next = visit && index.events[visit.index + 1];
    if (!visit || !next) throw new Error("putin-visits-baku");
    const p = createPacing(index);
    expect(p.toPlayback(next.time) - p.toPlayback(visit.time)).toBeLessThan(DEFAULT_PACING.eventSeconds + 0.5);
  });

  it("createPacing(index) spreads a movement's seconds by calendar time", () => {
    const trip = indexEvents([eventInput("x", "2000"), eventInput("y", "2001")], (input) => {
      input.movements = [movementInput("hop", "2000-06-01", "2000-06-04")];
    });
    const p = createPacing(trip, OPTIONS);
    const start = utc(2000, 6, 1);
    const firstDay = p.toPlayback(start + DAY) - p.toPlayback(start);
    const lastTwoDays = p.toPlayback(start + 4 * DAY) - p.toPlayback(start + 2 * DAY);
    expect(firstDay).toBeCloseTo(OPTIONS.movementSeconds / 4, 9);
    expect(lastTwoDays).toBeCloseTo(OPTIONS.movementSeconds / 2, 9);
  });

  it("createPacing(index).lingerEnd(t) is the end of one event's linger, t elsewhere", () => {
    const at = (id: string) => rich.eventById.get(id)?.time ?? Number.NaN;
    expect(pacing.lingerEnd(at("e"))).toBe(at("e") + DAY);
    expect(pacing.lingerEnd(at("e") + DAY / 2)).toBe(at("e") + DAY);
    expect(pacing.lingerEnd(at("e") + 2 * DAY)).toBe(at("e") + 2 * DAY);
    // "a" and "b" share a day, spread over it in display order: a's linger ends at b's card.
    expect(pacing.lingerEnd(at("a"))).toBe(at("b"));
    expect(pacing.lingerEnd(last)).toBe(last);
  });

  it("createPacing(caucasus).lingerEnd(Erdogan's card) is the instant Putin's trip to Peking sets off", () => {
    // A review: a presenter step onto the handshake stood still for the card's linger first.
    const index = caucasusIndex();
    const erdogan = index.eventById.get("erdogan-backs-peace-efforts");
    const trip = index.movements.find((m) => m.movement.id === "putin-to-beijing");
    if (!erdogan || !trip) throw new Error("erdogan-backs-peace-efforts");
    expect(createPacing(index).lingerEnd(erdogan.time)).toBe(trip.start);
    expect(trip.start).toBe(erdogan.time + 1);
  });
});
