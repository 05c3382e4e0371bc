import type { Lang } from "../i18n/t";
import type { Story } from "../story/schema";
import type { Preview } from "./preview";

/**
 * Feeds the live preview (preview.ts) from the authoring page's renders: the preview chunk
 * (the reader's map, timeline and card code) is imported when the first accepted story passes
 * story:check, never before; the map is rebuilt only when the story's content changed, at most
 * once per DEBOUNCE_MS while the editor is busy, and otherwise only the playhead moves to the
 * candidate the editor last touched. The preview goes into `#preview` under `root`.
 */
const DEBOUNCE_MS = 250;

export interface PreviewSlot {
  /** `story`: the accepted story if it passes story:check, else undefined (the preview keeps the last good one). */
  show(story: Story | undefined, focus: string | undefined): void;
}

export function previewSlot(
  root: HTMLElement,
  lang: Lang,
  onMapClick: (lonLat: [number, number]) => void,
): PreviewSlot {
  let preview: Preview | undefined;
  let loading: Promise<void> | undefined;
  let shownKey = "";
  let timer: ReturnType<typeof setTimeout> | undefined;
  let wanted: { story: Story; focus: string | undefined } | undefined;

  const flush = () => {
    timer = undefined;
    if (!preview || !wanted) return;
    const key = JSON.stringify(wanted.story);
    const slot = root.querySelector("#preview");
    if (slot && !slot.contains(preview.element)) {
      slot.querySelector(".preview-empty")?.remove();
      slot.append(preview.element);
    }
    if (key !== shownKey) {
      shownKey = key;
      preview.show(wanted.story, wanted.focus);
    } else if (wanted.focus !== undefined && wanted.focus !== preview.current()) preview.focus(wanted.focus);
  };

  return {
    show(story, focus) {
      if (!story) return;
      wanted = { story, focus };
      loading ??= import("./preview").then((m) => {
        preview = m.createPreview(lang, onMapClick);
      });
      void loading.then(() => {
        if (timer === undefined) timer = setTimeout(flush, DEBOUNCE_MS);
      });
    },
  };
}
