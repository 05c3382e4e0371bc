/**
 * The sizes of the words on lines that the style (story_layers.ts) shares with the fallback that
 * places them beside their lines (line_label_points.ts, a chunk of its own): a module apart, so
 * the first load takes these numbers and not the fallback's anchors (word_anchors.ts).
 */

/**
 * The size of a word in the `small` tier (line_label_points.ts), a share of the words' size
 * (story_layers.ts): small enough to fit a gap a few px narrower than the word, large enough to
 * read (10.6 px at the overview's 12.5), never under the theme's least text size.
 */
export const SMALL_WORD = 0.85;

/**
 * A word wraps at this width, ems (story_layers.ts `text-max-width`): a relation's state ("keine
 * Beziehungen", 10.2 ems) and a movement's kind stay one line along their line; only a phrase
 * ("Alijew nach Duschanbe") wraps. Wrapped at 8 ems, "keine Beziehungen" lay as a block across
 * its own line and the parallel Ankara–Baku line beside it, whose "verbündet" then had no room
 * in a 480 px embed (a review).
 */
export const WORD_MAX_EMS = 11;
