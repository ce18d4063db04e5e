/**
 * The charts drawn at build time (loaders/site/prerender.ts) are in the page's HTML: without
 * JavaScript a phone shows the phone drawing (legible, no sideways scroll) and a wide screen
 * the wide one. (With JavaScript the live chart takes their place and no copy is left behind:
 * the sweep checks that on every page, pages.test.ts and sweep.ts `LIVE_CHARTS`.)
 */
import { describe, expect, it } from "vitest";
import { LANGS } from "../../src/shared/i18n/index.js";
import { browserAvailable, useSite } from "./harness.js";
import { measure } from "./layout.js";
import { sitePages } from "./pages.js";
import { LIVE_CHARTS } from "./sweep.js";

const built = new Set(sitePages());

describe.runIf(browserAvailable)("charts drawn at build time, without JavaScript", () => {
  const site = useSite({ javaScriptEnabled: false });
  for (const lang of LANGS) {
    for (const [page, charts] of Object.entries(LIVE_CHARTS)) {
      const path = `/${lang}/${page}`;
      it.runIf(built.has(path))(`${path}: the phone drawing at 390 px, the wide one at 1024 px`, async () => {
        const tab = await site.context.newPage();
        await tab.setViewportSize({ width: 390, height: 844 });
        await tab.goto(site.origin + path);
        // The conclusion is the study's words, drawn as text; every other chart as an SVG.
        const drawing = (id: string) => (id === "conclusion" ? ".conclusion-sentence" : "svg");
        for (const id of charts) {
          const drawn = tab.locator(`[data-prerendered="${id}"]`);
          expect(await drawn.count(), id).toBe(1);
          expect(await drawn.locator(`.prerender-narrow ${drawing(id)}`).first().isVisible(), id).toBe(true);
          expect(await drawn.locator(".prerender-wide").isVisible(), id).toBe(false);
        }
        expect(await tab.evaluate(measure)).toEqual({ overflow: 0, small: [], outside: [] });
        await tab.setViewportSize({ width: 1024, height: 800 });
        for (const id of charts) {
          const drawn = tab.locator(`[data-prerendered="${id}"]`);
          expect(await drawn.locator(`.prerender-wide ${drawing(id)}`).first().isVisible(), id).toBe(true);
          expect(await drawn.locator(".prerender-narrow").isVisible(), id).toBe(false);
        }
        await tab.close();
      });
    }
  }
});
