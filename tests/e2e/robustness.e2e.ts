import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { formatProblem } from "../../src/story/errors";
import { parseStory } from "../../src/story/load";
import { useBrowser, waitForMapIdle } from "./app";

/**
 * What the built app does with input it should not trust — a broken or hostile story served
 * beside the build, nasty URLs — and what it promises about itself: a CSP without inline
 * scripts that nothing violates, no request to another origin, a usable page on tiny and huge
 * screens. (The app without WebGL: no_webgl.e2e.ts.)
 */
const openApp = useBrowser();

const FIXTURES = "tests/fixtures/stories";
const SERVED = "dist/stories";
const written: string[] = [];

/** Puts a story folder beside the built app, where catalog.ts fetches unbundled slugs from. */
function serveStory(slug: string, files: Record<string, string>): void {
  const dir = join(SERVED, slug);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  written.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
}

function fixtureFiles(slug: string): Record<string, string> {
  const dir = join(FIXTURES, slug);
  return Object.fromEntries(readdirSync(dir).map((name) => [name, readFileSync(join(dir, name), "utf8")]));
}

afterAll(() => {
  for (const dir of written) rmSync(dir, { recursive: true, force: true });
  try {
    if (readdirSync(SERVED).length === 0) rmSync(SERVED, { recursive: true });
  } catch {
    // already gone
  }
});

