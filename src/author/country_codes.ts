import countries from "i18n-iso-countries";
import type { StoryInput } from "../story/schema";

/**
 * Country codes of the editor's story that are no ISO 3166-1 alpha-3 code (the list of
 * i18n-iso-countries, plus XKX for Kosovo as the EU and the basemap use it). story:check only
 * checks their shape (three capitals), so "XYZ" would pass it and colour nothing. Pure.
 */
const KNOWN = new Set([...Object.keys(countries.getAlpha3Codes()), "XKX"]);

export interface UnknownCode {
  readonly code: string;
  /** Where it is: an event's title (German), an organization's or relation's id. */
  readonly where: string;
  /** The event's id, for an actor's code. */
  readonly event?: string;
}

export function unknownCountryCodes(story: StoryInput): UnknownCode[] {
  const out: UnknownCode[] = [];
  const test = (code: string, where: string, event?: string) => {
    if (!KNOWN.has(code)) out.push({ code, where, ...(event ? { event } : {}) });
  };
  for (const e of story.events) for (const code of e.actors ?? []) test(code, e.title.de, e.id);
  for (const o of story.organizations ?? []) for (const m of o.memberships ?? []) test(m.country, o.id);
  for (const r of story.relations ?? []) for (const code of r.countries) test(code, r.id);
  return out;
}
