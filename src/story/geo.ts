import type { Position } from "geojson";
import { greatCirclePath } from "../time/paths";
import type { Movement, Place, Story } from "./schema";

/**
 * Where a story's things are on the globe: waypoints resolved to lon/lat, routes along great
 * circles. Assumes a checked story (check.ts guarantees that every place id resolves).
 */

/** Places by id, built once per story: movements look their waypoints up here. */
const placeMaps = new WeakMap<Story, Map<string, Place>>();

function placesOf(story: Story): Map<string, Place> {
  let places = placeMaps.get(story);
  if (!places) {
    places = new Map(story.places.map((place) => [place.id, place]));
    placeMaps.set(story, places);
  }
  return places;
}

/** The movement's waypoints as lon/lat, with whether each is only approximately known. */
export function waypointPositions(story: Story, movement: Movement): { coords: Position[]; approximate: boolean[] } {
  const coords: Position[] = [];
  const approximate: boolean[] = [];
  for (const waypoint of movement.waypoints) {
    if ("place" in waypoint) {
      const place = placeById(story, waypoint.place);
      coords.push([place.lon, place.lat]);
    } else {
      coords.push([waypoint.lon, waypoint.lat]);
    }
    approximate.push(waypoint.approximate);
  }
  return { coords, approximate };
}

/** The movement's route: great-circle arcs through its waypoints, a point every ~50 km. */
export function movementGeometry(story: Story, movement: Movement): Position[] {
  return greatCirclePath(waypointPositions(story, movement).coords, 64, 50);
}

/** The place with this id; throws for an unknown id, which a checked story never has. */
export function placeById(story: Story, id: string): Place {
  const place = placesOf(story).get(id);
  if (!place) throw new RangeError(`unknown place "${id}" (was the story checked?)`);
  return place;
}
