import * as z from "zod/mini";

/**
 * The built app's Content-Security-Policy (vite.config.ts) has no 'unsafe-eval'. zod 4 probes for
 * eval with `new Function("")` when it builds its first object schema — the throw is caught, but
 * the browser still reports a CSP violation — and would compile parsers with it. main.ts imports
 * this module first, so zod is told before any schema exists.
 */
z.config({ jitless: true });
