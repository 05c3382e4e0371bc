import { draftStory } from "../draft/draft";
import { type Gazetteer, loadGazetteer } from "../draft/gazetteer";
import { ta as t } from "../i18n/author";
import { isLang, type Lang } from "../i18n/t";
import { storySlugs } from "../story/catalog";
import { isValidDate } from "../story/dates";
import { zCategory } from "../story/schema";
import "./author.css";
import { applyAddition, needsGazetteer } from "./addition_actions";
import { removeAddition } from "./additions";
import { articlesToAdd, articleToAdd, cutArticles } from "./articles";
import { withLocalPublishers } from "./details";
import { downloadProblem, publishedStory, storySlug } from "./download";
import { draftClient } from "./draft_client";
import { liveCheck } from "./live_check";
import { editMovement } from "./movement_edits";
import {
  entriesByKey,
  nearestEntry,
  type PlaceMode,
  swapAlternative,
  withAlternatives,
  withoutPlace,
  withPlace,
} from "./places";
import { previewSlot } from "./preview_slot";
import { loadWork, saveWork } from "./store";
import { type Action, renderAuthor } from "./view";
import { decide, EMPTY_WORK, editEvent, mergeCandidates, redraftCandidates, searchGazetteer, type Work } from "./work";
import { zipStory } from "./zip";

/**
 * The authoring page (author.html, its own entry: the reader never loads it). Wiring only:
 * work from IndexedDB → view → actions → work → IndexedDB. The gazetteer loads on the first
 * draft or place search, as its own chunk.
 */
const root = document.getElementById("author") as HTMLElement;
const lang: Lang = (() => {
  const value = new URLSearchParams(location.search).get("lang");
  return isLang(value) ? value : "de";
})();
document.documentElement.lang = lang;

let work: Work = EMPTY_WORK;
let status = "";
/** A message about one form (view.ts ViewModel.notice), cleared by the next action. */
let notice: { where: string; text: string } | undefined;
let gazetteer: Gazetteer | undefined;
/** The candidate whose place the next click on the preview map picks, and how. */
let picking: { id: string; mode: PlaceMode } | undefined;
/** The candidate to be merged into the one the editor chooses next. */
let merging: string | undefined;
/** The candidate the editor last decided or edited: the preview shows it. */
let focus: string | undefined;
const preview = previewSlot(root, lang, t(lang, "authorPreviewStale"), t(lang, "authorPreviewFailed"), (lonLat) =>
  act({ type: "place-at", lonLat }),
);

/** Drafting runs in a worker, so a long article does not freeze the page (draft_client.ts). */
const drafter = draftClient();

/** Thrown when a part of the page could not be loaded; the status line already says so. */
class PartFailed extends Error {}

async function useGazetteer(): Promise<Gazetteer> {
  if (gazetteer) return gazetteer;
  status = t(lang, "authorLoadingGazetteer");
  render();
  try {
    // A load already under way (fetched ahead) may have begun offline: one more try.
    gazetteer = await loadGazetteer().catch(() => loadGazetteer());
  } catch {
    status = t(lang, "authorGazetteerFailed");
    render();
    throw new PartFailed();
  }
  status = "";
  return gazetteer;
}

/** Runs an action; a part that failed to load has said so, anything else is shown too. */
function act(action: Parameters<typeof dispatch>[0]): void {
  dispatch(action).catch((error: unknown) => {
    if (error instanceof PartFailed) return;
    status = String(error);
    render();
    throw error;
  });
}

/** story:check on the accepted story (live_check.ts). */
const check = () => liveCheck(work, lang);

function render(): void {
  const checked = check();
  const pickingTitle = work.candidates.find((c) => c.event.id === picking?.id)?.event.title[lang];
  const mergingTitle = work.candidates.find((c) => c.event.id === merging)?.event.title[lang];
  const line = pickingTitle
    ? t(lang, "authorPicking", { title: pickingTitle })
    : mergingTitle
      ? t(lang, "authorMerging", { title: mergingTitle })
      : status;
  renderAuthor(root, { work, lang, check: checked.lines, status: line, notice, picking: picking?.id, merging }, act);
  root.setAttribute("aria-busy", "false");
  const shown =
    typeof checked.story === "string"
      ? checked.story
      : withLocalPublishers(checked.story, t(lang, "authorPublisherUnknown"));
  preview.show(shown, focus);
  // A touched candidate is put under the playhead once; later renders (a detail, a movement, a
  // reload of the page's state) keep the event the editor has moved the preview to.
  focus = undefined;
}

let saves: Promise<void> = Promise.resolve();
let version = 0;

/**
 * Saves run one after another, each writing the work as it is when it starts, so an older save
 * can never finish after a newer one. `data-saved` on the root says when the last one is done.
 */
