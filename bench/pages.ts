/**
 * Page measurements in headless Chromium: the bytes each page loads (sized from the files on
 * disk) and the time to its first rendered chart under CPU throttling.
 */
import { relative, sep } from "node:path";
import type { BrowserContext } from "playwright-core";
import { fileFor } from "../scripts/serve.js";
import { visit } from "../scripts/browser.js";
import { isDuckdb, kindOf, sizeOf, totals, type SizedFile, type Totals } from "./bytes.js";
import { median } from "./stats.js";

/** What counts as a chart: an SVG inside the page's main content or a figure. */
export const CHART_SELECTOR = "main svg, figure svg";

export interface PageLoad {
  path: string;
  /** The path the page ended on, when it redirected (the root page goes to a language). */
  redirectedTo?: string;
  files: SizedFile[];
  totals: Totals;
  /** Whether the page loaded any part of DuckDB-wasm. */
  duckdb: boolean;
  /** Whether a chart is on the page once every cell has rendered. */
  chart: boolean;
  /** Requests that failed, went to another host, or have no file in dist/. */
  problems: string[];
}

/**
 * The bytes the page at `path` loads: every request Chromium makes while loading and rendering
 * it (worker requests included), mapped to its file in `dist` and counted once.
 */
export async function measurePage(context: BrowserContext, origin: string, dist: string, path: string): Promise<PageLoad> {
  const v = await visit(context, origin + path);
  const problems = [...v.failedRequests, ...v.consoleErrors.map((e) => `console: ${e}`)];
  const files = new Map<string, SizedFile>();
  for (const url of v.requests) {
    if (/^(data|blob):/.test(url)) continue;
    const u = new URL(url);
    if (u.origin !== origin) {
      problems.push(`request to another host: ${url}`);
      continue;
    }
    const file = fileFor(dist, u.pathname);
    if (!file) {
      problems.push(`no file in dist for ${u.pathname}`);
      continue;
    }
    const rel = relative(dist, file).split(sep).join("/");
    if (!files.has(rel)) files.set(rel, { path: rel, kind: kindOf(rel), ...sizeOf(file) });
  }
  const chart = (await v.page.locator(CHART_SELECTOR).count()) > 0;
  const finalPath = new URL(v.page.url()).pathname;
  await v.page.close();
  const list = [...files.values()].sort((a, b) => a.path.localeCompare(b.path));
  const load: PageLoad = { path, files: list, totals: totals(list), duckdb: list.some((f) => isDuckdb(f.path)), chart, problems };
  if (finalPath !== path && finalPath !== `${path}.html`) load.redirectedTo = finalPath;
  return load;
}

/**
 * Injected before any page script: records `performance.now()` (time since navigation start)
 * when the first chart SVG appears.
 */
/**
 * Records, in the page, when the first chart appears (`__firstChartMs`: a chart drawn at build
 * time counts, as a reader sees it) and when the first live chart does (`__liveChartMs`: one
 * drawn by the page's code, outside any build-time drawing, loaders/site/prerender.ts).
 */
export const FIRST_CHART_SCRIPT = `(() => {
  const selector = ${JSON.stringify(CHART_SELECTOR)};
  const check = () => {
    const now = performance.now();
    if (window.__firstChartMs === undefined && document.querySelector(selector)) window.__firstChartMs = now;
    if (window.__liveChartMs === undefined && [...document.querySelectorAll(selector)].some((svg) => !svg.closest("[data-prerendered]"))) {
      window.__liveChartMs = now;
      observer.disconnect();
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true });
})();`;

/** Milliseconds from navigation start to the first chart, with the CPU slowed `rate` times and no HTTP cache. */
export async function timeToFirstChart(context: BrowserContext, url: string, rate = 4, timeoutMs = 120_000): Promise<number> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
    await cdp.send("Emulation.setCPUThrottlingRate", { rate });
    await page.addInitScript(FIRST_CHART_SCRIPT);
    await page.goto(url, { waitUntil: "commit" });
    // A function, not a string: the site's Content-Security-Policy forbids eval in the page.
    const handle = await page.waitForFunction(() => (window as unknown as { __firstChartMs?: number }).__firstChartMs, undefined, {
      timeout: timeoutMs,
      polling: 50
    });
    return Number(await handle.jsonValue());
  } finally {
    await page.close();
  }
}

export interface FirstChart {
  path: string;
  runs: number[];
  medianMs: number;
}

export async function firstChart(context: BrowserContext, origin: string, path: string, runs: number, rate = 4): Promise<FirstChart> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await timeToFirstChart(context, origin + path, rate));
  return { path, runs: times, medianMs: median(times) };
}
