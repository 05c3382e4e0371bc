import type { MapView } from "./map_view";

/**
 * A short flash on features that just changed — a country whose membership status changed, a
 * relation that turned hostile — so the change is seen as it happens. It animates the feature
 * state `pulse` from 1 to 0; the layers widen their outline by it.
 */
const FLASH_MS = 1400;

export interface Flasher {
  flash(source: string, ids: readonly (string | number)[]): void;
  stop(): void;
}

export function createFlasher(view: MapView): Flasher {
  const active = new Map<string, { source: string; id: string | number; started: number }>();
  let frame: number | undefined;
  const step = () => {
    const now = performance.now();
    for (const [key, item] of active) {
      const pulse = Math.max(0, 1 - (now - item.started) / FLASH_MS);
      view.setFeatureState(item.source, item.id, { pulse });
      if (pulse === 0) active.delete(key);
    }
    frame = active.size > 0 ? requestAnimationFrame(step) : undefined;
  };
  return {
    flash(source, ids) {
      const started = performance.now();
      for (const id of ids) active.set(`${source}/${id}`, { source, id, started });
      if (frame === undefined && active.size > 0) frame = requestAnimationFrame(step);
    },
    stop() {
      if (frame !== undefined) cancelAnimationFrame(frame);
      frame = undefined;
      for (const item of active.values()) view.setFeatureState(item.source, item.id, { pulse: 0 });
      active.clear();
    },
  };
}

/** Keys whose value differs between two maps (added, removed or changed). */
export function changedKeys<K, V>(before: ReadonlyMap<K, V>, after: ReadonlyMap<K, V>): K[] {
  const keys = new Set<K>([...before.keys(), ...after.keys()]);
  return [...keys].filter((key) => before.get(key) !== after.get(key));
}
