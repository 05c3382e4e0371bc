import type { StoryInput } from "../story/schema";
import type { Words } from "./check_lines";
import { DRAFT_PUBLISHER, META_FIELDS } from "./details";
import type { Work } from "./work";

type Lang = "de" | "en";
const LANGS: readonly Lang[] = ["de", "en"];

/**
 * What the accepted story still carries of the draft's placeholders, as warnings in the page's
 * language (keys `authorWarn*`): a story title, description or credit still the drafter's
 * ("Entwurf: …"), an article whose publisher is "not stated (draft)", and an event's title or
 * summary left untranslated: still the article's sentence under the other language (German
 * text under `en` for a German article, English under `de`). The event is named as the
 * candidate list names it ("Kandidat 3 „…“"). Warnings do not stop the download: story:check
 * accepts all of these. `story` is `storyOf(work)`. Pure.
 */
export function draftWarnings(work: Work, story: StoryInput, lang: Lang, words: Words): string[] {
  const draft = work.draft;
  if (!draft) return [];
  const out: string[] = [];
  for (const field of META_FIELDS)
    for (const l of LANGS)
      if (story.meta[field][l] === draft.meta[field][l])
        out.push(words("authorWarnMeta", { field: words(`authorStory_${field}_${l}`) }));
  for (const s of story.sources)
    if (s.publisher === DRAFT_PUBLISHER) out.push(words("authorWarnPublisher", { file: s.file }));
  const articleLang = new Map(work.articles.map((a) => [a.file, languageOf(a.text)]));
  const fileOf = new Map(story.sources.map((s) => [s.id, s.file]));
  const drafted = new Map(draft.events.map((e) => [e.id, e]));
  for (const e of story.events) {
    const d = drafted.get(e.id);
    const written = articleLang.get(fileOf.get(e.sources[0]?.article ?? "") ?? "");
    if (!d || !written) continue;
    const other: Lang = written === "de" ? "en" : "de";
    const fields = (["title", "summary"] as const).filter(
      (f) => e[f][other] === d[f][other] || e[f][other] === e[f][written],
    );
    if (fields.length === 0) continue;
    const n = work.candidates.findIndex((c) => c.event.id === e.id) + 1;
    const where = words("authorCandidateLabel", { n, title: e.title[lang] });
    for (const f of fields) out.push(words(`authorWarnUntranslated_${f}_${other}`, { where }));
  }
  return out;
}

const DE = new Set(
  "der die das und nicht mit von den im ist sich des ein eine auf für dem zu wurde hat nach bei".split(" "),
);
const EN = new Set("the and of to in is was that for on with by as from were has have after at".split(" "));

/**
 * The language an article is written in, by its common words in the first 20,000 characters
 * (as src/draft/input.ts tells German and English from others): "de" or "en", undefined when
 * it has neither's words.
 */
export function languageOf(text: string): Lang | undefined {
  let de = 0;
  let en = 0;
  for (const w of text
    .slice(0, 20_000)
    .toLowerCase()
    .match(/\p{L}+/gu) ?? []) {
    if (DE.has(w)) de++;
    if (EN.has(w)) en++;
  }
  return de === 0 && en === 0 ? undefined : de >= en ? "de" : "en";
}
