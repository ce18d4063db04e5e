/** Debian's Chromium driven by playwright-core: never a downloaded browser. */
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext } from "playwright-core";

export const CHROMIUM = "/usr/bin/chromium";

/** Flags for a headless Chromium on a closed network, as root. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync"
];

export function hasChromium(): boolean {
  return existsSync(CHROMIUM);
}

/** A fresh headless Chromium with an empty profile. */
export async function launchChromium(options: { javaScriptEnabled?: boolean; bypassCSP?: boolean } = {}): Promise<BrowserContext> {
  if (!hasChromium()) throw new Error(`Chromium not found at ${CHROMIUM}: install Debian's "chromium" package`);
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), "chromium-")), {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    bypassCSP: options.bypassCSP ?? false,
    acceptDownloads: true
  });
}
