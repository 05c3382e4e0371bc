import * as z from "zod/mini";

/**
 * The built app's Content-Security-Policy (vite.config.ts) has no 'unsafe-eval'. zod 4 probes for
 * eval with `new Function("")` when it builds its first object schema — the throw is caught, but
 * the browser still reports a CSP violation — and would compile parsers with it. Every module that
 * builds zod schemas imports this module first, so zod is told before any schema exists; zod is
 * not part of the first load (stories checked at build time need none).
 */
z.config({ jitless: true });
