import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { counterpart } from "../../src/site/routes.js";
import { browserAvailable, launch, serve, settle, type BrowserContext, type StaticServer } from "./harness.js";
import { sitePages } from "./pages.js";

describe.runIf(browserAvailable)("language switch", () => {
  let server: StaticServer;
  let context: BrowserContext;
  let close: () => Promise<void>;
  beforeAll(async () => {
    server = await serve();
    ({ browser: context, close } = await launch());
  });
  afterAll(async () => {
    await close?.();
    await server?.close();
  });

  const pairs = sitePages()
    .filter((p) => p.startsWith("/id/") || p.startsWith("/en/"))
    .map((p) => [p, counterpart(p, p.startsWith("/id/") ? "en" : "id")] as const);

  it("every page has its counterpart in the other language", () => {
    const all = new Set(sitePages());
    for (const [, other] of pairs) expect(all.has(other), other).toBe(true);
  });

  for (const [path, other] of pairs) {
    it(`${path} switches to ${other}`, async () => {
      const page = await context.newPage();
      await page.goto(server.origin + path, { waitUntil: "domcontentloaded" });
      await page.locator(".lang-switch a").click();
      await page.waitForURL((url) => url.pathname.replace(/\.html$/, "") === other.replace(/\/$/, "/"));
      await settle(page);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(other.split("/")[1]);
      await page.close();
    });
  }
});
