import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readStoryFolder } from "../../../scripts/story_folder";
import { createActions } from "../../../src/app/actions";
import { type AppState, createStore } from "../../../src/app/state";
import { viewFromUrl } from "../../../src/app/url_view";
import { linkDate } from "../../../src/app/view_data";
import { formatHash, parseUrlState } from "../../../src/share/url_state";
import { isoDate, isoDay, mustParseDate } from "../../../src/story/dates";
import type { Story } from "../../../src/story/schema";
import { manualClock } from "../../../src/time/clock";
import { createPacing } from "../../../src/time/pacing";
import { snapshotAt } from "../../../src/time/snapshot";
import { indexStory } from "../../../src/time/story_index";

/** The playback pace, loaded (pacing_loader.ts). */
const paced = (index: Parameters<typeof createPacing>[0]) => {
  const pacing = createPacing(index);
  return () => pacing;
};

function flagship(): Story {
  const folder = readStoryFolder("data/stories/caucasus");
  if (!folder.ok || !folder.result.ok) throw new Error("the flagship story does not load");
  return folder.result.story;
}

const story = flagship();
const index = indexStory(story);
const defaults = { org: "csto", speed: 1 as const, lang: "de" as const };
const last = index.events[index.events.length - 1];
const currentId = (state: AppState) => snapshotAt(index, state.t, state.event).current?.event.id;
/** `t` as the app writes it (src/app/mount.ts). */
const linkAt = (state: AppState) => linkDate(snapshotAt(index, state.t, state.event));
/** The hash the app writes for a state, and the view a fresh tab opens from it. */
const reopen = (state: AppState) =>
  viewFromUrl(index, parseUrlState("", formatHash(state, defaults, currentId(state), linkAt(state))), defaults);

function appAt(patch: Partial<AppState> = {}) {
  const store = createStore({
    story: "caucasus",
    ...viewFromUrl(index, {}, defaults),
    playing: false,
    present: false,
    blank: false,
    ...patch,
  });
  const clock = manualClock();
  const actions = createActions(store, index, paced(index), clock, () => undefined);
  return { store, clock, actions };
}

