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
}

/** Opens `url`, records console errors, failed and all requests, and waits for every cell to render. */
export async function visit(context: BrowserContext, url: string): Promise<Visit> {
  const page = await context.newPage();
  await page.addInitScript(() => {
    const list: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = list;
    document.addEventListener("securitypolicyviolation", (e) => list.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const visit: Visit = {
    page,
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
  await page.goto(url, { waitUntil: "networkidle" });
  await settle(page);
  return visit;
}

/** Waits until Framework has no cell still loading and every chart drawn at build time has made way for the live one. */
export async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelectorAll("observablehq-loading, [data-prerendered]").length === 0, undefined, { timeout: 60_000 });
  await page.waitForLoadState("networkidle");
}

/** Every page the site builds, from the same route list the sidebar uses. */
export function sitePages(): string[] {
  return ["/", ...dynamicPaths(siteShape(loadStudy(studyDir())))];
}
