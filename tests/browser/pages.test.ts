import { describe, expect, it } from "vitest";
import { browserAvailable, useSite, visit } from "./harness.js";
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
