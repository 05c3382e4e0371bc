import type { Lang } from "../i18n/t";

/** Playback speeds offered; 1× is paced for reading (see time/pacing.ts). */
export const SPEEDS = [0.5, 1, 2, 4, 8] as const;
export type Speed = (typeof SPEEDS)[number];

/** Everything a reader can change. Derived things (what is visible at t) are not state. */
export interface AppState {
  story: string;
  /** The playhead, ms UTC. */
  t: number;
  /** The event the reader chose; it wins over others that share its date. */
  event: string | undefined;
  playing: boolean;
  speed: Speed;
  loop: boolean;
  follow: boolean;
  /** Organization whose members are filled on the map; "" for none. */
  org: string;
  lang: Lang;
  present: boolean;
  blank: boolean;
  /** Every relation and movement drawn strong (the legend's toggle); not part of the URL. */
  allLines?: boolean;
}

export type Listener = (state: AppState, previous: AppState) => void;

export interface Store {
  get(): AppState;
  set(patch: Partial<AppState>): void;
  subscribe(listener: Listener): () => void;
}

export function createStore(initial: AppState): Store {
  let state = initial;
  const listeners = new Set<Listener>();
  return {
    get: () => state,
    set(patch) {
      const previous = state;
      const next = { ...state, ...patch };
      if ((Object.keys(patch) as (keyof AppState)[]).every((key) => Object.is(previous[key], next[key]))) return;
      state = next;
      for (const listener of listeners) listener(state, previous);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export function nextSpeed(speed: Speed, direction: 1 | -1): Speed {
  const i = SPEEDS.indexOf(speed);
  return SPEEDS[Math.max(0, Math.min(SPEEDS.length - 1, i + direction))] ?? speed;
}