/** Counts CSP violations from the first script on (registered before the page's own). */
async function countCspViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __cspViolations: string[] };
    w.__cspViolations = [];
    document.addEventListener("securitypolicyviolation", (event) => {
      w.__cspViolations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`);
    });
  });
}

const cspViolations = (page: Page) =>
  page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);

const errorItems = (page: Page) => page.locator(".story-errors[role=alert] li").allTextContents();
const cardTitle = (page: Page) => page.locator("#event-card .event-title").textContent();

describe("a broken story in the browser", () => {
  it("lists every problem with file, JSON path and message, and the story picker leads to the flagship", async () => {
    serveStory("broken-e2e", fixtureFiles("broken"));
    const { page, pageErrors } = await openApp("?story=broken-e2e");
    const panel = page.locator(".story-errors[role=alert]");
    await panel.waitFor();
    expect(await panel.locator("h2").textContent()).toBe("Diese Geschichte enthält Fehler");
    expect(await errorItems(page)).toEqual([
      'stories/broken-e2e/story.json: events[1].id: duplicate id "bruecke" (first used at events[0])',
      'stories/broken-e2e/story.json: events[0].places[1]: unknown place "davos"',
      'stories/broken-e2e/story.json: events[0].sources[0].quote: quote not found verbatim in article "notiz": "In Chur wurde eine Brücke eingeweiht."',
      'stories/broken-e2e/story.json: events[1].end: "2025-02" ends before it starts ("2025-03-03")',
    ]);
    expect(pageErrors).toEqual([]);

    const link = page.locator('nav.story-picker a[href="?story=caucasus"]');
    await link.click();
    await page.locator("#event-card .event-title").waitFor();
    expect(new URL(page.url()).searchParams.get("story")).toBe("caucasus");
    expect(await page.locator(".story-errors").count()).toBe(0);
    expect(await page.locator(".story-title").textContent()).not.toBe("");
  });

  it("a story whose chunk does not arrive (offline, a half-uploaded server) says to reload, not to correct it", async () => {
    const { page } = await openApp("", {}, async (p) => {
      await p.route("**/assets/story-caucasus-*.js", (route) => route.abort("internetdisconnected"));
    });
    const panel = page.locator(".story-errors[role=alert]");
    await panel.waitFor();
    expect(await panel.locator("h2").textContent()).toBe("Die Geschichte konnte nicht geladen werden");
    expect(await panel.locator("p").first().textContent()).toContain("Bitte laden Sie die Seite neu");
  });

  it("a story added to the copy whose file does not arrive (offline) says to reload, not that there is none", async () => {
    const { page, pageErrors } = await openApp("?story=added-later", {}, async (p) => {
      await p.route("**/stories/added-later/**", (route) => route.abort("internetdisconnected"));
    });
    const panel = page.locator(".story-errors[role=alert]");
    await panel.waitFor();
    expect(await panel.locator("h2").textContent()).toBe("Die Geschichte konnte nicht geladen werden");
    // The file the page asked for, beside the copy (a review saw data/stories/… named).
    expect((await errorItems(page))[0]).toMatch(/^stories\/added-later\/story\.json: could not be loaded/);
    expect(pageErrors).toEqual([]);
  });

  it("points at line and column of a JSON syntax error", async () => {
    const alps = fixtureFiles("alps");
    // Cut off in the middle of the places: a truncated upload.
    const story = (alps["story.json"] ?? "").slice(0, 2000);
    serveStory("broken-json-e2e", { ...alps, "story.json": story });
    const expected = parseStory(story, "stories/broken-json-e2e/story.json");
    if (expected.ok) throw new Error("the truncated story should not parse");
    const { page, pageErrors } = await openApp("?story=broken-json-e2e&lang=en");
    await page.locator(".story-errors[role=alert]").waitFor();
    const items = await errorItems(page);
    expect(items).toEqual(expected.problems.map(formatProblem));
    expect(items[0]).toMatch(/^stories\/broken-json-e2e\/story\.json: is not valid JSON: .* at line \d+, column \d+$/);
    expect(await page.locator(".story-errors h2").textContent()).toBe("This story has errors");
    expect(pageErrors).toEqual([]);
  });

  it("says that a story does not exist, instead of a blank page", async () => {
    const { page, pageErrors } = await openApp("?story=does-not-exist");
    await page.locator(".story-errors[role=alert]").waitFor();
    expect(await errorItems(page)).toEqual(['stories/does-not-exist/story.json: there is no story "does-not-exist"']);
    // A wrong link, not a file to correct: the panel says so.
    expect(await page.locator(".story-errors h2").textContent()).toBe("Diese Geschichte gibt es nicht");
    expect(await page.locator('nav.story-picker a[href="?story=caucasus"]').count()).toBe(1);
    expect(pageErrors).toEqual([]);
  });
});

const IMG = '<img src=x onerror="window.__pwned=1">';
const SCRIPT = "<script>window.__pwned=1</script>";

describe("hostile input", () => {
  it("shows markup in titles, summaries and quotes as text, and runs none of it", async () => {
    serveStory("hostile-e2e", fixtureFiles("hostile"));
    const { page, pageErrors } = await openApp("?story=hostile-e2e#event=img-title", {}, countCspViolations);
    await page.locator("#event-card .event-title").waitFor();
    await page.locator("#map[data-idle='true'], #map.no-webgl").first().waitFor({ state: "attached", timeout: 30_000 });

    const card = page.locator("#event-card");
    expect(await cardTitle(page)).toBe(`Bild im Titel ${IMG}`);
    expect(await card.locator(".event-title").textContent()).toContain("<img");
    expect(await card.locator(".event-summary").textContent()).toBe(`Zusammenfassung mit ${SCRIPT}`);
    expect(await card.locator("blockquote").textContent()).toBe(`„stand im Titel ${IMG} statt eines Bildes“`);
    expect(await page.locator(".story-title").textContent()).toBe(`Feindliche Eingaben ${IMG}`);
    // The source link: https only, opened without handing over window.opener.
    const link = card.locator("figcaption a");
    expect(await link.getAttribute("href")).toBe("https://example.org/zeitkarte/hostile");
    expect(await link.getAttribute("rel")).toMatch(/\bnoopener\b/);
    expect(await link.textContent()).toBe(`Markup im Titel ${SCRIPT}`);

    await page.keyboard.press("ArrowRight");
    await expect.poll(() => cardTitle(page)).toBe(`Skript im Titel ${SCRIPT}`);
    expect(await card.locator(".event-summary").textContent()).toBe(`Zusammenfassung mit ${IMG}`);
    expect(await card.locator("blockquote").textContent()).toBe(`„folgte ${SCRIPT} als gewöhnlicher Text“`);
    expect(await page.locator(".text-view .event-link-title").allTextContents()).toEqual([
      `Skript im Titel ${SCRIPT}`,
      `Bild im Titel ${IMG}`,
    ]);
    expect(await page.locator(".place-list").textContent()).toContain(`Baku ${IMG}`);

    await page.locator(".lang[lang=en]").click();
    await expect.poll(() => cardTitle(page)).toBe(`Script in the title ${SCRIPT}`);
    expect(await page.title()).toBe(`Hostile input ${IMG} · Zeitkarte`);

    const dom = await page.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: unknown }).__pwned,
      images: document.querySelectorAll("img").length,
      // Inline scripts but the page's own boot script (src/boot/asset_boot.ts, allowed by hash).
      scripts: [...document.scripts].filter((s) => !s.src && !s.textContent?.startsWith("(function assetBoot")).length,
      handlers: document.querySelectorAll("[onerror], [onload], [onclick]").length,
    }));
    expect(dom).toEqual({ pwned: undefined, images: 0, scripts: 0, handlers: 0 });
    expect(await cspViolations(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it("refuses a javascript: source link with file, path and message", async () => {
    const files = fixtureFiles("hostile");
    const story = JSON.parse(files["story.json"] ?? "") as { sources: { url: string }[] };
    (story.sources[0] as { url: string }).url = "javascript:alert(1)";
    serveStory("hostile-link-e2e", { ...files, "story.json": JSON.stringify(story, null, 2) });
    const { page, pageErrors } = await openApp("?story=hostile-link-e2e");
    await page.locator(".story-errors[role=alert]").waitFor();
    expect(await errorItems(page)).toEqual([
      "stories/hostile-link-e2e/story.json: sources[0].url: only http: and https: links are allowed",
    ]);
    expect(await page.locator('a[href^="javascript:" i]').count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });
});

describe("nasty URLs", () => {
  it.each([
    "#t=99999-01-01",
    "#t=__proto__",
    "?story=../../etc/passwd",
    "?story=..%2F..%2Fetc%2Fpasswd",
    "#speed=1e309",
    "#speed=NaN&loop=maybe",
    "#event=%00",
    "#event=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E",
    "#t=2024-12-25&__proto__[polluted]=1&constructor[prototype][polluted]=1",
    `#event=${"a".repeat(100_000)}`,
    `#t=${"9".repeat(50_000)}&lang=${"d".repeat(50_000)}`,
  ])("%s falls back to the defaults without an error", async (path) => {
    const requests: string[] = [];
    const { page, pageErrors, offOrigin } = await openApp(path, {}, async (p) => {
      p.on("request", (request) => requests.push(request.url()));
    });
    await page.locator("#event-card .event-title").waitFor();
    expect(await page.locator("#speed-select").inputValue()).toBe("1");
    expect(await page.locator("#org-select").inputValue()).toBe("csto");
    expect(await page.locator("html").getAttribute("lang")).toBe("de");
    expect(await page.locator(".story-title").textContent()).not.toBe("");
    expect(await page.evaluate(() => ({}) as Record<string, unknown>)).not.toHaveProperty("polluted");
    expect(await page.evaluate(() => (Object.prototype as Record<string, unknown>).polluted)).toBeUndefined();
    // The page's own URL names the path; no request may go there.
    expect(requests.filter((url) => /passwd/i.test(new URL(url).pathname))).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(offOrigin).toEqual([]);
  });

  it("?story=<unknown> shows the not-found panel without an error", async () => {
    const { page, pageErrors } = await openApp("?story=zz-unknown#t=99999-01-01&speed=1e309");
    await page.locator(".story-errors[role=alert]").waitFor();
    expect(await errorItems(page)).toEqual(['stories/zz-unknown/story.json: there is no story "zz-unknown"']);
    expect(pageErrors).toEqual([]);
  });
});

