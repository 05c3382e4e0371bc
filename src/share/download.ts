import { el } from "../ui/dom";

/**
 * Saves a Blob as a file through a temporary `<a download>`. The object URL is revoked a while
 * after the click, not at once: some browsers read the blob after the click has returned
 * (FileSaver.js waits 40 s for the same reason).
 */
const REVOKE_AFTER_MS = 40_000;

export function downloadBlob(blob: Blob, fileName: string, parent: HTMLElement = document.body): void {
  const url = URL.createObjectURL(blob);
  const link = el("a", { href: url, download: fileName, hidden: true });
  parent.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}

/** `text` as a UTF-8 file of `type`. */
export function textBlob(text: string, type: string): Blob {
  return new Blob([text], { type: `${type};charset=utf-8` });
}
