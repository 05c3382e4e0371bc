import "../story/jitless";
import * as z from "zod/mini";
import { utc } from "../story/dates";
import { zPeriodStart } from "./z_time";

/**
 * The embed's messages, as pure functions: what a host page may send (validated here, at the
 * boundary, and never trusted further), and what the embed sends back — its state and its
 * height in the three protocols newsrooms use (pym.js, Datawrapper, AMP).
 */

export type EmbedLang = "de" | "en";

export interface EmbedState {
  story: string;
  /** The playhead's day, YYYY-MM-DD (UTC). */
  t: string;
  event: string | null;
  playing: boolean;
  lang: EmbedLang;
}

/** Messages larger than this are ignored unread. */
export const MAX_MESSAGE_BYTES = 10_240;
const MAX_KEYS = 8;
const PROTOTYPE_KEYS = new Set(["__proto__", "constructor", "prototype"]);

const MIN_TIME = utc(1);
const MAX_TIME = utc(10_000);

/** "2024", "2024-12" or "2024-12-25" (years 1–9999) → the period's start; or ms UTC in that range. */
const zTimeInput = z.union([zPeriodStart, z.number().check(z.gte(MIN_TIME), z.lte(MAX_TIME))]);

/** Like the story schema's ids (lowercase, digits, dashes); the host learns them from `zeitkarte:state`. */
const zEventId = z.string().check(z.maxLength(120), z.regex(/^[a-z0-9][a-z0-9-]*$/));
const zRequestId = z.union([z.string().check(z.maxLength(200)), z.number().check(z.gte(-1e15), z.lte(1e15))]);

export const zEmbedCommand = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("zeitkarte:set-time"), t: zTimeInput }),
  z.strictObject({ type: z.literal("zeitkarte:play") }),
  z.strictObject({ type: z.literal("zeitkarte:pause") }),
  z.strictObject({ type: z.literal("zeitkarte:select-event"), id: zEventId }),
  z.strictObject({ type: z.literal("zeitkarte:set-lang"), lang: z.enum(["de", "en"]) }),
  z.strictObject({ type: z.literal("zeitkarte:get-state"), requestId: z.optional(zRequestId) }),
]);
export type EmbedCommand = z.infer<typeof zEmbedCommand>;

/**
 * A command from a host page, or undefined for anything else: other widgets' messages, strings
 * that are not our JSON, wrong types, prototype keys, payloads over 10 KB. Never throws.
 */
export function parseEmbedCommand(data: unknown): EmbedCommand | undefined {
  try {
    let value = data;
    if (typeof data === "string") {
      if (data.length > MAX_MESSAGE_BYTES || !data.trimStart().startsWith("{")) return undefined;
      value = JSON.parse(data);
    }
    if (!isSmallPlainObject(value)) return undefined;
    const parsed = zEmbedCommand.safeParse(value);
    return parsed.success ? parsed.data : undefined;
  } catch {
    // Invalid JSON, cyclic or otherwise unserializable objects: not a message for us.
    return undefined;
  }
}

function isSmallPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const keys = Reflect.ownKeys(value);
  if (keys.length > MAX_KEYS) return false;
  if (keys.some((key) => typeof key !== "string" || PROTOTYPE_KEYS.has(key))) return false;
  return (JSON.stringify(value)?.length ?? Infinity) <= MAX_MESSAGE_BYTES;
}

/** The answer to `zeitkarte:get-state`, and the notice sent to the parent when the state changes. */
export function stateMessage(state: EmbedState, requestId?: string | number) {
  return requestId === undefined
    ? { type: "zeitkarte:state" as const, state }
    : { type: "zeitkarte:state" as const, requestId, state };
}

// ── Height protocols ────────────────────────────────────────────────────────────────────────

const PYM_DELIMITER = "xPYMx";
/** pym.Parent uses the container element's id; its own regex takes it unescaped, so stay plain. */
const PYM_ID = /^[A-Za-z0-9_.:-]{1,128}$/;
const EMBED_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** What the iframe URL tells the embed about its host: pym's childId, a Datawrapper-style id. */
export interface EmbedParams {
  pymId: string | undefined;
  id: string | undefined;
}

export function readEmbedParams(search: string): EmbedParams {
  const params = new URLSearchParams(search);
  const pymId = params.get("childId") ?? "";
  const id = params.get("id") ?? "";
  return {
    pymId: PYM_ID.test(pymId) ? pymId : undefined,
    id: EMBED_ID.test(id) && !PROTOTYPE_KEYS.has(id) ? id : undefined,
  };
}

/** pym.js v1 child → parent: `pymxPYMx<id>xPYMx<type>xPYMx<message>` (pym's `_makeMessage`). */
export function pymMessage(id: string, type: string, message: string): string {
  return ["pym", id, type, message].join(PYM_DELIMITER);
}

/** The parent's width notice (`pymxPYMx<id>xPYMxwidthxPYMx<px>`), or undefined for anything else. */
export function parsePymWidth(id: string, data: unknown): number | undefined {
  if (typeof data !== "string" || data.length > 200) return undefined;
  const prefix = pymMessage(id, "width", "");
  if (!data.startsWith(prefix)) return undefined;
  const width = Number(data.slice(prefix.length));
  return Number.isFinite(width) && width >= 0 ? width : undefined;
}

export function pymHeightMessage(id: string, height: number): string {
  return pymMessage(id, "height", String(height));
}

/** Datawrapper's `{"datawrapper-height": {"<id>": px}}`. */
export function datawrapperHeightMessage(id: string, height: number) {
  return { "datawrapper-height": { [id]: height } };
}

/** AMP's `amp-iframe` resize request. */
export function ampHeightMessage(height: number) {
  return { sentinel: "amp" as const, type: "embed-size" as const, height };
}
