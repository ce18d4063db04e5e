/**
 * Opening a built page in Chromium and waiting for it to settle: shared by the browser tests
 * and the benchmarks (which must not import tests/).
 */
import type { BrowserContext, Page } from "playwright-core";
import { studyDir } from "../loaders/site/env.js";
import { loadStudy } from "../loaders/study/load.js";
import { siteShape } from "../loaders/site/shape.js";
import { dynamicPaths } from "../src/shared/routes.js";

export interface Visit {
  page: Page;
  /** Content-Security-Policy violations reported by the page (directive and blocked URI). */
  cspViolations(): Promise<string[]>;
  consoleErrors: string[];
  /** Dialogs the page opened (each dismissed at once): a page of this site opens none. */
  dialogs: string[];
  failedRequests: string[];
  requests: string[];
  /** The page's HTML as the server sent it (before any script ran). */
  served(): Promise<string>;
}

export interface VisitOptions {
  /** The viewport's width before the page is opened (the context's default otherwise). */
  width?: number;
  /** Its height (800 by default when a width is given). */
  height?: number;
}

/**
 * Opens `url` in a new tab, records console and page errors, dialogs, failed and all requests and
 * policy violations, and waits for every cell to render (`settle`: the network is awaited idle once).
 */
export async function visit(context: BrowserContext, url: string, options: VisitOptions = {}): Promise<Visit> {
  const page = await context.newPage();
  if (options.width) await page.setViewportSize({ width: options.width, height: options.height ?? 800 });
  await page.addInitScript(() => {
    const list: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = list;
    document.addEventListener("securitypolicyviolation", (e) => list.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  let html: Promise<string> = Promise.resolve("");
  const visit: Visit = {
    page,
    served: () => html,
    cspViolations: () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp),
    consoleErrors: [],
    dialogs: [],
    failedRequests: [],
    requests: []
  };
  page.on("console", (m) => {
    if (m.type() === "error") visit.consoleErrors.push(m.text());
  });
  page.on("pageerror", (e) => visit.consoleErrors.push(String(e)));
  page.on("dialog", (d) => {
    visit.dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss().catch(() => undefined);
  });
  page.on("request", (r) => visit.requests.push(r.url()));
  // A request the page itself cancels by navigating (the root page's redirect) is aborted, not failed.
  page.on("requestfailed", (r) => {
    if (r.failure()?.errorText !== "net::ERR_ABORTED") visit.failedRequests.push(`${r.url()} (${r.failure()?.errorText})`);
  });
  page.on("response", (r) => {
    if (r.status() >= 400) visit.failedRequests.push(`${r.url()} (${r.status()})`);
  });
  // The load event, then the cells: the network is awaited idle once, at the end of `settle`.
  const response = await page.goto(url, { waitUntil: "load" });
  if (response) html = response.text();
  await settle(page);
  return visit;
}

/**
 * Waits until Framework has no cell still loading and every chart drawn at build time has made way
 * for the live one, then until the network has been idle for half a second (what the cells asked
 * for has arrived or failed).
 */
export async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelectorAll("observablehq-loading, [data-prerendered]").length === 0, undefined, { timeout: 60_000 });
  await page.waitForLoadState("networkidle");
}

/** Every page the site builds for the study in `dir` (the default study or STUDY=), from the same route list the sidebar uses. */
export function sitePages(dir?: string): string[] {
  if (dir === undefined) return ["/", ...dynamicPaths(siteShape(loadStudy(studyDir())))];
  return ["/", ...dynamicPaths(siteShape(loadStudy(dir), dir, { STUDY: dir }))];
}
