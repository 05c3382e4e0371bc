import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, resolve } from "node:path";

/**
 * A plain static file server, like the one a newsroom or a classroom would use for a built copy:
 * no special headers, and by default no SPA fallback. Extra routes let tests add host pages
 * beside the app; `spaFallback` answers every missing path with the root's index.html (200,
 * text/html), as `serve -s` or nginx's `try_files $uri /index.html` do.
 */
const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".geojson": "application/geo+json; charset=utf-8",
  ".woff2": "font/woff2",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".txt": "text/plain; charset=utf-8",
  ".map": "application/json; charset=utf-8",
};

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

export async function serveStatic(
  root: string,
  routes: Record<string, { type: string; body: string | Buffer }> = {},
  port = 0,
  options: { spaFallback?: boolean } = {},
): Promise<StaticServer> {
  const base = resolve(root);
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    const route = routes[url.pathname];
    if (route) {
      response.writeHead(200, { "content-type": route.type, "cache-control": "no-store" });
      response.end(route.body);
      return;
    }
    let path = normalize(join(base, decodeURIComponent(url.pathname)));
    if (!path.startsWith(base)) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, "index.html");
    if (!existsSync(path) && options.spaFallback) path = join(base, "index.html");
    if (!existsSync(path)) {
      response.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    response.writeHead(200, { "content-type": TYPES[extname(path)] ?? "application/octet-stream" });
    createReadStream(path).pipe(response);
  });
  await new Promise<void>((done) => server.listen(port, "127.0.0.1", done));
  const { port: actual } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${actual}/`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
