import { describe, expect, it } from "vitest";
import { counterpart } from "../../src/shared/routes.js";
import { browserAvailable, settle, useSite } from "./harness.js";
import { sitePages } from "./pages.js";

describe.runIf(browserAvailable)("language switch", () => {
  const site = useSite();

  const pairs = sitePages()
    .filter((p) => p.startsWith("/id/") || p.startsWith("/en/"))
    .map((p) => [p, counterpart(p, p.startsWith("/id/") ? "en" : "id")] as const);

  it("every page has its counterpart in the other language", () => {
    const all = new Set(sitePages());
    for (const [, other] of pairs) expect(all.has(other), other).toBe(true);
  });

  for (const [path, other] of pairs) {
    it(`${path} switches to ${other}`, async () => {
      const page = await site.context.newPage();
      await page.goto(site.origin + path, { waitUntil: "domcontentloaded" });
      await page.locator(".lang-switch a").click();
      await page.waitForURL((url) => url.pathname.replace(/\.html$/, "") === other.replace(/\/$/, "/"));
      await settle(page);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(other.split("/")[1]);
      await page.close();
    });
  }
});

describe.runIf(browserAvailable)("search in both languages", () => {
  const site = useSite();

  for (const [query, expected] of [
    ["Perencanaan", "/id/dimensions/planning"],
    ["Planning", "/en/dimensions/planning"],
    ["dilibatkan", "/id/dimensions/planning"],
    ["honorarium", "/en/dimensions/management-of-lay-actors"]
  ] as const) {
    it(`finds "${query}" on ${expected}`, async () => {
      const page = await site.context.newPage();
      await page.goto(`${site.origin}/id/`, { waitUntil: "networkidle" });
      await page.locator("#observablehq-search input").fill(query);
      const results = page.locator("#observablehq-search-results a");
      await results.first().waitFor();
      const hrefs = await results.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      expect(hrefs).toContain(expected);
      await page.close();
    });
  }
});
