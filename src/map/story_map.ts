import type { Feature, FeatureCollection, LineString, Position } from "geojson";
import type { AppState } from "../app/state";
import { importAgain } from "../boot/import_again";
import type { Snapshot } from "../time/snapshot";
import type { IndexedEvent, StoryIndex } from "../time/story_index";
import { emphasisAt, lineEnds } from "./emphasis";
import { eventFrame } from "./event_frame";
import { createEventWindow } from "./event_window";
import type { Flasher } from "./flash";
import { MAIN_RANK } from "./framing";
import { restingDestinations } from "./head_dots";
import type { LineLabelFallback } from "./line_label_fallback";
import { lineLabelFeatures } from "./line_labels";
import type { MapView } from "./map_view";
import type { MovementWindow } from "./movement_window";
import { chunkLayerIds } from "./settled_ids";
import { EMPTY, movingFeatures, relationFeatures } from "./story_features";
import { SETTLED_CHUNKS, SETTLED_FROM } from "./story_layers";

/**
 * Draws a snapshot on the map view, touching only what changed since the last one: the stages of
 * events and movements (as feature state while few change, else one playhead each: see
 * story_layers.ts), feature state for the current event and for relations, a small source for the
 * alliance's members, per-frame data only for things in motion. It also owns the short pulse
 * of a newly reached event, the flash of a changed alliance or relation, and the camera in
 * follow mode.
 */
export interface StoryMap {
  update(snapshot: Snapshot, state: AppState, reason: "play" | "jump" | "other"): void;
  /**
   * Frames the current event again in the part of the map left free (after an overlay such as
   * the legend opened or closed over it): always in follow and presenter mode, else only when
   * it is off screen or too small to see. With `reveal`, only as far as brings it out from
   * under the overlays and controls onto the map, at the reader's zoom.
   */
  reframe(snapshot: Snapshot, state: AppState, reveal?: boolean): void;
  /** Forget what was drawn (after a new style): the next update sends everything again. */
  reset(): void;
  /** The movement ends drawn now (story_features.ts, with their stage): a new array when they change. */
  ends(): readonly Feature[];
  /** What moves now (story_features.ts movingFeatures: lines and heads): a new array when it is sent again. */
  moving(): readonly Feature[];
  /** The places the strong lines start or end at (emphasis.ts lineEnds): a new set each time the strong lines are chosen again. */
  lineEnds(): ReadonlySet<string>;
  destroy(): void;
}

const PULSE_MS = 1200;

