import { type MountedMap, mountMap } from "../app/map_mount";
import type { AppState } from "../app/state";
import { describeTime, timelineEvents, timelineLabels, timelineWindow } from "../app/view_data";
import type { Lang } from "../i18n/t";
import { type Camera, prewarmMap } from "../map/map_view";
import { renderEventCard } from "../panel/event_card";
import type { Story } from "../story/schema";
import { snapshotAt } from "../time/snapshot";
import { indexStory, type StoryIndex } from "../time/story_index";
import { createTimeline, type Timeline } from "../timeline/timeline";
import { daysSince } from "../timeline/window";
import { categoryColor } from "../ui/palette";
import { el } from "./dom";

/**
 * The authoring page's live preview: the accepted story drawn by the reader's own map
 * (app/map_mount.ts → map/*), timeline (timeline/*) and event card (panel/event_card.ts). This
 * module is a lazy chunk of the authoring page only; the reader never loads it.
 *
 * `show(story, focus)` replaces the previewed story (a new index, map and timeline: the reader's
 * views are built for one story) and puts the playhead on `focus` (an event id), else on the
 * event it was on if the new story still has it, else on the last event, so the editor sees the
 * candidate they just accepted or edited. Once the editor has moved the camera (a gesture on the
 * map, an event framed from the timeline), a replaced story keeps the camera of the map it
 * replaces, so their view survives an edit; until then each story opens on its own overview. Each map click reports
 * its [lon, lat] (degrees) to `onMapClick` (the place pick).
 */
/** Starts MapLibre's workers now, so the preview's map has them when the first story arrives. */
export function prewarm(): void {
  prewarmMap();
}

export interface Preview {
  readonly element: HTMLElement;
  show(story: Story, focus: string | undefined): void;
  /** Moves the playhead to event `id` of the shown story, if it has one. */
  focus(id: string): void;
  /** The id of the story's event under the playhead (tests and the hint). */
  current(): string | undefined;
}

export function createPreview(lang: Lang, onMapClick: (lonLat: [number, number]) => void): Preview {
  const mapArea = el("div", { class: "preview-map", id: "preview-map" });
  const card = el("div", { class: "preview-card" });
  const timelineArea = el("div", { class: "preview-timeline" });
  const element = el("div", { class: "author-preview-body" }, mapArea, timelineArea, card);
  let index: StoryIndex | undefined;
  let map: MountedMap | undefined;
  let timeline: Timeline | undefined;
  let state: AppState | undefined;
  let generations = 0;
  /** The last camera carried over, for a story replaced again before its map was drawn. */
  let keptCamera: Camera | undefined;
  /** The editor has moved the camera: a gesture on the map, or an event framed from the timeline. */
  let cameraMoved = false;
  for (const type of ["pointerdown", "wheel", "keydown"])
    mapArea.addEventListener(type, () => {
      cameraMoved = true;
    });

  /** "other" keeps the camera (a new story opens on the overview); "jump" frames the event, as in the reader. */
  const draw = (reason: "jump" | "other") => {
    if (!index || !state) return;
    const snapshot = snapshotAt(index, state.t, state.event);
    map?.update(snapshot, state, reason);
    timeline?.update({
      t: state.t,
      currentId: snapshot.current?.event.id,
      valueText: describeTime(snapshot, lang),
      valueNow: daysSince(index.span[0], state.t),
      playing: false,
    });
    const current = snapshot.current;
    card.replaceChildren(
      ...(current
        ? [renderEventCard(index.story, current, lang, `${current.index + 1} / ${index.events.length}`)]
        : []),
    );
    element.dataset.current = current?.event.id ?? "";
  };

  const seek = (t: number, event: string | undefined) => {
    if (!state) return;
    cameraMoved = true;
    state = { ...state, t, event };
    draw("jump");
  };

  return {
    element,
    show(story, focus) {
      const next = indexStory(story);
      const was = state?.event;
      const at =
        next.events.find((e) => e.event.id === focus) ??
        next.events.find((e) => was !== undefined && e.event.id === was) ??
        next.events[next.events.length - 1];
      // The camera of the map being replaced, if the editor moved it (an edit keeps their view);
      // else the new story opens on its own overview (places accepted since are on it).
      const kept = cameraMoved ? (map?.view()?.camera() ?? keptCamera) : undefined;
      keptCamera = kept;
      index = next;
      state = {
        story: "preview",
        t: at?.time ?? next.span[0],
        event: at?.event.id,
        playing: false,
        speed: 1,
        loop: false,
        follow: false,
        org: story.organizations[0]?.id ?? "",
        lang,
        present: false,
        blank: false,
        allLines: true,
      };
      // The reader's map and timeline are built for one story: a new story gets new ones.
      map?.view()?.destroy();
      mapArea.replaceChildren();
      const holder = el("div", { class: "preview-map-canvas" });
      mapArea.append(holder);
      const current = () => {
        const s = state as AppState;
        return { snapshot: snapshotAt(next, s.t, s.event), state: s };
      };
      const generation = ++generations;
      map = mountMap(holder, next, state, current, (view) => {
        // A story replaced while its basemap was still loading: its map is not wanted any more.
        if (generation !== generations) return view.destroy();
        if (kept) view.setCamera(kept);
        view.onMapClick(onMapClick);
        // A hook for end-to-end tests: where the preview map draws [lon, lat] (px from its top left).
        Object.assign(window, {
          __zeitkartePreview: { project: (lon: number, lat: number) => view.project([lon, lat]) },
        });
      });
      timeline?.destroy();
      timeline = createTimeline({
        container: timelineArea,
        span: [next.span[0], next.events.reduce((max, e) => Math.max(max, e.until), next.span[1])],
        window: timelineWindow(story),
        events: timelineEvents(next, lang),
        categoryColor,
        labels: timelineLabels(lang),
        onSeek: (t) => seek(t, undefined),
        onSelectEvent: (id) => seek(next.events.find((e) => e.event.id === id)?.time ?? state?.t ?? 0, id),
      });
      draw("other");
    },
    focus(id) {
      const at = index?.events.find((e) => e.event.id === id);
      if (at) seek(at.time, id);
    },
    current: () => element.dataset.current || undefined,
  };
}
