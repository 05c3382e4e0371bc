/** The timeline's public types, apart from its code so the strips can share them without cycles. */

export interface TimelineEvent {
  id: string;
  /** ms UTC, start of its date. */
  time: number;
  /** ms, end of its period, exclusive. */
  until: number;
  precision: "year" | "month" | "day";
  category: string;
  /** Already in the UI language. */
  title: string;
  /** Already formatted, e.g. "Dezember 2024". */
  dateLabel: string;
}

export interface TimelineLabels {
  overview: string;
  focus: string;
  /** aria-label of the playhead slider. */
  playhead: string;
}

export interface TimelineOptions {
  /** An empty element at the bottom of the page; the timeline owns its children. */
  container: HTMLElement;
  /** The whole story span (ms). */
  span: [number, number];
  /** The initial focus window (ms). */
  window: [number, number];
  /** Sorted by time. */
  events: readonly TimelineEvent[];
  categoryColor(category: string): string;
  labels: TimelineLabels;
  /** The user drags/clicks the playhead or an axis; final=true on release/click. */
  onSeek(t: number, final: boolean): void;
  /** The user clicks or presses Enter/Space on an event tick. */
  onSelectEvent(id: string): void;
  /**
   * Inside a host page (an embed): the wheel zooms the timeline only with Ctrl/⌘, so a plain
   * wheel scrolls the article, as on the map.
   */
  wheelNeedsModifier?: boolean;
  /** The zoom or brush (loaded on first use) failed to load, e.g. offline: the page says so. */
  onLoadFailed?(): void;
}

export interface TimelineState {
  t: number;
  currentId: string | undefined;
  /** Read out by screen readers, e.g. "25. Dezember 2024 — AZAL-Flug 8243 stürzt bei Aktau ab". */
  valueText: string;
  /** Whole days since the span's start (see daysSince in window.ts): the slider's aria-valuenow. */
  valueNow: number;
  /** Playback is running: the focus window follows the playhead unless the reader moved it away. */
  playing: boolean;
}

export interface Timeline {
  /** Called by the app on every state change (cheap: only moves what changed). */
  update(state: TimelineState): void;
  /** Replace events and labels (another story): every mark and column is drawn again. */
  setEvents(events: readonly TimelineEvent[], labels: TimelineOptions["labels"]): void;
  /**
   * The same events (same order, times, precisions and categories) in another language, with
   * its labels: the marks and density columns stay, only their words change. O(marks in view);
   * redrawing them took hundreds of ms at 100 000 events (issue 13 item 6).
   */
  relabel(events: readonly TimelineEvent[], labels: TimelineOptions["labels"]): void;
  /** Remove listeners, observers, timers and DOM. */
  destroy(): void;
}
