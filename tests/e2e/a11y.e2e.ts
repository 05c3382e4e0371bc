import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useBrowser, waitForMapIdle } from "./app";

const openApp = useBrowser();
const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

interface Violation {
  id: string;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** Runs axe-core in the page (WCAG 2.1 A and AA) and returns its violations, readable. */
async function axe(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, so the page's CSP (no inline scripts) still holds.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const result = await (
      window as unknown as {
        axe: { run(context: Document, options: object): Promise<{ violations: Violation[] }> };
      }
    ).axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
    return result.violations;
  });
  return violations.map(
    (v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => `${n.target.join(" ")} ${n.failureSummary ?? ""}`).join(" | ")}`,
  );
}

async function ready(page: Page) {
  await page.locator("#event-card .event-title").waitFor();
  await waitForMapIdle(page);
}

describe("accessibility (axe-core)", () => {
  for (const lang of ["de", "en"] as const) {
    it(`has no violations in the full view (${lang})`, async () => {
      const { page } = await openApp(`#event=azal-8243-crash&lang=${lang}`);
      await ready(page);
      expect(await axe(page)).toEqual([]);
    });

    it(`has no violations in the embed view (${lang})`, async () => {
      const { page } = await openApp(`?embed=1#event=lavrov-in-yerevan&lang=${lang}`, {
        viewport: { width: 600, height: 900 },
      });
      await ready(page);
      expect(await axe(page)).toEqual([]);
    });

    it(`has no violations in presenter mode (${lang})`, async () => {
      const { page } = await openApp(`?present=1#event=azal-8243-crash&lang=${lang}`, {
        viewport: { width: 1920, height: 1080 },
      });
      await ready(page);
      expect(await axe(page)).toEqual([]);
      const body = await page
        .locator(".event-summary")
        .evaluate((node) => Number.parseFloat(getComputedStyle(node).fontSize));
      expect(body).toBeGreaterThanOrEqual(28);
    });
  }

  it("has no violations in dark mode", async () => {
    const { page } = await openApp("#event=azal-8243-crash", { colorScheme: "dark" });
    await ready(page);
    expect(await axe(page)).toEqual([]);
  });
});
