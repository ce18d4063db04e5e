/**
 * The charts drawn at build time (loaders/site/prerender.ts) are in the page's HTML: without
 * JavaScript a phone shows the phone drawing (legible, no sideways scroll) and a wide screen
 * the wide one; with JavaScript the live chart takes their place and no copy is left behind.
 */
import { describe, expect, it } from "vitest";
import { LANGS } from "../../src/shared/i18n/index.js";
import { browserAvailable, settle, useSite } from "./harness.js";
import { measure } from "./layout.js";
import { sitePages } from "./pages.js";

/** Each page with drawn charts: the id of each drawing and the live chart that replaces it. */
const PAGES = [
  { page: "", charts: { central: ".central-conclusion", dimensions: ".dimension-chart" } },
  { page: "actors", charts: { network: ".actor-network" } },
  { page: "metrics", charts: { prevalence: "#metrics-prevalence" } },
  { page: "findings-per-actor", charts: { "per-actor": ".actor-findings" } }
] as const;

const built = new Set(sitePages());

describe.runIf(browserAvailable)("charts drawn at build time", () => {
  describe("without JavaScript", () => {
    const site = useSite({ javaScriptEnabled: false });
    for (const lang of LANGS) {
      for (const { page, charts } of PAGES) {
        const path = `/${lang}/${page}`;
        it.runIf(built.has(path))(`${path}: the phone drawing at 390 px, the wide one at 1024 px`, async () => {
          const tab = await site.context.newPage();
          await tab.setViewportSize({ width: 390, height: 844 });
          await tab.goto(site.origin + path);
          for (const id of Object.keys(charts)) {
            const drawn = tab.locator(`[data-prerendered="${id}"]`);
            expect(await drawn.count(), id).toBe(1);
            expect(await drawn.locator(".prerender-narrow svg").first().isVisible(), id).toBe(true);
            expect(await drawn.locator(".prerender-wide").isVisible(), id).toBe(false);
          }
          expect(await tab.evaluate(measure)).toEqual({ overflow: 0, small: [], outside: [] });
          await tab.setViewportSize({ width: 1024, height: 800 });
          for (const id of Object.keys(charts)) {
            const drawn = tab.locator(`[data-prerendered="${id}"]`);
            expect(await drawn.locator(".prerender-wide svg").first().isVisible(), id).toBe(true);
            expect(await drawn.locator(".prerender-narrow").isVisible(), id).toBe(false);
          }
          await tab.close();
        });
      }
    }
  });

  describe("with JavaScript", () => {
    const site = useSite();
    for (const lang of LANGS) {
      for (const { page, charts } of PAGES) {
        const path = `/${lang}/${page}`;
        it.runIf(built.has(path))(`${path}: the live chart replaces the drawing`, async () => {
          const tab = await site.context.newPage();
          const errors: string[] = [];
          tab.on("console", (m) => m.type() === "error" && errors.push(m.text()));
          await tab.setViewportSize({ width: 390, height: 844 });
          await tab.goto(site.origin + path);
          await settle(tab);
          expect(await tab.locator("[data-prerendered]").count()).toBe(0);
          for (const selector of Object.values(charts)) expect(await tab.locator(selector).count(), selector).toBe(1);
          expect(errors).toEqual([]);
          await tab.close();
        });
      }
    }
  });
});
