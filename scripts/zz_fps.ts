// Temporary: playback fps, app vs bare, N runs. Not committed.
import { launchChromium } from "../tests/support/chromium";
import { serveStatic } from "../tests/support/static_server";
import { mapSize, measurePlayback, openCold } from "./bench_browser";
const dist = process.argv[2] ?? "dist";
const runs = Number(process.argv[3] ?? 2);
const app = await serveStatic(dist);
const bare = await serveStatic("bench/dist-bare");
const browser = await launchChromium(["--enable-precise-memory-info"]);
const probe = await openCold(browser, app.url);
const size = await mapSize(probe.page);
await probe.context.close();
const bareUrl = `${bare.url}bare.html?w=${size.width}&h=${size.height}`;
for (let i = 0; i < runs; i++) {
  const r = await measurePlayback(browser, app.url, bareUrl, 10_000);
  console.log(JSON.stringify({ app: r.app, bare: r.bare }));
}
await browser.close();
process.exit(0);