export function createStoryMap(
  view: MapView,
  index: StoryIndex,
  /** The movements at t and their settled chunks (movement_window.ts), made once per story. */
  movementWindow: MovementWindow,
  reducedMotion: () => boolean,
  countryShape: (iso3: string) => Feature | undefined,
  /** The URL named the event (#event=…): frame it on first drawing. Not for a story's own opening moment. */
  frameFirstEvent = false,
  /**
   * The story's opening event (view_data.ts openingMoment): presenter mode turned on there, or a
   * link naming it, keeps the overview of the whole story, as the opening itself does.
   */
  openingEvent?: string,
): StoryMap {
  // The event markers at t: a small source sent when it changed (event_window.ts).
  const eventWindow = createEventWindow(index);
  let eventsKey = "";
  let movementsKey = "";
  let ends: readonly Feature[] = [];
  let movingNow: readonly Feature[] = [];
  let settledShown = "";
  // Which settled chunks' layers are visible (settled_movements.ts: they start hidden).
  let chunkVisible = new Uint8Array(movementWindow.chunks);
  // Chunks that left the range: already invisible by opacity (SETTLED_FROM, SETTLED_CHUNKS) and
  // hidden by layout visibility once the map is idle. A layout change makes MapLibre cut the
  // source's tiles again, and the frame that answers a seek would wait for that work.
  const hideWhenIdle = new Set<number>();
  const stopHiding = view.onIdle(() => {
    for (const c of hideWhenIdle) if (chunkVisible[c] === 0) view.setLayersVisible(chunkLayerIds(c), false);
    hideWhenIdle.clear();
  });
  let strongIndices = new Set<number>();
  let strongEnds: ReadonlySet<string> = new Set();
  let allLines = false;
  let lastCurrent: string | undefined;
  let movingKey = "";
  let allianceKey = "";
  // The organization whose countries the alliance source holds (undefined: none sent yet).
  let allianceOrg: string | undefined;
  /** The shapes of every country with a status in `org` at some time, `iso3` their id. */
  const organizationShapes = (org: string): Feature[] => {
    const countries = new Set(index.memberships.filter((m) => m.organization.id === org).map((m) => m.country));
    return [...countries].flatMap((iso3) => {
      const shape = countryShape(iso3);
      return shape ? [{ ...shape, properties: { iso3, org } }] : [];
    });
  };
  let relationKey = "";
  let statuses = new Map<string, string>();
  let relationStates = new Map<string, string>();
  let pulseFrame: number | undefined;
  let emphasisKey = "";
  let lastCloseUp = false;
  let lastPresent = false;
  let firstDraw = true;
  let strongMovements = new Set<string>();
  const relationLines = new Map<string, Position[]>(
    relationFeatures(index).features.map((f) => [String(f.properties?.id), f.geometry.coordinates]),
  );
  // The words beside lines without room on them (line_label_fallback.ts) come in a chunk of their
  // own, loaded at the map's first idle (issue 16: the first load's weight); they act after an
  // idle or a frame, so a render is asked for once they are there. Where the chunk fails to load,
  // the words on the lines still show.
  let fallback: LineLabelFallback | undefined;
  let strongLines: FeatureCollection<LineString> | undefined;
  let destroyed = false;
  // The flash of a change (flash.ts) too: the first drawing flashes nothing. A change before it
  // is there goes without its flash.
  let flashes: { flasher: Flasher; changedKeys: typeof import("./flash").changedKeys } | undefined;
  const offFirstIdle = view.onIdle(() => {
    offFirstIdle();
    importAgain(() => import("./flash")).then(
      ({ createFlasher, changedKeys }) => {
        if (!destroyed) flashes ??= { flasher: createFlasher(view), changedKeys };
      },
      () => undefined,
    );
    importAgain(() => import("./line_label_fallback")).then(
      ({ createLineLabelFallback }) => {
        if (destroyed || fallback) return;
        fallback = createLineLabelFallback(view);
        if (strongLines) fallback.setLines(strongLines);
        void view.nextRender();
      },
      () => undefined,
    );
  });
  const emphasize = (snapshot: Snapshot, state: AppState) => {
    const travelling = snapshot.moving.filter((m) => m.progress < 1).map((m) => m.movement.movement.id);
    const all = state.allLines === true;
    const key = [snapshot.current?.event.id, state.lang, relationKey, all, ...travelling].join("|");
    if (key === emphasisKey) return false;
    emphasisKey = key;
    const emphasis = emphasisAt(index, snapshot);
    // "All lines" draws every line strong; the words stay on the ones that bear on the event.
    const relations = all ? snapshot.relations.map((r) => r.item.relation.id) : [...emphasis.relations];
    // With all lines, the movement window makes every unexpired movement strong (movement_window.ts).
    allLines = all;
    strongIndices = new Set(emphasis.movements);
    strongEnds = lineEnds(index, emphasis);
    view.setFeatureStates("relations", "strong", new Map(relations.map((id) => [id, 1])));
    const movements = all ? index.movements.map((_, i) => i) : [...emphasis.movements];
    strongMovements = new Set(movements.flatMap((i) => index.movements[i]?.movement.id ?? []));
    const labels = lineLabelFeatures(index, emphasis, snapshot, state.lang, relationLines);
    view.setData("line-labels", labels);
    strongLines = labels;
    fallback?.setLines(labels);
    return true;
  };
  // The current event's places and the routes of the movements it belongs to, with the places
  // of its countries around them (event_frame.ts): AZAL 8243's hit shows Baku, Grosny and the
  // plane, not a dot under a label, and a phone shows the region, not one country.
  view.keepClear(index.story.places.filter((p) => p.rank <= MAIN_RANK).map((p): [number, number] => [p.lon, p.lat]));
  const show = (event: IndexedEvent, mode: "zoom" | "frame" | "uncover", instant = reducedMotion()) => {
    const frame = eventFrame(index, event);
    const { focus, countries } = frame;
    // With the places its strong arrows at rest point into (head_dots.ts): no arrow off the map.
    const context = [...frame.context, ...restingDestinations(movingNow)];
    // Revealed, the event's own places (its ring) alone, at the reader's zoom: its context's
    // frame zoomed a phone out from 5.5 to 3.5 when the legend opened over Aktau, and so did its
    // focus, the flight's whole route from Baku, which the free part below the band cannot hold
    // at the reader's zoom (a review). An event without a place reveals its focus.
    const own = event.places.map((p): [number, number] => [p.lon, p.lat]);
    if (mode === "uncover") view.show(own.length > 0 ? own : focus, instant, mode);
    else view.show(focus, instant, mode, context, countries);
  };
  const flash = (reason: string, source: string, before: Map<string, string>, after: Map<string, string>) => {
    // Not on first drawing, not on a change of organization, not for readers who asked for calm.
    if (!flashes || reason === "other" || before.size === 0 || reducedMotion()) return;
    const ids = flashes.changedKeys(before, after).filter((id) => after.has(id));
    if (ids.length > 0) flashes.flasher.flash(source, ids);
  };

  // The rings are sent once per reached event; each frame only moves their feature state
  // `phase` (0 → 1), which MapLibre applies to the drawn tiles without cutting them again.
  const pulse = (snapshot: Snapshot) => {
    const event = snapshot.current;
    if (!event || reducedMotion()) return;
    const started = performance.now();
    const ids = event.places.map((_, i) => i);
    view.setData("pulse", {
      type: "FeatureCollection",
      features: event.places.map((place, i) => ({
        type: "Feature" as const,
        id: i,
        geometry: { type: "Point" as const, coordinates: [place.lon, place.lat] },
        properties: { category: event.event.category },
      })),
    });
    const step = () => {
      const phase = Math.min(1, (performance.now() - started) / PULSE_MS);
      view.setFeatureStates("pulse", "phase", new Map(ids.map((id) => [id, phase])));
      if (phase >= 1) {
        view.setData("pulse", EMPTY);
        pulseFrame = undefined;
        return;
      }
      pulseFrame = requestAnimationFrame(step);
    };
    if (pulseFrame !== undefined) cancelAnimationFrame(pulseFrame);
    step();
  };

  return {
    update(snapshot, state, reason) {
      view.setGlobalState("lang", state.lang);
      const events = eventWindow.at(snapshot.t, snapshot.current?.index);
      if (events.key !== eventsKey) {
        eventsKey = events.key;
        view.setData("events", events.collection);
      }
      const currentId = snapshot.current?.event.id;

      const orgChanged = state.org !== allianceOrg;
      if (orgChanged) {
        // The organization's countries, once: a seek then only sets the statuses that changed.
        allianceOrg = state.org;
        view.setData("alliance", { type: "FeatureCollection", features: organizationShapes(state.org) });
      }
      const memberships = snapshot.memberships.filter((m) => m.item.organization.id === state.org);
      const nextAlliance = memberships.map((m) => m.item.country + m.status).join();
      if (orgChanged || nextAlliance !== allianceKey) {
        allianceKey = nextAlliance;
        const next = new Map(memberships.map((m) => [m.item.country, m.status as string]));
        view.setFeatureStates("alliance", "status", next);
        if (!orgChanged) flash(reason, "alliance", statuses, next);
        statuses = next;
      }
      const nextRelations = snapshot.relations.map((r) => r.item.relation.id + r.status).join();
      if (nextRelations !== relationKey) {
        relationKey = nextRelations;
        const next = new Map(snapshot.relations.map((r) => [r.item.relation.id, r.status as string]));
        view.setFeatureStates("relations", "state", next);
        flash(reason, "relations", relationStates, next);
        relationStates = next;
      }
      const emphasisChanged = emphasize(snapshot, state);
      // The started movements at t: settled chunks by one number, the rest as a small source.
      const movements = movementWindow.at(snapshot.t, snapshot.moving, strongIndices, allLines);
      const { from, to } = movements.settled;
      if (`${from}-${to}` !== settledShown) {
        settledShown = `${from}-${to}`;
        view.setGlobalState(SETTLED_FROM, from);
        view.setGlobalState(SETTLED_CHUNKS, to);
        for (let c = 0; c < chunkVisible.length; c++) {
          const visible = from <= c && c < to ? 1 : 0;
          if (chunkVisible[c] === visible) continue;
          // Not known (2, after a style rebuild): set at once, so a rebuilt map matches the state.
          const known = chunkVisible[c] !== 2;
          chunkVisible[c] = visible;
          if (visible === 0 && known) hideWhenIdle.add(c);
          else view.setLayersVisible(chunkLayerIds(c), visible === 1);
        }
      }
      if (movements.key !== movementsKey) {
        movementsKey = movements.key;
        const active = movements.active();
        view.setData("movements", active.routes);
        view.setData("movement-ends", active.ends);
        ends = active.ends.features;
      }
      // Re-sent only when something in motion moved (a movement paused at a place does not).
      // The current event's places too: a head waiting at one stops at its ring's edge.
      const nextMoving = `${currentId}:${snapshot.moving.map((m) => `${m.movement.movement.id}@${m.progress}`).join()}`;
      if (nextMoving !== movingKey || emphasisChanged) {
        const moving = movingFeatures(snapshot.moving, strongMovements, snapshot.current);
        view.setData("moving", moving);
        movingNow = moving.features;
      }
      movingKey = nextMoving;

      const closeUp = state.follow || state.present;
      const closeUpTurnedOn = closeUp && !lastCloseUp;
      // Leaving presenter mode returns to the reader's view of this moment, as a fresh load of
      // its URL shows it: the whole view, with the current event framed where it would be too
      // small or crowded to see there (the AZAL crash at Aktau; a review found the wall's close-up
      // of it left as a wider view than the reader's own). In one cut, with the layout: judged
      // once the new theme had drawn, it showed the whole view without names for seconds first
      // (a review), and whether the event is too small or crowded follows from its markers and
      // the projection, known now.
      if (lastPresent && !state.present) {
        const event = snapshot.current;
        // The reader's layout is back in the page, but MapLibre learns the map's new size only
        // from its ResizeObserver, a frame later: fit to the size the reader will see.
        view.resize();
        view.resetCamera(reducedMotion() || event !== undefined);
        if (event) show(event, state.follow ? "zoom" : "frame", true);
      }
      lastPresent = state.present;
      lastCloseUp = closeUp;
      if (currentId !== lastCurrent || closeUpTurnedOn) {
        const changed = currentId !== lastCurrent;
        lastCurrent = currentId;
        const event = snapshot.current;
        // A link that names an event or a moment (#event=…, #t=…) reaches the event on its card
        // too: frame it on first drawing. The story's own opening (also in presenter mode, opened
        // with ?present=1) keeps the overview with every place of the story; the first step moves in.
        const linked = firstDraw && frameFirstEvent;
        const turnedOn = closeUpTurnedOn && !firstDraw;
        firstDraw = false;
        // At the story's opening, presenter mode (turned on, or linked with the opening event)
        // shows what the opening shows: the whole story, every place named (issue 11: a review
        // found "Präsentieren" on the first view zoomed to Moskau–Baku, four places off the wall).
        const opening = event !== undefined && event.event.id === openingEvent && reason === "other";
        if (opening && (turnedOn || linked)) {
          if (turnedOn) {
            // The wall's layout is in the page; MapLibre learns its size a frame later (as below).
            view.resize();
            view.resetCamera(reducedMotion());
          }
        } else if (event && (reason !== "other" || turnedOn || linked)) {
          if (changed) pulse(snapshot);
          // Every reached event is checked for being too small or crowded to see ("frame").
          show(event, closeUp ? "zoom" : "frame");
        }
      }
    },
    reframe(snapshot, state, reveal = false) {
      if (snapshot.current)
        show(snapshot.current, reveal ? "uncover" : state.follow || state.present ? "zoom" : "frame");
    },
    ends: () => ends,
    moving: () => movingNow,
    lineEnds: () => strongEnds,
    reset() {
      eventsKey = "";
      movementsKey = "";
      settledShown = "";
      // Whatever the new style says, each chunk is set again (2: not known).
      chunkVisible = new Uint8Array(movementWindow.chunks).fill(2);
      lastCurrent = undefined;
      movingKey = "reset";
      allianceKey = "";
      allianceOrg = undefined;
      relationKey = "";
      statuses = new Map();
      relationStates = new Map();
      emphasisKey = "";
      flashes?.flasher.stop();
    },
    destroy() {
      stopHiding();
      destroyed = true;
      offFirstIdle();
      fallback?.stop();
      if (pulseFrame !== undefined) cancelAnimationFrame(pulseFrame);
      flashes?.flasher.stop();
    },
  };
}
