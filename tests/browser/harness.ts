/**
 * Real-browser test harness: serves dist/ on 127.0.0.1 and drives Debian's Chromium with
 * playwright-core. Without /usr/bin/chromium the browser tests are skipped with a plain
 * message, unless REQUIRE_BROWSER=1 (CI), which makes them mandatory.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, sep } from "node:path";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";

export const CHROMIUM = "/usr/bin/chromium";
export const DIST = join(process.cwd(), "dist");

export const browserAvailable = existsSync(CHROMIUM);
if (!browserAvailable) {
  const message = `Chromium not found at ${CHROMIUM}: browser tests are skipped (install Debian's "chromium" package to run them).`;
  if (process.env.REQUIRE_BROWSER === "1") throw new Error(`REQUIRE_BROWSER=1 but ${message}`);
  console.warn(message);
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".csv": "text/csv; charset=utf-8",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".pdf": "application/pdf",
  ".txt": "text/plain; charset=utf-8",
  ".zip": "application/zip",
  ".qdpx": "application/zip"
};

/** Resolves a URL path to a file in `root` the way a static host with clean URLs does. */
export function fileFor(root: string, pathname: string): string | undefined {
  const clean = normalize(decodeURIComponent(pathname)).replace(/^([/\\])+/, "");
  const base = join(root, clean);
  if (!(base + sep).startsWith(root + sep) && base !== root) return undefined;
  const candidates = pathname.endsWith("/") ? [join(base, "index.html")] : [base, `${base}.html`, join(base, "index.html")];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

export async function serve(root = DIST, headers: Record<string, string> = {}): Promise<StaticServer> {
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const file = fileFor(root, url.pathname);
    if (!file) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream", ...headers });
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve()))
  };
}

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync"
];

export async function launch(options: { javaScriptEnabled?: boolean } = {}): Promise<{ browser: BrowserContext; close(): Promise<void> }> {
  const userDataDir = mkdtempSync(join(tmpdir(), "chromium-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    acceptDownloads: true
  });
  return { browser: context, close: () => context.close() };
}

export interface Visit {
  page: Page;
  consoleErrors: string[];
  failedRequests: string[];
  requests: string[];
}

/** Opens `url`, records console errors, failed and all requests, and waits for every cell to render. */
export async function visit(context: BrowserContext, url: string): Promise<Visit> {
  const page = await context.newPage();
  const visit: Visit = { page, consoleErrors: [], failedRequests: [], requests: [] };
  page.on("console", (m) => {
    if (m.type() === "error") visit.consoleErrors.push(m.text());
  });
  page.on("pageerror", (e) => visit.consoleErrors.push(String(e)));
  page.on("request", (r) => visit.requests.push(r.url()));
  page.on("requestfailed", (r) => visit.failedRequests.push(`${r.url()} (${r.failure()?.errorText})`));
  page.on("response", (r) => {
    if (r.status() >= 400) visit.failedRequests.push(`${r.url()} (${r.status()})`);
  });
  await page.goto(url, { waitUntil: "networkidle" });
  await settle(page);
  return visit;
}

/** Waits until Framework has no cell still loading. */
export async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelectorAll("observablehq-loading").length === 0, undefined, { timeout: 60_000 });
  await page.waitForLoadState("networkidle");
}

export type { Browser, BrowserContext, Page };
