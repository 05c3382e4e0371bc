/**
 * The longest word on a line (a movement's `short`), characters: it must fit beside the line on a
 * phone. Its own module: the map draws with it on the first load, while the rest of the story
 * limits (limits.ts) are needed only by the loader of stories not checked at build time.
 */
export const SHORT_WORD = 30;
