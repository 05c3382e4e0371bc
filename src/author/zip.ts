import { strToU8, zipSync } from "fflate";
import type { ArticleInput } from "../draft/draft";
import type { StoryInput } from "../story/schema";

/**
 * The story folder as a zip: `<slug>/story.json` and `<slug>/<file>.txt` for every article the
 * story cites, ready to drop into data/stories/ or dist/stories/.
 */
export function zipStory(slug: string, story: StoryInput, articles: readonly ArticleInput[]): Uint8Array {
  const files: Record<string, Uint8Array> = { [`${slug}/story.json`]: strToU8(`${JSON.stringify(story, null, 2)}\n`) };
  for (const source of story.sources) {
    const article = articles.find((a) => a.file === source.file);
    if (article) files[`${slug}/${article.file}`] = strToU8(article.text);
  }
  return zipSync(files, { level: 6 });
}
