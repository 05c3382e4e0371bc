import type { Story, StoryInput } from "../story/schema";

/**
 * The story's details as the editor writes them over the draft's placeholders ("Entwurf: …",
 * publisher "not stated (draft)"): title, description and credit in German and English, and
 * each article's title, publisher and link. Kept as a flat record of texts, keyed
 * `meta:<field>:<lang>` and `source:<file>:<field>`; an empty text keeps the draft's.
 */
export type Details = Readonly<Record<string, string>>;

/** The publisher the drafter writes when the article does not say (src/draft/draft.ts). */
export const DRAFT_PUBLISHER = "not stated (draft)";

export const META_FIELDS = ["title", "description", "credit"] as const;
export const SOURCE_FIELDS = ["title", "publisher", "url"] as const;

export const metaKey = (field: (typeof META_FIELDS)[number], lang: "de" | "en") => `meta:${field}:${lang}`;
export const sourceKey = (file: string, field: (typeof SOURCE_FIELDS)[number]) => `source:${file}:${field}`;

/** `story` with the editor's details applied. */
export function withDetails(story: StoryInput, details: Details): StoryInput {
  const text = <T>(key: string, fallback: T): string | T => details[key]?.trim() || fallback;
  const meta = { ...story.meta };
  for (const field of META_FIELDS)
    meta[field] = { de: text(metaKey(field, "de"), meta[field].de), en: text(metaKey(field, "en"), meta[field].en) };
  const sources = story.sources.map((s) => {
    const url = details[sourceKey(s.file, "url")]?.trim();
    return {
      ...s,
      title: text(sourceKey(s.file, "title"), s.title),
      publisher: text(sourceKey(s.file, "publisher"), s.publisher),
      ...(url ? { url } : {}),
    };
  });
  return { ...story, meta, sources };
}

/**
 * `story` for the preview on the page: a publisher still the drafter's placeholder reads
 * `unknown` (the page's "nicht angegeben (Entwurf)"), as the details form shows it. The
 * downloaded story keeps the placeholder, which story:check accepts.
 */
export function withLocalPublishers(story: Story, unknown: string): Story {
  if (!story.sources.some((s) => s.publisher === DRAFT_PUBLISHER)) return story;
  const sources = story.sources.map((s) => (s.publisher === DRAFT_PUBLISHER ? { ...s, publisher: unknown } : s));
  return { ...story, sources };
}
