import "./styles/app.css";
import { decodedBasemap } from "./app/map_mount";
import { mountApp } from "./app/mount";
import { appFolder } from "./assets/asset_urls";
import { importAgain } from "./boot/import_again";
import { isLang, loadStrings } from "./i18n/t";
import { prewarmMap, supportsWebGL } from "./map/map_view";
import { parseUrlState } from "./share/url_state";
import { DEFAULT_STORY, fetchStory, storySlugs } from "./story/catalog";
import type { StoryProblem } from "./story/errors";
import type { LoadResult } from "./story/load";
import { el } from "./ui/dom";

/** Entry point: read the URL, load the story, mount the app or say what is wrong with the story. */
async function main(root: HTMLElement): Promise<void> {
  const url = parseUrlState(window.location.search, window.location.hash);
  const lang = url.lang ?? (isLang(document.documentElement.lang) ? document.documentElement.lang : "de");
  document.documentElement.lang = lang;
  const slug = url.story ?? DEFAULT_STORY;
  // Where the story's file is: a story built in comes from the source folder, any other is asked
  // for beside the built copy (src/story/catalog.ts).
  const file = storySlugs().includes(slug) ? `data/stories/${slug}/story.json` : `stories/${slug}/story.json`;
  // Whatever goes wrong — a failed request, a bug, an input past what the loader foresaw — the
  // reader gets an error panel, never "Lädt …" forever. Requested first: the WebGL probe below
  // takes a while on a slow machine, and the story's chunk need not wait for it.
  let unavailable = false;
  const story = fetchStory(slug, appFolder()).catch((error: unknown): LoadResult => {
    // The story's chunk or file did not arrive: the network's fault, not the story's.
    unavailable = true;
    return { ok: false, problems: [{ file, path: "", message: `could not be loaded: ${String(error)}` }] };
  });
  if (supportsWebGL()) {
    // Basemap (fetched and decoded), map workers and story load side by side, not one after the other.
    void decodedBasemap().catch(() => undefined);
    prewarmMap();
  }
  // The page's language's strings (English is a chunk of its own) load beside the story; if
  // they cannot, the page speaks German rather than not at all.
  const [result, , presenter] = await Promise.all([
    story,
    loadStrings(lang).catch(() => undefined),
    // A page opened presenting draws the presenter's layout from its first frame.
    url.present ? importAgain(() => import("./app/presenter")).catch(() => undefined) : undefined,
  ]);
  root.removeAttribute("aria-busy");
  const fail = (problems: StoryProblem[]) => {
    root.classList.add("app-error");
    const failure = unavailable ? "unavailable" : !result.ok && result.missing ? "missing" : "invalid";
    // The error page is a chunk of its own (a good story never needs it); offline, the problems as plain text.
    void importAgain(() => import("./panel/story_errors")).then(
      ({ renderStoryErrors }) => root.replaceChildren(renderStoryErrors(problems, lang, failure), storyPicker(slug)),
      () => {
        const plain = document.createElement("pre");
        plain.textContent = problems.map((p) => `${p.file} ${p.path}: ${p.message}`).join("\n");
        root.replaceChildren(plain, storyPicker(slug));
      },
    );
  };
  if (!result.ok) return fail(result.problems);
  try {
    mountApp(root, result.story, result.order, slug, url, { presenter });
  } catch (error) {
    fail([{ file, path: "", message: `could not be shown: ${String(error)}` }]);
  }
}

/** Links to every story of this build, so one broken story does not strand the reader. */
function storyPicker(current: string): HTMLElement {
  return el("nav", { class: "story-picker", "aria-label": "Stories" }, [
    el(
      "ul",
      {},
      storySlugs()
        .filter((slug) => slug !== current)
        .map((slug) => el("li", {}, [el("a", { href: `?story=${encodeURIComponent(slug)}` }, [slug])])),
    ),
  ]);
}

const root = document.getElementById("app");
if (root) void main(root);
