import { describe, expect, it } from "vitest";
import { mustParseDate, utc } from "../../../src/story/dates";
import { changeTime, firstAfter, indexStory, lastAtOrBefore } from "../../../src/time/story_index";
import { nth, tinyStory } from "../story/tiny_story";
import { caucasusIndex } from "./caucasus";
import { eventInput, ids, indexEvents, movementInput } from "./stories";

const DAY = 86_400_000;

describe("indexStory(story)", () => {
  it("indexStory(story) sorts events by time, then file order", () => {
    const index = indexEvents([
      eventInput("late", "2024-12-25"),
      eventInput("spring", "2024-03"),
      eventInput("late-too", "2024-12-25"),
      eventInput("old", "2023"),
    ]);
    expect(ids(index)).toEqual(["old", "spring", "late", "late-too"]);
    expect(index.events.map((e) => e.index)).toEqual([0, 1, 2, 3]);
    expect(index.eventById.get("late")?.index).toBe(2);
  });

  it("indexStory(story) spreads events that share a date evenly over the shortest of their periods", () => {
    const index = indexEvents([
      eventInput("b", "2024-12"),
      eventInput("a", "2024-12"),
      eventInput("c", "2024-12-01"),
      eventInput("d", "2024-12-02"),
    ]);
    const dec = utc(2024, 12, 1);
    const third = DAY / 3;
    expect(ids(index)).toEqual(["b", "a", "c", "d"]);
    // The day "2024-12-01" is the shortest period of the three, so they share that day.
    expect(index.events.map((e) => e.time)).toEqual([dec, dec + third, dec + 2 * third, utc(2024, 12, 2)]);
    expect(Array.from(index.eventTimes)).toEqual(index.events.map((e) => e.time));
    // The date itself keeps its precision; only the axis position moves.
    expect(index.events.map((e) => e.date.start)).toEqual([dec, dec, dec, utc(2024, 12, 2)]);
  });

  it("indexStory(story) keeps events that share a day inside that day, in file order", () => {
    const index = indexEvents([eventInput("x", "2024-12-25"), eventInput("y", "2024-12-25")]);
    const [x, y] = index.events.map((e) => e.time);
    expect(ids(index)).toEqual(["x", "y"]);
    expect(x).toBe(utc(2024, 12, 25));
    expect(y).toBeGreaterThan(utc(2024, 12, 25));
    expect(y).toBeLessThan(utc(2024, 12, 26));
  });

  it("indexStory(story) does not move an event whose date is not shared", () => {
    const index = indexEvents([eventInput("x", "2024-12"), eventInput("y", "2025")]);
    expect(index.events.map((e) => e.time)).toEqual([utc(2024, 12, 1), utc(2025, 1, 1)]);
  });

  it("indexStory(story) sets until to the end of the last day, month or year (exclusive)", () => {
    const index = indexEvents([
      eventInput("month", "2024-12"),
      eventInput("span", "2025-01-01", "2025-01-03"),
      eventInput("year", "2026"),
    ]);
    expect(index.events.map((e) => e.until)).toEqual([utc(2025, 1, 1), utc(2025, 1, 4), utc(2027, 1, 1)]);
    expect(index.eventById.get("span")?.end?.precision).toBe("day");
    expect(index.eventById.get("month")?.end).toBeUndefined();
  });

  it("indexStory(story) resolves the event's places", () => {
    const index = indexStory(tinyStory());
    expect(nth(index.events).places.map((p) => p.id)).toEqual(["aktau"]);
    expect(index.placeById.get("baku")?.lon).toBe(49.8671);
  });

  it("indexStory(story) spans from the first event to the start of the last", () => {
    const index = indexEvents([
      eventInput("b", "2025-02-10"),
      eventInput("a", "2024-12-25"),
      eventInput("c", "2025-01"),
    ]);
    expect(index.span).toEqual([utc(2024, 12, 25), utc(2025, 2, 10)]);
  });

  it("indexStory(story) spans to the last day of a movement that ends after the last event", () => {
    const index = indexEvents([eventInput("a", "2024-12-25")], (input) => {
      input.movements = [movementInput("m", "2024-12-30", "2025-01-02")];
    });
    expect(index.span).toEqual([utc(2024, 12, 25), utc(2025, 1, 3) - 1]);
  });

  it("indexStory(story) spans from a movement that starts before the first event", () => {
    const index = indexEvents([eventInput("a", "2024-12-25")], (input) => {
      input.movements = [movementInput("m", "2024-11")];
    });
    expect(index.span).toEqual([utc(2024, 11, 1), utc(2024, 12, 25)]);
  });

  it("indexStory(story) without events or movements spans the story's window", () => {
    const index = indexEvents([]);
    expect(index.span).toEqual([utc(2024, 12, 1), utc(2026, 1, 1)]);
    expect(index.eventTimes).toHaveLength(0);
  });

  it("indexStory(story) sorts movements by start and ends them after their last day", () => {
    const index = indexEvents([], (input) => {
      input.movements = [movementInput("later", "2024-12-25"), movementInput("earlier", "2024-12-01", "2024-12-10")];
    });
    expect(index.movements.map((m) => m.movement.id)).toEqual(["earlier", "later"]);
    expect(Array.from(index.movementStarts)).toEqual([utc(2024, 12, 1), utc(2024, 12, 25)]);
    expect(index.movements.map((m) => m.end)).toEqual([utc(2024, 12, 11), utc(2024, 12, 26)]);
    expect(index.longestMovement).toBe(10 * DAY);
    expect(nth(index.movements).waypoints).toEqual([
      [49.8671, 40.4093],
      [51.1983, 43.6532],
    ]);
  });

  it("indexStory(story) plays a movement between the first and last events it links to", () => {
    const index = indexEvents(
      [eventInput("take-off", "2024-12-25"), eventInput("hit", "2024-12-25"), eventInput("crash", "2024-12-25")],
      (input) => {
        input.movements = [{ ...movementInput("m", "2024-12-25"), events: ["crash", "take-off"] }];
      },
    );
    const m = nth(index.movements);
    expect(m.start).toBe(index.eventById.get("take-off")?.time);
    expect(m.end).toBe(index.eventById.get("crash")?.time);
    expect(m.start).toBe(utc(2024, 12, 25));
    expect(m.end).toBeLessThan(utc(2024, 12, 26));
  });

  it("indexStory(story) keeps a movement's own dates when a linked event lies outside them", () => {
    const index = indexEvents([eventInput("before", "2024-12-20"), eventInput("during", "2024-12-25")], (input) => {
      input.movements = [{ ...movementInput("m", "2024-12-25"), events: ["before", "during"] }];
    });
    const m = nth(index.movements);
    expect([m.start, m.end]).toEqual([utc(2024, 12, 25), utc(2024, 12, 26)]);
  });

  it("indexStory(story) keeps a movement's own dates when it links to a single event", () => {
    const index = indexStory(tinyStory());
    const m = nth(index.movements);
    expect([m.start, m.end]).toEqual([utc(2024, 12, 25), utc(2024, 12, 26)]);
  });

  it("indexStory(story) indexes membership changes, undated ones from -Infinity, dated ones with their citing event", () => {
    const index = indexStory(tinyStory());
    expect(index.memberships).toHaveLength(1);
    const membership = nth(index.memberships);
    expect(membership.organization.id).toBe("org");
    expect(membership.country).toBe("AZE");
    expect(membership.changes).toEqual([
      {
        time: Number.NEGATIVE_INFINITY,
        precision: undefined,
        status: "member",
        label: undefined,
        event: undefined,
        statusSince: Number.NEGATIVE_INFINITY,
      },
      // Dated "2024-12", cited by the crash of 25 December: it takes effect with the crash.
      {
        time: utc(2024, 12, 25),
        precision: "month",
        status: "frozen",
        label: undefined,
        event: "crash",
        statusSince: utc(2024, 12, 25),
      },
    ]);
  });

  it("indexStory(story) dates a change that restates its item's status from the change that set it (statusSince)", () => {
    const index = caucasusIndex();
    const changes = index.relations.find((r) => r.relation.id === "aze-ukr")?.changes ?? [];
    // Partners from 2022; "2025-05" and "2025-09" restate it.
    expect(changes.map((c) => c.status)).toEqual(["partners", "partners", "partners"]);
    expect(changes.map((c) => c.statusSince)).toEqual(changes.map(() => changes[0]?.time));
    // Dated "2022", in force from its cited event that year.
    expect(changes[0]?.time).toBeGreaterThanOrEqual(utc(2022, 1, 1));
    expect(changes[0]?.time).toBeLessThan(utc(2023, 1, 1));
    // A change to another status starts its own run: Russia–Azerbaijan turns tense with the hit.
    const rusAze = index.relations.find((r) => r.relation.id === "rus-aze")?.changes ?? [];
    for (const [i, c] of rusAze.entries()) {
      const before = rusAze[i - 1];
      expect(c.statusSince).toBe(before && before.status === c.status ? before.statusSince : c.time);
    }
  });

  it("indexStory(story) spreads a year's events before the next dated event, keeping times sorted", () => {
    const index = indexEvents([
      eventInput("freeze", "2024"),
      eventInput("leak", "2024"),
      eventInput("exit", "2024"),
      eventInput("july", "2024-07"),
      eventInput("troops", "2024-09"),
    ]);
    expect(ids(index)).toEqual(["freeze", "leak", "exit", "july", "troops"]);
    const times = Array.from(index.eventTimes);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(new Set(times).size).toBe(times.length);
    expect(index.eventById.get("exit")?.time).toBeLessThan(utc(2024, 7, 1));
  });

  it("indexStory(story) times a change cited by an event of the same date at that event", () => {
    const index = indexEvents(
      [eventInput("freeze", "2024"), eventInput("leak", "2024"), eventInput("exit", "2024")],
      (input) => {
        input.organizations = [
          {
            id: "org",
            name: { de: "O", en: "O" },
            short: { de: "O", en: "O" },
            memberships: [
              {
                country: "ARM",
                changes: [
                  { status: "member" },
                  { date: "2024", status: "frozen", event: "freeze" },
                  { date: "2024", status: "exit-announced", event: "exit" },
                ],
              },
            ],
          },
        ];
      },
    );
    const [member, frozen, exit] = nth(index.memberships).changes;
    expect(member?.time).toBe(Number.NEGATIVE_INFINITY);
    expect(frozen?.time).toBe(index.eventById.get("freeze")?.time);
    expect(exit?.time).toBe(index.eventById.get("exit")?.time);
    expect(exit?.time).toBeGreaterThan(frozen?.time ?? Number.POSITIVE_INFINITY);
    expect(exit?.precision).toBe("year");
  });

  it("indexStory(story) indexes one membership per organization and country", () => {
    const index = indexStory(
      tinyStory((input) => {
        const org = nth(input.organizations);
        org.memberships = [...(org.memberships ?? []), { country: "RUS", changes: [{ status: "member" }] }];
        input.organizations = [
          org,
          { id: "other", name: { de: "O", en: "O" }, short: { de: "O", en: "O" }, memberships: [] },
        ];
      }),
    );
    expect(index.memberships.map((m) => `${m.organization.id}:${m.country}`)).toEqual(["org:AZE", "org:RUS"]);
  });

  it("indexStory(story) indexes relation changes with their labels", () => {
    const index = indexStory(
      tinyStory((input) => {
        const change = nth(nth(input.relations).changes, 1);
        change.label = { de: "Krise", en: "crisis" };
      }),
    );
    const relation = nth(index.relations);
    expect(relation.relation.id).toBe("aze-rus");
    expect(relation.changes.map((c) => [c.time, c.precision, c.status])).toEqual([
      [Number.NEGATIVE_INFINITY, undefined, "partners"],
      [utc(2024, 12, 25), "day", "strained"],
    ]);
    expect(nth(relation.changes, 1).label).toEqual({ de: "Krise", en: "crisis" });
    expect(nth(relation.changes, 0).label).toBeUndefined();
  });
});

