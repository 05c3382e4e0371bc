import {
  ampHeightMessage,
  datawrapperHeightMessage,
  type EmbedCommand,
  type EmbedLang,
  type EmbedState,
  parseEmbedCommand,
  parsePymWidth,
  pymHeightMessage,
  readEmbedParams,
  stateMessage,
} from "./embed_messages";

/**
 * The app inside a newsroom's iframe: tells the page how tall it is (pym.js, Datawrapper and
 * AMP protocols, so no host script of ours is needed), and takes commands by postMessage
 * (`zeitkarte:*`, see docs/embed.md). Only the embedding page is listened to; everything it
 * sends is validated in embed_messages.ts and anything else is ignored without a word.
 */
export type { EmbedState } from "./embed_messages";

export interface EmbedHost {
  getState(): EmbedState;
  setTime(t: number /* ms UTC */): void;
  play(): void;
  pause(): void;
  selectEvent(id: string): void;
  /** Returns a promise where the switch waits for the language's strings; resolves once applied. */
  setLang(lang: EmbedLang): Promise<void> | undefined;
  /** Calls listener after any state change; returns unsubscribe. */
  subscribe(listener: () => void): () => void;
}

export interface StartEmbedOptions {
  win?: Window;
  /** The element whose height is the embed's height; <html> by default. */
  root?: HTMLElement;
  /** The height (px) to ask a resizing host for; by default `root`'s laid-out height. */
  measure?: () => number;
  /**
   * Elements whose size changes `measure`'s answer while `root` keeps its size (a root that fills
   * its frame: the card opened with "Mehr" takes room from the map, not from the frame).
   */
  observe?: readonly Element[];
}

/** At most four state notices a second during playback. */
const STATE_INTERVAL_MS = 250;
/** If rAF is paused (hidden cross-origin frames), measure anyway after this long. */
const FRAME_FALLBACK_MS = 200;
/** A layout that grows with its frame would otherwise grow the iframe forever. */
const MAX_HEIGHT = 20_000;

export function startEmbed(host: EmbedHost, options: StartEmbedOptions = {}): { destroy(): void } {
  const win = options.win ?? window;
  const root = options.root ?? win.document.documentElement;
  const parent = win.parent;
  if (!parent || parent === win) return { destroy() {} };
  const params = readEmbedParams(win.location.search);
  const heightId = params.id ?? host.getState().story;
  // The messages hold the story's public state and its height, nothing private, and a newsroom
  // may embed from any origin (and behind CDNs and AMP caches), so they go to any parent origin.
  const post = (message: unknown) => parent.postMessage(message, "*");

  let height = -1;
  const sendHeight = () => {
    const next = options.measure ? Math.min(MAX_HEIGHT, Math.max(0, Math.ceil(options.measure()))) : measure(root, win);
    if (next === height) return;
    height = next;
    if (params.pymId !== undefined) post(pymHeightMessage(params.pymId, height));
    post(datawrapperHeightMessage(heightId, height));
    post(ampHeightMessage(height));
  };
  const onResize = onceNextFrame(win, sendHeight);
  const Observer = (win as Window & typeof globalThis).ResizeObserver;
  const observer = Observer ? new Observer(() => onResize.schedule()) : undefined;
  observer?.observe(root);
  for (const element of options.observe ?? []) observer?.observe(element);
  win.addEventListener("resize", onResize.schedule);

  let stateKey = "";
  let stateSentAt = Number.NEGATIVE_INFINITY;
  let stateTimer: number | undefined;
  const sendState = () => {
    stateTimer = undefined;
    const state = host.getState();
    const key = JSON.stringify(state);
    if (key === stateKey) return;
    stateKey = key;
    stateSentAt = Date.now();
    post(stateMessage(state));
  };
  const onStateChange = () => {
    if (stateTimer !== undefined) return;
    const wait = stateSentAt + STATE_INTERVAL_MS - Date.now();
    if (wait <= 0) sendState();
    else stateTimer = win.setTimeout(sendState, wait);
  };
  const unsubscribe = host.subscribe(onStateChange);

  const onMessage = (event: MessageEvent) => {
    if (event.source !== parent) return;
    if (params.pymId !== undefined && parsePymWidth(params.pymId, event.data) !== undefined) {
      // pym.Parent sends its width when its window resizes and expects the height in return.
      const before = height;
      sendHeight();
      if (height === before) post(pymHeightMessage(params.pymId, height));
      return;
    }
    const command = parseEmbedCommand(event.data);
    if (command) inOrder(command, event);
  };
  // Commands take effect in the order sent: after a set-lang that waits for its strings, the
  // next ones wait too (a get-state right after set-lang "en" answers "en").
  let waiting: Promise<void> | undefined;
  const inOrder = (command: EmbedCommand, event: MessageEvent) => {
    const next = waiting ? waiting.then(() => apply(command, event)) : apply(command, event);
    if (!next) return;
    waiting = next;
    void next.then(() => {
      if (waiting === next) waiting = undefined;
    });
  };
  const apply = (command: EmbedCommand, event: MessageEvent): Promise<void> | undefined => {
    switch (command.type) {
      case "zeitkarte:set-lang":
        return host.setLang(command.lang);
      case "zeitkarte:set-time":
        host.setTime(command.t);
        break;
      case "zeitkarte:play":
        host.play();
        break;
      case "zeitkarte:pause":
        host.pause();
        break;
      case "zeitkarte:select-event":
        host.selectEvent(command.id);
        break;
      case "zeitkarte:get-state":
        reply(event, stateMessage(host.getState(), command.requestId));
        break;
    }
    return undefined;
  };
  win.addEventListener("message", onMessage);

  sendHeight();
  sendState();

  return {
    destroy() {
      win.removeEventListener("message", onMessage);
      win.removeEventListener("resize", onResize.schedule);
      observer?.disconnect();
      onResize.cancel();
      unsubscribe();
      if (stateTimer !== undefined) win.clearTimeout(stateTimer);
    },
  };
}

/** The height the parent should give the frame, in whole pixels. */
function measure(root: HTMLElement, win: Window): number {
  const box = root.getBoundingClientRect().height;
  // An element's scrollHeight adds content that overflows it; <html>'s is never less than the
  // frame itself, so it could only ever grow.
  const overflow = root === win.document.documentElement ? 0 : root.scrollHeight;
  return Math.min(MAX_HEIGHT, Math.ceil(Math.max(box, overflow)));
}

/** Answers the window that asked, at its origin (a sandboxed host has none: "null"). */
function reply(event: MessageEvent, message: unknown): void {
  const source = event.source as WindowProxy | null;
  if (!source || typeof source.postMessage !== "function") return;
  source.postMessage(message, event.origin && event.origin !== "null" ? event.origin : "*");
}

/** Runs `task` once on the next frame, however often it is scheduled before then. */
function onceNextFrame(win: Window, task: () => void) {
  let frame: number | undefined;
  let timer: number | undefined;
  const cancel = () => {
    if (frame !== undefined) win.cancelAnimationFrame(frame);
    if (timer !== undefined) win.clearTimeout(timer);
    frame = undefined;
    timer = undefined;
  };
  const run = () => {
    cancel();
    task();
  };
  return {
    schedule: () => {
      if (frame !== undefined || timer !== undefined) return;
      frame = win.requestAnimationFrame(run);
      timer = win.setTimeout(run, FRAME_FALLBACK_MS);
    },
    cancel,
  };
}
