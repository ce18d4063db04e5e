import { describe, expect, it } from "vitest";
import { checkDist, formatLinkProblem } from "../../scripts/links.js";
import { DIST } from "./harness.js";
import { sitePages } from "./pages.js";

// Runs on the build made by tests/browser/setup.ts. Framework only warns about broken links; this fails.
describe("links and assets in dist/", () => {
  const report = checkDist(DIST);

  it("scans every built page and what the pages load", () => {
    expect(report.pages).toBeGreaterThanOrEqual(sitePages().length);
    expect(report.scanned).toBeGreaterThan(report.pages);
    expect(report.checked).toBeGreaterThan(report.pages * 10);
  });

  it("has no broken internal link, missing asset, unresolvable import or missing #fragment", () => {
    expect(report.broken.map(formatLinkProblem)).toEqual([]);
  });

  it("has no absolute URL to another host in any href, src, import or url() (the site is hermetic)", () => {
    expect(report.external.map(formatLinkProblem)).toEqual([]);
  });
});
