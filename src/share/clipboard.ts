/**
 * Copies a field's text: the async Clipboard API first; where it is missing or refused (an
 * insecure origin, an iframe without permission), the selection and `execCommand("copy")`.
 * If both fail the text stays selected, so the reader can press Ctrl+C.
 */
export async function copyField(field: HTMLInputElement | HTMLTextAreaElement): Promise<boolean> {
  if (navigator.clipboard) {
    try {
      await navigator.clipboard.writeText(field.value);
      return true;
    } catch {
      // Refused: fall back to the selection below.
    }
  }
  field.focus();
  field.select();
  try {
    return document.execCommand("copy");
  } catch {
    return false;
  }
}
