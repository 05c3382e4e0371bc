import type { Work } from "./work";

/**
 * Edits of an added movement after it was made (additions_view.ts shows them): waypoints
 * between its two ends, and order constraints on the events it follows or precedes ("drei
 * Tage nach dem Absturz": `after` the crash), the schema's `waypoints`, `after` and `before`.
 * Pure; an edit that would break the movement (fewer than two waypoints, the same place twice
 * in a row, an event both before and after it, an unknown movement) leaves the work as it is.
 */
export type MovementEdit =
  /** Inserts `place` (a place id) as a waypoint before the movement's last one. */
  | { type: "movement-waypoint-add"; id: string; place: string }
  /** Removes waypoint `index`; only between the two ends. */
  | { type: "movement-waypoint-remove"; id: string; index: number }
  | { type: "movement-order-add"; id: string; relation: "after" | "before"; event: string }
  | { type: "movement-order-remove"; id: string; relation: "after" | "before"; event: string };

export function editMovement(work: Work, edit: MovementEdit): Work {
  const movement = work.movements.find((m) => m.id === edit.id);
  if (!movement) return work;
  const replace = (next: typeof movement): Work => ({
    ...work,
    movements: work.movements.map((m) => (m === movement ? next : m)),
  });
  const waypoints = movement.waypoints;
  switch (edit.type) {
    case "movement-waypoint-add": {
      const last = waypoints.length - 1;
      const placeOf = (i: number) => {
        const w = waypoints[i];
        return w && "place" in w ? w.place : undefined;
      };
      if (!edit.place || placeOf(last - 1) === edit.place || placeOf(last) === edit.place) return work;
      return replace({
        ...movement,
        waypoints: [...waypoints.slice(0, last), { place: edit.place }, ...waypoints.slice(last)],
      });
    }
    case "movement-waypoint-remove": {
      if (edit.index <= 0 || edit.index >= waypoints.length - 1) return work;
      return replace({ ...movement, waypoints: waypoints.filter((_, i) => i !== edit.index) });
    }
    case "movement-order-add": {
      const other = edit.relation === "after" ? "before" : "after";
      const known = work.candidates.some((c) => c.event.id === edit.event);
      const current = movement[edit.relation] ?? [];
      if (!known || current.includes(edit.event) || (movement[other] ?? []).includes(edit.event)) return work;
      return replace({ ...movement, [edit.relation]: [...current, edit.event] });
    }
    case "movement-order-remove": {
      const { [edit.relation]: current = [], ...rest } = movement;
      const left = current.filter((e) => e !== edit.event);
      return replace(left.length > 0 ? { ...rest, [edit.relation]: left } : rest);
    }
  }
}
