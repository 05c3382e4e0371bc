/**
 * How long (ms of story time) after an event its linger lasts (pacing.ts): playback spends its
 * event seconds on the day after each event, so the card stays while the playhead stands on it.
 */
export const LINGER_MS = 86_400_000;
