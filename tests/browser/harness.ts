/**
 * Real-browser test harness: serves dist/ on 127.0.0.1 and drives Debian's Chromium with
 * playwright-core. Without /usr/bin/chromium the browser tests are skipped with a plain
 * message, unless REQUIRE_BROWSER=1 (CI), which makes them mandatory.
 */
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { CHROMIUM, CHROMIUM_ARGS, hasChromium, launchChromium } from "../../scripts/chromium.js";
import { serve as serveDir, type StaticServer } from "../../scripts/serve.js";

export { CHROMIUM, CHROMIUM_ARGS };
export const DIST = join(process.cwd(), "dist");

export const browserAvailable = hasChromium();
if (!browserAvailable) {
  const message = `Chromium not found at ${CHROMIUM}: browser tests are skipped (install Debian's "chromium" package to run them).`;
  if (process.env.REQUIRE_BROWSER === "1") throw new Error(`REQUIRE_BROWSER=1 but ${message}`);
  console.warn(message);
}

export { fileFor, type StaticServer } from "../../scripts/serve.js";

/** Serves dist/ (or another folder) on 127.0.0.1. */
export function serve(root = DIST, headers: Record<string, string> = {}): Promise<StaticServer> {
  return serveDir(root, headers);
}

export async function launch(options: { javaScriptEnabled?: boolean; bypassCSP?: boolean } = {}): Promise<{ browser: BrowserContext; close(): Promise<void> }> {
  const context = await launchChromium(options);
  return { browser: context, close: () => context.close() };
}

export { settle, visit, type Visit } from "../../scripts/browser.js";

export type { Browser, BrowserContext, Page };

export interface Site {
  /** The local server's origin, e.g. http://127.0.0.1:41234. */
  readonly origin: string;
  /** The browser context every test of the block shares. */
  readonly context: BrowserContext;
}

/**
 * Serves `root` (dist/ by default) and starts Chromium before the tests of the enclosing block,
 * and stops both after them.
 */
export function useSite(options: { javaScriptEnabled?: boolean; bypassCSP?: boolean } = {}, root = DIST): Site {
  let server: StaticServer | undefined;
  let context: BrowserContext | undefined;
  beforeAll(async () => {
    server = await serve(root);
    context = await launchChromium(options);
  });
  afterAll(async () => {
    await context?.close();
    await server?.close();
  });
  return {
    get origin() {
      if (!server) throw new Error("useSite: the server has not started (use it inside a describe block)");
      return server.origin;
    },
    get context() {
      if (!context) throw new Error("useSite: Chromium has not started (use it inside a describe block)");
      return context;
    }
  };
}
