import { describe, expect, it } from "vitest";
import { useBrowser, waitForMapIdle } from "./app";

const openApp = useBrowser();

/** Counts WebGL program links (each one a shader compile the frame waits for). */
const COUNT_LINKS = () => {
  const w = window as unknown as { __links: number };
  w.__links = 0;
  for (const context of [WebGLRenderingContext, WebGL2RenderingContext]) {
    const link = context.prototype.linkProgram;
    context.prototype.linkProgram = function (this: WebGLRenderingContext, program: WebGLProgram) {
      w.__links++;
      return link.call(this, program);
    };
  }
};

interface Hook {
  __links: number;
  __zeitkarte: {
    play(): void;
    state(): { playing: boolean; t: number };
    nextRender(): Promise<void>;
    clock: { freeze(): void; advance(ms: number): void };
  };
}

describe("playback and shaders", () => {
  it("compiles every map program before playback: playing the flagship through links none (issue 16)", async () => {
    const { page } = await openApp("#speed=4", {}, async (p) => {
      await p.addInitScript(COUNT_LINKS);
    });
    await waitForMapIdle(page);
    await page.locator("#map[data-shaders-warm='true']").waitFor({ state: "attached", timeout: 30_000 });
    const before = await page.evaluate(() => (window as unknown as Hook).__links);
    expect(before).toBeGreaterThan(0);
    // Playback on a frozen clock, three seconds of it per drawn frame, to the story's end: every
    // event's pulse, every movement's line, arrow and "heading there" line, every open end.
    await page.evaluate(() => {
      const z = (window as unknown as Hook).__zeitkarte;
      z.clock.freeze();
      z.play();
    });
    const steps = await page.evaluate(async () => {
      const z = (window as unknown as Hook).__zeitkarte;
      let n = 0;
      for (; n < 2000 && z.state().playing; n++) {
        z.clock.advance(3000);
        await z.nextRender();
      }
      return n;
    });
    expect(steps).toBeGreaterThan(5);
    expect(await page.evaluate(() => (window as unknown as Hook).__links)).toBe(before);
    // About 200 drawn frames: room for a loaded machine.
  }, 180_000);
});
