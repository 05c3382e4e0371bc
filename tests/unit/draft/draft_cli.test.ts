import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readStoryFolder } from "../../../scripts/story_folder";

const dir = mkdtempSync(join(tmpdir(), "zeitkarte-draft-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

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
});
