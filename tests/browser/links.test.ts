import { beforeAll, describe, expect, it } from "vitest";
import { loadMetrics } from "../../loaders/metrics/load.js";
import { metricsDir } from "../../loaders/site/env.js";
import { checkDist, formatLinkProblem, isNavigation } from "../../scripts/links.js";
import { BUILD_WAIT_MS, waitForBuild } from "./builds.js";
import { DIST } from "./harness.js";
import { sitePages } from "./pages.js";

// Runs on the build made by tests/browser/setup.ts (and the brief's PDFs it prints, which the brief
// pages link to). Framework only warns about broken links; this fails.
describe("links and assets in dist/", () => {
  let report: ReturnType<typeof checkDist>;
  beforeAll(async () => {
    await waitForBuild("build");
    await waitForBuild("brief-pdf");
    report = checkDist(DIST);
  }, BUILD_WAIT_MS + 60_000);

  it("scans every built page and what the pages load", () => {
    expect(report.pages).toBeGreaterThanOrEqual(sitePages().length);
    expect(report.scanned).toBeGreaterThan(report.pages);
    expect(report.checked).toBeGreaterThan(report.pages * 10);
  });

  it("has no broken internal link, missing asset, unresolvable import or missing #fragment", () => {
    expect(report.broken.map(formatLinkProblem)).toEqual([]);
  });

  it("loads nothing from another host: no absolute URL in any src, <link>, import, url() or file (the site is hermetic)", () => {
    expect(report.external.filter((p) => !isNavigation(p)).map(formatLinkProblem)).toEqual([]);
  });

  it("links to another host only to cite a source (a hyperlink the reader may follow is not a request)", () => {
    const cited = new Set(loadMetrics(metricsDir()).sources.map((s) => s.url));
    const links = report.external.filter(isNavigation);
    expect(links.filter((p) => !cited.has(p.ref.replace(/^<a href="|">$/g, ""))).map(formatLinkProblem)).toEqual([]);
  });
});