describe("Content-Security-Policy", () => {
  it("the built index.html sets a CSP with default-src 'self' and no inline script but the boot script, by hash", () => {
    const html = readFileSync("dist/index.html", "utf8");
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html);
    expect(meta).not.toBeNull();
    const policy = (meta?.[1] ?? "").replaceAll("&#39;", "'").replaceAll("&quot;", '"');
    const directives = new Map(
      policy.split(";").map((d) => {
        const [name = "", ...values] = d.trim().split(/\s+/);
        return [name, values] as const;
      }),
    );
    expect(directives.get("default-src")).toEqual(["'self'"]);
    const scriptSrc = directives.get("script-src") ?? directives.get("default-src") ?? [];
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    expect(scriptSrc).not.toContain("'unsafe-eval'");
    expect(directives.get("object-src")).toEqual(["'none'"]);
    // The policy sits before anything it governs.
    expect(html.indexOf("Content-Security-Policy")).toBeLessThan(html.indexOf("<script"));
    const scripts = html.match(/<script\b[^>]*>/gi) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    // One inline script, the boot script (src/boot/asset_boot.ts), allowed by its hash only.
    const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? "");
    expect(inline.map((code) => code.slice(0, 28))).toEqual(["(function assetBoot(strings)"]);
    const hash = `'sha256-${createHash("sha256")
      .update(inline[0] ?? "")
      .digest("base64")}'`;
    expect(scriptSrc).toEqual(["'self'", hash]);
    for (const tag of scripts.filter((tag) => tag !== "<script>")) expect(tag).toMatch(/\ssrc=/);
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
  });

  it("is not violated while the map loads and the reader switches language, presents and picks an organization", async () => {
    const { page, pageErrors } = await openApp("#event=azal-8243-crash", {}, countCspViolations);
    await waitForMapIdle(page);
    await page.locator(".lang[lang=en]").click();
    await expect.poll(() => page.locator("html").getAttribute("lang")).toBe("en");
    await page.locator("body").press("p");
    await expect.poll(() => page.locator("#app").getAttribute("class")).toMatch(/\bpresent\b/);
    await page.waitForTimeout(500);
    await page.keyboard.press("Escape");
    await expect.poll(() => page.locator("#app").getAttribute("class")).not.toMatch(/\bpresent\b/);
    const orgs = await page
      .locator("#org-select option")
      .evaluateAll((o) => o.map((x) => (x as HTMLOptionElement).value));
    const other = orgs.find((value) => value !== "csto" && value !== "");
    expect(other).toBeDefined();
    await page.locator("#org-select").selectOption(other ?? "");
    await page.waitForTimeout(300);
    await waitForMapIdle(page);
    expect(await cspViolations(page)).toEqual([]);
    expect(pageErrors).toEqual([]);

    // The listener and the policy are real: an injected inline script is blocked and reported.
    const ran = await page.evaluate(async () => {
      const script = document.createElement("script");
      script.textContent = "window.__inline = 1";
      document.head.append(script);
      await new Promise((done) => setTimeout(done, 100));
      return (window as unknown as { __inline?: number }).__inline;
    });
    expect(ran).toBeUndefined();
    expect((await cspViolations(page)).join()).toMatch(/^script-src/);
  });
});

