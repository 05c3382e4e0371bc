import type { ArticleInput, Draft } from "../draft/draft";

/** What the drafter returns (src/draft/draft.ts). */
export type Drafted = Draft;

/** The worker's answer (draft_worker.ts). */
export type DraftReply =
  | { ok: true; story: Drafted["story"]; messages: Drafted["messages"]; texts: [string, string][] }
  | { ok: false; message: string };

/**
 * Drafting in a web worker (draft_worker.ts), one request at a time. `start()` creates the
 * worker ahead (it loads the gazetteer at once); `draft(articles)` resolves with the draft, or
 * rejects when the worker cannot run (no Worker, its script not loaded, an error in it), and
 * the caller then drafts on the main thread. A failed worker is dropped; the next call makes
 * a new one.
 */
export function draftClient(): { start(): void; draft(articles: readonly ArticleInput[]): Promise<Drafted> } {
  let worker: Worker | undefined;
  let queue: Promise<unknown> = Promise.resolve();

  const start = (): Worker => {
    worker ??= new Worker(new URL("./draft_worker.ts", import.meta.url), { type: "module", name: "drafter" });
    return worker;
  };
  const once = (articles: readonly ArticleInput[]) =>
    new Promise<Drafted>((resolve, reject) => {
      const w = start();
      const done = () => {
        w.removeEventListener("message", onMessage);
        w.removeEventListener("error", onError);
      };
      const onMessage = (event: MessageEvent<DraftReply>) => {
        done();
        const reply = event.data;
        if (reply.ok) resolve({ story: reply.story, messages: reply.messages, texts: new Map(reply.texts) });
        else reject(new Error(reply.message));
      };
      const onError = (event: Event) => {
        done();
        event.preventDefault();
        w.terminate();
        if (worker === w) worker = undefined;
        reject(new Error("the drafting worker failed"));
      };
      w.addEventListener("message", onMessage);
      w.addEventListener("error", onError);
      w.postMessage({ articles });
    });

  return {
    start() {
      try {
        start();
      } catch {
        // No worker here: drafting runs on the main thread.
      }
    },
    draft(articles) {
      const next = queue.then(
        () => once(articles),
        () => once(articles),
      );
      queue = next.catch(() => undefined);
      return next;
    },
  };
}
