import { execSync } from "node:child_process";
import { existsSync } from "node:fs";
import { type Browser, chromium, type LaunchOptions } from "playwright-core";

/**
 * Debian's Chromium, driven by playwright-core; never a downloaded browser. The flags live here
 * only: SwiftShader gives headless Chromium a real WebGL2 context without a GPU, and the
 * background-networking switches keep the browser from calling home on a closed network.
 */
export const CHROMIUM_FLAGS = [
  "--use-gl=angle",
  "--use-angle=swiftshader",
  "--enable-unsafe-swiftshader",
  "--ignore-gpu-blocklist",
  "--no-sandbox",
  "--disable-dev-shm-usage",
  "--no-first-run",
  "--disable-quic",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-default-apps",
  "--disable-extensions",
  "--metrics-recording-only",
  "--mute-audio",
];

export function findChromium(): string {
  const candidates = [process.env.CHROME_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"];
  for (const path of candidates) if (path && existsSync(path)) return path;
  throw new Error(
    "Chromium not found. Install Debian's package (sudo apt-get install -y chromium) or set CHROME_PATH to a Chromium binary.",
  );
}

/**
 * Finds Chromium, installing Debian's package first when it is missing and we may (root on a
 * machine with apt-get), so `npm install && npm test` works on a fresh Debian machine.
 */
export function ensureChromium(): string {
  try {
    return findChromium();
  } catch (error) {
    const root = typeof process.getuid === "function" && process.getuid() === 0;
    if (!root || !existsSync("/usr/bin/apt-get")) throw error;
    console.log("e2e: installing Debian's chromium (apt-get install -y chromium)");
    execSync("apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium", {
      stdio: "inherit",
    });
    return findChromium();
  }
}

export async function launchChromium(extraArgs: readonly string[] = [], options: LaunchOptions = {}): Promise<Browser> {
  return chromium.launch({
    executablePath: findChromium(),
    headless: true,
    args: [...CHROMIUM_FLAGS, ...extraArgs],
    ...options,
  });
}
