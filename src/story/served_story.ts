import { fileLimitProblems, sizeLimitProblems } from "./limits";
import { type LoadResult, parseStory } from "./load";
import { notFound } from "./not_found";

/**
 * A story served beside a built copy: `stories/<slug>/story.json` and the texts it names. The
 * story's own size and counts are checked against LIMITS before any article is fetched: a story
 * past them is refused at once instead of after thousands of requests.
 */
export async function fetchServedStory(slug: string, base: string): Promise<LoadResult> {
  const file = `stories/${slug}/story.json`;
  const folder = new URL(`stories/${slug}/`, base);
  const text = await fetchText(new URL("story.json", folder));
  if (text === undefined) return notFound(file, slug);
  const tooLarge = fileLimitProblems(text, file);
  if (tooLarge.length > 0) return { ok: false, problems: tooLarge };
  const json = parseLeniently(text);
  const tooMany = sizeLimitProblems(json, file);
  if (tooMany.length > 0) return { ok: false, problems: tooMany };
  const articles = new Map<string, string>();
  for (const name of articleNames(json)) {
    const body = await fetchText(new URL(name, folder));
    if (body !== undefined) articles.set(name, body);
  }
  return parseStory(text, file, articles);
}

/** The JSON of a story text (a byte order mark allowed), or undefined: the loader reports why. */
function parseLeniently(text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    return undefined;
  }
}

/** The article file names a story's JSON names, read leniently: the loader validates properly. */
function articleNames(json: unknown): string[] {
  const sources = (json as { sources?: unknown } | null | undefined)?.sources;
  const names = (Array.isArray(sources) ? sources : []).map((s) => (s as { file?: unknown } | null)?.file);
  return [...new Set(names.filter((n): n is string => typeof n === "string" && /^[\w.-]+\.txt$/.test(n)))];
}

/**
 * The text at `url`, or undefined where there is none: an error status, no network, or an HTML
 * page (a server that answers every path with its index.html, as `vite preview` and many
 * single-page hosts do, has no such file either: `?story=nosuch` is a missing story, not JSON
 * that starts with "<").
 */
async function fetchText(url: URL): Promise<string | undefined> {
  try {
    const response = await fetch(url);
    if (!response.ok || /^text\/html\b/i.test(response.headers.get("content-type") ?? "")) return undefined;
    return await response.text();
  } catch {
    return undefined;
  }
}