describe("no third-party requests", () => {
  it("loads fonts, the map worker and data from its own origin only, while playing, presenting and switching language", async () => {
    const requests: string[] = [];
    const { page, offOrigin, pageErrors } = await openApp("", {}, async (p) => {
      p.context().on("request", (request) => requests.push(request.url()));
    });
    const origin = new URL(page.url()).origin;
    await waitForMapIdle(page);
    await page.locator("body").press("Space");
    await expect.poll(() => page.locator(".control.play").getAttribute("aria-label")).toBe("Pause");
    await page.waitForTimeout(3000);
    await page.locator("body").press("Space");
    await page.locator("body").press("p");
    await page.waitForTimeout(1000);
    await page.keyboard.press("Escape");
    await page.locator(".lang[lang=en]").click();
    await page.waitForTimeout(500);
    await waitForMapIdle(page);
    await page.waitForLoadState("networkidle");

    expect(offOrigin).toEqual([]);
    const foreign = requests.filter((url) => !/^(data|blob):/.test(url) && new URL(url).origin !== origin);
    expect(foreign).toEqual([]);
    const local = requests.filter((url) => url.startsWith(origin)).map((url) => new URL(url).pathname);
    expect(local.some((path) => /\/fonts\/[^/]+\.woff2$/.test(path))).toBe(true);
    expect(local.some((path) => /maplibre-gl-worker[^/]*\.m?js$/.test(path))).toBe(true);
    expect(local.some((path) => path.endsWith("/basemap/countries.topo.json"))).toBe(true);
    expect(pageErrors).toEqual([]);
  });
});

