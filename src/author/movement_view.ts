import type { Place } from "../story/schema";
import type { MovementInput } from "./additions";
import type { S } from "./candidate_view";
import { el } from "./dom";
import type { Action } from "./view";

/**
 * One added movement in the additions list: its kind, id and dates, its waypoints in order
 * ("Baku → Grosny → Aktau"; the ones between the ends removable, a further one insertable
 * before the destination) and its order constraints (the events it comes after or before, each
 * removable, a further one addable), the schema's `waypoints`, `after` and `before`
 * (movement_edits.ts applies the edits). `events`: the accepted events, id and label.
 */
export function movementItem(
  m: MovementInput,
  places: readonly Place[],
  events: readonly { value: string; label: string }[],
  lang: "de" | "en",
  s: S,
  dispatch: (a: Action) => void,
): HTMLElement {
  const nameOf = new Map(places.map((p) => [p.id, p.name[lang]]));
  const eventLabel = new Map(events.map((e) => [e.value, e.label]));
  const button = (label: string, aria: string, onClick: () => void, cls = "") => {
    const node = el("button", { type: "button", "aria-label": aria, ...(cls ? { class: cls } : {}) }, label);
    node.addEventListener("click", onClick);
    return node;
  };

  // Chips in a div, not nested list items: the additions list's items stay its direct <li>s.
  const stops = el("div", { class: "movement-waypoints", role: "list", "aria-label": s("authorWaypoints") });
  m.waypoints.forEach((w, index) => {
    const name = "place" in w ? (nameOf.get(w.place) ?? w.place) : `${w.lat.toFixed(2)}, ${w.lon.toFixed(2)}`;
    const inner = index > 0 && index < m.waypoints.length - 1;
    stops.append(
      el(
        "span",
        { role: "listitem", "data-place": "place" in w ? w.place : "" },
        index > 0 ? "→ " : "",
        name,
        ...(inner
          ? [
              " ",
              button("×", s("authorRemoveWaypoint", { name }), () =>
                dispatch({ type: "movement-waypoint-remove", id: m.id, index }),
              ),
            ]
          : []),
      ),
    );
  });
  const via = el("select", { "data-field": "via", "aria-label": s("authorWaypoint") });
  via.append(el("option", { value: "" }, "–"));
  for (const p of places) via.append(el("option", { value: p.id }, p.name[lang]));
  const addVia = button(s("authorAddWaypoint"), s("authorAddWaypoint"), () =>
    dispatch({ type: "movement-waypoint-add", id: m.id, place: via.value }),
  );

  const constraints = el("div", { class: "movement-order", role: "list" });
  for (const relation of ["after", "before"] as const)
    for (const event of m[relation] ?? []) {
      const text = `${s(relation === "after" ? "authorOrderAfter" : "authorOrderBefore")}: ${eventLabel.get(event) ?? event}`;
      constraints.append(
        el(
          "span",
          { role: "listitem", "data-relation": relation, "data-event": event },
          text,
          " ",
          button("×", s("authorRemoveOrder", { name: text }), () =>
            dispatch({ type: "movement-order-remove", id: m.id, relation, event }),
          ),
        ),
      );
    }
  const relation = el("select", { "data-field": "relation", "aria-label": s("authorOrderRelation") });
  relation.append(
    el("option", { value: "after" }, s("authorOrderAfter")),
    el("option", { value: "before" }, s("authorOrderBefore")),
  );
  const event = el("select", { "data-field": "order-event", "aria-label": s("authorMovementEvent") });
  for (const e of events) event.append(el("option", { value: e.value }, e.label));
  const addOrder = button(s("authorAddOrder"), s("authorAddOrder"), () => {
    if (event.value)
      dispatch({
        type: "movement-order-add",
        id: m.id,
        relation: relation.value === "before" ? "before" : "after",
        event: event.value,
      });
  });

  const title = `${m.label[lang]} (${m.start}${m.end ? ` – ${m.end}` : ""})`;
  return el(
    "li",
    { "data-id": m.id, class: "movement-item" },
    `${title} `,
    button("×", s("authorRemoveAddition", { name: title }), () =>
      dispatch({ type: "remove-addition", kind: "movement", id: m.id }),
    ),
    stops,
    el("div", { class: "author-row" }, via, " ", addVia),
    constraints,
    ...(events.length > 0 ? [el("div", { class: "author-row" }, relation, " ", event, " ", addOrder)] : []),
  );
}
