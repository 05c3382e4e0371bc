import { importAgain } from "../boot/import_again";
import type { Lang } from "../i18n/t";
import type { Story } from "../story/schema";
import { el } from "./dom";
import type { Preview } from "./preview";

/**
 * Feeds the live preview (preview.ts) from the authoring page's renders: the preview chunk
 * (the reader's map, timeline and card code) is imported when the first accepted story passes
 * story:check, never before; the map is rebuilt only when the story's content changed, at most
 * once per DEBOUNCE_MS while the editor is busy, and otherwise only the playhead moves to the
 * candidate the editor last touched. A rebuilt preview keeps its camera, and its current event
 * unless the editor touched a candidate since (preview.ts). The preview goes into `#preview` under `root`.
 * If its chunk cannot be loaded (offline before it arrived), `failedNote` says so in the slot
 * and the next show tries again; `prefetch()` loads it (and starts MapLibre's workers) ahead.
 */
const DEBOUNCE_MS = 250;

export interface PreviewSlot {
  /**
   * `story`: the accepted story when it passes story:check; "invalid" keeps the last good one
   * on show, marked with the stale note; "empty" (nothing accepted) takes the preview away.
   */
  show(story: Story | "empty" | "invalid", focus: string | undefined): void;
  /** Loads the preview's code and starts the map's workers now, before the first accepted story. */
  prefetch(): void;
}

export function previewSlot(
  root: HTMLElement,
  lang: Lang,
  staleNote: string,
  failedNote: string,
  onMapClick: (lonLat: [number, number]) => void,
): PreviewSlot {
  let preview: Preview | undefined;
  let loading: Promise<boolean> | undefined;
  let shownKey = "";
  let timer: ReturnType<typeof setTimeout> | undefined;
  let wanted: { story: Story; focus: string | undefined } | undefined;
  const slot = () => root.querySelector("#preview");

  const flush = () => {
    timer = undefined;
    const into = slot();
    if (!preview || !wanted || !into) return;
    if (!into.contains(preview.element)) {
      into.querySelector(".preview-empty")?.setAttribute("hidden", "");
      into.append(preview.element);
      // Back after "empty": draw again, even the same story.
      shownKey = "";
    }
    const key = JSON.stringify(wanted.story);
    if (key !== shownKey) {
      shownKey = key;
      preview.show(wanted.story, wanted.focus);
    } else if (wanted.focus !== undefined && wanted.focus !== preview.current()) preview.focus(wanted.focus);
    // Shown once: a later story without a focus keeps the event under the playhead.
    wanted = { story: wanted.story, focus: undefined };
  };

  const markStale = (on: boolean) => {
    const into = slot();
    const note = into?.querySelector(".preview-stale");
    if (!on) return note?.remove();
    // Over the map, not above it: the note coming and going must not move the map.
    if (into && !note && preview && into.contains(preview.element))
      preview.element.prepend(el("p", { class: "preview-stale", role: "status" }, staleNote));
  };

  return {
    show(story, focus) {
      markStale(story === "invalid");
      if (story === "invalid") return;
      if (story === "empty") {
        wanted = undefined;
        preview?.element.remove();
        slot()?.querySelector(".preview-empty")?.removeAttribute("hidden");
        return;
      }
      // A focus not yet shown (a touch, then a render without one within DEBOUNCE_MS) is kept.
      wanted = { story, focus: focus ?? wanted?.focus };
      // A load already under way may fail (it began offline): this story then tries once more.
      void load()
        .then((ok) => ok || load())
        .then((ok) => {
          if (ok && timer === undefined) timer = setTimeout(flush, DEBOUNCE_MS);
        });
    },
    prefetch() {
      void load();
    },
  };

  /** The preview chunk, once; false (with the note shown) when it failed, and the next call retries. */
  function load(): Promise<boolean> {
    loading ??= importAgain(() => import("./preview")).then(
      (m) => {
        m.prewarm();
        preview ??= m.createPreview(lang, onMapClick);
        slot()?.querySelector(".preview-failed")?.remove();
        return true;
      },
      () => {
        loading = undefined;
        const into = slot();
        if (into && !into.querySelector(".preview-failed"))
          into.querySelector("h2")?.after(el("p", { class: "preview-failed", role: "status" }, failedNote));
        return false;
      },
    );
    return loading;
  }
}