async function update(next: Work): Promise<void> {
  work = next;
  render();
  const mine = ++version;
  root.dataset.saved = "false";
  saves = saves.then(async () => {
    if (mine !== version) return;
    const failed = await saveWork(work);
    if (failed) {
      status = failed;
      render();
    }
    if (mine === version) root.dataset.saved = "true";
  });
  return saves;
}

async function dispatch(action: Action | { type: "place-at"; lonLat: [number, number] }): Promise<void> {
  notice = undefined;
  const tell = (where: string, text: string) => {
    notice = { where, text };
  };
  switch (action.type) {
    case "add-article": {
      const result = articleToAdd(action.file, action.text, action.published);
      if ("error" in result) {
        tell("articles", t(lang, result.error, { file: action.file }));
        return render();
      }
      const { article, cut } = result;
      const articles = [...work.articles.filter((a) => a.file !== article.file), article];
      if (cut)
        tell(
          "articles",
          t(lang, "authorArticleCut", {
            file: article.file,
            from: cut.from.toLocaleString(lang),
            to: cut.to.toLocaleString(lang),
          }),
        );
      status = "";
      return update({ ...work, articles });
    }
    case "add-articles": {
      const result = articlesToAdd(work.articles, action.files, action.published);
      const lines = [
        ...result.refused.map((r) => t(lang, r.error, { file: r.file })),
        ...result.cut.map((c) =>
          t(lang, "authorArticleCut", {
            file: c.file,
            from: c.from.toLocaleString(lang),
            to: c.to.toLocaleString(lang),
          }),
        ),
      ];
      if (result.refused.some((r) => r.error !== "authorBinaryArticle"))
        lines.unshift(t(lang, "authorDroppedFilesRefused", { files: result.refused.map((r) => r.file).join(", ") }));
      if (lines.length) tell("articles", [...new Set(lines)].join(" "));
      status = "";
      return update({ ...work, articles: result.articles });
    }
    case "article-published": {
      if (!isValidDate(action.published)) {
        tell("articles", t(lang, "authorBadPublished"));
        return render();
      }
      status = t(lang, "authorRedraftHint");
      const articles = work.articles.map((a) => (a.file === action.file ? { ...a, published: action.published } : a));
      return update({ ...work, articles });
    }
    case "refused-file":
      tell("articles", t(lang, "authorBinaryArticle", { file: action.file }));
      return render();
    case "remove-article":
      return update({ ...work, articles: work.articles.filter((a) => a.file !== action.file) });
    case "draft": {
      if (work.articles.length === 0) {
        tell("articles", t(lang, "authorNoArticles"));
        return render();
      }
      status = t(lang, "authorDrafting");
      render();
      const draft = await drafter
        .draft(work.articles)
        .catch(async () => draftStory(work.articles, await useGazetteer()));
      status = draft.story.events.length === 0 && draft.messages.length === 0 ? t(lang, "authorNothingDrafted") : "";
      const candidates = redraftCandidates(work, draft.story.events);
      // A long article is kept only up to the cut it was drafted to (src/draft/input.ts).
      const articles = work.articles.map((a) => ({ ...a, text: draft.texts.get(a.file) ?? a.text }));
      return update({ ...work, articles, draft: draft.story, candidates, messages: draft.messages });
    }
    case "merge":
      return update(mergeCandidates(work, action.into, action.id));
    case "merge-start":
      merging = action.id;
      return render();
    case "merge-here": {
      const id = merging;
      merging = undefined;
      focus = action.into;
      return id ? update(mergeCandidates(work, action.into, id)) : render();
    }
    case "decide":
      focus = action.id;
      return update(decide(work, action.id, action.decision));
    case "edit": {
      focus = action.id;
      const field = action.field;
      const candidate = work.candidates.find((c) => c.event.id === action.id);
      if (!candidate) return;
      const e = candidate.event;
      if (field === "date" || field === "end") {
        // Kept as typed (the check names it), with a clear word on what a date looks like.
        const bad = (field === "date" || action.value !== "") && !isValidDate(action.value.trim());
        if (bad)
          tell(`candidate:${action.id}`, t(lang, "authorBadEventDate", { title: e.title[lang], value: action.value }));
      }
      if (field === "date") return update(editEvent(work, action.id, { date: action.value.trim() }));
      if (field === "end")
        return update(editEvent(work, action.id, action.value ? { end: action.value } : { end: undefined }));
      if (field === "title-de") return update(editEvent(work, action.id, { title: { ...e.title, de: action.value } }));
      if (field === "title-en") return update(editEvent(work, action.id, { title: { ...e.title, en: action.value } }));
      if (field === "summary-de")
        return update(editEvent(work, action.id, { summary: { ...e.summary, de: action.value } }));
      if (field === "summary-en")
        return update(editEvent(work, action.id, { summary: { ...e.summary, en: action.value } }));
      if (field === "category") {
        const category = zCategory.options.find((c) => c === action.value);
        return category ? update(editEvent(work, action.id, { category })) : undefined;
      }
      if (field === "actors") {
        // Invalid codes stay visible to the live check, which names them.
        const actors = action.value
          .split(/[\s,;]+/)
          .filter(Boolean)
          .map((a) => a.toUpperCase());
        return update(editEvent(work, action.id, { actors }));
      }
      return update(
        editEvent(work, action.id, { places: [action.value, ...e.places.slice(1).filter((p) => p !== action.value)] }),
      );
    }
    case "search-place": {
      const g = await useGazetteer();
      const { entries, exact } = searchGazetteer(g, action.query);
      const [entry, ...others] = entries;
      if (!entry) {
        tell(`candidate:${action.id}`, t(lang, "authorNoPlaceFound", { query: action.query }));
        return render();
      }
      status = "";
      focus = action.id;
      if (!exact) {
        // Names that only start with it are offered; the place stays until the editor chooses.
        tell(`candidate:${action.id}`, t(lang, "authorNoExactPlace", { query: action.query.trim() }));
        return update(withAlternatives(work, action.id, entries));
      }
      // The other entries of that name stay on offer as the candidate's alternatives.
      return update(withAlternatives(withPlace(work, action.id, entry, action.mode), action.id, others));
    }
    case "place": {
      const byKey = entriesByKey(await useGazetteer());
      const entry = byKey.get(action.key);
      focus = action.id;
      if (!entry) return;
      const before = work.candidates.find((c) => c.event.id === action.id)?.event.places[0];
      const placed = withPlace(work, action.id, entry, action.mode);
      // Choosing an alternative as the main place offers the one it replaced instead.
      return update(
        action.mode === "replace"
          ? swapAlternative(placed, action.id, entry.key, before ? byKey.get(before) : undefined)
          : placed,
      );
    }
    case "remove-place":
      focus = action.id;
      return update(withoutPlace(work, action.id, action.place));
    case "pick":
      picking = action.id === undefined ? undefined : { id: action.id, mode: action.mode };
      if (picking) void useGazetteer();
      return render();
    case "place-at": {
      if (!picking) return;
      const { id, mode } = picking;
      picking = undefined;
      const entry = nearestEntry(await useGazetteer(), action.lonLat[0], action.lonLat[1]);
      focus = id;
      return entry ? update(withPlace(work, id, entry, mode)) : render();
    }
    case "add-movement":
    case "add-membership":
    case "add-relation": {
      const g = needsGazetteer(work, action) ? await useGazetteer() : gazetteer;
      const result = applyAddition(work, action, g, lang);
      if ("error" in result) {
        tell(action.type, result.error);
        return render();
      }
      status = "";
      return update(result.work);
    }
    case "remove-addition":
      return update(removeAddition(work, action.kind, action.id));
    case "movement-waypoint-add":
    case "movement-waypoint-remove":
    case "movement-order-add":
    case "movement-order-remove":
      return update(editMovement(work, action));
    case "detail":
      return update({ ...work, details: { ...work.details, [action.key]: action.value } });
    case "slug": {
      // The name is made a valid folder name visibly (the field shows what will be used).
      const slug = storySlug(action.value);
      status = slug !== action.value ? t(lang, "authorSlugChanged", { slug }) : "";
      return update({ ...work, slug });
    }
    case "download": {
      const problem = downloadProblem(work, check().story, storySlugs());
      if (problem) {
        status = t(lang, problem, { slug: work.slug });
        return render();
      }
      const story = publishedStory(work);
      if (!story) return;
      const blob = new Blob([zipStory(work.slug, story, work.articles) as BlobPart], { type: "application/zip" });
      const a = document.createElement("a");
      a.href = URL.createObjectURL(blob);
      a.download = `${work.slug}.zip`;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
      status = t(lang, "authorDownloaded", { slug: work.slug });
      return render();
    }
  }
}

// Escape stops choosing a place on the map or a candidate to merge into.
document.addEventListener("keydown", (event) => {
  if (event.key !== "Escape" || (!picking && !merging)) return;
  picking = undefined;
  merging = undefined;
  render();
});

// Leaving the page ends the field being typed in, so its "change" saves what the debounce has not yet.
addEventListener("pagehide", () => (document.activeElement as HTMLElement | null)?.blur());

void loadWork().then((saved) => {
  work = { ...saved, articles: cutArticles(saved.articles) };
  render();
  // The parts loaded on demand (all of them files of this build) are fetched once the page is
  // idle, so that a connection lost later does not leave the editor without them.
  const ahead = () => {
    loadGazetteer().catch(() => undefined);
    drafter.start();
    preview.prefetch();
  };
  if ("requestIdleCallback" in window) requestIdleCallback(ahead, { timeout: 3000 });
  else setTimeout(ahead, 1000);
});
