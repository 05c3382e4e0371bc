/** The stories checked at build time (scripts/vite_checked_stories.ts): slug → the loader's result. */
declare module "virtual:checked-stories" {
  const stories: Readonly<Record<string, () => Promise<import("./load").LoadResult>>>;
  export default stories;
}