describe("small and huge screens", () => {
  const screens = [
    { name: "320x640", options: { viewport: { width: 320, height: 640 } } },
    { name: "3840x2160", options: { viewport: { width: 3840, height: 2160 } } },
    { name: "640x400@2x", options: { viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 } },
  ];
  const KEY_CONTROLS = [
    { box: ".control.play", target: ".control.play" },
    { box: "#event-card .event-title", target: "#event-card .event-title" },
    // The slider element lets the pointer through (pointer-events: none); its knob takes it.
    { box: "#timeline [role=slider]", target: "#timeline [role=slider] .tl-knob" },
  ];

  /** "" if `box` lies wholly in the viewport and `target` is what the pointer hits at its centre. */
  const placement = (page: Page, control: { box: string; target: string }) =>
    page.evaluate(({ box, target }) => {
      const describe = (node: Element | null) =>
        node ? `${node.tagName.toLowerCase()}${node.id ? `#${node.id}` : ""}.${[...node.classList].join(".")}` : "none";
      const boxElement = document.querySelector(box);
      const targetElement = document.querySelector(target);
      if (!boxElement || !targetElement) return "missing";
      const r = boxElement.getBoundingClientRect();
      const inside =
        r.width > 0 &&
        r.height > 0 &&
        r.left >= 0 &&
        r.top >= 0 &&
        r.right <= innerWidth + 0.5 &&
        r.bottom <= innerHeight + 0.5;
      const t = targetElement.getBoundingClientRect();
      const hit = document.elementFromPoint(t.left + t.width / 2, t.top + t.height / 2);
      const onTop = hit !== null && (hit === targetElement || targetElement.contains(hit));
      return [
        inside
          ? ""
          : `outside the viewport (${Math.round(r.left)},${Math.round(r.top)} ${Math.round(r.width)}×${Math.round(r.height)})`,
        onTop ? "" : `covered by ${describe(hit)}`,
      ]
        .filter(Boolean)
        .join("; ");
    }, control);

  it.each(screens)(
    "$name: no horizontal overflow; play, card title and slider reachable and not covered",
    async ({ name, options }) => {
      const { page, pageErrors } = await openApp("#event=azal-8243-crash", options);
      await page.locator("#event-card .event-title").waitFor();
      await waitForMapIdle(page, 60_000);
      await page.waitForTimeout(300);
      mkdirSync("test-results", { recursive: true });
      await page.screenshot({ path: `test-results/screen-${name}.png` });

      const width = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: innerWidth }));
      expect(width.scroll).toBeLessThanOrEqual(width.inner);
      // Play is usable on the first screen; the rest may need a scroll on small screens, but must
      // then lie wholly inside the viewport, uncovered.
      expect(await placement(page, KEY_CONTROLS[0] as (typeof KEY_CONTROLS)[0])).toBe("");
      const problems: Record<string, string> = {};
      for (const control of KEY_CONTROLS) {
        await page.locator(control.box).scrollIntoViewIfNeeded();
        problems[control.box] = await placement(page, control);
        if (control.box.includes("event-title"))
          await page.screenshot({ path: `test-results/screen-${name}-card.png` });
      }
      expect(problems).toEqual(Object.fromEntries(KEY_CONTROLS.map((c) => [c.box, ""])));
      expect(pageErrors).toEqual([]);
    },
  );
});
