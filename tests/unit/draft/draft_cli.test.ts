import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readStoryFolder } from "../../../scripts/story_folder";

const dir = mkdtempSync(join(tmpdir(), "zeitkarte-draft-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the draft command; its exit status, stdout and stderr. */
function draft(args: string[]): { status: number; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/draft.ts", ...args], { encoding: "utf8" });
  return { status: run.status ?? -1, stdout: run.stdout, stderr: run.stderr };
}

describe("npm run draft -- --slug <slug> --published <date> <article.txt>…", () => {
  it("writes story.json and the articles into the folder, and the folder passes story:check", () => {
    const article = join(dir, "Meldung Mai 2025.txt");
    writeFileSync(article, "Der russische Außenminister Sergej Lawrow besuchte Eriwan am 20. und 21. Mai 2025.\n");
    const other = join(dir, "other.txt");
    writeFileSync(
      other,
      "Im Dezember 2024 stürzte ein Flugzeug bei Aktau ab. Drei Tage nach dem Absturz sprach Alijew in Baku.",
    );
    const out = join(dir, "story");
    execFileSync(
      process.execPath,
      [
        "--import",
        "tsx",
        "scripts/draft.ts",
        "--slug",
        "test",
        "--out",
        out,
        "--published",
        "2025-07",
        article,
        "--published",
        "2025",
        other,
      ],
      { stdio: "pipe" },
    );
    expect(readdirSync(out).sort()).toEqual(["Meldung_Mai_2025.txt", "other.txt", "story.json"]);
    const read = readStoryFolder(out);
    expect(read.ok && read.result.ok && read.result.story.events.map((e) => e.date)).toEqual([
      "2025-05-20",
      "2024-12",
      "2024-12",
    ]);
  }, 60_000);

  it("exits with a message when no article has a dated sentence", () => {
    const empty = join(dir, "empty.txt");
    writeFileSync(empty, "");
    let stderr = "";
    try {
      execFileSync(
        process.execPath,
        ["--import", "tsx", "scripts/draft.ts", "--slug", "x", "--out", join(dir, "x"), "--published", "2025", empty],
        {
          stdio: "pipe",
        },
      );
    } catch (error) {
      stderr = String((error as { stderr: Buffer }).stderr);
    }
    expect(stderr).toContain("empty.txt: the text is empty; nothing to draft");
    expect(stderr).toContain("nothing drafted");
  }, 60_000);

  it("refuses a folder that already holds a story, and leaves it as it was", () => {
    const folder = join(dir, "reviewed");
    mkdirSync(folder);
    writeFileSync(join(folder, "story.json"), '{"reviewed":true}');
    writeFileSync(join(folder, "old.txt"), "Alter Artikel.");
    const article = join(dir, "neu.txt");
    writeFileSync(article, "Im Dezember 2024 stürzte ein Flugzeug bei Aktau ab.");
    const run = draft(["--slug", "reviewed", "--out", folder, "--published", "2025", article]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("already holds a story (old.txt, story.json)");
    expect(run.stderr).toContain("--force");
    expect(readFileSync(join(folder, "story.json"), "utf8")).toBe('{"reviewed":true}');
    expect(readdirSync(folder).sort()).toEqual(["old.txt", "story.json"]);
  }, 60_000);

  it("with --force replaces story.json and the articles, keeps other files, and says so", () => {
    const folder = join(dir, "forced");
    mkdirSync(folder);
    writeFileSync(join(folder, "story.json"), "{}");
    writeFileSync(join(folder, "old.txt"), "Alter Artikel.");
    writeFileSync(join(folder, "NOTES.md"), "notes");
    const article = join(dir, "neu.txt");
    writeFileSync(article, "Im Dezember 2024 stürzte ein Flugzeug bei Aktau ab.");
    const run = draft(["--slug", "forced", "--out", folder, "--force", "--published", "2025", article]);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain(`--force: replaced the story in ${folder} (removed old.txt, story.json)`);
    expect(readdirSync(folder).sort()).toEqual(["NOTES.md", "neu.txt", "story.json"]);
    const read = readStoryFolder(folder);
    expect(read.ok && read.result.ok).toBe(true);
  }, 60_000);
});
