import { loadStrings } from "../../src/i18n/t";

// Unit tests render in both languages; the page fetches English only when it is needed.
await loadStrings("en");