describe("viewFromUrl(index, url, defaults)", () => {
  it("viewFromUrl(index, {event}) opens that event's card, whatever the time before", () => {
    const view = viewFromUrl(index, parseUrlState("", "#event=armenia-freezes-csto"), defaults);
    expect(view.event).toBe("armenia-freezes-csto");
    expect(snapshotAt(index, view.t, view.event).current?.event.id).toBe("armenia-freezes-csto");
  });

  it("viewFromUrl(index, {t: 2025-05, event: lavrov-in-yerevan}) opens Lavrov, not the event before him", () => {
    const view = viewFromUrl(index, parseUrlState("", "#t=2025-05&event=lavrov-in-yerevan"), defaults);
    expect(snapshotAt(index, view.t, view.event).current?.event.id).toBe("lavrov-in-yerevan");
  });

  it("viewFromUrl(index, {org: sco}) chooses the SCO; an unknown org gives the default", () => {
    expect(viewFromUrl(index, parseUrlState("", "#org=sco"), defaults).org).toBe("sco");
    expect(viewFromUrl(index, parseUrlState("", "#org=nope"), defaults).org).toBe("csto");
    expect(viewFromUrl(index, parseUrlState("", "#org="), defaults).org).toBe("");
  });

  it("viewFromUrl(index, parse(formatHash(state))) keeps presenter mode both ways; a hash without it is the reader's view", () => {
    const presenting = appAt({ present: true }).store.get();
    expect(reopen(presenting).present).toBe(true);
    expect(reopen({ ...presenting, present: false }).present).toBe(false);
    // The query of an older link (?present=1) still opens the presenter; the hash wins over it.
    expect(viewFromUrl(index, parseUrlState("?present=1", "#t=2024"), defaults).present).toBe(true);
    expect(viewFromUrl(index, parseUrlState("?present=1", "#t=2024&present=0"), defaults).present).toBe(false);
  });

  it("viewFromUrl(index, parse(formatHash(state))) keeps 'all lines' both ways; a hash without lines=all draws the default", () => {
    const all = appAt({ allLines: true }).store.get();
    expect(formatHash(all, defaults, currentId(all))).toContain("lines=all");
    expect(reopen(all).allLines).toBe(true);
    expect(reopen({ ...all, allLines: false }).allLines).toBe(false);
    expect(viewFromUrl(index, parseUrlState("", "#t=2024&lines=some"), defaults).allLines).toBe(false);
  });

  it("viewFromUrl(index, {t}) without lang opens in the default language, as the same link in a new tab", () => {
    expect(viewFromUrl(index, parseUrlState("", "#t=2024"), defaults).lang).toBe("de");
    expect(viewFromUrl(index, parseUrlState("", "#t=2024&lang=en"), defaults).lang).toBe("en");
    // The page's query language is the default for a hash without one, as on a fresh load.
    expect(viewFromUrl(index, parseUrlState("", "#t=2024"), { ...defaults, lang: "en" }).lang).toBe("en");
    expect(viewFromUrl(index, parseUrlState("?lang=en", "#t=2024"), defaults).lang).toBe("en");
  });

  it("viewFromUrl(index, formatHash(state after End)) reopens the last event (67/67, not 66/67)", () => {
    const { store, actions } = appAt();
    actions.end();
    expect(currentId(store.get())).toBe(last?.event.id);
    const hash = formatHash(store.get(), defaults, currentId(store.get()));
    expect(hash).toContain(`event=${last?.event.id}`);
    const view = reopen(store.get());
    expect(snapshotAt(index, view.t, view.event).current?.index).toBe(index.events.length - 1);
  });

  it("formatHash(state, defaults, id, view date) names a month event's month, never the day it is spread to", () => {
    const { store, actions } = appAt();
    actions.selectEvent("azal-8243-hit");
    expect(index.eventById.get("azal-8243-hit")?.date.precision).toBe("month");
    expect(formatHash(store.get(), defaults, currentId(store.get()), linkAt(store.get()))).toContain("t=2024-12&");
    const parade = index.eventById.get("beijing-parade-handshake");
    expect(parade?.end).toBeDefined();
    actions.selectEvent("beijing-parade-handshake");
    const hash = formatHash(store.get(), defaults, currentId(store.get()), linkAt(store.get()));
    expect(hash).toContain(`t=${isoDate(parade?.date ?? mustParseDate("2025"))}&`);
    expect(hash).not.toMatch(/t=\d{4}-\d\d-\d\d/);
    expect(reopen(store.get()).t).toBe(parade?.time);
  });

  it("viewFromUrl(index, parse(formatHash(state))) reopens the same event, at a moment inside the date the link names, after any actions (property)", () => {
    type Step = (a: ReturnType<typeof appAt>) => void;
    const step = fc.oneof(
      fc.constant<Step>(({ actions }) => actions.next()),
      fc.constant<Step>(({ actions }) => actions.previous()),
      fc.constant<Step>(({ actions }) => actions.start()),
      fc.constant<Step>(({ actions }) => actions.end()),
      fc.constant<Step>(({ actions }) => actions.step(1)),
      fc.constant<Step>(({ actions }) => actions.step(-1)),
      fc.integer({ min: -3, max: 3 }).map<Step>(
        (months) =>
          ({ actions }) =>
            actions.shiftMonths(months),
      ),
      fc.double({ min: 0, max: 1, noNaN: true }).map<Step>((f) => ({ actions }) => {
        actions.seek(index.span[0] + f * (index.span[1] - index.span[0]));
      }),
      fc.nat(index.events.length - 1).map<Step>((i) => ({ actions }) => {
        actions.selectEvent(index.events[i]?.event.id ?? "");
      }),
      fc.integer({ min: 1, max: 20_000 }).map<Step>((ms) => ({ actions, clock }) => {
        actions.play();
        clock.tick(16);
        clock.tick(ms);
        actions.pause();
      }),
      fc.constantFrom("", "csto", "sco").map<Step>(
        (org) =>
          ({ actions }) =>
            actions.setOrg(org),
      ),
      fc.constantFrom<Step>(
        ({ store }) => store.set({ lang: "en" }),
        ({ store }) => store.set({ lang: "de" }),
        ({ store }) => store.set({ present: true }),
        ({ store }) => store.set({ present: false }),
      ),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 12 }), (steps) => {
        const app = appAt();
        for (const s of steps) s(app);
        const state = app.store.get();
        const view = reopen(state);
        expect(snapshotAt(index, view.t, view.event).current?.event.id).toBe(currentId(state));
        // The same day, or the event's own moment when the link names its month or year.
        const own = index.eventById.get(view.event ?? "")?.time;
        expect(isoDay(view.t) === isoDay(state.t) || view.t === own).toBe(true);
        expect([view.org, view.lang, view.speed]).toEqual([state.org, state.lang, state.speed]);
        app.actions.destroy();
      }),
      { numRuns: 300 },
    );
  });
});
