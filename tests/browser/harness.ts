/**
 * Real-browser test harness: waits for the build a test file needs (setup.ts makes them), serves
 * it on 127.0.0.1 (under a sub-path when asked) and drives Debian's Chromium with playwright-core.
 * Without /usr/bin/chromium the browser tests are skipped with a plain message, unless
 * REQUIRE_BROWSER=1 (CI), which makes them mandatory.
 */
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { CHROMIUM, CHROMIUM_ARGS, hasChromium, launchChromium } from "../../scripts/chromium.js";
import { serve, type StaticServer } from "../../scripts/serve.js";
import { BUILD_WAIT_MS, buildLog, BUILDS, waitForBuild, type BuildName } from "./builds.js";

export { CHROMIUM, CHROMIUM_ARGS };
export const DIST = join(process.cwd(), "dist");

export const browserAvailable = hasChromium();
if (!browserAvailable) {
  const message = `Chromium not found at ${CHROMIUM}: browser tests are skipped (install Debian's "chromium" package to run them).`;
  if (process.env.REQUIRE_BROWSER === "1") throw new Error(`REQUIRE_BROWSER=1 but ${message}`);
  console.warn(message);
}

export { fileFor, type StaticServer } from "../../scripts/serve.js";

export { settle, visit, type Visit } from "../../scripts/browser.js";

export type { Browser, BrowserContext, Page };

export interface Site {
  /** The local server's origin, e.g. http://127.0.0.1:41234. */
  readonly origin: string;
  /** Where the site is served: the origin and the sub-path, if any (no trailing slash). */
  readonly base: string;
  /** The browser context every test of the block shares. */
  readonly context: BrowserContext;
}

export interface SiteOptions {
  javaScriptEnabled?: boolean;
  /** Which build to serve (the default study's, `build`, unless said). */
  build?: BuildName;
  /** Serve it under this sub-path (e.g. "/my-study"): every other address is not found. */
  prefix?: string;
  /** Also start Chromium (true unless said). */
  browser?: boolean;
}

/**
 * Before the tests of the enclosing block: waits for the build (setup.ts), serves it and starts
 * Chromium; stops both after them. One browser context per block, shared by its tests.
 */
export function useSite(options: SiteOptions = {}): Site {
  let server: StaticServer | undefined;
  let context: BrowserContext | undefined;
  const build = options.build ?? "build";
  beforeAll(async () => {
    const outcome = await waitForBuild(build);
    if (outcome?.status !== 0) throw new Error(`the build "${build}" did not succeed (status ${outcome?.status}); see tests/.artifacts/${build}.log:\n${buildLog(build).slice(-2000)}`);
    server = await serve(join(process.cwd(), BUILDS[build].out ?? "dist"), {}, { prefix: options.prefix });
    if (options.browser !== false) context = await launchChromium({ javaScriptEnabled: options.javaScriptEnabled ?? true });
  }, BUILD_WAIT_MS + 60_000);
  afterAll(async () => {
    await context?.close();
    await server?.close();
  });
  return {
    get origin() {
      if (!server) throw new Error("useSite: the server has not started (use it inside a describe block)");
      return server.origin;
    },
    get base() {
      if (!server) throw new Error("useSite: the server has not started (use it inside a describe block)");
      return server.base;
    },
    get context() {
      if (!context) throw new Error("useSite: Chromium has not started (use it inside a describe block)");
      return context;
    }
  };
}
