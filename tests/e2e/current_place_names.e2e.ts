import { describe, expect, it } from "vitest";
import { useBrowser, waitForMapIdle } from "./app";

const openApp = useBrowser();

/** Events and the names of their places, as the card names them (German). */
const EVENTS: [string, string[]][] = [
  ["russia-azerbaijan-trade-2022", ["Moskau", "Baku"]],
  ["iran-shahed-drones", ["Teheran", "Moskau"]],
  ["yekaterinburg-raids", ["Jekaterinburg"]],
  ["armenia-freezes-csto", ["Eriwan"]],
];

describe("the current event's places are named on the map (a ring or marker never takes its own place's name)", () => {
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 390, height: 844 },
  ]) {
    for (const [event, names] of EVENTS) {
      it(`#event=${event} at ${viewport.width}×${viewport.height}: ${names.join(", ")} labelled`, async () => {
        const { page } = await openApp(`#event=${event}&lang=de`, { viewport });
        await page.waitForFunction(() => "__zeitkarte" in window, undefined, { timeout: 30_000 });
        await waitForMapIdle(page);
        await expect
          .poll(
            () =>
              page.evaluate(() =>
                (window as unknown as { __zeitkarte: { renderedLabels(): string[] } }).__zeitkarte.renderedLabels(),
              ),
            { timeout: 30_000 },
          )
          .toEqual(expect.arrayContaining(names));
      });
    }
  }
});
