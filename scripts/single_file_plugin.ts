import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Plugin } from "vite";

/**
 * The classroom copy: turns the build's index.html, its one script and its styles into one HTML
 * file (`zeitkarte-<story>.html`) that a browser opens from file:// without a server. Scripts
 * and styles are inlined, the fonts the CSS names are inlined as data: URLs from `publicDir`,
 * and the file carries its own Content-Security-Policy that allows exactly its inline script
 * and style (by hash), data: and blob: URLs, and nothing from any origin.
 * Expects a build without code splitting (vite.config.ts, mode "single"); throws otherwise.
 */
export function singleFile(options: { fileName: string; publicDir: string }): Plugin {
  return {
    name: "zeitkarte-single-file",
    apply: "build",
    enforce: "post",
    generateBundle(_, bundle) {
      const html = bundle["index.html"];
      if (html?.type !== "asset") throw new Error("single-file build: no index.html");
      const chunks = Object.values(bundle).filter((item) => item.type === "chunk");
      if (chunks.length !== 1) throw new Error(`single-file build: expected one script, got ${chunks.length}`);
      const script = scriptText((chunks[0] as { code: string }).code);
      const styles = Object.values(bundle)
        .filter((item) => item.type === "asset" && item.fileName.endsWith(".css"))
        .map((item) => inlineFonts(String((item as { source: string | Uint8Array }).source), options.publicDir))
        .join("\n");
      let page = String(html.source)
        .replace(/<script type="module"[^>]*src="[^"]*"[^>]*><\/script>\s*/g, "")
        .replace(/<link rel="(?:stylesheet|modulepreload)"[^>]*>\s*/g, "");
      const csp = policy(styles, script);
      page = page
        .replace("<head>", `<head>\n    <meta http-equiv="Content-Security-Policy" content="${csp}" />`)
        .replace("</head>", () => `<style>${styles}</style>\n  </head>`)
        .replace("</body>", () => `<script type="module">${script}</script>\n  </body>`);
      for (const name of Object.keys(bundle)) delete bundle[name];
      this.emitFile({ type: "asset", fileName: options.fileName, source: page });
    },
  };
}

/**
 * Script text that cannot end its own `<script>` element early. Vite fills its preload markers
 * after user plugins have run; with nothing left to preload they become `void 0`, as Vite does.
 */
function scriptText(code: string): string {
  return code
    .replaceAll("__VITE_PRELOAD__", "void 0")
    .replace(/<\/(script)/gi, "<\\/$1")
    .replace(/<!--/g, "<\\!--");
}

function inlineFonts(css: string, publicDir: string): string {
  return css.replace(/url\((["']?)(?:\.\.\/|\.\/|\/)?fonts\/([\w.-]+\.woff2)\1\)/g, (_, __, name: string) => {
    const data = readFileSync(join(publicDir, "fonts", name)).toString("base64");
    return `url(data:font/woff2;base64,${data})`;
  });
}

function hash(text: string): string {
  return `'sha256-${createHash("sha256").update(text).digest("base64")}'`;
}

/** The file's own policy: its inline script and style by hash, data:/blob: for assets and the worker. */
export function policy(style: string, script: string): string {
  return [
    "default-src 'none'",
    `script-src ${hash(script)} blob:`,
    `style-src ${hash(style)}`,
    "img-src data: blob:",
    "font-src data:",
    "connect-src data: blob:",
    // From file:// (origin "null") MapLibre turns the worker's blob: into a data: URL.
    "worker-src blob: data:",
    "child-src blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
}
