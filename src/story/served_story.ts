import { fileLimitProblems, sizeLimitProblems } from "./limits";
import { type LoadResult, parseStory } from "./load";
import { notFound } from "./not_found";

/**
 * A story served beside a built copy: `stories/<slug>/story.json` and the texts it names. The
 * story's own size and counts are checked against LIMITS before any article is fetched: a story
 * past them is refused at once instead of after thousands of requests. Resolves with a missing
 * story (`missing: true`) where the server has no such file, and from a copy opened from a disk;
 * rejects when a file did not arrive (no network, HTTP 5xx): the story may well be there.
 */
export async function fetchServedStory(slug: string, base: string): Promise<LoadResult> {
  const file = `stories/${slug}/story.json`;
  const folder = new URL(`stories/${slug}/`, base);
  // A copy opened from a disk (file://) has only the stories built into it: browsers fetch no files there.
  if (folder.protocol === "file:") return notFound(file, slug);
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
 * The text at `url`, or undefined where there is none: 404/410, or an HTML page (a server that
 * answers every path with its index.html, as `vite preview` and many single-page hosts do, has
 * no such file either: `?story=nosuch` is a missing story, not JSON that starts with "<").
 * Throws when the file did not arrive (no network, a server error): the page then says the story
 * could not be loaded, not that there is none.
 */
async function fetchText(url: URL): Promise<string | undefined> {
  const response = await fetch(url);
  if (response.status === 404 || response.status === 410) return undefined;
  if (!response.ok) throw new Error(`${url.pathname}: HTTP ${response.status}`);
  if (/^text\/html\b/i.test(response.headers.get("content-type") ?? "")) return undefined;
  return await response.text();
}
