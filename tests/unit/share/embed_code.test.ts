import { describe, expect, it } from "vitest";
import {
  type EmbedOptions,
  embedCode,
  embedUrl,
  escapeAttribute,
  jsString,
  shareLink,
} from "../../../src/share/embed_code";
import { parseUrlState } from "../../../src/share/url_state";

const BASE = "https://example.org/zeitkarte/";
const options = (overrides: Partial<EmbedOptions> = {}): EmbedOptions => ({
  baseUrl: BASE,
  story: "caucasus",
  lang: "de",
  title: "Der Kaukasus",
  autoplay: false,
  controls: true,
  kind: "iframe",
  ...overrides,
});

describe("embedCode(options)", () => {
  it("embedCode(options) writes a plain iframe with the default height", () => {
    expect(embedCode(options({ t: "2024-12-25", event: "azal-8243-hit" }))).toBe(
      '<iframe src="https://example.org/zeitkarte/?embed=1&amp;story=caucasus&amp;lang=de#t=2024-12-25&amp;event=azal-8243-hit" ' +
        'title="Der Kaukasus" width="100%" height="600" style="border:0" loading="lazy" allow="fullscreen"></iframe>',
    );
  });

  it("embedCode(options) without t and event starts at the story's start (no hash)", () => {
    expect(embedCode(options())).toBe(
      '<iframe src="https://example.org/zeitkarte/?embed=1&amp;story=caucasus&amp;lang=de" title="Der Kaukasus" ' +
        'width="100%" height="600" style="border:0" loading="lazy" allow="fullscreen"></iframe>',
    );
  });

  it("embedCode(options) adds autoplay=1 and controls=0 only when asked", () => {
    expect(embedCode(options({ lang: "en", autoplay: true, controls: false }))).toContain(
      'src="https://example.org/zeitkarte/?embed=1&amp;story=caucasus&amp;lang=en&amp;autoplay=1&amp;controls=0"',
    );
    expect(embedCode(options({ autoplay: true }))).not.toContain("controls=");
    expect(embedCode(options({ controls: false }))).not.toContain("autoplay=");
  });

  it("embedCode(options) uses a given height, rounded and kept within 200–4000", () => {
    expect(embedCode(options({ height: 480.4 }))).toContain('height="480"');
    expect(embedCode(options({ height: 10 }))).toContain('height="200"');
    expect(embedCode(options({ height: 1e9 }))).toContain('height="4000"');
    expect(embedCode(options({ height: Number.NaN }))).toContain('height="600"');
  });

  it("embedCode(options) writes a pym.js parent that gives its container the first free zeitkarte-<story>-<n> id", () => {
    expect(embedCode(options({ kind: "pym", t: "2024-12", event: "azal-8243-hit", autoplay: true }))).toBe(
      [
        '<div data-zeitkarte-embed="caucasus"></div>',
        "<!-- pym.js ships with Zeitkarte; a copy your CMS already loads may be used instead. -->",
        '<script src="https://example.org/zeitkarte/pym.v1.min.js"></script>',
        "<script>(function () {",
        '  var box = document.querySelector("[data-zeitkarte-embed]:not([id])"), n = 1;',
        '  while (document.getElementById("zeitkarte-caucasus-" + n)) n++;',
        '  box.id = "zeitkarte-caucasus-" + n;',
        "  new pym.Parent(box.id, " +
          '"https://example.org/zeitkarte/?embed=1&story=caucasus&lang=de&autoplay=1#t=2024-12&event=azal-8243-hit", ' +
          '{title: "Der Kaukasus"});',
        "})();</script>",
      ].join("\n"),
    );
  });

  it("embedCode(options) loads pym.js from the app's folder when the page sits deeper (/zeitkarte/foo/bar)", () => {
    const code = embedCode(
      options({
        kind: "pym",
        baseUrl: "https://example.org/zeitkarte/foo/bar",
        appFolder: "https://example.org/zeitkarte/",
      }),
    );
    expect(code).toContain('<script src="https://example.org/zeitkarte/pym.v1.min.js"></script>');
    expect(code).toContain('"https://example.org/zeitkarte/foo/bar?embed=1&story=caucasus');
  });

  it("embedCode(options) names no host but the app's own, for every kind and option", () => {
    for (const kind of ["iframe", "pym"] as const)
      for (const autoplay of [false, true]) {
        const code = embedCode(options({ kind, autoplay, t: "2024-12", event: "azal-8243-hit" }));
        const hosts = [...code.matchAll(/https?:\/\/[^/"'\s]+/g)].map((m) => m[0]);
        expect(hosts.length).toBeGreaterThan(0);
        expect(new Set(hosts)).toEqual(new Set(["https://example.org"]));
      }
  });

  it("embedCode(options) escapes a title with \"<>&' in the iframe attribute", () => {
    const code = embedCode(options({ title: `A "quoted" <b>tag</b> & 'apostrophe'` }));
    expect(code).toContain('title="A &quot;quoted&quot; &lt;b&gt;tag&lt;/b&gt; &amp; &#39;apostrophe&#39;"');
    expect(code).not.toMatch(/<b>|"quoted"/);
  });

  it("embedCode(options) escapes a title with \"<>&' in the pym.js script", () => {
    const code = embedCode(options({ kind: "pym", title: `"</script><script>alert(1)</script>&'` }));
    expect(code).toContain(String.raw`{title: "\"\u003c/script\u003e\u003cscript\u003ealert(1)\u003c/script\u003e&'"}`);
    // Exactly the two script elements of the snippet, whatever the title.
    expect(code.match(/<\/script>/g)).toHaveLength(2);
  });

  it("embedCode(options) escapes story ids and base URLs it did not expect", () => {
    const code = embedCode(options({ kind: "pym", story: 'x"><img src=x onerror=alert(1)>', baseUrl: `${BASE}"'` }));
    expect(code).toContain('<div data-zeitkarte-embed="x&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"></div>');
    expect(code).toContain(String.raw`"zeitkarte-x\"\u003e\u003cimg src=x onerror=alert(1)\u003e-"`);
    expect(code).not.toContain("<img");
    const iframe = embedCode(options({ baseUrl: `${BASE}"onload="alert(1)` }));
    expect(iframe).toContain('src="https://example.org/zeitkarte/&quot;onload=&quot;alert(1)?embed=1');
  });

  it("embedCode(options) links to a URL the app reads back", () => {
    const url = new URL(
      embedUrl(options({ t: "2024-12-25", event: "azal-8243-hit", autoplay: true, controls: false })),
    );
    expect(parseUrlState(url.search, url.hash)).toEqual({
      embed: true,
      story: "caucasus",
      lang: "de",
      autoplay: true,
      controls: false,
      t: Date.UTC(2024, 11, 25),
      event: "azal-8243-hit",
    });
  });

  it("embedCode(options) ignores a query or hash left on the base URL", () => {
    expect(embedUrl(options({ baseUrl: `${BASE}?story=other#t=2020` }))).toBe(`${BASE}?embed=1&story=caucasus&lang=de`);
  });
});

describe("shareLink(baseUrl, hash, story)", () => {
  it("shareLink(baseUrl, hash) appends the hash, with or without its #", () => {
    expect(shareLink(BASE, "#t=2024-12-25&lang=de")).toBe(`${BASE}#t=2024-12-25&lang=de`);
    expect(shareLink(BASE, "t=2024-12-25&lang=de")).toBe(`${BASE}#t=2024-12-25&lang=de`);
  });

  it("shareLink(baseUrl, hash, story) names the story in the query", () => {
    expect(shareLink(BASE, "#t=2024-12-25&event=azal-8243-hit&lang=en", "caucasus")).toBe(
      `${BASE}?story=caucasus#t=2024-12-25&event=azal-8243-hit&lang=en`,
    );
  });

  it("shareLink(baseUrl, hash) of an empty hash is the bare URL", () => {
    expect(shareLink(BASE, "")).toBe(BASE);
    expect(shareLink(BASE, "#")).toBe(BASE);
  });

  it("shareLink(baseUrl, hash) replaces a query or hash left on the base URL", () => {
    expect(shareLink(`${BASE}?embed=1#t=2020`, "#t=2024", "caucasus")).toBe(`${BASE}?story=caucasus#t=2024`);
  });
});

describe("escapeAttribute(text) and jsString(text)", () => {
  it("escapeAttribute(text) escapes \"<>&' and nothing else", () => {
    expect(escapeAttribute(`"<>&'`)).toBe("&quot;&lt;&gt;&amp;&#39;");
    expect(escapeAttribute("Türkei – Ölpreis")).toBe("Türkei – Ölpreis");
  });

  it("jsString(text) is a JSON string with <, > and line separators escaped", () => {
    expect(jsString(`"<>&'`)).toBe(String.raw`"\"\u003c\u003e&'"`);
    expect(jsString("a\u2028b\u2029c\n")).toBe(String.raw`"a\u2028b\u2029c\n"`);
    expect(JSON.parse(jsString(`"<>&'\u2028`))).toBe(`"<>&'\u2028`);
  });
});
