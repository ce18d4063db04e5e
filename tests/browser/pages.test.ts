import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { filesUnder } from "../../loaders/walk.js";
import { browserAvailable, DIST, useSite, visit } from "./harness.js";
import { sitePages } from "./pages.js";

describe.runIf(browserAvailable)("every built page in Chromium", () => {
  const site = useSite();

  for (const path of sitePages()) {
    it(`${path} renders with no error and only local requests`, async () => {
      const { page, consoleErrors, failedRequests, requests, cspViolations } = await visit(site.context, site.origin + path);
      const main = (await page.locator("main").innerText()).trim();
      expect(main.length, "page content rendered").toBeGreaterThan(20);
      expect(await page.locator(".observablehq--error").count(), "no cell failed").toBe(0);
      expect(failedRequests).toEqual([]);
      expect(consoleErrors).toEqual([]);
      expect(await cspViolations(), "the page runs under its Content-Security-Policy").toEqual([]);
      expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').count()).toBe(1);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(path.startsWith("/en/") ? "en" : "id");
      const foreign = requests.filter((u) => !u.startsWith(site.origin) && !/^(data|blob):/.test(u));
      expect(foreign).toEqual([]);
      await page.close();
    });
  }
});

describe("the built pages' policies", () => {
  it("allow 'unsafe-eval' on the evidence explorer only (arquero compiles every expression)", () => {
    const withEval: string[] = [];
    const pages = filesUnder(DIST).map((f) => join(DIST, f)).filter((f) => f.endsWith(".html"));
    expect(pages.length).toBeGreaterThan(10);
    for (const file of pages) {
      const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(readFileSync(file, "utf-8"))?.[1];
      expect(csp, `${relative(DIST, file)} has a policy`).toMatch(/^default-src 'self'; script-src 'self'/);
      if (/'unsafe-eval'/.test(csp!)) withEval.push(relative(DIST, file));
    }
    expect(withEval.sort()).toEqual(["en/explorer.html", "id/explorer.html"]);
  });
});
