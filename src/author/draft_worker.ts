import { type ArticleInput, draftStory } from "../draft/draft";
import { loadGazetteer } from "../draft/gazetteer";

/**
 * The authoring page's drafter, off the main thread: a 500,000-character article takes about a
 * second to draft, which must not freeze the page. Receives `{ articles }` (ArticleInput[]),
 * answers DraftReply (draft_client.ts). The gazetteer is loaded when the worker starts, so a
 * worker started ahead holds it when the connection drops later.
 */
const gazetteer = loadGazetteer();
gazetteer.catch(() => undefined);

self.addEventListener("message", (event: MessageEvent<{ articles: ArticleInput[] }>) => {
  void (async () => {
    try {
      const draft = draftStory(event.data.articles, await loadGazetteer());
      self.postMessage({ ok: true, story: draft.story, messages: draft.messages, texts: [...draft.texts] });
    } catch (error) {
      self.postMessage({ ok: false, message: String(error) });
    }
  })();
});
