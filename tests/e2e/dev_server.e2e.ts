import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:net";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../support/chromium";
import { distinctColors, waitForMapIdle } from "./app";

/**
 * The README's first command, `npm run dev`, as a newcomer runs it: the dev server injects CSS in
 * a different order than the build, so a map that draws in dist/ can still be 0 px tall here.
 */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** Starts `npm run dev` in its own process group and resolves with its URL once it answers. */
async function startDevServer(port: number): Promise<{ url: string; process: ChildProcess }> {
  const child = spawn("npm", ["run", "dev", "--", "--port", String(port), "--strictPort"], {
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, BROWSER: "none", FORCE_COLOR: "0" },
  });
  let output = "";
  child.stdout?.on("data", (chunk) => {
    output += String(chunk);
  });
  child.stderr?.on("data", (chunk) => {
    output += String(chunk);
  });
  const url = `http://127.0.0.1:${port}/`;
  for (let attempt = 0; attempt < 600; attempt++) {
    if (child.exitCode !== null) throw new Error(`npm run dev exited with ${child.exitCode}:\n${output}`);
    const ok = await fetch(url).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return { url, process: child };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  stopDevServer(child);
  throw new Error(`npm run dev did not answer on ${url}:\n${output}`);
}

/** Ends npm and the vite process it started (the whole process group). */
function stopDevServer(child: ChildProcess | undefined): void {
  if (child?.pid === undefined || child.exitCode !== null) return;
  try {
    process.kill(-child.pid, "SIGTERM");
  } catch {
    // Already gone.
  }
}

describe("npm run dev", () => {
  let browser: Browser;
  let server: { url: string; process: ChildProcess } | undefined;

  beforeAll(async () => {
    server = await startDevServer(await freePort());
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    stopDevServer(server?.process);
  });

  it("draws the map: a visible canvas of many colours that nothing covers", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on("pageerror", (error) => pageErrors.push(String(error)));
    await page.goto(server?.url ?? "");
    // The first visit may make vite optimise dependencies and reload the page once.
    await waitForMapIdle(page, 80_000);
    const canvas = page.locator("#map canvas");
    await expect.poll(() => canvas.isVisible()).toBe(true);
    const box = await canvas.boundingBox();
    expect(box?.width ?? 0).toBeGreaterThan(200);
    expect(box?.height ?? 0).toBeGreaterThan(200);
    const hit = await page.evaluate(() => {
      const map = document.querySelector("#map canvas")?.getBoundingClientRect();
      if (!map) return "no canvas";
      const element = document.elementFromPoint(map.left + map.width / 2, map.top + map.height / 2);
      return element?.matches("#map canvas") ? "canvas" : (element?.outerHTML.slice(0, 120) ?? "nothing");
    });
    expect(hit).toBe("canvas");
    expect(await distinctColors(page, "#map canvas")).toBeGreaterThan(200);
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
