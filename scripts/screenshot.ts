/**
 * Looks at the built app the way a reader would: `npm run build`, then
 * `npx tsx scripts/screenshot.ts "<query or hash>" out.png [width] [height]`.
 * Waits for the map's first idle (WAIT=ms waits longer), prints console output and page errors.
 */
import { launchChromium } from "../tests/support/chromium";
import { serveStatic } from "../tests/support/static_server";

const [path = "", out = "/tmp/shot.png", w = "1280", h = "720"] = process.argv.slice(2);
const server = await serveStatic("dist");
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: Number(w), height: Number(h) } });
page.on("console", (m) => console.log("console:", m.type(), m.text()));
page.on("pageerror", (e) => console.log("pageerror:", String(e)));
await page.goto(server.url + path);
await page
  .locator("#map[data-idle='true']")
  .waitFor({ state: "attached", timeout: 30000 })
  .catch((e) => console.log("no idle", String(e)));
await page.waitForTimeout(Number(process.env.WAIT ?? 300));
await page.screenshot({ path: out });
await browser.close();
await server.close();
