import { draftStory } from "../draft/draft";
import { type Gazetteer, loadGazetteer } from "../draft/gazetteer";
import { isLang, type Lang, t } from "../i18n/t";
import { isValidDate } from "../story/dates";
import { formatProblem } from "../story/errors";
import { parseStory } from "../story/load";
import { zCategory } from "../story/schema";
import "./author.css";
import { loadWork, saveWork } from "./store";
import { type Action, renderAuthor } from "./view";
import {
  decide,
  EMPTY_WORK,
  editEvent,
  mergeCandidates,
  placeOfEntry,
  searchGazetteer,
  storyOf,
  type Work,
} from "./work";
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
let gazetteer: Gazetteer | undefined;

async function useGazetteer(): Promise<Gazetteer> {
  if (gazetteer) return gazetteer;
  status = t(lang, "authorLoadingGazetteer");
  render();
  gazetteer = await loadGazetteer();
  status = "";
  return gazetteer;
}

function check(): string[] {
  const story = storyOf(work);
  if (!story || story.events.length === 0) return [t(lang, "authorNothingAccepted")];
  const articles = new Map(work.articles.map((a) => [a.file, a.text]));
  const result = parseStory(JSON.stringify(story), `${work.slug}/story.json`, articles);
  return result.ok ? [t(lang, "authorCheckOk", { count: story.events.length })] : result.problems.map(formatProblem);
}

function render(): void {
  renderAuthor(root, { work, lang, check: check(), status }, (action) => void dispatch(action));
  root.setAttribute("aria-busy", "false");
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

async function dispatch(action: Action): Promise<void> {
  switch (action.type) {
    case "add-article": {
      if (!isValidDate(action.published)) {
        status = t(lang, "authorBadPublished");
        return render();
      }
      const file = action.file.replace(/[^\w.-]+/g, "_").replace(/(\.txt)?$/, ".txt");
      const articles = [
        ...work.articles.filter((a) => a.file !== file),
        { file, text: action.text, published: action.published },
      ];
      status = "";
      return update({ ...work, articles });
    }
    case "remove-article":
      return update({ ...work, articles: work.articles.filter((a) => a.file !== action.file) });
    case "draft": {
      const g = await useGazetteer();
      const draft = draftStory(work.articles, g);
      // Decisions already made survive a new draft for candidates with the same id.
      const previous = new Map(work.candidates.map((c) => [c.event.id, c]));
      const candidates = draft.story.events.map(
        (event) => previous.get(event.id) ?? { event, decision: "pending" as const },
      );
      // A long article is kept only up to the cut it was drafted to (src/draft/input.ts).
      const articles = work.articles.map((a) => ({ ...a, text: draft.texts.get(a.file) ?? a.text }));
      return update({ ...work, articles, draft: draft.story, candidates, messages: draft.messages });
    }
    case "merge":
      return update(mergeCandidates(work, action.into, action.id));
    case "decide":
      return update(decide(work, action.id, action.decision));
    case "edit": {
      const field = action.field;
      const candidate = work.candidates.find((c) => c.event.id === action.id);
      if (!candidate) return;
      const e = candidate.event;
      if (field === "date") return update(editEvent(work, action.id, { date: action.value }));
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
      const [entry] = searchGazetteer(g, action.query, 1);
      if (!entry) return render();
      const place = placeOfEntry(entry);
      const extraPlaces = [...work.extraPlaces.filter((p) => p.id !== place.id), place];
      const e = work.candidates.find((c) => c.event.id === action.id)?.event;
      const next = { ...work, extraPlaces };
      return update(e ? editEvent(next, action.id, { places: [place.id, ...e.places.slice(1)] }) : next);
    }
    case "slug":
      return update({ ...work, slug: /^[a-z0-9][a-z0-9-]*$/.test(action.value) ? action.value : work.slug });
    case "download": {
      const story = storyOf(work);
      if (!story) return;
      const blob = new Blob([zipStory(work.slug, story, work.articles) as BlobPart], { type: "application/zip" });
      const a = document.createElement("a");
      a.href = URL.createObjectURL(blob);
      a.download = `${work.slug}.zip`;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
      return;
    }
  }
}

void loadWork().then((saved) => {
  work = saved;
  render();
});
