import { existsSync } from "node:fs";
import type { TestProject } from "vitest/node";
import { ensureChromium } from "../support/chromium";
import { serveStatic } from "../support/static_server";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  if (!existsSync("dist/index.html"))
    throw new Error("dist/ is missing: run `npm run build` first (npm run test:e2e does).");
  ensureChromium();
  const server = await serveStatic("dist");
  project.provide("baseUrl", server.url);
  return () => server.close();
}
