import type { Frame, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { de } from "../../src/i18n/de";
import { useBrowser } from "./app";

const openApp = useBrowser();

interface Hooks {
  __zeitkarte: { state(): { playing: boolean; t: number } };
  __loseContext?: { restoreContext(): void };
}

/**
 * A host page on the app's origin that frames `?embed=1` (the embed listens to its parent only);
 * returns the host page and the embed's frame, once its map is drawn.
 */
async function openHost(): Promise<{ page: Page; frame: Frame; pageErrors: string[] }> {
  const { page, pageErrors } = await openApp("LICENSE-pym.txt");
  await page.evaluate(() => {
    document.body.innerHTML = "";
    const iframe = document.createElement("iframe");
    iframe.src = "/?story=caucasus&embed=1#t=2022-01-01";
    iframe.width = "720";
    iframe.height = "900";
    document.body.append(iframe);
  });
  const handle = await page.locator("iframe").elementHandle({ timeout: 30_000 });
  const frame = await handle?.contentFrame();
  if (!frame) throw new Error("no frame");
  await frame.waitForFunction(() => "__zeitkarte" in window, undefined, { timeout: 30_000 });
  await frame.locator("#map[data-idle='true']").waitFor({ state: "attached", timeout: 30_000 });
  return { page, frame, pageErrors };
}

/** What a host page script does: post to the embed's window. */
const post = (page: Page, type: string) =>
  page.evaluate((type) => document.querySelector("iframe")?.contentWindow?.postMessage({ type }, "*"), type);

const state = (page: Frame) => page.evaluate(() => (window as unknown as Hooks).__zeitkarte.state());
const notice = (page: Frame) =>
  page
    .locator("#map .notice.map-lost")
    .textContent({ timeout: 1000 })
    .catch(() => null);

function loseContext(page: Frame): Promise<void> {
  return page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>("#map canvas");
    const gl = canvas?.getContext("webgl2") ?? canvas?.getContext("webgl");
    const extension = gl?.getExtension("WEBGL_lose_context");
    if (!extension) throw new Error("no WEBGL_lose_context");
    (window as unknown as Hooks).__loseContext = extension;
    extension.loseContext();
  });
}

describe("a host page's play while WebGL is lost", () => {
  it("is held with a notice saying so (playing stays false), and starts once the map is restored", async () => {
    const { page, frame, pageErrors } = await openHost();
    await loseContext(frame);
    await expect.poll(() => notice(frame)).toBe(de.webglLost);
    await post(page, "zeitkarte:play");
    await expect.poll(() => notice(frame)).toBe(de.webglLostPlayHeld);
    expect((await state(frame)).playing).toBe(false);
    const t = (await state(frame)).t;
    expect(pageErrors).toEqual([]);

    await frame.evaluate(() => (window as unknown as Hooks).__loseContext?.restoreContext());
    await frame.locator("#map .notice.map-lost").waitFor({ state: "detached", timeout: 30_000 });
    await expect.poll(async () => (await state(frame)).playing, { timeout: 30_000 }).toBe(true);
    await expect.poll(async () => (await state(frame)).t, { timeout: 30_000 }).toBeGreaterThan(t);
    expect(pageErrors).toEqual([]);
  });

  it("a pause from the host while lost drops the held play: the restore does not start it", async () => {
    const { page, frame, pageErrors } = await openHost();
    await loseContext(frame);
    await expect.poll(() => notice(frame)).toBe(de.webglLost);
    await post(page, "zeitkarte:play");
    await expect.poll(() => notice(frame)).toBe(de.webglLostPlayHeld);
    await post(page, "zeitkarte:pause");
    await frame.evaluate(() => (window as unknown as Hooks).__loseContext?.restoreContext());
    await frame.locator("#map .notice.map-lost").waitFor({ state: "detached", timeout: 30_000 });
    await frame.locator("#map[data-idle='true']").waitFor({ state: "attached", timeout: 30_000 });
    expect((await state(frame)).playing).toBe(false);
    expect(pageErrors).toEqual([]);
  });
});
