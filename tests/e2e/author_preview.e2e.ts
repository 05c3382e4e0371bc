import { describe, expect, it } from "vitest";
import { useBrowser } from "./app";

const openApp = useBrowser();

const ARTICLE = [
  "Im Dezember 2024 stürzte ein Passagierflugzeug bei Aktau in Kasachstan ab.",
  "Drei Tage nach dem Absturz erklärte der aserbaidschanische Präsident in Baku, Russland trage die Schuld.",
  "Der russische Außenminister Sergej Lawrow besuchte Eriwan am 20. und 21. Mai 2025.",
  "Im Juni wurden im russischen Jekaterinburg rund 50 Aserbaidschaner festgenommen.",
].join(" ");

describe("authoring page preview", () => {
  it("probe", async () => {
    const { page, pageErrors } = await openApp("author.html", { viewport: { width: 1600, height: 1000 } });
    await page.locator("#article-text").fill(ARTICLE);
    await page.locator("#article-published").fill("2025-07");
    await page.getByRole("button", { name: "Artikel hinzufügen" }).click();
    await page.getByRole("button", { name: "Entwurf erstellen" }).click();
    const candidates = page.locator("#candidates > li");
    await expect.poll(() => candidates.count(), { timeout: 30_000 }).toBe(4);
    for (const i of [0, 2, 3]) await candidates.nth(i).getByRole("button", { name: "Übernehmen" }).click();
    await page.locator("#preview-map [data-loaded='true']").waitFor({ timeout: 30_000 });
    await page.locator("#preview-map [data-idle='true']").waitFor({ timeout: 30_000 });
    await page.screenshot({ path: "/tmp/j17_preview.png" });
    console.log(await page.locator("#candidates").innerHTML());
    console.log(pageErrors);
  });
});