describe("lastAtOrBefore(sorted, value)", () => {
  const sorted = Float64Array.from([10, 20, 20, 30]);

  it("lastAtOrBefore([], value) is -1", () => {
    expect(lastAtOrBefore([], 5)).toBe(-1);
  });

  it("lastAtOrBefore(sorted, value before all) is -1", () => {
    expect(lastAtOrBefore(sorted, 9)).toBe(-1);
  });

  it("lastAtOrBefore(sorted, value equal to elements) is the last equal one", () => {
    expect(lastAtOrBefore(sorted, 10)).toBe(0);
    expect(lastAtOrBefore(sorted, 20)).toBe(2);
    expect(lastAtOrBefore(sorted, 30)).toBe(3);
  });

  it("lastAtOrBefore(sorted, value between elements) is the one before", () => {
    expect(lastAtOrBefore(sorted, 25)).toBe(2);
    expect(lastAtOrBefore(sorted, 19.5)).toBe(0);
  });

  it("lastAtOrBefore(sorted, value after all) is the last index", () => {
    expect(lastAtOrBefore(sorted, 1e15)).toBe(3);
    expect(lastAtOrBefore(sorted, Number.POSITIVE_INFINITY)).toBe(3);
  });
});

describe("firstAfter(sorted, value)", () => {
  const sorted = [10, 20, 20, 30];

  it("firstAfter([], value) is 0", () => {
    expect(firstAfter([], 5)).toBe(0);
  });

  it("firstAfter(sorted, value before all) is 0", () => {
    expect(firstAfter(sorted, 0)).toBe(0);
  });

  it("firstAfter(sorted, value equal to elements) skips all equal ones", () => {
    expect(firstAfter(sorted, 10)).toBe(1);
    expect(firstAfter(sorted, 20)).toBe(3);
  });

  it("firstAfter(sorted, value after all) is the length", () => {
    expect(firstAfter(sorted, 30)).toBe(4);
    expect(firstAfter(sorted, 31)).toBe(4);
  });
});

describe("changeTime(date, event, eventById)", () => {
  const index = caucasusIndex();
  const time = (id: string) => index.eventById.get(id)?.time ?? Number.NaN;

  it("changeTime(December 2024, the crash) is the crash's time: after the hit, which shares the month", () => {
    const december = mustParseDate("2024-12");
    expect(changeTime(december, "azal-8243-crash", index.eventById)).toBe(time("azal-8243-crash"));
    expect(changeTime(december, "azal-8243-crash", index.eventById)).toBeGreaterThan(time("azal-8243-hit"));
  });

  it("changeTime(a date, an event outside it or unknown) is the date's start; undated is −Infinity", () => {
    const year = mustParseDate("2023");
    expect(changeTime(year, "azal-8243-crash", index.eventById)).toBe(utc(2023, 1, 1));
    expect(changeTime(year, "no-such-event", index.eventById)).toBe(utc(2023, 1, 1));
    expect(changeTime(undefined, "azal-8243-crash", index.eventById)).toBe(Number.NEGATIVE_INFINITY);
  });
});
