import * as z from "zod/mini";
import en from "zod/v4/locales/en.js";

/**
 * zod/mini ships without messages; the story checker's readers need them ("Too small: expected
 * array to have >=1 items"). Only English is loaded: the checker speaks English to editors.
 */
let configured = false;

export function useEnglishMessages(): void {
  if (configured) return;
  configured = true;
  z.config(en());
}
