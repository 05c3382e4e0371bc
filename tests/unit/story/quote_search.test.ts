import { describe, expect, it } from "vitest";
import { checkStory } from "../../../src/story/check";
import { findQuotes, type SearchStats } from "../../../src/story/quote_search";
import { ARTICLE_FILE, nth, tinyStory } from "./tiny_story";

const SENTENCE = "Die Lage an der Grenze bleibt angespannt. ";
/** A 10 MB article of one repeated sentence, and quotes that match all but their last letter. */
const ARTICLE = SENTENCE.repeat(Math.ceil(10_000_000 / SENTENCE.length));
const nearMisses = (count: number) =>
  Array.from({ length: count }, (_, i) => `${SENTENCE.repeat(1 + (i % 7))}${SENTENCE.slice(0, 10 + (i % 20))}X`);

describe("findQuotes(text, quotes)", () => {
  it("findQuotes(text, quotes) finds each quote that occurs, at any place, overlapping or nested", () => {
    const found = findQuotes("the cat sat on the mat", ["cat", "at", "the mat", "dog", "cat sat on", "mat!", ""]);
    expect([...found].sort()).toEqual([0, 1, 2, 4, 6]);
  });

  it("findQuotes(text, quotes) agrees with String.includes on every quote (many small cases)", () => {
    const alphabet = "ab ";
    let seed = 7;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed / 2_147_483_648;
    };
    const word = (n: number) => Array.from({ length: n }, () => alphabet[Math.floor(random() * 3)]).join("");
    for (let round = 0; round < 300; round++) {
      const text = word(Math.floor(random() * 40));
      const quotes = Array.from({ length: 8 }, () => word(1 + Math.floor(random() * 6)));
      const found = findQuotes(text, quotes);
      quotes.forEach((q, i) => {
        expect(found.has(i), `${JSON.stringify(q)} in ${JSON.stringify(text)}`).toBe(text.includes(q));
      });
    }
  });

  it("findQuotes(text, quotes) of a 10 MB article and 200 near-miss quotes costs one pass (≤ 2 × text + quotes)", () => {
    const quotes = nearMisses(200);
    const stats: SearchStats = { steps: 0 };
    const found = findQuotes(ARTICLE, quotes, stats);
    expect(found.size).toBe(0);
    const quoteLength = quotes.reduce((sum, q) => sum + q.length, 0);
    expect(stats.steps).toBeLessThanOrEqual(2 * ARTICLE.length + quoteLength);
  });

  it("findQuotes(text, quotes) of a 10 MB article finds a quote at its very end", () => {
    const quotes = [...nearMisses(199), `${SENTENCE.repeat(3).trim()}`];
    expect([...findQuotes(ARTICLE, quotes)]).toEqual([199]);
  });
});

describe("checkStory(story, articles) with a 10 MB article", () => {
  it("checkStory(story, articles) reports each of 200 near-miss quotes in a 10 MB article, at its path", () => {
    const quotes = nearMisses(200);
    const story = tinyStory((input) => {
      const event = nth(input.events);
      input.events = quotes.map((quote, i) => ({ ...event, id: `e-${i}`, sources: [{ article: "a", quote }] }));
    });
    const findings = checkStory(story, new Map([[ARTICLE_FILE, ARTICLE]]));
    const missing = findings.filter(([path]) => path.startsWith("events[") && path.endsWith(".quote"));
    expect(missing).toHaveLength(200);
    expect(missing.map(([path]) => path)).toEqual(quotes.map((_, i) => `events[${i}].sources[0].quote`));
  });
});
