import "../story/jitless";
import * as z from "zod/mini";
import { parseDate } from "../story/dates";

/**
 * A point in time as it arrives from outside (URL, host page): "2024", "2024-12" or
 * "2024-12-25", years 1–9999, read as the start of that period in ms UTC.
 */
export const zPeriodStart = z.pipe(
  z.string().check(z.maxLength(10)),
  z.transform((text, ctx) => {
    const date = parseDate(text);
    if (!date || date.year < 1) {
      ctx.issues.push({ code: "custom", message: "invalid date", input: text });
      return z.NEVER;
    }
    return date.start;
  }),
);
